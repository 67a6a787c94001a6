package io.touchstone.delivery;

import io.touchstone.publish.DistributionList;
import io.touchstone.publish.PublishedFile;
import io.touchstone.publish.PublishedNames;
import io.touchstone.publish.ReportAssembler;
import io.touchstone.publish.RunManifest;
import io.touchstone.reports.ReportSummary;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.system.TouchstoneProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * E-mails a published run to the recipients of the distribution file: one message each with
 * their copy (a region's or touchpoint's burst copy, else the company dashboard) and, for
 * {@code workbook: true}, the finance workbook. Every message is recorded in the delivery log
 * with its files' SHA-256 before it is tried, and nobody is sent a file they already have.
 * Without {@code spring.mail.host} delivery is off: runs still publish and the log records each
 * recipient as skipped. Failed runs and failed deliveries are mailed to
 * {@code touchstone.delivery.alerts} with the command that puts them right.
 */
@Service
public final class DeliveryService {

    static final String NO_MAIL_SERVER = "no mail server configured";
    private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

    private final DeliverableRuns runs;
    private final DistributionList distribution;
    private final ReportAssembler assembler;
    private final DeliveryLog deliveries;
    private final MailDispatcher mail;
    private final ReportMessage messages;
    private final TouchstoneProperties properties;

    DeliveryService(DeliverableRuns runs, DistributionList distribution, ReportAssembler assembler, DeliveryLog deliveries,
            MailDispatcher mail, TouchstoneProperties properties) {
        this.runs = runs;
        this.distribution = distribution;
        this.assembler = assembler;
        this.deliveries = deliveries;
        this.mail = mail;
        this.messages = new ReportMessage(properties);
        this.properties = properties;
    }

    /** Whether a mail server is configured ({@code spring.mail.host}). */
    public boolean enabled() {
        return mail.enabled();
    }

    /** Logs, and returns, one line saying whether and how reports are e-mailed: for a long-running process to say once. */
    public String logStatus() {
        String status = enabled()
                ? "E-mail delivery on: via " + mail.server() + " from " + properties.delivery().from() + ", alerts to "
                        + (properties.delivery().alerts().isEmpty() ? "nobody (touchstone.delivery.alerts is empty)"
                                : String.join(", ", properties.delivery().alerts()))
                : "E-mail delivery off: spring.mail.host is not set; runs still publish and the delivery log records"
                        + " every recipient as skipped (" + NO_MAIL_SERVER + ")";
        log.info(status);
        return status;
    }

    /**
     * Sends every recipient with an e-mail address their copy of the run; {@code corrected} marks
     * the messages as replacing an earlier delivery of the period (a rerun). Failed messages are
     * reported to the alert list.
     */
    public DeliveryOutcome deliver(long runId, boolean corrected) {
        return send(runs.find(runId), corrected, recipient -> true);
    }

    /**
     * Sends the run again: to every recipient, only to those whose delivery of it failed, or to one
     * address. Files a recipient already has are not sent again; the messages stay marked
     * corrected when the run was delivered as a correction.
     *
     * @param to an address of the distribution file, or {@code null} for all
     */
    public DeliveryOutcome resend(long runId, boolean failedOnly, String to) {
        PublishedRun published = runs.find(runId);
        Set<String> failed = failedOnly ? deliveries.failedAddresses(runId) : Set.of();
        if (to != null && distribution.everyone().stream().noneMatch(recipient -> to.equalsIgnoreCase(recipient.email()))) {
            throw new IllegalArgumentException(to + " is not an address in the distribution file; add the recipient"
                    + " there (with their region or touchpoint), then resend.");
        }
        Predicate<DistributionList.Recipient> chosen = recipient ->
                (!failedOnly || failed.contains(recipient.email().toLowerCase(Locale.ROOT)))
                        && (to == null || to.equalsIgnoreCase(recipient.email()));
        return send(published, deliveries.corrected(runId), chosen);
    }

    /** The delivery log of one run ({@code null}: of all runs), at most {@code limit} latest messages, oldest first. */
    public List<DeliveryEntry> entries(Long runId, int limit) {
        return deliveries.entries(runId, limit);
    }

    /** How many messages the delivery log holds for each of these runs; a run with none is left out. */
    public Map<Long, Integer> messagesPerRun(Collection<Long> runIds) {
        return deliveries.messagesPerRun(runIds);
    }

    /** One message of the delivery log by its id. */
    public Optional<DeliveryEntry> entry(long deliveryId) {
        return deliveries.entry(deliveryId);
    }

    /** Tells the alert list that a run failed, why (one line) and how to resume it. */
    public void alertRunFailed(long runId, String reason) {
        alert("Touchstone run " + runId + " failed",
                "Run " + runId + ": " + reason + "\n\nFix the cause, then resume it: " + command("restart " + runId)
                        + "\n");
    }

    /**
     * Tells the alert list that a scheduled run went ahead at its deadline without some feeds it
     * waits for, so someone chases the sender before the executives ask.
     */
    public void alertFeedsMissing(long runId, String schedule, List<String> missingFeeds) {
        alert("Touchstone run " + runId + " published without " + String.join(", ", missingFeeds),
                "Schedule " + schedule + " reached its deadline before these feeds delivered: "
                        + String.join(", ", missingFeeds) + ". Run " + runId + " published with what was there;"
                        + " its data notes say so.\n\nOnce the files are in the inbox, publish the period again: "
                        + command("rerun --date <business date> --deliver") + "\n");
    }

