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
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the period's dashboard, one burst copy of it per slice of the distribution file,
 * the finance workbook and the mined comments into {@code <out>/<yyyy>/<mm>/<period>/},
 * each file written aside and renamed, then {@code manifest.json} last: a folder whose manifest
 * names a file holds that file whole. A rerun replaces the files and keeps the earlier run's
 * manifest as {@code manifest.<run-id>.json}.
 */
@Component
public final class PublishTasklet implements Tasklet {

    static final String MANIFEST = "manifest.json";

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
        // Read first: a broken distribution file stops the step before any file is replaced.
        List<DistributionList.Recipient> recipients = distribution.load();
        CxPeriodReport report = assembler.assemble(run, generatedAt);
        Path folder = folderOf(run);
        String label = run.period().label();
        List<PublishedFile> files = new ArrayList<>();
        files.add(PublishedFile.write(folder, "cx-dashboard_" + label + ".pdf", out -> dashboard.render(report, out)));
        files.add(PublishedFile.write(folder, "cx-finance_" + label + ".xlsx", out -> workbook.write(report, out)));
        files.add(PublishedFile.write(folder, "cx-comments_" + label + ".csv", out -> comments.write(run, out)));
        Map<ReportSlice, String> burst = new LinkedHashMap<>();
        recipients.forEach(recipient -> burst.putIfAbsent(recipient.slice(), burstFileName(label, recipient.slice())));
        for (Map.Entry<ReportSlice, String> copy : burst.entrySet()) {
            CxPeriodReport slice = assembler.assemble(run, generatedAt, copy.getKey());
            files.add(PublishedFile.write(folder, copy.getValue(), out -> dashboard.render(slice, out)));
        }
        List<RunManifest.Delivery> deliveries = recipients.stream()
                .map(recipient -> new RunManifest.Delivery(recipient.name(), recipient.email(),
                        recipient.slice().isRegion() ? recipient.slice().value() : null,
                        recipient.slice().isRegion() ? null : recipient.slice().value(), burst.get(recipient.slice())))
                .toList();
        keepEarlierManifest(folder, run.runId());
        RunManifest manifest = new RunManifest(run.runId(), run.businessDate(),
                new RunManifest.Period(run.period().kind().code(), label, run.period().start(), run.period().end()),
                generatedAt, report.taxonomyVersion(), report.dataQuality(), files, deliveries);
        PublishedFile.write(folder, MANIFEST, out -> out.write(
                json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8)));
        removeWithdrawnCopies(folder, label, burst.values());
        contribution.incrementWriteCount(files.size() + 1);
        contribution.getStepExecution().getExecutionContext().putString("published.folder", folder.toString());
        return RepeatStatus.FINISHED;
    }

    private static String burstFileName(String label, ReportSlice slice) {
        return "cx-dashboard_" + label + "_" + slice.fileSuffix() + ".pdf";
    }

    /**
     * Deletes burst copies an earlier run wrote for recipients no longer in the distribution
     * file, after the new manifest is in place: a stale copy must not be mistaken for this one.
     */
    private static void removeWithdrawnCopies(Path folder, String label, Collection<String> current) {
        String prefix = "cx-dashboard_" + label + "_";
        try (var listing = Files.list(folder)) {
            for (Path file : listing.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".pdf") && !current.contains(name)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove withdrawn burst copies from " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private void keepEarlierManifest(Path folder, long runId) {
        Path current = folder.resolve(MANIFEST);
        if (!Files.exists(current)) {
            return;
        }
        try {
            JsonNode earlier = json.readTree(Files.readString(current, StandardCharsets.UTF_8));
            long earlierRun = earlier.path("runId").asLong(-1);
            if (earlierRun != runId) {
                Files.move(current, folder.resolve("manifest." + earlierRun + ".json"),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the earlier manifest " + current + ": " + e.getMessage(), e);
        }
    }
}
