package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.SERVICE_DRIVER;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ServiceDriverRow;
import io.touchstone.sql.generated.tables.records.ServiceDriverRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * NPS by service driver for the run's period and its prior: per scope, for each band of first-
 * contact resolution (yes, no) and of wait, the NPS of the linked responses in the band beside
 * the NPS of the scope's other linked responses with the driver known, the gap and whether it
 * passes the independent-samples test (|gap| / sqrt(SE1² + SE2²) > 1.96, neither side on a low base).
 */
@Component
public final class ServiceDrivers {

    private static final List<String> RESOLVED_BANDS = List.of("yes", "no");

    private final DSLContext dsl;
    private final ServiceDriverTallies tallies;
    private final TouchstoneProperties properties;

    public ServiceDrivers(DSLContext dsl, ServiceDriverTallies tallies, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.tallies = tallies;
        this.properties = properties;
    }

    public int replace(RunMoments moments) {
        List<ReportingPeriod> periods = moments.periodAndPrior();
        BaseRule baseRule = new BaseRule(properties.base().low(), properties.base().suppressBelow());
        WaitBands bands = new WaitBands(properties.operations().waitBands());
        Duration lookback = properties.operations().driverLookback();
        String own = properties.ownBrand();
        List<ServiceDriverRecord> rows = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            var from = period.startsAt(moments.zone());
            var before = period.endsBefore(moments.zone());
            tallies.byFirstContactResolution(own, from, before, lookback).forEach((scope, byBand) -> rows.addAll(
                    rows(moments, period, scope, ServiceDriverRow.FIRST_CONTACT_RESOLVED, RESOLVED_BANDS, byBand,
                            baseRule)));
            tallies.byWaitBand(own, from, before, lookback, bands).forEach((scope, byBand) -> rows.addAll(
                    rows(moments, period, scope, ServiceDriverRow.WAIT_BAND, bands.labels(), byBand, baseRule)));
        }
        PeriodRows.of(dsl, SERVICE_DRIVER, SERVICE_DRIVER.PERIOD_KIND, SERVICE_DRIVER.PERIOD)
                .replace(moments.run().period().kind().code(), RunMoments.labels(periods), rows);
        return rows.size();
    }

    /** One row per band that has responses; the rest is the driver's total less the band. */
    private static List<ServiceDriverRecord> rows(RunMoments moments, ReportingPeriod period, Scope scope,
            String driver, List<String> labels, Map<Integer, NpsCount> byBand, BaseRule baseRule) {
        NpsCount total = byBand.values().stream().reduce(NpsCount.NONE, NpsCount::plus);
        List<ServiceDriverRecord> rows = new ArrayList<>();
        byBand.forEach((order, count) -> {
            KpiEstimate band = count.nps();
            KpiEstimate rest = total.minus(count).nps();
            BaseFlag base = baseRule.classify(band.n());
            boolean shown = base != BaseFlag.SUPPRESSED;
            boolean restShown = rest.value() != null && baseRule.classify(rest.n()) != BaseFlag.SUPPRESSED;
            Double gap = shown && restShown ? band.value() - rest.value() : null;
            Boolean significant = base == BaseFlag.OK && baseRule.classify(rest.n()) == BaseFlag.OK
                    ? ChangeSignificance.isSignificant(band.value(), band.se(), rest.value(), rest.se()) : null;
            rows.add(new ServiceDriverRecord()
                    .setPeriodKind(period.kind().code())
                    .setPeriod(period.label())
                    .setRegion(scope.region())
                    .setTouchpoint(scope.touchpoint())
                    .setDriver(driver)
                    .setBand(labels.get(order))
                    .setBandOrder(order)
                    .setN(band.n())
                    .setNps(shown ? KpiRowBuilder.decimal(band.value(), 4) : null)
                    .setSe(shown ? KpiRowBuilder.decimal(band.se(), 6) : null)
                    .setCiLow(shown ? KpiRowBuilder.decimal(band.ciLow(), 4) : null)
                    .setCiHigh(shown ? KpiRowBuilder.decimal(band.ciHigh(), 4) : null)
                    .setRestN(rest.n())
                    .setRestNps(restShown ? KpiRowBuilder.decimal(rest.value(), 4) : null)
                    .setGap(KpiRowBuilder.decimal(gap, 4))
                    .setGapSignificant(significant)
                    .setBase(base.code())
                    .setRunId(moments.run().runId()));
        });
        return rows;
    }
}
