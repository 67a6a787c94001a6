package io.touchstone.publish;

import static io.touchstone.publish.KpiSection.number;
import static io.touchstone.sql.generated.Tables.EMERGING_TOPIC;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.ThemeRow;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The themes customers wrote about in a copy's scope, and the topics emerging company-wide. */
@Component
final class ThemeSection {

    private final DSLContext dsl;

    ThemeSection(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The themes of the copy's own scope, quotes included: the company's, or the slice's alone. */
    List<ThemeRow> themes(ReportingPeriod period, ReportScope scope) {
        return dsl.selectFrom(THEME_MEASURE)
                .where(THEME_MEASURE.PERIOD_KIND.eq(period.kind().code()).and(THEME_MEASURE.PERIOD.eq(period.label())))
                .and(THEME_MEASURE.REGION.eq(scope.ownRegion())).and(THEME_MEASURE.TOUCHPOINT.eq(scope.ownTouchpoint()))
                .orderBy(THEME_MEASURE.VOLUME.desc(), THEME_MEASURE.THEME)
                .fetch(theme -> new ThemeRow(theme.getPeriod(), theme.getTheme(), theme.getLabel(), theme.getCategory(),
                        theme.getVolume(), number(theme.getShare()), number(theme.getSentiment()),
                        number(theme.getNpsImpact()), theme.getPriorVolume(), theme.getChange(), theme.getEmerging(),
                        theme.getQuote(), theme.getEmployeeVolume(), number(theme.getEmployeeSentiment()),
                        theme.getSharedFrustration()));
    }

    /**
     * Emerging topics, strongest first. They are mined over every comment of the company, so a
     * slice's copy gets none: they could quote another slice's customers.
     */
    List<EmergingTopic> emergingTopics(ReportingPeriod period, ReportScope scope) {
        if (!scope.isCompany()) {
            return List.of();
        }
        return dsl.selectFrom(EMERGING_TOPIC)
                .where(EMERGING_TOPIC.PERIOD_KIND.eq(period.kind().code()).and(EMERGING_TOPIC.PERIOD.eq(period.label())))
                .orderBy(EMERGING_TOPIC.G2.desc())
                .fetch(topic -> new EmergingTopic(topic.getPeriod(), topic.getTerm(), topic.getComments(),
                        topic.getShare().doubleValue(), topic.getBaselineShare().doubleValue(),
                        topic.getG2().doubleValue(), topic.getKnownTheme(), topic.getCustomers(),
                        topic.getExample()));
    }
}
