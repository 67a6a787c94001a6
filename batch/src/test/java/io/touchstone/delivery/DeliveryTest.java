package io.touchstone.delivery;

import static io.touchstone.sql.generated.Tables.DELIVERY;
import static io.touchstone.sql.generated.Tables.DELIVERY_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.touchstone.cli.TouchstoneCommand;
import io.touchstone.cli.TouchstoneSession;
import io.touchstone.support.Inbox;
import io.touchstone.support.RefusingSmtpRelay;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import io.touchstone.system.TouchstoneHome;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail delivery of a published run through a real SMTP server (GreenMail, behind a relay that
 * can refuse an address), on the real job and the real PostgreSQL.
 *
 * <p>North West's customers write about Ambleside and give NPS +50.0; London's write about
 * Brixton and give −100.0. The distribution file has a North West owner, a London owner, the
 * delivery touchpoint's owner, finance (company dashboard and workbook) and a North West
 * colleague without an address.
 */
class DeliveryTest extends WarehouseTest {

    private static final String PRIYA = "priya.shah@northwind.example";
    private static final String LEE = "lee.chan@northwind.example";
    private static final String SAM = "sam.carter@northwind.example";
    private static final String FIONA = "fiona.grant@northwind.example";
    private static final String OPS = "cx-ops@northwind.example";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private RefusingSmtpRelay relay;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startRelay() {
        relay = new RefusingSmtpRelay(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopRelay() throws IOException {
        relay.close();
    }

    @Test
    void everyRecipientWithAnAddressGetsOneMessageWithTheirOwnCopyAndNoOtherSlicesFigures() throws Exception {
        // given
        settings("");
        long runId = publishedRun();

        // when
        DeliveryOutcome outcome = deliver(runId, false);

        // then
        assertThat(outcome.summary()).isEqualTo("4 sent");
        Map<String, MimeMessage> received = receivedByAddress();
        assertThat(received).containsOnlyKeys(PRIYA, LEE, SAM, FIONA);

        Mail priya = Mail.of(received.get(PRIYA));
        assertThat(priya.subject()).isEqualTo("Northwind CX 2026-10 · North West — NPS +50.0, CSAT 66.7 %");
        assertThat(priya.attachments()).containsOnlyKeys("cx-dashboard_2026-10_north-west.pdf");
        assertThat(priya.plain()).contains("North West: +50.0").contains("What changed vs 2026-09")
                .contains("Net Promoter Score: −25.0");
        assertThat(priya.html()).contains("North West: +50.0");
        assertThat(pdfText(priya.attachments().get("cx-dashboard_2026-10_north-west.pdf")))
                .contains("North West: +50.0").contains("Ambleside");
        for (String text : List.of(priya.subject(), priya.plain(), priya.html(),
                pdfText(priya.attachments().get("cx-dashboard_2026-10_north-west.pdf")))) {
            assertThat(text).as("no other region's name or figures").doesNotContain("London").doesNotContain("Brixton")
                    .doesNotContain("−100.0");
        }

        Mail lee = Mail.of(received.get(LEE));
        assertThat(lee.subject()).isEqualTo("Northwind CX 2026-10 · London — NPS −100.0, CSAT 0.0 %");
        assertThat(lee.attachments()).containsOnlyKeys("cx-dashboard_2026-10_london.pdf");
        for (String text : List.of(lee.subject(), lee.plain(), lee.html(),
                pdfText(lee.attachments().get("cx-dashboard_2026-10_london.pdf")))) {
            assertThat(text).doesNotContain("North West").doesNotContain("Ambleside").doesNotContain("+50.0");
        }

        Mail sam = Mail.of(received.get(SAM));
        assertThat(sam.subject()).startsWith("Northwind CX 2026-10 · delivery — NPS ");
        assertThat(sam.attachments()).containsOnlyKeys("cx-dashboard_2026-10_delivery.pdf");
        assertThat(sam.subject() + sam.plain() + sam.html()).as("the store touchpoint is another owner's")
                .doesNotContain("store");

        Mail fiona = Mail.of(received.get(FIONA));
        assertThat(fiona.subject()).isEqualTo("Northwind CX 2026-10 — NPS −25.0, CSAT 33.3 %");
        assertThat(fiona.attachments()).containsOnlyKeys("cx-dashboard_2026-10.pdf", "cx-finance_2026-10.xlsx");
        assertThat(pdfText(fiona.attachments().get("cx-dashboard_2026-10.pdf"))).contains("North West")
                .contains("London");

        assertThat(dsl.select(DELIVERY.EMAIL, DELIVERY.STATUS, DELIVERY.ATTEMPTS).from(DELIVERY).fetch()
                .map(row -> row.value1() + " " + row.value2() + " " + row.value3()))
                .containsExactlyInAnyOrder(PRIYA + " sent 1", LEE + " sent 1", SAM + " sent 1", FIONA + " sent 1");
        assertThat(dsl.fetchValue("select sha256 from delivery_file where file_name = 'cx-finance_2026-10.xlsx'"))
                .isEqualTo(sha256Of(fiona.attachments().get("cx-finance_2026-10.xlsx")));
    }

    @Test
    void aSecondDeliveryOfTheSameRunSendsNothingNew() throws Exception {
        // given
        settings("");
        long runId = publishedRun();
        deliver(runId, false);

        // when
        DeliveryOutcome again = deliver(runId, false);

        // then
        assertThat(again).isEqualTo(new DeliveryOutcome(0, 0, 0, 4));
        assertThat(again.summary()).isEqualTo("0 sent, 4 already had their files");
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(dsl.fetchCount(DELIVERY)).isEqualTo(4);
    }

    @Test
    void aRefusedRecipientFailsAfterItsRetriesTheAlertListIsToldAndResendFailedSendsOnlyToThem() throws Exception {
        // given
        settings("");
        long runId = publishedRun();
        relay.refuse(LEE);

        // when
        DeliveryOutcome outcome = deliver(runId, false);

        // then
        assertThat(outcome.summary()).isEqualTo("3 sent, 1 failed");
        assertThat(receivedByAddress()).containsOnlyKeys(PRIYA, SAM, FIONA, OPS);
        var lee = dsl.selectFrom(DELIVERY).where(DELIVERY.EMAIL.eq(LEE)).fetchSingle();
        assertThat(lee.getStatus()).isEqualTo("failed");
        assertThat(lee.getAttempts()).isEqualTo(3);
        assertThat(lee.getLastError()).startsWith("450 4.2.1");
        Mail alert = Mail.of(receivedByAddress().get(OPS));
        assertThat(alert.subject()).isEqualTo("Touchstone run " + runId + ": 1 delivery failed");
        assertThat(alert.plain()).contains(LEE + " (Lee Chan): 450 4.2.1")
                .contains("touchstone --home " + home + " resend --run " + runId + " --failed");

        // when the mailbox takes mail again
        relay.acceptAll();
        int status = touchstone("resend", "--run", String.valueOf(runId), "--failed");

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Run " + runId + " delivery: 1 sent");
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            addresses.add(message.getAllRecipients()[0].toString());
        }
        assertThat(addresses).containsExactlyInAnyOrder(PRIYA, SAM, FIONA, OPS, LEE);
        assertThat(touchstone("deliveries", "--run", String.valueOf(runId))).isZero();
        assertThat(out.toString()).contains("failed (450 4.2.1");
    }

    @Test
    void withoutAMailServerEveryRecipientIsSkippedAndTheRunStillPublishes() throws Exception {
        // given
        Files.writeString(home.resolve("application.yml"), "touchstone.delivery.alerts: [" + OPS + "]\n");
        long runId = publishedRun();

        // when
        int status = touchstone("resend", "--run", String.valueOf(runId));
        int listed = touchstone("deliveries", "--run", String.valueOf(runId));

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(listed).isZero();
        assertThat(out.toString()).contains("E-mail delivery off: spring.mail.host is not set")
                .contains("delivery: 0 sent, 4 skipped");
        assertThat(out.toString().lines().filter(line -> line.contains("@northwind.example")
                && line.endsWith("skipped (no mail server configured)")))
                .hasSize(4);
        assertThat(dsl.fetchCount(DELIVERY, DELIVERY.STATUS.eq("skipped"))).isEqualTo(4);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFileOverTheAttachmentLimitIsSentAsALinkIntoTheConsole() throws Exception {
        // given: every PDF and workbook is larger than 2 KB
        settings("touchstone.delivery.max-attachment: 2KB\n"
                + "touchstone.delivery.console-url: https://cx.northwind.example/\n");
        long runId = publishedRun();

        // when
        deliver(runId, false);

        // then
        Mail fiona = Mail.of(receivedByAddress().get(FIONA));
        assertThat(fiona.attachments()).isEmpty();
        String link = "https://cx.northwind.example/files/" + runId + "/cx-finance_2026-10.xlsx";
        assertThat(fiona.plain()).contains("cx-finance_2026-10.xlsx (").contains("is larger than the 2 KB we attach")
                .contains(link);
        assertThat(fiona.html()).contains("<a href=\"" + link + "\">");
        assertThat(dsl.fetchCount(DELIVERY_FILE, DELIVERY_FILE.ATTACHED.isTrue())).isZero();
    }

    @Test
    void aFailedRunAlertsTheListWithItsReasonAndTheRestartCommand() throws Exception {
        // given
        settings("");

        // when
        try (TouchstoneSession session = session()) {
            session.bean(DeliveryService.class).alertRunFailed(42, "failed in ingestResponsesStep: disk full");
        }

        // then
        Mail alert = Mail.of(receivedByAddress().get(OPS));
        assertThat(alert.subject()).isEqualTo("Touchstone run 42 failed");
        assertThat(alert.plain()).contains("Run 42: failed in ingestResponsesStep: disk full")
                .contains("touchstone --home " + home + " restart 42");
    }

    @Test
    void aRerunWithDeliverSendsTheNewFilesMarkedCorrected() throws Exception {
        // given
        settings("");
        long runId = publishedRun();
        deliver(runId, false);

        // when
        int status = touchstone("rerun", "--date", "2026-10-31", "--deliver");

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("delivery: 4 sent");
        List<String> corrected = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains("(corrected)")) {
                corrected.add(message.getAllRecipients()[0].toString());
                assertThat(Mail.of(message).plain()).contains("Corrected: this replaces the 2026-10 report");
            }
        }
        assertThat(corrected).containsExactlyInAnyOrder(PRIYA, LEE, SAM, FIONA);
    }

