package io.touchstone.publish;

import io.touchstone.reports.ExecutiveDashboard;
import io.touchstone.reports.FinanceWorkbookWriter;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.HelperThreads;
import io.touchstone.system.RunParallelism;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Publishes the period's dashboard, one burst copy of it per slice of the distribution file and
 * per slice a console viewer is limited to, the finance workbook, the mined comments and
 * {@code manifest.json} into {@code <out>/<yyyy>/<mm>/<period>/} as one {@link PublishedSet}: the
 * whole set is written aside and swapped in, so the folder always holds one run's files, each
 * matching its manifest. A rerun replaces the set and keeps the earlier runs' manifests as
 * {@code manifest.<run-id>.json}; {@code published_run} keeps every run's ({@link PublishedRuns}).
 */
@Component
public final class PublishTasklet implements Tasklet {

    static final String MANIFEST = ManifestJson.FILE_NAME;
    static final String FOLDER_KEY = "published.folder";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);
    private static final Pattern EARLIER_MANIFEST = Pattern.compile("manifest\\.-?\\d+\\.json");

    private final ReportAssembler assembler;
    private final ExecutiveDashboard dashboard;
    private final FinanceWorkbookWriter workbook;
    private final MinedCommentsCsv comments;
    private final DistributionList distribution;
    private final ConsoleViewerSlices viewers;
    private final PublishedRuns publishedRuns;
    private final RunParallelism parallelism;

    public PublishTasklet(ReportAssembler assembler, ExecutiveDashboard dashboard, FinanceWorkbookWriter workbook,
            MinedCommentsCsv comments, DistributionList distribution, ConsoleViewerSlices viewers,
            PublishedRuns publishedRuns, RunParallelism parallelism) {
        this.assembler = assembler;
        this.dashboard = dashboard;
        this.workbook = workbook;
        this.comments = comments;
        this.distribution = distribution;
        this.viewers = viewers;
        this.publishedRuns = publishedRuns;
        this.parallelism = parallelism;
    }

    public static Path folderOf(NightlyRun run) {
        String label = run.period().label();
        return run.out().resolve(String.format(java.util.Locale.ROOT, "%04d", run.period().start().getYear()))
                .resolve(String.format(java.util.Locale.ROOT, "%02d", run.period().start().getMonthValue()))
                .resolve(label);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        Instant generatedAt = Instant.now();
        // Read first: a broken distribution file stops the step before any file is written.
        List<DistributionList.Recipient> recipients = distribution.everyone();
        String label = run.period().label();
        Map<ReportSlice, String> burst = burstCopies(label, recipients);
        CxPeriodReport report = assembler.assemble(run, generatedAt);
        PublishedSet set = PublishedSet.begin(folderOf(run));
        String companyDashboard = PublishedNames.dashboard(label);
        // Each file depends on nothing but the report, so they are written side by side: at a
        // million responses the dashboard took 1.6 s and the workbook 1.0 s one after the other.
        List<Callable<PublishedFile>> writes = new ArrayList<>();
        writes.add(() -> set.write(companyDashboard, out -> dashboard.render(report, out)));
        writes.add(() -> set.write(PublishedNames.workbook(label), out -> workbook.write(report, out)));
        writes.add(() -> set.write(PublishedNames.comments(label), out -> comments.write(run, out)));
        for (Map.Entry<ReportSlice, String> copy : burst.entrySet()) {
            writes.add(() -> {
                CxPeriodReport slice = assembler.assemble(run, generatedAt, copy.getKey());
                return set.write(copy.getValue(), copy.getKey(), out -> dashboard.render(slice, out));
            });
        }
        List<PublishedFile> files = HelperThreads.each(writes, parallelism.parallelism(), "publishing",
                "writing the files of " + label);
        // A recipient with neither region nor touchpoint receives the company dashboard.
        List<RunManifest.Delivery> deliveries = recipients.stream()
                .map(recipient -> recipient.slice() == null
                        ? new RunManifest.Delivery(recipient.name(), recipient.email(), null, null, companyDashboard)
                        : new RunManifest.Delivery(recipient.name(), recipient.email(),
                                recipient.slice().isRegion() ? recipient.slice().value() : null,
                                recipient.slice().isRegion() ? null : recipient.slice().value(),
                                burst.get(recipient.slice())))
                .toList();
        keepEarlierManifests(set, run.runId());
        RunManifest manifest = new RunManifest(run.runId(), run.businessDate(),
                new RunManifest.Period(run.period().kind().code(), label, run.period().start(), run.period().end()),
                generatedAt, report.taxonomyVersion(), report.dataQuality(), assembler.unclaimed(run), files,
                deliveries, report.sentiment());
        String manifestJson = ManifestJson.write(manifest);
        set.write(MANIFEST, out -> out.write(manifestJson.getBytes(StandardCharsets.UTF_8)));
        // Only now, with the whole new set written, do readers see it; a recipient removed from
        // the distribution file has no copy in it.
        set.publish();
        publishedRuns.record(run.runId(), set.published(), manifestJson, Instant.now());
        contribution.incrementWriteCount(files.size() + 1);
        contribution.getStepExecution().getExecutionContext().putString(FOLDER_KEY, set.published().toString());
        return RepeatStatus.FINISHED;
    }

    /** The name a rerun keeps an earlier run's {@code manifest.json} under. */
    static String keptManifest(long runId) {
        return "manifest." + runId + ".json";
    }

    /**
     * The burst copies to cut, each slice with its file name: the distribution file's slices in
     * file order, then the console viewers' slices it lacks. A viewer's slice whose file name is
     * already another slice's ({@code North-West} beside {@code North West}) gets no copy and a
     * warning: the distribution file, checked for such clashes, keeps its copies.
     */
    private Map<ReportSlice, String> burstCopies(String label, List<DistributionList.Recipient> recipients) {
        Map<ReportSlice, String> burst = new LinkedHashMap<>();
        recipients.stream()
                .filter(recipient -> recipient.slice() != null)
                .forEach(recipient -> burst.putIfAbsent(recipient.slice(), PublishedNames.burstCopy(label, recipient.slice())));
        for (ReportSlice viewed : viewers.slices()) {
            if (burst.containsKey(viewed)) {
                continue;
            }
            Optional<ReportSlice> clash = burst.keySet().stream()
                    .filter(slice -> slice.fileSuffix().equals(viewed.fileSuffix()))
                    .findFirst();
            if (clash.isPresent()) {
                log.warn("No burst copy for the console viewers of the {} '{}': its file name {} is already the"
                        + " copy of the {} '{}'. Correct the viewers' {} to the spelling of the feeds.", viewed.dimension(),
                        viewed.value(), PublishedNames.burstCopy(label, viewed), clash.get().dimension(),
                        clash.get().value(), viewed.dimension());
                continue;
            }
            burst.put(viewed, PublishedNames.burstCopy(label, viewed));
        }
        return burst;
    }


    /**
     * Carries the manifests of earlier runs into the new set: those already kept, and the
     * published {@code manifest.json} as {@code manifest.<its run-id>.json} unless it is this
     * run's own (a restart that publishes again).
     */
    private void keepEarlierManifests(PublishedSet set, long runId) {
        Path folder = set.published();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var listing = Files.list(folder)) {
            for (Path file : listing.toList()) {
                String name = file.getFileName().toString();
                if (EARLIER_MANIFEST.matcher(name).matches()) {
                    set.carryOver(name, name);
                }
            }
            OptionalLong earlierRun = ManifestJson.runIn(folder);
            if (earlierRun.isPresent() && earlierRun.getAsLong() != runId) {
                set.carryOver(MANIFEST, keptManifest(earlierRun.getAsLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the earlier manifests of " + folder + ": " + e.getMessage(), e);
        }
    }
}
