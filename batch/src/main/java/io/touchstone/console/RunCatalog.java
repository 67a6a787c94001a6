package io.touchstone.console;

import io.touchstone.job.RunDetail;
import io.touchstone.job.RunHistory;
import io.touchstone.job.RunSummary;
import io.touchstone.publish.PublishedFile;
import io.touchstone.publish.PublishedRuns;
import io.touchstone.publish.RunPublication;
import io.touchstone.reports.model.FeedQuality;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The runs as a console user may see them: the history from the job repository, each run's
 * published files from the warehouse, cut to the files the user may open.
 */
@ConditionalOnWebApplication
@Component
final class RunCatalog {

    /** Runs looked through at most for one filtered list: years of nightly history. */
    private static final int LOOK_AT_MOST = 5000;

    private final RunHistory history;
    private final PublishedRuns published;
    private final ConsoleProperties settings;

    RunCatalog(RunHistory history, PublishedRuns published, ConsoleProperties settings) {
        this.history = history;
        this.published = published;
        this.settings = settings;
    }

    List<RunView> list(RunFilter filter, ConsoleViewer viewer) {
        List<RunSummary> runs = history.recent(filter, settings.runsPerPage(), LOOK_AT_MOST);
        Map<Long, RunPublication> publications = published.find(runs.stream().map(RunSummary::runId).toList());
        return runs.stream().map(run -> view(run, publications.get(run.runId()), viewer)).toList();
    }

    Optional<RunDetailView> detail(long runId, ConsoleViewer viewer) {
        return history.find(runId).map(detail -> {
            RunPublication publication = published.find(runId).orElse(null);
            List<FeedQuality> feeds = publication == null ? List.of() : publication.manifest().feeds();
            List<RunDetailView.StepView> steps = detail.steps().stream()
                    .map(step -> new RunDetailView.StepView(step.name(), step.status(), step.attempt(),
                            instant(step.startedAt()), step.took().toMillis() / 1000.0,
                            Math.max(step.read(), step.written()), step.read(), step.written()))
                    .toList();
            return new RunDetailView(view(detail.summary(), publication, viewer), detail.attempts(), detail.failure(),
                    steps, feeds, progress(detail));
        });
    }

    Optional<RunDetailView.ProgressView> progress(long runId) {
        return history.find(runId).map(RunCatalog::progress);
    }

    private static RunDetailView.ProgressView progress(RunDetail detail) {
        List<RunDetail.StepRecord> going = detail.goingSteps();
        return new RunDetailView.ProgressView(detail.summary().runId(), detail.summary().status(), detail.going(),
                going.isEmpty() ? null : going.stream().map(RunDetail.StepRecord::name).collect(Collectors.joining(", ")),
                going.stream().mapToLong(step -> Math.max(step.read(), step.written())).sum(),
                detail.summary().duration().toSeconds());
    }

    private static RunView view(RunSummary run, RunPublication publication, ConsoleViewer viewer) {
        List<RunView.FileView> files = publication == null ? List.of() : publication.files().stream()
                .filter(viewer::mayOpen)
                .map(RunCatalog::file)
                .toList();
        return new RunView(run.runId(), run.businessDate(), run.period(), run.status(), instant(run.startedAt()),
                run.duration().toSeconds(), run.rowsLoaded(), run.rowsRejected(), files,
                publication == null ? null : publication.replacedBy());
    }

    private static RunView.FileView file(PublishedFile file) {
        return new RunView.FileView(file.name(), file.sha256(), file.bytes(), file.slice());
    }

    /** Spring Batch records local times of the machine the run ran on. */
    private static OffsetDateTime instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