    @Test
    void aRunWhoseFilesARerunReplacedIsRefusedWithTheRunToDeliverInstead() throws Exception {
        // given
        settings("");
        long runId = publishedRun();
        assertThat(touchstone("rerun", "--date", "2026-10-31")).as(err.toString()).isZero();
        long rerunId = dsl.fetchOne("select max(job_instance_id) from batch_job_instance").get(0, Long.class);

        // when
        Throwable refusal = catchThrowable(() -> deliver(runId, false));

        // then
        assertThat(refusal).isInstanceOf(IllegalArgumentException.class).hasMessage("Run " + runId + "'s files in "
                + home.resolve("out/2026/10/2026-10") + " were replaced by run " + rerunId + " (a rerun of the same"
                + " period); deliver run " + rerunId + " instead.");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(deliver(rerunId, false).summary()).isEqualTo("4 sent");
    }

    /** The home's settings: the relay as mail server, fast retries, the alert list, and {@code more}. */
    private void settings(String more) throws IOException {
        String yaml = "spring.mail.host: 127.0.0.1\nspring.mail.port: " + relay.port() + "\n"
                + "touchstone.delivery.from: touchstone@northwind.example\n"
                + "touchstone.delivery.alerts: [" + OPS + "]\n"
                + "touchstone.delivery.retry-backoff: 10ms\n" + more;
        Files.writeString(home.resolve("application.yml"), yaml);
    }