    private DeliveryOutcome send(PublishedRun published, boolean corrected,
            Predicate<DistributionList.Recipient> chosen) {
        long runId = published.run().runId();
        Map<Optional<ReportSlice>, ReportSummary> summaries = new HashMap<>();
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        int had = 0;
        List<String> failures = new ArrayList<>();
        for (DistributionList.Recipient recipient : distribution.everyone()) {
            if (recipient.email() == null || !chosen.test(recipient)) {
                continue;
            }
            List<ParcelFile> parcel;
            try {
                parcel = parcel(published, recipient);
            } catch (IllegalStateException e) {
                deliveries.close(deliveries.open(runId, recipient.name(), recipient.email(), corrected, List.of()),
                        DeliveryStatus.FAILED, 0, e.getMessage());
                failed++;
                failures.add(recipient.email() + " (" + recipient.name() + "): " + e.getMessage());
                continue;
            }
            Set<String> received = deliveries.alreadySent(recipient.email(),
                    parcel.stream().map(ParcelFile::sha256).toList());
            List<ParcelFile> files = parcel.stream().filter(file -> !received.contains(file.sha256())).toList();
            if (files.isEmpty()) {
                had++;
                continue;
            }
            long id = deliveries.open(runId, recipient.name(), recipient.email(), corrected, files);
            if (!mail.enabled()) {
                deliveries.close(id, DeliveryStatus.SKIPPED, 0, NO_MAIL_SERVER);
                skipped++;
                continue;
            }
            ReportSummary summary = summaries.computeIfAbsent(Optional.ofNullable(recipient.slice()),
                    slice -> ReportSummary.of(slice.isPresent()
                            ? assembler.assemble(published.run(), published.manifest().generatedAt(), slice.get())
                            : assembler.assemble(published.run(), published.manifest().generatedAt())));
            SendResult result = mail.send(messages.compose(published, recipient, summary, files, corrected));
            deliveries.close(id, result.sent() ? DeliveryStatus.SENT : DeliveryStatus.FAILED, result.attempts(),
                    result.failure());
            if (result.sent()) {
                sent++;
            } else {
                failed++;
                failures.add(recipient.email() + " (" + recipient.name() + "): " + result.failure());
            }
        }
        DeliveryOutcome outcome = new DeliveryOutcome(sent, failed, skipped, had);
        log.info("Run {} delivered: {}", runId, outcome.summary());
        if (failed > 0) {
            alert("Touchstone run " + runId + ": " + failed + (failed == 1 ? " delivery" : " deliveries") + " failed",
                    "Run " + runId + " published, but " + failed + " of its messages could not be delivered:\n\n"
                            + failures.stream().map(line -> "  " + line).collect(Collectors.joining("\n"))
                            + "\n\nOnce the cause is fixed, send them again: "
                            + command("resend --run " + runId + " --failed") + "\n");
        }
        return outcome;
    }

    /**
     * The recipient's files as the run published them: their copy, and the workbook if they take
     * it. A slice the run cut no copy for (added to the file since) cannot be sent.
     */
    private List<ParcelFile> parcel(PublishedRun published, DistributionList.Recipient recipient) {
        RunManifest manifest = published.manifest();
        String label = manifest.period().label();
        List<String> names = new ArrayList<>();
        if (recipient.slice() == null) {
            names.add(PublishedNames.dashboard(label));
        } else {
            ReportSlice slice = recipient.slice();
            names.add(manifest.recipients().stream()
                    .filter(copy -> Objects.equals(slice.isRegion() ? copy.region() : copy.touchpoint(), slice.value()))
                    .map(RunManifest.Delivery::file)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run " + published.run().runId() + " cut no copy for the "
                            + slice.dimension() + " '" + slice.value() + "' (added to the distribution file since?);"
                            + " rerun the period with --deliver")));
        }
        if (recipient.workbook()) {
            names.add(PublishedNames.workbook(label));
        }
        long limit = properties.delivery().maxAttachment().toBytes();
        List<ParcelFile> files = new ArrayList<>();
        for (String name : names) {
            PublishedFile file = manifest.files().stream().filter(listed -> listed.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the manifest of run " + published.run().runId()
                            + " lists no " + name));
            files.add(new ParcelFile(name, published.file(name), file.bytes(), file.sha256(), file.bytes() <= limit));
        }
        return files;
    }

    private void alert(String subject, String body) {
        List<String> to = properties.delivery().alerts();
        if (!enabled() || to.isEmpty()) {
            log.warn("{} (no alert sent: {}): {}", subject, enabled() ? "touchstone.delivery.alerts is empty"
                    : NO_MAIL_SERVER, body.strip());
            return;
        }
        String html = "<!DOCTYPE html><html><body><pre>" + ReportMessage.escape(body) + "</pre></body></html>";
        SendResult result = mail.send(new OutgoingMail(to, subject, body, html, List.of()));
        if (!result.sent()) {
            log.error("Cannot send the alert '{}' to {}: {}", subject, to, result.failure());
        }
    }

    /** A command to paste into the shell of this installation: its home given, in case it is not the default. */
    private String command(String arguments) {
        return "touchstone --home " + properties.touchstoneHome().root() + " " + arguments;
    }
}
