package io.touchstone.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the trend's 95 % interval as a shaded band behind the NPS line instead of two more
 * lines: the series {@value #LOW} and {@value #HIGH} of the chart become the band's edges. A
 * period without a value leaves a gap in the band, as in the line.
 */
public final class IntervalBandCustomizer implements JRChartCustomizer {

    static final String LOW = "95 % low";
    static final String HIGH = "95 % high";
    private static final Color BAND = new Color(0xC7, 0xD2, 0xFE, 0xB0);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
            return;
        }
        CategoryDataset lines = plot.getDataset();
        int low = lines.getRowIndex(LOW);
        int high = lines.getRowIndex(HIGH);
        if (low < 0 || high < 0) {
            return;
        }
        DefaultCategoryDataset band = new DefaultCategoryDataset();
        for (int column = 0; column < lines.getColumnCount(); column++) {
            Comparable<?> period = lines.getColumnKey(column);
            band.addValue(lines.getValue(low, column), LOW, period);
            band.addValue(lines.getValue(high, column), HIGH, period);
        }
        plot.setDataset(1, band);
        plot.setRenderer(1, new BandRenderer(BAND));
        // The secondary dataset is drawn first, so the band lies behind the lines.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        if (plot.getRenderer() instanceof LineAndShapeRenderer renderer) {
            for (int series : new int[] {low, high}) {
                renderer.setSeriesVisible(series, false);
                renderer.setSeriesVisibleInLegend(series, false);
            }
        }
    }

    /** Fills the area between the first two series of its dataset, one quadrilateral per step. */
    static final class BandRenderer extends AbstractCategoryItemRenderer {

        private final transient Paint fill;

        BandRenderer(Paint fill) {
            this.fill = fill;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            if (row != 0 || column == 0) {
                return;
            }
            Number lowBefore = dataset.getValue(0, column - 1);
            Number highBefore = dataset.getValue(1, column - 1);
            Number low = dataset.getValue(0, column);
            Number high = dataset.getValue(1, column);
            if (lowBefore == null || highBefore == null || low == null || high == null) {
                return;
            }
            int count = dataset.getColumnCount();
            double x0 = domainAxis.getCategoryMiddle(column - 1, count, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.getCategoryMiddle(column, count, dataArea, plot.getDomainAxisEdge());
            GeneralPath area = new GeneralPath();
            area.moveTo(x0, y(rangeAxis, lowBefore, dataArea, plot));
            area.lineTo(x1, y(rangeAxis, low, dataArea, plot));
            area.lineTo(x1, y(rangeAxis, high, dataArea, plot));
            area.lineTo(x0, y(rangeAxis, highBefore, dataArea, plot));
            area.closePath();
            g2.setPaint(fill);
            g2.fill(area);
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            if (series != 0) {
                return null;
            }
            LegendItem item = new LegendItem("95 % interval", null, null, null, new Rectangle2D.Double(-4, -4, 8, 8),
                    fill);
            item.setDatasetIndex(datasetIndex);
            item.setSeriesIndex(series);
            return item;
        }

        private static double y(ValueAxis axis, Number value, Rectangle2D area, CategoryPlot plot) {
            return axis.valueToJava2D(value.doubleValue(), area, plot.getRangeAxisEdge());
        }
    }
}
