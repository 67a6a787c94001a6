package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.SENTIMENT_MODEL;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.SentimentLearning;
import io.touchstone.sql.generated.tables.records.SentimentModelRecord;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * How the period's sentiment was made, as theme mining recorded it: learned and blended, or the
 * lexicon alone and why, with the agreement on the held-out scored texts. The company's figure,
 * on every copy: the model is the company's.
 */
@Component
final class SentimentSection {

    private final DSLContext dsl;

    SentimentSection(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The period's record; {@code null} when the period was not mined. */
    SentimentLearning of(ReportingPeriod period) {
        SentimentModelRecord row = dsl.selectFrom(SENTIMENT_MODEL)
                .where(SENTIMENT_MODEL.PERIOD_KIND.eq(period.kind().code()))
                .and(SENTIMENT_MODEL.PERIOD.eq(period.label()))
                .fetchOne();
        if (row == null) {
            return null;
        }
        return new SentimentLearning(row.getLearned(), row.getFallbackReason(), row.getScoredTexts(),
                row.getTrainedOn(), row.getHeldOut(), doubleOf(row.getAgreement()), doubleOf(row.getLexiconAgreement()),
                row.getScoredFrom(), row.getScoredTo(), row.getMinimumScoredTexts(),
                row.getHeldOutShare().doubleValue(), row.getBlendWeight().doubleValue());
    }

    private static Double doubleOf(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
