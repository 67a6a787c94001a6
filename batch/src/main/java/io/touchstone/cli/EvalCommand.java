package io.touchstone.cli;

import io.touchstone.textmining.CommentAnalyzers;
import io.touchstone.textmining.LabelledFiles;
import io.touchstone.textmining.LexiconLearner;
import io.touchstone.textmining.LabelledSample;
import io.touchstone.textmining.SentimentEvaluation;
import io.touchstone.textmining.SentimentLexicon;
import io.touchstone.textmining.SentimentScorer;
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
 * {@code touchstone eval --labelled FILE …}: measures the sentiment scorer against human labels
 * and prints accuracy, macro-F1 and the confusion matrix per file. Needs no database.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure sentiment against labelled files: accuracy, macro-F1, confusion matrix.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--labelled", required = true, paramLabel = "FILE",
            description = "A labelled file: sentence<TAB>label lines, SemEval XML, or a review CSV with ratings.")
    List<Path> files;

    @Option(names = "--plain", description = "Score with the lexicon alone, without the rules (the baseline).")
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
        SentimentScorer scorer = plain ? SentimentScorer.plainLexicon(words) : new SentimentScorer(words);
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
        out.printf(Locale.ROOT, "%-40s %7s %9s %9s%n", "file", "texts", "accuracy", "macro-F1");
        StringBuilder matrices = new StringBuilder();
        CommentAnalyzers analyzers = new CommentAnalyzers();
        ThemeTaxonomy themes = taxonomy == null ? null : ThemeTaxonomy.load(taxonomy, analyzers);
        for (Path file : files) {
            SentimentEvaluation evaluation = new SentimentEvaluation();
            ThemeEvaluation themeEvaluation = themes == null ? null : new ThemeEvaluation(themes, analyzers);
            for (LabelledSample sample : LabelledFiles.read(file)) {
                evaluation.add(sample.label(), SentimentScorer.label(scorer.score(sample.text())));
                if (themeEvaluation != null) {
                    themeEvaluation.add(sample.text(), sample.categories());
                }
            }
            if (themeEvaluation != null) {
                matrices.append(System.lineSeparator()).append(file.getFileName()).append(", themes")
                        .append(System.lineSeparator()).append(themeEvaluation.table());
            }
            out.printf(Locale.ROOT, "%-40s %7d %8.1f%% %9.3f%n", file.getFileName(), evaluation.total(),
                    100 * evaluation.accuracy(), evaluation.macroF1());
            matrices.append(System.lineSeparator()).append(file.getFileName()).append(System.lineSeparator())
                    .append(evaluation.confusionMatrix());
        }
        out.print(matrices);
        out.flush();
        analyzers.close();
        return 0;
    }
}
