package io.touchstone.textmining;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * For a few picked phrase keys, finds how customers wrote each — its commonest surface form, by
 * customers — and one short sentence that contains that form, with personal data scrubbed, to
 * quote as its example; and how many customers wrote two of them in one sentence, which tells
 * two phrases of one story ("parcel sat", "depot for a week") from two stories. Memory is one
 * entry per surface form of the picked keys and one per pair of them.
 *
 * <p><b>NOTE</b>: like {@link PhraseCounter}, comments must arrive grouped by customer.
 */
final class PhraseExamples {

    /** A phrase as written, with the customers who wrote it so and its example. */
    record Written(String surface, long customers, String example) {
    }

    private static final int SHORTEST = 25;
    private static final int LONGEST = 180;
    /** Within the quotable lengths the shorter sentence, then the alphabetically first. */
    private static final Comparator<String> BETTER_EXAMPLE = Comparator
            .comparing((String sentence) -> sentence.length() < SHORTEST || sentence.length() > LONGEST)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<Written> COMMONEST = Comparator.comparingLong(Written::customers).reversed()
            .thenComparingInt(written -> written.surface().length())
            .thenComparing(Written::surface);

    private static final class Form {
        private long customers;
        private String lastCustomer;
        private String example;
    }

    private final CustomerPhrases phrases = new CustomerPhrases();
    private final Set<String> keys;
    private final Map<String, Map<String, Form>> forms = new HashMap<>();
    private final Map<List<String>, Form> together = new HashMap<>();

    PhraseExamples(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    void add(String customer, Analyzer analyzer, String comment) {
        // Sentence by sentence, as CustomerPhrases reads a comment, keeping the sentence to quote.
        for (String sentence : Sentences.of(comment)) {
            TreeSet<String> inSentence = new TreeSet<>();
            phrases.read(analyzer, PersonalDataScrubber.erase(sentence), (key, surface) -> {
                if (keys.contains(key)) {
                    inSentence.add(key);
                    Form form = forms.computeIfAbsent(key, any -> new HashMap<>())
                            .computeIfAbsent(surface, any -> new Form());
                    count(form, customer);
                    String quote = PersonalDataScrubber.scrub(sentence);
                    if (form.example == null || BETTER_EXAMPLE.compare(quote, form.example) < 0) {
                        form.example = quote;
                    }
                }
            });
            for (String first : inSentence) {
                for (String second : inSentence.tailSet(first, false)) {
                    count(together.computeIfAbsent(List.of(first, second), any -> new Form()), customer);
                }
            }
        }
    }

    private static void count(Form form, String customer) {
        if (!Objects.equals(customer, form.lastCustomer)) {
            form.customers++;
            form.lastCustomer = customer;
        }
    }

    /** Customers who wrote both keys in one sentence. */
    long together(String key, String other) {
        List<String> pair = key.compareTo(other) < 0 ? List.of(key, other) : List.of(other, key);
        Form form = together.get(pair);
        return form == null ? 0 : form.customers;
    }

    /** How the key was written most often, or {@code null} when no comment read held it. */
    Written commonest(String key) {
        return forms.getOrDefault(key, Map.of()).entrySet().stream()
                .map(form -> new Written(form.getKey(), form.getValue().customers, form.getValue().example))
                .min(COMMONEST)
                .orElse(null);
    }
}
