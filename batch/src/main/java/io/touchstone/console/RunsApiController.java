package io.touchstone.console;

import io.touchstone.period.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/runs}: the run history for scripts, and starting, backfilling and restarting runs. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/runs")
final class RunsApiController {

    /** The most rejected rows one request returns; page on with {@code offset}. */
    private static final int MAX_REJECTS = 10_000;

    private final RunCatalog catalog;
    private final RunRejects rejects;
    private final ConsoleLaunches launches;

    RunsApiController(RunCatalog catalog, RunRejects rejects, ConsoleLaunches launches) {
        this.catalog = catalog;
        this.rejects = rejects;
        this.launches = launches;
    }

    @GetMapping
    List<RunView> runs(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String period, @RequestParam(required = false) String status,
            Authentication authentication) {
        return catalog.list(RunFilter.of(from, to, period, status), ConsoleViewer.of(authentication));
    }

    @GetMapping("/{id}")
    RunDetailView run(@PathVariable long id, Authentication authentication) {
        return catalog.detail(id, ConsoleViewer.of(authentication)).orElseThrow(() -> noRun(id));
    }

    /**
     * Starts a run ({@code {"date": "2026-11-30", "period": "month"}}) or a backfill
     * ({@code {"from": …, "to": …, "period": …}}); 202 with the (first) run's id. A single run with
     * {@code "deliver": true} is e-mailed when it completes.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> start(@RequestBody(required = false) RunRequest request,
            Authentication authentication) {
        if (request == null) {
            throw new IllegalArgumentException("Send JSON: {\"date\": \"2026-11-30\", \"period\": \"month\"} for a run,"
                    + " or {\"from\": …, \"to\": …, \"period\": …} for a backfill.");
        }
        PeriodKind period = request.period() == null || request.period().isBlank() ? PeriodKind.MONTH
                : PeriodKind.fromCode(request.period());
        String who = ConsoleViewer.of(authentication).name();
        if (request.date() != null) {
            if (request.from() != null || request.to() != null) {
                throw new IllegalArgumentException("Give either a date (one run) or from and to (a backfill), not both.");
            }
            long id = launches.run(ConsoleDates.required("date", request.date()), period,
                    Boolean.TRUE.equals(request.deliver()), who);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
        }
        if (Boolean.TRUE.equals(request.deliver())) {
            throw new IllegalArgumentException("A backfill is not e-mailed; deliver one of its runs with resend,"
                    + " or start that period alone with \"deliver\": true.");
        }
        if (request.from() == null || request.to() == null) {
            throw new IllegalArgumentException("A run needs a date; a backfill needs both from and to.");
        }
        ConsoleLaunches.Backfill backfill = launches.backfill(ConsoleDates.required("from", request.from()), ConsoleDates.required("to", request.to()),
                period, who);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", backfill.firstRunId(),
                "businessDates", backfill.dates().stream().map(LocalDate::toString).toList()));
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long id, Authentication authentication) {
        catalog.progress(id).orElseThrow(() -> noRun(id));
        launches.restart(id, ConsoleViewer.of(authentication).name());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }

    @GetMapping("/{id}/rejects")
    List<RunRejects.RejectedRow> rejects(@PathVariable long id, @RequestParam(defaultValue = "1000") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        catalog.progress(id).orElseThrow(() -> noRun(id));
        if (limit < 1 || limit > MAX_REJECTS || offset < 0) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_REJECTS + " rows and offset 0 or more;"
                    + " page through with offset.");
        }
        return rejects.rows(id, limit, offset);
    }

    /**
     * The body of {@code POST /api/runs}; dates as year-month-day. {@code deliver}: e-mail the run's
     * files once it completes (a single run only).
     */
    record RunRequest(String date, String from, String to, String period, Boolean deliver) {
    }


    static NoSuchRunException noRun(long id) {
        return new NoSuchRunException("There is no run " + id + ".");
    }
}
