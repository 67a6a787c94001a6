package io.touchstone.publish;

import io.touchstone.reports.ExecutiveDashboard;
import io.touchstone.reports.FinanceWorkbookWriter;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.run.NightlyRun;
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
import java.util.regex.Pattern;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the period's dashboard, one burst copy of it per slice of the distribution file,
 * the finance workbook, the mined comments and {@code manifest.json} into
 * {@code <out>/<yyyy>/<mm>/<period>/} as one {@link PublishedSet}: the whole set is written aside
 * and swapped in, so the folder always holds one run's files, each matching its manifest. A
 * rerun replaces the set and keeps the earlier runs' manifests as {@code manifest.<run-id>.json}.
 */
@Component
public final class PublishTasklet implements Tasklet {

    static final String MANIFEST = "manifest.json";
    private static final Pattern EARLIER_MANIFEST = Pattern.compile("manifest\\.-?\\d+\\.json");

    private final ReportAssembler assembler;
    private final ExecutiveDashboard dashboard;
    private final FinanceWorkbookWriter workbook;
    private final MinedCommentsCsv comments;
    private final DistributionList distribution;
    private final JsonMapper json = JsonMapper.builder().build();

    public PublishTasklet(ReportAssembler assembler, ExecutiveDashboard dashboard, FinanceWorkbookWriter workbook,
            MinedCommentsCsv comments, DistributionList distribution) {
        this.assembler = assembler;
        this.dashboard = dashboard;
        this.workbook = workbook;
        this.comments = comments;
        this.distribution = distribution;
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
        CxPeriodReport report = assembler.assemble(run, generatedAt);
        PublishedSet set = PublishedSet.begin(folderOf(run));
        String label = run.period().label();
        List<PublishedFile> files = new ArrayList<>();
        String companyDashboard = PublishedNames.dashboard(label);
        files.add(set.write(companyDashboard, out -> dashboard.render(report, out)));
        files.add(set.write(PublishedNames.workbook(label), out -> workbook.write(report, out)));
        files.add(set.write(PublishedNames.comments(label), out -> comments.write(run, out)));
        Map<ReportSlice, String> burst = new LinkedHashMap<>();
        recipients.stream()
                .filter(recipient -> recipient.slice() != null)
                .forEach(recipient -> burst.putIfAbsent(recipient.slice(), PublishedNames.burstCopy(label, recipient.slice())));
        for (Map.Entry<ReportSlice, String> copy : burst.entrySet()) {
            CxPeriodReport slice = assembler.assemble(run, generatedAt, copy.getKey());
            files.add(set.write(copy.getValue(), out -> dashboard.render(slice, out)));
        }
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
                deliveries);
        set.write(MANIFEST, out -> out.write(
                json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8)));
        // Only now, with the whole new set written, do readers see it; a recipient removed from
        // the distribution file has no copy in it.
        set.publish();
        contribution.incrementWriteCount(files.size() + 1);
        contribution.getStepExecution().getExecutionContext().putString("published.folder", set.published().toString());
        return RepeatStatus.FINISHED;
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
            Path current = folder.resolve(MANIFEST);
            if (Files.exists(current)) {
                long earlierRun = json.readTree(Files.readString(current, StandardCharsets.UTF_8)).path("runId")
                        .asLong(-1);
                if (earlierRun != runId) {
                    set.carryOver(MANIFEST, "manifest." + earlierRun + ".json");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the earlier manifests of " + folder + ": " + e.getMessage(), e);
        }
    }
}
