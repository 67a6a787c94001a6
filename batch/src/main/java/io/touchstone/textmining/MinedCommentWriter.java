package io.touchstone.textmining;

import io.touchstone.system.BuiltRecords;
import static io.touchstone.sql.generated.Tables.COMMENT_MINING;

import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.CommentMiningRecord;
import io.touchstone.system.Decimals;
import io.touchstone.system.StagedUpsert;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jooq.DSLContext;

/**
 * Stores per mined text its sentiment, label and themes in {@code comment_mining}, replacing
 * what an earlier run stored for the same text.
 */
final class MinedCommentWriter {

    /** Rows per staged upsert: few round trips, yet bounded memory however many texts a night mines. */
    private static final int BATCH = 20_000;

    private final DSLContext dsl;
    private final String taxonomyVersion;
    private final StagedUpsert<CommentMiningRecord> upsert = new StagedUpsert<>(COMMENT_MINING);

    MinedCommentWriter(DSLContext dsl, String taxonomyVersion) {
        this.dsl = dsl;
        this.taxonomyVersion = taxonomyVersion;
    }

    void write(NightlyRun run, String feed, Map<String, Double> sentiment, Map<String, SortedSet<String>> themes) {
        List<CommentMiningRecord> batch = new ArrayList<>(BATCH);
        for (Map.Entry<String, Double> text : sentiment.entrySet()) {
            batch.add(BuiltRecords.attached(new CommentMiningRecord())
                    .setFeed(feed)
                    .setSourceId(text.getKey())
                    .setSentiment(Decimals.fourPlaces(text.getValue()))
                    .setSentimentLabel(SentimentScorer.label(text.getValue()))
                    .setThemes(String.join(";", themes.getOrDefault(text.getKey(), Collections.emptySortedSet())))
                    .setTaxonomyVersion(taxonomyVersion)
                    .setRunId(run.runId()));
            if (batch.size() == BATCH) {
                upsert.upsert(dsl, batch);
                batch.clear();
            }
        }
        upsert.upsert(dsl, batch);
    }
}
