package io.touchstone.support;

import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What a run leaves in the warehouse, without the run's id: the responses, each file's counts,
 * the rejects, the KPIs, the benchmark gaps and the theme measures. A restarted run ends as a
 * clean one did when their snapshots are equal.
 */
public record WarehouseSnapshot(List<String> responses, List<String> files, List<String> rejects, List<String> kpis,
        List<String> benchmarks, List<String> themes) {

    public static WarehouseSnapshot of(DSLContext dsl) {
        return new WarehouseSnapshot(
                dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.NPS, RESPONSE.CSAT, RESPONSE.CES, RESPONSE.COMMENT)
                        .from(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch().intoMaps().stream()
                        .map(Object::toString).toList(),
                dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.STATUS, INGEST_FILE.ROWS_READ, INGEST_FILE.ROWS_LOADED,
                        INGEST_FILE.ROWS_REJECTED, INGEST_FILE.DUPLICATE_IDS).from(INGEST_FILE)
                        .orderBy(INGEST_FILE.FILE_NAME).fetch().map(Record::toString),
                dsl.select(REJECT.LINE_NO, REJECT.REASON).from(REJECT).orderBy(REJECT.LINE_NO, REJECT.REASON).fetch()
                        .map(Record::toString),
                dsl.select(KPI_VALUE.PERIOD, KPI_VALUE.BRAND, KPI_VALUE.REGION, KPI_VALUE.TOUCHPOINT, KPI_VALUE.METRIC,
                        KPI_VALUE.N, KPI_VALUE.VALUE, KPI_VALUE.CI_LOW, KPI_VALUE.CHANGE, KPI_VALUE.STATUS)
                        .from(KPI_VALUE)
                        .orderBy(KPI_VALUE.PERIOD, KPI_VALUE.BRAND, KPI_VALUE.REGION, KPI_VALUE.TOUCHPOINT, KPI_VALUE.METRIC)
                        .fetch().map(Record::toString),
                dsl.select(BENCHMARK_GAP.BRAND, BENCHMARK_GAP.METRIC, BENCHMARK_GAP.GAP, BENCHMARK_GAP.RANK)
                        .from(BENCHMARK_GAP).orderBy(BENCHMARK_GAP.BRAND, BENCHMARK_GAP.METRIC).fetch()
                        .map(Record::toString),
                dsl.select(THEME_MEASURE.PERIOD, THEME_MEASURE.THEME, THEME_MEASURE.REGION, THEME_MEASURE.TOUCHPOINT,
                        THEME_MEASURE.VOLUME, THEME_MEASURE.SENTIMENT, THEME_MEASURE.NPS_IMPACT)
                        .from(THEME_MEASURE)
                        .orderBy(THEME_MEASURE.PERIOD, THEME_MEASURE.THEME, THEME_MEASURE.REGION, THEME_MEASURE.TOUCHPOINT)
                        .fetch().map(Record::toString));
    }
}
