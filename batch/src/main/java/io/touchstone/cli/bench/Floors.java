package io.touchstone.cli.bench;

import io.touchstone.job.StepTiming;
import io.touchstone.kpi.ResponseTallies;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.CommentAnalyzers;
import io.touchstone.textmining.MiningThroughput;
import io.touchstone.textmining.TextFeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The bare-tool floor of each stage of a benchmark run, measured in the run's own process on
 * its own data and warehouse: {@code COPY} under ingest, the {@code GROUP BY CUBE} tally under
 * the KPIs, bare Lucene under theme mining, and a bare POI and Jasper write of the published
 * cells and pages under publishing.
 */
public final class Floors {

    private final Function<Class<?>, Object> beans;
    private final Path scratch;
    private Measured copy;
    private Measured cube;
    private Measured lucene;
    private Measured workbook;
    private Measured report;

    public Floors(Function<Class<?>, Object> beans, Path scratch) {
        this.beans = beans;
        this.scratch = scratch;
    }

    /** {@code COPY} of the responses file into an unlogged table. */
    public void copyResponses(Path file) throws IOException, SQLException {
        copy = CopyFloor.copy(bean(DataSource.class), file);
    }

    /** The floors of the stages after ingest, on what the run loaded and published. */
    public void afterRun(LocalDate businessDate, PeriodKind kind, Path published) throws IOException {
        TouchstoneProperties properties = bean(TouchstoneProperties.class);
        ZoneId zone = properties.reporting().timeZone();
        ReportingPeriod period = ReportingPeriod.containing(kind, businessDate,
                properties.fiscal().calendar());
        cube = CubeFloor.tally(bean(ResponseTallies.class), period, properties.reporting().trendPeriods(), zone);
        Files.createDirectories(scratch);
        MiningThroughput.Result bare = new MiningThroughput(bean(TextFeeds.class), bean(CommentAnalyzers.class))
                .bareLucene(properties.ownBrand(), period, zone, scratch.resolve("lucene"));
        lucene = new Measured(bare.comments(), bare.bareLucene());
        PublishedVolume volume = PublishedVolume.of(published);
        workbook = WorkbookFloor.write(volume.cells(), scratch.resolve("floor.xlsx"));
        report = ReportFloor.fillAndExport(Math.max(1, volume.pages()), scratch.resolve("floor.pdf"));
    }

    public void print(PrintWriter out, List<StepTiming> steps, Duration run, long peakHeap) {
        long database = bean(DSLContext.class)
                .select(DSL.function("pg_database_size", Long.class, DSL.function("current_database", String.class)))
                .fetchSingle().value1();
        Measured publish = new Measured(workbook.items(), workbook.took().plus(report.took()));
        StageTable.print(out, List.of(
                Stage.of("ingest", "responses", steps, "ingestResponsesStep", copy),
                Stage.of("KPIs", "scope tallies", steps, "outcomeKpiStep", cube),
                Stage.of("text mining", "comments", steps, "themeMiningStep", lucene),
                Stage.of("publish", "cells (" + report.items() + " PDF pages)", steps, "publishStep", publish)),
                run, peakHeap, database);
        out.flush();
    }

    private <T> T bean(Class<T> type) {
        return type.cast(beans.apply(type));
    }
}
