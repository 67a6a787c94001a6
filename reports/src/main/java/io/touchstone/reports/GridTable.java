package io.touchstone.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A table for the grid template, built row by row: each cell a formatted text and a
 * {@link Tone} that picks its colours and alignment.
 */
final class GridTable {

    /** How a cell looks; the names are the template's conditional styles. */
    enum Tone {
        HEAD_LEFT("headLeft"), HEAD("head"), STAGE("stage"), LABEL("label"), LABEL_TOTAL("labelTotal"),
        TOTAL("total"), WORSE_2("worse2"), WORSE_1("worse1"), PAR("par"), BETTER_1("better1"),
        BETTER_2("better2"), LOW("low"), PLAIN("plain");

        private final String code;

        Tone(String code) {
            this.code = code;
        }
    }

    private final int columns;
    private final int rowHeight;
    private final List<Map<String, ?>> cells = new ArrayList<>();

    GridTable(int columns) {
        this(columns, DashboardTemplates.ROW_HEIGHT);
    }

    GridTable(int columns, int rowHeight) {
        this.columns = columns;
        this.rowHeight = rowHeight;
    }

    GridTable cell(String text, Tone tone) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("text", text);
        cell.put("tone", tone.code);
        cells.add(cell);
        return this;
    }

    int columns() {
        return columns;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    JRDataSource dataSource() {
        if (cells.size() % columns != 0) {
            throw new IllegalStateException("A grid row of " + columns + " columns is incomplete");
        }
        return new JRMapCollectionDataSource(cells);
    }

    JasperReport report() throws JRException {
        return DashboardTemplates.grid(columns, rowHeight);
    }

    /** The grid's cells as a page template's section: a title, the compiled grid and its rows. */
    Map<String, ?> section(String title, String footnote) throws JRException {
        Map<String, Object> section = new HashMap<>();
        section.put("title", title);
        section.put("grid", report());
        section.put("cells", dataSource());
        section.put("footnote", footnote);
        return section;
    }
}
