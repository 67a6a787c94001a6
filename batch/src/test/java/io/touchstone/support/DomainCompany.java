package io.touchstone.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated company whose customers praise and complain in words of their own that no
 * sentiment lexicon knows: its promoters write of "zorbly" staff and a "flimmet" app, its
 * detractors of "grushnak" queues and a "vorpid" checkout. Beside them common words, and now and
 * then a lexicon word ("fine", "okay", "good", "bad") that says nothing about the score. One
 * comment in ten of either side borrows a word of the other. The same seed gives the same
 * company.
 */
public final class DomainCompany {

    private static final List<String> PRAISE = List.of("zorbly", "flimmet", "quantic", "pelloo", "brindy");
    private static final List<String> COMPLAINT = List.of("grushnak", "vorpid", "klovver", "snarrow", "drub");
    private static final List<String> COMMON = List.of("the", "staff", "app", "queue", "checkout", "store", "order",
            "today", "with", "our", "parcel", "counter", "was", "again", "and");
    private static final List<String> LEXICON_NOISE = List.of("fine", "okay", "good", "bad");

    /** One survey answer with a comment. */
    public record Answer(String id, LocalDate day, int nps, String comment) {

        /** Whether its score is clear: a promoter's or a detractor's, not a passive's. */
        public boolean scored() {
            return nps >= 9 || nps <= 6;
        }
    }

    private DomainCompany() {
    }

    /**
     * {@code count} answers spread over the twelve months to {@code last}: half promoters (9-10),
     * two fifths detractors (0-6), the rest passives (7-8).
     */
    public static List<Answer> answers(int count, LocalDate last, long seed) {
        Random random = new Random(seed);
        List<Answer> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            int nps = kind < 0.5 ? 9 + random.nextInt(2) : kind < 0.9 ? random.nextInt(7) : 7 + random.nextInt(2);
            boolean positive = nps >= 9 || nps >= 7 && random.nextBoolean();
            answers.add(new Answer(String.format(Locale.ROOT, "D%05d", i), last.minusDays(random.nextInt(360)), nps,
                    comment(random, positive)));
        }
        return answers;
    }

    /** A comment a promoter ({@code positive}) or a detractor of this company would write. */
    public static String comment(Random random, boolean positive) {
        List<String> own = positive ? PRAISE : COMPLAINT;
        List<String> other = positive ? COMPLAINT : PRAISE;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(5); i++) {
            words.add(COMMON.get(random.nextInt(COMMON.size())));
        }
        words.add(random.nextInt(words.size()), own.get(random.nextInt(own.size())));
        words.add(random.nextInt(words.size()), own.get(random.nextInt(own.size())));
        if (random.nextInt(10) == 0) {
            words.add(random.nextInt(words.size()), other.get(random.nextInt(other.size())));
        }
        if (random.nextInt(3) == 0) {
            words.add(random.nextInt(words.size()), LEXICON_NOISE.get(random.nextInt(LEXICON_NOISE.size())));
        }
        return String.join(" ", words);
    }

    /** The answers as a responses feed file, each on its day at 09:30 UTC in the Store touchpoint. */
    public static String csv(List<Answer> answers) {
        StringBuilder csv = new StringBuilder(
                "response_id,responded_at,brand,touchpoint,region,channel,customer_id,nps,csat,ces,comment,language\n");
        for (Answer answer : answers) {
            csv.append(String.format(Locale.ROOT, "%s,%sT09:30:00+00:00,Northwind,store,London,email,C%s,%d,,,%s,en%n",
                    answer.id(), answer.day(), answer.id(), answer.nps(), answer.comment()));
        }
        return csv.toString();
    }
}
