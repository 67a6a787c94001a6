package io.touchstone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.ExecuteListenerProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Base of the tests that prove a warehouse read streams on the real PostgreSQL: the read runs
 * outside any transaction, as the benchmark's do, over more rows than one fetch, and at its
 * first row its session must hold the named portal the driver streams through. To prove a new
 * read, add one case to the test of its package that runs it inside {@link #assertStreams}.
 */
@Import(StreamingReadTest.Watched.class)
public abstract class StreamingReadTest extends WarehouseTest {

    /** More rows than one fetch of {@code StreamingReads.FETCH_SIZE}, so a streamed read is left suspended. */
    protected static final int ROWS = 2500;

    @TestConfiguration
    static class Watched {
        @Bean
        PortalWatch portalWatch() {
            return new PortalWatch();
        }

        /** Spring Boot hands every listener provider to jOOQ's configuration. */
        @Bean
        ExecuteListenerProvider portalWatchProvider(PortalWatch watch) {
            return () -> watch;
        }
    }

    @Autowired
    PortalWatch watch;

    /** Runs the read and fails unless each of its queries that handed on a row did so through an open portal. */
    protected List<PortalWatch.Read> assertStreams(Runnable read) {
        List<PortalWatch.Read> reads = watch.during(read);
        assertThat(reads).as("the reads that handed on rows").isNotEmpty();
        assertThat(reads).allSatisfy(each -> assertThat(each.openPortals())
                .as("named portals open at the first row of %s", each.sql())
                .isNotEmpty());
        return reads;
    }

    /**
     * {@link #ROWS} of each mined text in October 2026 — survey comments of the own brand, posts and
     * employee remarks — and the mining of each, from one delivered file.
     */
    protected void manyTexts() {
        long file = dsl.fetchSingle("insert into ingest_file (feed, file_name, content_sha256, size_bytes, status, run_id,"
                + " business_date, received_at) values ('responses', 'many.csv', 'many', 0, 'loaded', 1, '2026-10-31',"
                + " now()) returning file_id").get(0, Long.class);
        dsl.execute("insert into response (response_id, responded_at, brand, touchpoint, region, nps, comment, language,"
                + " file_id, line_no) select 'R' || n, timestamptz '2026-10-01 08:00:00+00' + n * interval '1 minute',"
                + " 'Northwind', 'Delivery', 'London', n % 11, 'the parcel came late, number ' || n, 'en', ?, n"
                + " from generate_series(1, ?) n", file, ROWS);
        dsl.execute("insert into post (post_id, posted_at, source, brand, region, text, file_id, line_no)"
                + " select 'P' || n, timestamptz '2026-10-01 08:00:00+00' + n * interval '1 minute', 'social',"
                + " 'Contoso', 'London', 'slow checkout again ' || n, ?, n from generate_series(1, ?) n", file, ROWS);
        dsl.execute("insert into employee_feedback (feedback_id, submitted_at, region, text, file_id, line_no)"
                + " select 'E' || n, timestamptz '2026-10-01 08:00:00+00' + n * interval '1 minute', 'London',"
                + " 'the tills keep freezing ' || n, ?, n from generate_series(1, ?) n", file, ROWS);
        dsl.execute("insert into comment_mining (feed, source_id, sentiment, sentiment_label, themes, taxonomy_version,"
                + " run_id) select 'responses', response_id, -0.5, 'negative', 'delivery', 'test', 1 from response"
                + " union all select 'posts', post_id, -0.5, 'negative', 'checkout', 'test', 1 from post"
                + " union all select 'employee', feedback_id, -0.5, 'negative', 'tills', 'test', 1 from employee_feedback");
    }
}
