package io.touchstone.cli;

import io.touchstone.textmining.CommentAnalyzers;
import io.touchstone.textmining.LabelledFiles;
import io.touchstone.textmining.LexiconLearner;
import io.touchstone.textmining.LabelledSample;
import io.touchstone.textmining.SentimentComparison;
import io.touchstone.textmining.SentimentEvaluation;
import io.touchstone.textmining.SentimentLexicon;
import io.touchstone.textmining.ThemeEvaluation;
import io.touchstone.textmining.ThemeTaxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone eval --labelled FILE …}: measures sentiment against human labels and prints,
 * per file, accuracy, macro-F1 and the confusion matrix of the lexicon alone, of Touchstone
 * (lexicon and rules) and, where the file carries ratings, of Touchstone blended with a model
 * learned from them, as the nightly run learns from the customers' scores
 * ({@link SentimentComparison}). Needs no database.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure sentiment against labelled files: accuracy, macro-F1, confusion matrix of the"
                + " lexicon alone, Touchstone, and Touchstone blended with what the file's ratings teach.")
public final class EvalCommand implements Callable<Integer> {

    /** The nightly run's defaults (touchstone.text-mining.learning), so eval measures what a run does. */
    private static final double HELD_OUT_SHARE = 0.2;
    private static final double BLEND_WEIGHT = 0.5;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--labelled", required = true, paramLabel = "FILE",
            description = "A labelled file: sentence<TAB>label lines, SemEval XML, or a review CSV with ratings.")
    List<Path> files;

    /** Kept so scripts written for the single-column table still run: the lexicon column is always printed now. */
    @Option(names = "--plain", hidden = true, description = "No effect: the lexicon-alone column is always printed.")
    boolean plain;

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "Also measure the themes of this taxonomy whose codes name the files' aspect categories.")
    Path taxonomy;

    @Option(names = "--learn-lexicon", paramLabel = "FILE",
            description = "Learn word valences from the labelled files and write them as word<TAB>valence lines.")
    Path learnLexicon;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra word<TAB>valence lines on top of the built-in lexicon.")
    Path lexicon;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SentimentLexicon words = SentimentLexicon.withOverrides(lexicon);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--labelled " + file + " is not a file.");
            }
        }
        if (learnLexicon != null) {
            List<LabelledSample> samples = new ArrayList<>();
            for (Path file : files) {
                samples.addAll(LabelledFiles.read(file));
            }
            Map<String, Double> learned = new LexiconLearner(5, words).learn(samples);
            List<String> lines = new ArrayList<>();
            learned.forEach((word, valence) -> lines.add(word + "\t" + valence));
            Files.write(learnLexicon, lines, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "Learned %d word valences from %d labelled texts into %s%n", learned.size(),
                    samples.size(), learnLexicon);
            return 0;
        }
        out.printf(Locale.ROOT, "%-40s %7s  %-18s  %-18s  %-18s%n", "", "", "lexicon alone", "Touchstone",
                "blended (learned)");
        out.printf(Locale.ROOT, "%-40s %7s  %9s %8s  %9s %8s  %9s %8s%n", "file", "texts", "accuracy", "macro-F1",
                "accuracy", "macro-F1", "accuracy", "macro-F1");
        StringBuilder matrices = new StringBuilder();
        CommentAnalyzers analyzers = new CommentAnalyzers();
        ThemeTaxonomy themes = taxonomy == null ? null : ThemeTaxonomy.load(taxonomy, analyzers);
        boolean anyRated = false;
        for (Path file : files) {
            List<LabelledSample> samples = LabelledFiles.read(file);
            SentimentComparison comparison = SentimentComparison.of(samples, words, HELD_OUT_SHARE, BLEND_WEIGHT);
            if (themes != null) {
                ThemeEvaluation themeEvaluation = new ThemeEvaluation(themes, analyzers);
                samples.forEach(sample -> themeEvaluation.add(sample.text(), sample.categories()));
                matrices.append(System.lineSeparator()).append(file.getFileName()).append(", themes")
                        .append(System.lineSeparator()).append(themeEvaluation.table());
            }
            SentimentEvaluation blended = comparison.blended();
            anyRated |= blended != null;
            out.printf(Locale.ROOT, "%-40s %7d  %s  %s  %s%n", file.getFileName() + (blended == null ? "" : " *"),
                    comparison.touchstone().total(), figures(comparison.lexicon()), figures(comparison.touchstone()),
                    blended == null ? String.format(Locale.ROOT, "%9s %8s", "—", "—") : figures(blended));
            matrix(matrices, file, "lexicon alone", comparison.lexicon());
            matrix(matrices, file, "Touchstone", comparison.touchstone());
            if (blended != null) {
                matrix(matrices, file, "blended, learned from " + comparison.trainedOn() + " rated texts", blended);
            }
        }
        if (anyRated) {
            out.printf(Locale.ROOT, "* rated file: the model learned from the ratings (4-5 positive, 1-2 negative) of"
                    + " a stable %.0f %% of its texts; all three columns are measured on the other %.0f %% only."
                    + " Blended = %.1f × Touchstone + %.1f × learned.%n", 100 * (1 - HELD_OUT_SHARE),
                    100 * HELD_OUT_SHARE, 1 - BLEND_WEIGHT, BLEND_WEIGHT);
        }
        out.print(matrices);
        out.flush();
        analyzers.close();
        return 0;
    }

    private static String figures(SentimentEvaluation evaluation) {
        return String.format(Locale.ROOT, "%8.1f%% %8.3f", 100 * evaluation.accuracy(), evaluation.macroF1());
    }

    private static void matrix(StringBuilder matrices, Path file, String column, SentimentEvaluation evaluation) {
        matrices.append(System.lineSeparator()).append(file.getFileName()).append(", ").append(column)
                .append(System.lineSeparator()).append(evaluation.confusionMatrix());
    }
}
