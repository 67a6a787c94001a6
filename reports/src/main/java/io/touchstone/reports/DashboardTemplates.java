package io.touchstone.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The dashboard's JasperReports templates, compiled once per process and shape: compiling takes
 * a second or two, filling and exporting tens of milliseconds once warm. The page template is
 * compiled per paper size, the grid per column count.
 */
final class DashboardTemplates {

    static final String MAIN = "templates/dashboard/ExecutiveDashboard.jrxml";
    static final String GRID = "templates/dashboard/Grid.jrxml";
    static final String BENCHMARKS = "templates/dashboard/BenchmarksPage.jrxml";
    static final String THEMES = "templates/dashboard/ThemesPage.jrxml";
    static final String OPERATIONS = "templates/dashboard/OperationsPage.jrxml";
    static final String KPI_TILES = "templates/dashboard/KpiTiles.jrxml";
    static final String MONEY = "templates/dashboard/MoneyPage.jrxml";
    static final String DATA_NOTES = "templates/dashboard/DataNotes.jrxml";
    static final String QUALITY = "templates/dashboard/DataQuality.jrxml";
    /** The pages' subreports, compiled as they are. */
    static final List<String> SUBREPORTS = List.of(BENCHMARKS, THEMES, OPERATIONS, KPI_TILES, MONEY, DATA_NOTES,
            QUALITY);

    /** Width of the grids on every page: the narrower paper's printable width. */
    static final int GRID_WIDTH = 539;
    static final int ROW_HEIGHT = 13;

    private static final Map<String, JasperReport> COMPILED = new HashMap<>();

    private DashboardTemplates() {
    }

    static synchronized JasperReport page(ExecutiveDashboard.PageSize size) throws JRException {
        String key = MAIN + "@" + size;
        JasperReport compiled = COMPILED.get(key);
        if (compiled == null) {
            JasperDesign design = load(MAIN);
            design.setPageWidth(size.width());
            design.setPageHeight(size.height());
            int usable = size.width() - design.getLeftMargin() - design.getRightMargin();
            design.setColumnWidth((usable - design.getColumnSpacing() * (design.getColumnCount() - 1))
                    / design.getColumnCount());
            compiled = JasperCompileManager.compileReport(design);
            COMPILED.put(key, compiled);
        }
        return compiled;
    }

    /** The grid laid out for {@code columns} equal columns across {@link #GRID_WIDTH}, rows 13 points high. */
    static JasperReport grid(int columns) throws JRException {
        return grid(columns, ROW_HEIGHT);
    }

    /** The same with rows {@code rowHeight} points high: a long table still fits its page. */
    static synchronized JasperReport grid(int columns, int rowHeight) throws JRException {
        String key = GRID + "@" + columns + "x" + rowHeight;
        JasperReport compiled = COMPILED.get(key);
        if (compiled == null) {
            JasperDesign design = load(GRID);
            int width = GRID_WIDTH / columns;
            design.setColumnCount(columns);
            design.setColumnWidth(width);
            design.setPageWidth(width * columns);
            JRDesignBand row = (JRDesignBand) design.getDetailSection().getBands()[0];
            row.setHeight(rowHeight);
            for (JRElement element : row.getElements()) {
                ((JRDesignElement) element).setWidth(width);
                ((JRDesignElement) element).setHeight(rowHeight);
            }
            compiled = JasperCompileManager.compileReport(design);
            COMPILED.put(key, compiled);
        }
        return compiled;
    }

    static synchronized JasperReport subreport(String template) throws JRException {
        JasperReport compiled = COMPILED.get(template);
        if (compiled == null) {
            compiled = JasperCompileManager.compileReport(load(template));
            COMPILED.put(template, compiled);
        }
        return compiled;
    }

    private static JasperDesign load(String template) throws JRException {
        try (InputStream in = DashboardTemplates.class.getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new JRException("Missing report template " + template);
            }
            return JRXmlLoader.load(in);
        } catch (IOException e) {
            throw new JRException("Cannot read report template " + template, e);
        }
    }
}
