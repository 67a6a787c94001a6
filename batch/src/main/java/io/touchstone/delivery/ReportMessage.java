package io.touchstone.delivery;

import io.touchstone.publish.DistributionList;
import io.touchstone.reports.ReportSummary;
import io.touchstone.system.TouchstoneProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

/**
 * The message that carries a recipient's copy: a subject with the company, the period and the
 * copy's own headline figures, and a short body, plain text and HTML alike, with the
 * what-changed line and the headline tiles' numbers. Everything in it comes from the
 * {@link ReportSummary} of the very copy it carries, so it names no figure the file does not.
 * A file over {@code touchstone.delivery.max-attachment} is a link into the web console instead.
 */
final class ReportMessage {

    /** A file sent as a link, for the HTML body to make the link clickable. */
    private record Link(String file, String url) {
    }

    private final TouchstoneProperties properties;

    ReportMessage(TouchstoneProperties properties) {
        this.properties = properties;
    }

    OutgoingMail compose(PublishedRun published, DistributionList.Recipient recipient, ReportSummary summary,
            List<ParcelFile> files, boolean corrected) {
        String label = published.manifest().period().label();
        String subject = properties.ownBrand() + " CX " + label
                + (recipient.slice() == null ? "" : " · " + recipient.slice().value())
                + (corrected ? " (corrected)" : "") + " — " + summary.headline();
        List<String> intro = new ArrayList<>();
        if (corrected) {
            intro.add("Corrected: this replaces the " + label + " report sent earlier; the figures below are the ones"
                    + " that stand.");
        }
        List<String> notes = new ArrayList<>();
        List<String> attached = files.stream().filter(ParcelFile::attached).map(ParcelFile::name).toList();
        if (!attached.isEmpty()) {
            notes.add("Attached: " + String.join(", ", attached) + ".");
        }
        List<Link> links = new ArrayList<>();
        for (ParcelFile file : files) {
            if (!file.attached()) {
                String link = link(published.run().runId(), file.name());
                notes.add(file.name() + " (" + size(file.bytes()) + ") is larger than the "
                        + size(properties.delivery().maxAttachment().toBytes())
                        + " we attach; download it from " + link);
                links.add(new Link(file.name(), link));
            }
        }
        String footer = "Run " + published.run().runId() + ", business date " + published.run().businessDate()
                + ". You receive " + (recipient.slice() == null ? "the company dashboard"
                        : "the " + recipient.slice().value() + " copy") + " as " + recipient.name()
                + " in the distribution file.";
        return new OutgoingMail(List.of(recipient.email()), subject, plain(summary, intro, notes, footer),
                html(summary, intro, notes, links, footer),
                files.stream().filter(ParcelFile::attached).toList());
    }

    private static String plain(ReportSummary summary, List<String> intro, List<String> notes, String footer) {
        StringBuilder text = new StringBuilder();
        text.append(summary.title()).append('\n').append(summary.period()).append("\n\n");
        intro.forEach(line -> text.append(line).append("\n\n"));
        text.append(summary.whatChanged()).append("\n\n");
        for (ReportSummary.Tile tile : summary.tiles()) {
            text.append(tile.label()).append(": ").append(tile.figures()).append('\n');
            if (tile.slice() != null) {
                text.append("    ").append(tile.slice()).append('\n');
            }
        }
        text.append('\n');
        notes.forEach(line -> text.append(line).append('\n'));
        return text.append('\n').append(footer).append('\n').toString();
    }

    private static String html(ReportSummary summary, List<String> intro, List<String> notes, List<Link> links,
            String footer) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<h2>").append(escape(summary.title())).append("</h2><p>").append(escape(summary.period()))
                .append("</p>");
        intro.forEach(line -> html.append("<p><strong>").append(escape(line)).append("</strong></p>"));
        html.append("<p>").append(escape(summary.whatChanged())).append("</p><table>");
        for (ReportSummary.Tile tile : summary.tiles()) {
            html.append("<tr><th align=\"left\">").append(escape(tile.label())).append("</th><td>")
                    .append(escape(tile.figures())).append("</td></tr>");
            if (tile.slice() != null) {
                html.append("<tr><td></td><td>").append(escape(tile.slice())).append("</td></tr>");
            }
        }
        html.append("</table>");
        for (String note : notes) {
            String line = escape(note);
            for (Link link : links) {
                line = line.replace(escape(link.url()), "<a href=\"" + escape(link.url()) + "\">" + escape(link.url())
                        + "</a>");
            }
            html.append("<p>").append(line).append("</p>");
        }
        return html.append("<p style=\"color:#666\">").append(escape(footer)).append("</p></body></html>").toString();
    }

    /** The file in the web console, its name encoded as a path segment (names may hold any letter). */
    private String link(long runId, String fileName) {
        try {
            return properties.delivery().consoleUrl()
                    + new URI(null, null, "/files/" + runId + "/" + fileName, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot link to " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** "14.2 MB", or "512 KB" below a megabyte, in the reporting locale. */
    private String size(long bytes) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(properties.reporting().locale());
        return bytes < 1024 * 1024 ? new DecimalFormat("#,##0", symbols).format(bytes / 1024.0) + " KB"
                : new DecimalFormat("#,##0.0", symbols).format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
