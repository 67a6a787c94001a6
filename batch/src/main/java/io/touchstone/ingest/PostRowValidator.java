package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.PostRecord;
import io.touchstone.system.BuiltRecords;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a post line (social post, review, transcript) against the posts contract. */
public final class PostRowValidator implements ItemProcessor<FeedLine, Checked<PostRecord>> {

    private static final Set<String> SOURCES = Set.of("social", "review", "call", "chat", "email");

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;

    public PostRowValidator(Supplier<TimestampWindow> windows) {
        this.windows = windows;
    }

    @Override
    public Checked<PostRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.POSTS, line);
        TimestampWindow window = windows.get();
        String postId = check.text("post_id", 256, true);
        OffsetDateTime postedAt = check.timestamp("posted_at", window);
        String source = check.lowerCaseText("source", 16, true);
        if (source != null && !SOURCES.contains(source)) {
            check.problem(LineProblem.got("source must be social, review, call, chat or email", source));
        }
        String brand = check.text("brand", 128, true);
        String region = check.text("region", 128, false);
        Short rating = check.score("rating", 1, 5);
        String text = check.required("text");
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new PostRecord())
                .setPostId(postId)
                .setPostedAt(postedAt)
                .setSource(source)
                .setBrand(brand)
                .setRegion(region == null ? Feed.UNKNOWN_REGION : region)
                .setRating(rating)
                .setText(text)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
