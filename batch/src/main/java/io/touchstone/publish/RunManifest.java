package io.touchstone.publish;

import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.SentimentLearning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code manifest.json}: what a published folder holds and what it was made from — run id,
 * business date, period, data as-of per feed, every file with its SHA-256, rows read, loaded and
 * rejected per feed (with rows repeating an id and the commonest reject rules, never a rejected
 * value), the inbox files no feed took, the version (SHA-256) of the theme taxonomy the comments
 * were mined with, who receives which burst copy, and how the sentiment was made: learned from
 * the customers' own scores, with its agreement on the held-out scored texts, or the lexicon alone
 * and why ({@code null} in a manifest written before sentiment learned, or for a period not mined).
 */
public record RunManifest(
        long runId,
        LocalDate businessDate,
        Period period,
        Instant generatedAt,
        String taxonomyVersion,
        List<FeedQuality> feeds,
        List<UnclaimedFile> unclaimed,
        List<PublishedFile> files,
        List<Delivery> recipients,
        SentimentLearning sentiment) {

    /** The reporting period of the folder. */
    public record Period(String kind, String label, LocalDate start, LocalDate end) {
    }

    /** A recipient of the distribution file and the burst copy cut for them. */
    public record Delivery(String name, String email, String region, String touchpoint, String file) {
    }
}
