package io.touchstone.textmining;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads labelled evaluation files in the formats public sentiment data comes in:
 * <ul>
 * <li>{@code sentence<TAB>label} lines, label 1 positive and 0 negative (UCI sentences), or the
 *     words positive / neutral / negative;</li>
 * <li>SemEval-2014 aspect XML: a sentence is positive, negative or neutral when all its aspect
 *     categories agree (mixed or "conflict" sentences are left out), with its categories;</li>
 * <li>review CSVs with a 1-5 rating (a {@code rating} or {@code reviews.rating} column beside a
 *     {@code review}, {@code reviews.text} or {@code text} column): 1-2 negative, 3 neutral, 4-5
 *     positive;</li>
 * <li>complaint CSVs with a {@code Consumer complaint narrative} column: every narrative is a
 *     complaint, so negative;</li>
 * <li>tweet CSVs with a {@code tweet_text} column labelled in
 *     {@code is_there_an_emotion_directed_at_a_brand_or_product}: positive emotion, negative
 *     emotion, or no emotion (neutral); "I can't tell" is left out.</li>
 * </ul>
 */
public final class LabelledFiles {

    private LabelledFiles() {
    }

    public static List<LabelledSample> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return semEval(file);
        }
        if (name.endsWith(".csv")) {
            return csv(file);
        }
        return tabSeparated(file);
    }

    private static List<LabelledSample> tabSeparated(Path file) throws IOException {
        List<LabelledSample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                String label = switch (line.substring(tab + 1).trim().toLowerCase(Locale.ROOT)) {
                    case "1", "positive" -> "positive";
                    case "0", "negative" -> "negative";
                    case "neutral" -> "neutral";
                    default -> null;
                };
                if (label != null) {
                    samples.add(new LabelledSample(line.substring(0, tab).trim(), label, Set.of()));
                }
            }
        }
        return samples;
    }

    private static List<LabelledSample> semEval(Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not a SemEval XML file: " + e.getMessage(), e);
        }
        List<LabelledSample> samples = new ArrayList<>();
        NodeList sentences = document.getElementsByTagName("sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element sentence = (Element) sentences.item(i);
            String text = sentence.getElementsByTagName("text").item(0).getTextContent().trim();
            Set<String> polarities = new HashSet<>();
            Set<String> categories = new HashSet<>();
            NodeList aspects = sentence.getElementsByTagName("aspectCategory");
            NodeList terms = aspects.getLength() > 0 ? aspects : sentence.getElementsByTagName("aspectTerm");
            for (int j = 0; j < terms.getLength(); j++) {
                Element aspect = (Element) terms.item(j);
                polarities.add(aspect.getAttribute("polarity"));
                if (aspect.hasAttribute("category")) {
                    categories.add(aspect.getAttribute("category").toLowerCase(Locale.ROOT));
                }
            }
            if (polarities.size() == 1 && !polarities.contains("conflict")) {
                samples.add(new LabelledSample(text, polarities.iterator().next(), Set.copyOf(categories)));
            }
        }
        return samples;
    }

    private static List<LabelledSample> csv(Path file) throws IOException {
        List<LabelledSample> samples = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                String tweet = record.findField("tweet_text").orElse(null);
                if (tweet != null) {
                    String label = tweetLabel(record.findField("is_there_an_emotion_directed_at_a_brand_or_product")
                            .orElse(""));
                    if (!tweet.isBlank() && label != null) {
                        samples.add(new LabelledSample(tweet, label, Set.of()));
                    }
                    continue;
                }
                String complaint = record.findField("Consumer complaint narrative").orElse(null);
                if (complaint != null) {
                    if (!complaint.isBlank()) {
                        samples.add(new LabelledSample(complaint, "negative", Set.of()));
                    }
                    continue;
                }
                String text = first(record, "Review", "reviews.text", "text", "review");
                String rating = first(record, "Rating", "reviews.rating", "rating");
                Double stars = parse(rating);
                if (text != null && !text.isBlank() && stars != null) {
                    String label = stars <= 2 ? "negative" : stars < 4 ? "neutral" : "positive";
                    samples.add(new LabelledSample(text, label, Set.of(), stars));
                }
            }
        }
        return samples;
    }

    private static String tweetLabel(String emotion) {
        String lower = emotion.toLowerCase(Locale.ROOT);
        if (lower.startsWith("positive")) {
            return "positive";
        }
        if (lower.startsWith("negative")) {
            return "negative";
        }
        return lower.startsWith("no emotion") ? "neutral" : null;
    }

    private static String first(NamedCsvRecord record, String... columns) {
        for (String column : columns) {
            var value = record.findField(column);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    private static Double parse(String rating) {
        try {
            return rating == null ? null : Double.valueOf(rating.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
