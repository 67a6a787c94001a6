package io.touchstone.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract column of a feed sits in a delivered file, found by header name: the
 * sender's own name when the feed's column mapping gives one, else the contract's name, both
 * matched case-insensitively. Unknown extra columns are ignored.
 */
final class ColumnLayout {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final List<Feed.FeedColumn> columns;
    private final int[] positions;
    private final int headerFieldCount;
    private final List<String> missingRequired;

    private ColumnLayout(List<Feed.FeedColumn> columns, int[] positions, int headerFieldCount,
            List<String> missingRequired) {
        this.columns = columns;
        this.positions = positions;
        this.headerFieldCount = headerFieldCount;
        this.missingRequired = missingRequired;
    }

    static ColumnLayout of(Feed feed, List<String> header, Map<String, String> mapping) {
        List<String> normalised = header.stream().map(ColumnLayout::normalise).toList();
        List<Feed.FeedColumn> columns = feed.columns();
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Feed.FeedColumn column = columns.get(i);
            String mapped = mapping.get(column.name());
            int position = mapped == null ? -1 : normalised.indexOf(normalise(mapped));
            if (position < 0) {
                position = normalised.indexOf(column.name());
            }
            positions[i] = position;
            if (position < 0 && column.required()) {
                missing.add(mapped == null ? column.name() : column.name() + " (mapped to '" + mapped + "')");
            }
        }
        return new ColumnLayout(columns, positions, header.size(), List.copyOf(missing));
    }

    private static String normalise(String header) {
        return header.replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT);
    }

    List<String> missingRequired() {
        return missingRequired;
    }

    /**
     * The contract column a file's field holds, or {@code null} for a field the feed ignores.
     *
     * @param position the field's position in the file's records
     */
    Feed.FeedColumn columnAt(int position) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == position) {
                return columns.get(i);
            }
        }
        return null;
    }

    int headerFieldCount() {
        return headerFieldCount;
    }

    String[] arrange(List<String> fields) {
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int position = positions[i];
            values[i] = position >= 0 && position < fields.size() ? fields.get(position) : null;
        }
        return values;
    }
}
