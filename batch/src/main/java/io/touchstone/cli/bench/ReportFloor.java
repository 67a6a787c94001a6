package io.touchstone.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * The floor under the dashboard PDFs: a bare JasperReports fill and PDF export of as many pages
 * of a trivial report — one text field, one page per record — compiled once beforehand, as
 * the product compiles its templates once per process.
 */
final class ReportFloor {

    private static final int PAGE_HEIGHT = 842;
    private static final int MARGIN = 20;

    private ReportFloor() {
    }

    static Measured fillAndExport(int pages, Path file) throws IOException {
        try {
            JasperReport report = JasperCompileManager.compileReport(design());
            long start = System.nanoTime();
            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(), new JREmptyDataSource(pages));
            try (OutputStream out = Files.newOutputStream(file)) {
                JasperExportManager.exportReportToPdfStream(print, out);
            }
            return Measured.since(start, print.getPages().size());
        } catch (JRException e) {
            throw new IllegalStateException("The bare report of the benchmark failed: " + e.getMessage(), e);
        }
    }

    private static JasperDesign design() {
        JasperDesign design = new JasperDesign();
        design.setName("floor");
        design.setPageWidth(595);
        design.setPageHeight(PAGE_HEIGHT);
        design.setColumnWidth(595 - 2 * MARGIN);
        design.setLeftMargin(MARGIN);
        design.setRightMargin(MARGIN);
        design.setTopMargin(MARGIN);
        design.setBottomMargin(MARGIN);
        JRDesignTextField page = new JRDesignTextField();
        page.setWidth(300);
        page.setHeight(20);
        page.setExpression(new JRDesignExpression("\"Page \" + $V{PAGE_NUMBER}"));
        JRDesignBand detail = new JRDesignBand();
        // A band as tall as the page leaves room for one record on each.
        detail.setHeight(PAGE_HEIGHT - 2 * MARGIN);
        detail.addElement(page);
        ((JRDesignSection) design.getDetailSection()).addBand(detail);
        return design;
    }
}