    /** Delivers the two-region month with the distribution file of the class comment; returns the run id. */
    private long publishedRun() throws IOException {
        deliverTwoRegions();
        Files.writeString(home.resolve("distribution.yml"), """
                recipients:
                  - name: Priya Shah
                    email: %s
                    region: North West
                  - name: Lee Chan
                    email: %s
                    region: London
                  - name: Sam Carter
                    email: %s
                    touchpoint: delivery
                  - name: Fiona Grant
                    email: %s
                    workbook: true
                  - name: Ravi Patel
                    region: North West
                """.formatted(PRIYA, LEE, SAM, FIONA));
        assertThat(touchstone("run", "--date", "2026-10-31")).as(err.toString()).isZero();
        assertThat(smtp.getReceivedMessages()).as("a plain run does not deliver").isEmpty();
        return dsl.fetchOne("select max(job_instance_id) from batch_job_instance").get(0, Long.class);
    }

    private DeliveryOutcome deliver(long runId, boolean corrected) {
        try (TouchstoneSession session = session()) {
            return session.bean(DeliveryService.class).deliver(runId, corrected);
        }
    }

    private TouchstoneSession session() {
        return TouchstoneSession.open(new TouchstoneHome(home), TestDatabase.jdbcUrl());
    }

    /** 60 North West answers (NPS +50, CSAT 66.7), 60 London (NPS −100, CSAT 0.0), each naming its town. */
    private void deliverTwoRegions() {
        StringBuilder csv = new StringBuilder(
                "response_id,responded_at,brand,touchpoint,region,channel,customer_id,nps,csat,ces,comment,language\n");
        int id = region(csv, 0, "North West", "Ambleside", 40, 10);
        region(csv, id, "London", "Brixton", 0, 0);
        Inbox.deliver(home.resolve("inbox"), "responses_2026-10.csv", csv.toString());
    }

