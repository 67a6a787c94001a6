package io.touchstone.textmining;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy, macro-F1 and the confusion matrix of predicted against human sentiment labels.
 * On two-class data (positive / negative only) a "neutral" prediction counts as wrong.
 */
public final class SentimentEvaluation {

    static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private final long[][] confusion = new long[3][3];
    private long total;

    public void add(String gold, String predicted) {
        confusion[LABELS.indexOf(gold)][LABELS.indexOf(predicted)]++;
        total++;
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < 3; i++) {
            right += confusion[i][i];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    /** Mean F1 over the classes that occur in the gold labels. */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < 3; c++) {
            long gold = 0;
            long predicted = 0;
            for (int i = 0; i < 3; i++) {
                gold += confusion[c][i];
                predicted += confusion[i][c];
            }
            if (gold == 0) {
                continue;
            }
            classes++;
            double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double recall = (double) confusion[c][c] / gold;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return classes == 0 ? 0 : sum / classes;
    }

    public String confusionMatrix() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s%n",
                "gold \\ predicted", "negative", "neutral", "positive"));
        for (int i = 0; i < 3; i++) {
            table.append(String.format(Locale.ROOT, "%-16s %9d %9d %9d%n", LABELS.get(i), confusion[i][0],
                    confusion[i][1], confusion[i][2]));
        }
        return table.toString();
    }
}
