package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.SENTIMENT_MODEL;

import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.SentimentModelRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Learns, each night, the sentiment of the company's own language from the texts its customers
 * scored ({@link ScoredTexts}) over the reporting period and the look-back before its end, and
 * hands back what the night's texts are scored with: the lexicon blended with the learned model
 * ({@link BlendedSentiment}), or the lexicon alone below the minimum of scored texts.
 *
 * <p>A stable share of the scored texts is held out ({@link HeldOut}) and never trains the model;
 * on those alone it measures how often the blended sentiment, and the lexicon alone, agree with the
 * customer's own score (a neutral score agrees with neither side), and records it per period in
 * {@code sentiment_model} for the published notes. The texts stream from the database once: the
 * held-out ones wait for the finished model in a scratch file ({@link HeldOutTexts}), so nothing
 * is held in memory.
 */
@Component
public final class DomainSentimentLearner {

    /** Each side needs at least this share of the minimum, or the model would learn one side only. */
    private static final int LABEL_SHARE_OF_MINIMUM = 10;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final ScoredTexts scored;

    public DomainSentimentLearner(DSLContext dsl, TouchstoneProperties properties, ScoredTexts scored) {
        this.dsl = dsl;
        this.properties = properties;
        this.scored = scored;
    }

    /** How many scored texts on each side trained the model or were held out. */
    private static final class Tally {
        long positive;
        long negative;
        long heldOut;

        long total() {
            return positive + negative;
        }
    }

    /**
     * The sentiment to mine {@code period}'s texts with, learned with {@code names} kept neutral;
     * what it came to is recorded for the run's period.
     *
     * @param lexicon the lexicon and rules, names already ignored
     */
    TextSentiment learn(NightlyRun run, TimeRange period, BrandNames names, TextSentiment lexicon) {
        TouchstoneProperties.Learning settings = properties.textMining().learning();
        ZoneId zone = properties.reporting().timeZone();
        OffsetDateTime before = period.before();
        OffsetDateTime lookBack = before.atZoneSameInstant(zone).minus(settings.lookBack()).toOffsetDateTime();
        OffsetDateTime from = lookBack.isBefore(period.from()) ? lookBack : period.from();
        SentimentModelRecord row = new SentimentModelRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setRunId(run.runId())
                .setScoredFrom(from.atZoneSameInstant(zone).toLocalDate())
                .setScoredTo(before.atZoneSameInstant(zone).toLocalDate().minusDays(1))
                .setMinimumScoredTexts(settings.minimumScoredTexts())
                .setHeldOutShare(BigDecimal.valueOf(settings.heldOutShare()))
                .setBlendWeight(BigDecimal.valueOf(settings.blendWeight()))
                .setTrainedOn(0L)
                .setHeldOut(0L)
                .setScoredTexts(0L);
        if (!settings.enabled()) {
            store(row.setLearned(false).setFallbackReason(
                    "learning is switched off (touchstone.text-mining.learning.enabled)"));
            return lexicon;
        }
        String ownBrand = properties.ownBrand();
        HeldOut heldOut = new HeldOut(settings.heldOutShare());
        DomainSentimentModel.Trainer trainer = DomainSentimentModel.trainer(names);
        Tally tally = new Tally();
        String fallback;
        TextSentiment sentiment;
        SentimentEvaluation blended = new SentimentEvaluation();
        SentimentEvaluation lexiconAlone = new SentimentEvaluation();
        try (HeldOutTexts heldOutTexts = HeldOutTexts.create()) {
            scored.forEach(ownBrand, from, before, text -> {
                if (text.positive()) {
                    tally.positive++;
                } else {
                    tally.negative++;
                }
                if (heldOut.contains(text.key())) {
                    tally.heldOut++;
                    heldOutTexts.add(text.text(), text.positive());
                } else {
                    trainer.add(text.text(), text.positive());
                }
            });
            fallback = fallbackReason(tally, settings.minimumScoredTexts());
            BlendedSentiment learned = fallback == null
                    ? new BlendedSentiment(lexicon, trainer.build(), settings.blendWeight())
                    : null;
            sentiment = learned != null ? learned : lexicon;
            heldOutTexts.forEach(text -> {
                String customer = text.positive() ? "positive" : "negative";
                double lexiconScore = lexicon.score(text.text());
                lexiconAlone.add(customer, SentimentScorer.label(lexiconScore));
                if (learned != null) {
                    blended.add(customer, SentimentScorer.label(learned.score(text.text(), lexiconScore)));
                }
            });
        }
        store(row.setLearned(fallback == null)
                .setFallbackReason(fallback)
                .setScoredTexts(tally.total())
                .setTrainedOn(tally.total() - tally.heldOut)
                .setHeldOut(tally.heldOut)
                .setAgreement(percent(blended))
                .setLexiconAgreement(percent(lexiconAlone)));
        return sentiment;
    }

    private static String fallbackReason(Tally tally, int minimum) {
        if (tally.total() < minimum) {
            return String.format(Locale.ROOT, "only %,d scored texts, learning needs %,d", tally.total(), minimum);
        }
        long fewest = Math.min(tally.positive, tally.negative);
        long needed = (minimum + LABEL_SHARE_OF_MINIMUM - 1) / LABEL_SHARE_OF_MINIMUM;
        if (fewest < needed) {
            return String.format(Locale.ROOT, "only %,d of the %,d scored texts are %s, learning needs %,d of each",
                    fewest, tally.total(), tally.positive < tally.negative ? "positive" : "negative", needed);
        }
        return null;
    }

    private static BigDecimal percent(SentimentEvaluation evaluation) {
        return evaluation.total() == 0 ? null
                : BigDecimal.valueOf(100 * evaluation.accuracy()).setScale(4, RoundingMode.HALF_EVEN);
    }

    private void store(SentimentModelRecord row) {
        PeriodRows.of(dsl, SENTIMENT_MODEL, SENTIMENT_MODEL.PERIOD_KIND, SENTIMENT_MODEL.PERIOD)
                .replace(row.getPeriodKind(), row.getPeriod(), List.of(row));
    }
}