    private static int region(StringBuilder csv, int id, String region, String town, int promoters, int passives) {
        for (int i = 0; i < 60; i++, id++) {
            int nps = i < promoters ? 10 : i < promoters + passives ? 7 : 2;
            String touchpoint = i % 2 == 0 ? "delivery" : "store";
            String comment = nps >= 9 ? "The " + town + " team were friendly and helpful."
                    : "The " + town + " courier delivered my parcel late and damaged.";
            csv.append(String.format(Locale.ROOT, "R%04d,2026-10-%02dT10:00:00+00:00,Northwind,%s,%s,email,C%d,%d,%d,%d,%s,en%n",
                    id, 1 + i % 28, touchpoint, region, id, nps, nps >= 9 ? 5 : 2, nps >= 9 ? 6 : 3, comment));
        }
        return id;
    }

    private Map<String, MimeMessage> receivedByAddress() throws Exception {
        Map<String, MimeMessage> received = new LinkedHashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            MimeMessage earlier = received.put(message.getAllRecipients()[0].toString(), message);
            assertThat(earlier).as("one message per address").isNull();
        }
        return received;
    }

    private int touchstone(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--db-url", TestDatabase.jdbcUrl()));
        all.addAll(Arrays.asList(args));
        return TouchstoneCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String sha256Of(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A received message taken apart: subject, the plain and HTML alternatives, the attachments by name. */
    private record Mail(String subject, String plain, String html, Map<String, byte[]> attachments) {

        static Mail of(MimeMessage message) throws Exception {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            walk(message, texts, attachments);
            return new Mail(message.getSubject(), texts.getOrDefault("text/plain", ""),
                    texts.getOrDefault("text/html", ""), attachments);
        }

        private static void walk(Part part, Map<String, String> texts, Map<String, byte[]> attachments)
                throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, texts, attachments);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.put(part.getFileName(), in.readAllBytes());
                }
            } else {
                String type = part.isMimeType("text/html") ? "text/html" : "text/plain";
                texts.put(type, (String) part.getContent());
            }
        }
    }
}
