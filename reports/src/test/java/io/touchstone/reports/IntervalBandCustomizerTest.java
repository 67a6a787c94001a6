package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The trend's interval becomes a shaded band behind the line, with one legend entry. */
class IntervalBandCustomizerTest {

    @Test
    void theIntervalSeriesBecomeOneBandBehindTheLines() {
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        double[][] values = {{25, 22, 28}, {-12, -20, -4}, {30, 26, 34}};
        String[] periods = {"Aug 26", "Sept 26", "Oct 26"};
        for (int i = 0; i < periods.length; i++) {
            lines.addValue(values[i][0], "NPS", periods[i]);
            lines.addValue(32.0, "Target", periods[i]);
            lines.addValue(values[i][1], IntervalBandCustomizer.LOW, periods[i]);
            lines.addValue(values[i][2], IntervalBandCustomizer.HIGH, periods[i]);
        }
        CategoryPlot plot = new CategoryPlot(lines, new CategoryAxis(), new NumberAxis(), new LineAndShapeRenderer());
        JFreeChart chart = new JFreeChart(plot);

        new IntervalBandCustomizer().customize(chart, null);

        assertThat(plot.getRenderer(1)).isInstanceOf(IntervalBandCustomizer.BandRenderer.class);
        assertThat(plot.getDataset(1).getValue(IntervalBandCustomizer.LOW, "Sept 26")).isEqualTo(-20.0);
        assertThat(plot.getDataset(1).getValue(IntervalBandCustomizer.HIGH, "Oct 26")).isEqualTo(34.0);
        assertThat(plot.getRenderer().getSeriesVisible(2)).isFalse();
        assertThat(plot.getRenderer().getSeriesVisible(3)).isFalse();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactlyInAnyOrder("NPS", "Target", "95 % interval");
        // and it draws, negative bounds included
        BufferedImage image = chart.createBufferedImage(400, 200);
        assertThat(image.getWidth()).isEqualTo(400);
    }
}
