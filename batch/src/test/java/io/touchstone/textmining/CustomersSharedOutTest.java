package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomersSharedOutTest {

    private static final Set<String> KEYS = Set.of("deliveri slot", "miss deliveri slot", "staff friendli", "quick");

    private final CommentAnalyzers analyzers = new CommentAnalyzers();
    private final Analyzer english = analyzers.forLanguage("en");

    @AfterEach
    void close() {
        analyzers.close();
    }

    /**
     * 600 customers, one to four comments each, grouped by customer as the query orders them;
     * some write a phrase in several comments, which is one voice and several comments.
     */
    private void comments(Consumer<String[]> to) {
        for (int customer = 0; customer < 600; customer++) {
            for (int comment = 0; comment <= customer % 4; comment++) {
                String text = switch ((customer + comment) % 5) {
                    case 0 -> "I missed the delivery slot again.";
                    case 1 -> "The staff were friendly.";
                    case 2 -> "Delivery was quick, the staff friendly.";
                    case 3 -> "Nothing to add.";
                    default -> "Missed the delivery slot, and the driver was quick to leave.";
                };
                to.accept(new String[] {"customer " + customer, text});
            }
        }
    }

    @Test
    void customersCountedOnThreeThreadsAddUpToWhatOneCounterCounts() {
        // given one counter reading the whole stream
        PhraseCounter one = PhraseCounter.only(KEYS);
        comments(comment -> one.add(comment[0], english, comment[1]));

        // when the same stream is shared out in batches of a few customers to three counting threads
        PhraseCounter shared;
        try (CustomersSharedOut threads = new CustomersSharedOut(() -> PhraseCounter.only(KEYS), 3, 7)) {
            comments(comment -> threads.add(comment[0], english, comment[1]));
            shared = threads.total();
        }

        // then every key has the same voices and comments, and so do the totals
        assertThat(one.counts()).isNotEmpty();
        assertThat(tallies(shared)).isEqualTo(tallies(one));
        assertThat(shared.voices()).isEqualTo(one.voices()).isEqualTo(600);
        assertThat(shared.comments()).isEqualTo(one.comments());
    }

    @Test
    void aCustomerIsNeverSplitBetweenTwoCountersSoCountsOnce() {
        // given one customer's five comments with the phrase, batches of two comments
        PhraseCounter shared;
        try (CustomersSharedOut threads = new CustomersSharedOut(() -> PhraseCounter.only(KEYS), 2, 2)) {
            for (int i = 0; i < 5; i++) {
                threads.add("customer 1", english, "I missed the delivery slot.");
            }
            threads.add("customer 2", english, "I missed the delivery slot.");

            // when
            shared = threads.total();
        }

        // then two voices, six comments
        assertThat(shared.voices("miss deliveri slot")).isEqualTo(2);
        assertThat(shared.counts().get("miss deliveri slot").comments()).isEqualTo(6);
    }

    @Test
    void countersThatPruneAreNotAddedUp() {
        PhraseCounter pruning = PhraseCounter.all();
        assertThatIllegalStateException().isThrownBy(() -> PhraseCounter.only(KEYS).add(pruning));
    }

    private static Map<String, String> tallies(PhraseCounter counter) {
        return counter.counts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().voices() + " voices, " + entry.getValue().comments() + " comments"));
    }
}
