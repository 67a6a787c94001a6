package io.touchstone.ingest;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file feeds the nightly job ingests, each with the columns of its contract (README, "The
 * feed contract"). A file belongs to a feed by its name prefix: {@code responses*.csv},
 * {@code benchmarks*.csv}, {@code targets*.csv} or {@code targets*.xlsx}, {@code posts*.csv},
 * {@code employee*.csv}, and the operational feeds {@code interactions*.csv},
 * {@code followups*.csv} and {@code accounts*.csv}, each CSV also accepted gzip-compressed as
 * {@code .csv.gz}.
 */
public enum Feed {
    RESPONSES(List.of(
            FeedColumn.required("response_id"), FeedColumn.required("responded_at"),
            FeedColumn.required("brand"), FeedColumn.required("touchpoint"),
            FeedColumn.optional("region"), FeedColumn.optional("channel"),
            FeedColumn.optional("customer_id"), FeedColumn.optional("nps"),
            FeedColumn.optional("csat"), FeedColumn.optional("ces"),
            FeedColumn.freeText("comment", false), FeedColumn.optional("language"))),
    BENCHMARKS(List.of(
            FeedColumn.required("period"), FeedColumn.required("brand"),
            FeedColumn.optional("touchpoint"), FeedColumn.optional("region"),
            FeedColumn.required("metric"), FeedColumn.required("value"),
            FeedColumn.optional("sample_size"), FeedColumn.optional("source"))),
    TARGETS(List.of(
            FeedColumn.required("period"), FeedColumn.required("metric"),
            FeedColumn.optional("region"), FeedColumn.optional("touchpoint"),
            FeedColumn.required("target"))),
    POSTS(List.of(
            FeedColumn.required("post_id"), FeedColumn.required("posted_at"),
            FeedColumn.required("source"), FeedColumn.required("brand"),
            FeedColumn.optional("region"), FeedColumn.optional("rating"),
            FeedColumn.freeText("text", true))),
    EMPLOYEE(List.of(
            FeedColumn.required("feedback_id"), FeedColumn.required("submitted_at"),
            FeedColumn.optional("department"), FeedColumn.optional("region"),
            FeedColumn.freeText("text", true), FeedColumn.optional("score"))),
    INTERACTIONS(List.of(
            FeedColumn.required("interaction_id"), FeedColumn.optional("customer_id"),
            FeedColumn.required("opened_at"), FeedColumn.optional("closed_at"),
            FeedColumn.optional("channel"), FeedColumn.required("touchpoint"),
            FeedColumn.optional("region"), FeedColumn.optional("wait_seconds"),
            FeedColumn.optional("handle_seconds"), FeedColumn.optional("first_contact_resolved"),
            FeedColumn.optional("callback_offered"), FeedColumn.optional("csat_before"),
            FeedColumn.optional("csat_after"), FeedColumn.optional("agent_team"))),
    FOLLOWUPS(List.of(
            FeedColumn.required("response_id"), FeedColumn.required("action"),
            FeedColumn.required("action_at"), FeedColumn.optional("owner"))),
    ACCOUNTS(List.of(
            FeedColumn.required("customer_id"), FeedColumn.optional("segment"),
            FeedColumn.optional("region"), FeedColumn.required("annual_revenue"),
            FeedColumn.required("currency"), FeedColumn.required("status"),
            FeedColumn.optional("status_changed_at")));

    /** The region of a row that names none. */
    public static final String UNKNOWN_REGION = "unknown";

    private final List<FeedColumn> columns;
    /**
     * Each column's position by name: every value of every line is looked up by its column's name.
     * A hash map behind an unmodifiable view, not {@code Map.copyOf}, whose probe takes a modulo of
     * each look-up's hash (a twentieth of the loader threads' samples in a profile).
     */
    private final Map<String, Integer> positions;

    Feed(List<FeedColumn> columns) {
        this.columns = columns;
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.putIfAbsent(columns.get(i).name(), i);
        }
        this.positions = Collections.unmodifiableMap(positions);
    }

    /** The feed's name as used in file prefixes, settings and reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<FeedColumn> columns() {
        return columns;
    }

    public int indexOf(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException(code() + " has no column " + column);
        }
        return position;
    }

    /** Whether a file name (not a path) is a delivery for this feed; targets may also come as .xlsx. */
    public boolean accepts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.startsWith(code()) && (name.endsWith(".csv") || name.endsWith(".csv.gz")
                || this == TARGETS && name.endsWith(".xlsx"));
    }

    /** The feed of a code as {@link #code()} gives it, e.g. from a file's registration. */
    static Feed ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a file name is a feed's {@code <feed>.ready} marker: a sender that writes many files
     * says with it that they are all there (the scheduler waits for it); it is no data itself.
     */
    public boolean isReadyMarker(String fileName) {
        return fileName.equalsIgnoreCase(code() + ".ready");
    }

    /** Whether any feed takes the file, as data or as its ready marker. */
    public static boolean anyTakes(String fileName) {
        for (Feed feed : values()) {
            if (feed.accepts(fileName) || feed.isReadyMarker(fileName)) {
                return true;
            }
        }
        return false;
    }


    /**
     * One column of a feed's contract.
     *
     * @param freeText whether its values may hold line breaks (comments, post texts); in any other
     *     column a line break means a stray quote swallowed the lines after it
     */
    public record FeedColumn(String name, boolean required, boolean freeText) {
        static FeedColumn required(String name) {
            return new FeedColumn(name, true, false);
        }

        static FeedColumn optional(String name) {
            return new FeedColumn(name, false, false);
        }

        static FeedColumn freeText(String name, boolean required) {
            return new FeedColumn(name, required, true);
        }
    }
}
