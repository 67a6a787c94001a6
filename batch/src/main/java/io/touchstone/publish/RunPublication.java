package io.touchstone.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one run published, and whether its files can still be had: the period folder, the
 * manifest as the run wrote it, and what the folder holds now. A later run of the same period
 * replaces the folder's files, so a run's manifest outlives its files.
 *
 * <ul>
 * <li>{@code filesPresent}: the folder holds this run's files (its {@code manifest.json} is this
 *     run's); {@code replacedBy} is {@code null}.
 * <li>{@code replacedBy} set: a later run of the same period (a rerun) holds the folder; this run's
 *     files are gone.
 * <li>neither: the folder or its manifest is gone (deleted, moved, or caught mid-swap).
 * </ul>
 *
 * @param folder the period folder, absolute
 * @param manifest the run's own manifest, whatever the folder holds now
 * @param replacedBy the run whose files the folder holds instead; {@code null} when it holds this
 *     run's or none
 * @param filesPresent whether the folder still holds this run's files
 */
public record RunPublication(long runId, Path folder, RunManifest manifest, Long replacedBy, boolean filesPresent) {

    public RunPublication {
        if (filesPresent && replacedBy != null) {
            throw new IllegalArgumentException("Run " + runId + "'s files cannot be both present and replaced by run "
                    + replacedBy);
        }
    }

    /** Every file the run published, with size, SHA-256 and slice: what the console lists, present or not. */
    public List<PublishedFile> files() {
        return manifest.files();
    }

    /**
     * Where the run's file {@code name} lies, for serving or sending it; empty unless the name is
     * exactly one of the manifest's files and the folder still holds this run's files.
     *
     * <p><b>NOTE</b>: the name is only ever compared with the manifest's list, never resolved as
     * given, so no request can reach outside the folder ({@code ..}, slashes, absolute paths).
     */
    public Optional<Path> file(String name) {
        if (!filesPresent || name == null) {
            return Optional.empty();
        }
        return manifest.files().stream()
                .map(PublishedFile::name)
                .filter(name::equals)
                .findFirst()
                .map(folder::resolve)
                // The manifest's names are the publish step's own; this guards a manifest edited by hand.
                .filter(path -> folder.equals(path.getParent()))
                .filter(Files::isRegularFile);
    }
}
