package io.touchstone.console;

import io.touchstone.delivery.DeliveryEntry;
import io.touchstone.delivery.DeliveryOutcome;
import io.touchstone.delivery.DeliveryService;
import io.touchstone.period.PeriodKind;
import io.touchstone.users.ConsoleRole;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runs pages: the history with its filters, one run in detail (steps, data as-of, rejects,
 * quarantined files, manifest, deliveries), its rejected rows, and the forms that start a run or
 * a backfill, restart a run and resend a delivery.
 */
@ConditionalOnWebApplication
@Controller
final class RunsPageController {

    /** Example rows shown per reject rule on the run page; the rejects page has them all. */
    private static final int EXAMPLES = 5;
    private static final int REJECTS_PER_PAGE = 200;

    private final RunCatalog catalog;
    private final RunRejects rejects;
    private final ConsoleLaunches launches;
    private final DeliveryService delivery;
    private final ConsoleProperties settings;

    RunsPageController(RunCatalog catalog, RunRejects rejects, ConsoleLaunches launches, DeliveryService delivery,
            ConsoleProperties settings) {
        this.catalog = catalog;
        this.rejects = rejects;
        this.launches = launches;
        this.delivery = delivery;
        this.settings = settings;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @GetMapping("/runs")
    String runs(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String period, @RequestParam(required = false) String status,
            Authentication authentication, Model model) {
        ConsoleViewer viewer = ConsoleViewer.of(authentication);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("period", period);
        model.addAttribute("status", status);
        model.addAttribute("periods", periodCodes());
        model.addAttribute("statuses", Arrays.stream(RunFilter.STATUSES).map(String::toLowerCase).toList());
        RunFilter filter;
        try {
            filter = RunFilter.of(from, to, period, status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            filter = RunFilter.of(null, null, null, null);
        }
        List<RunView> runs = catalog.list(filter, viewer);
        model.addAttribute("runs", runs);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("limit", settings.runsPerPage());
        model.addAttribute("refreshSeconds", runs.stream().anyMatch(RunView::going) ? settings.refreshSeconds() : 0);
        if (viewer.may(ConsoleRole.CX_LEAD)) {
            model.addAttribute("deliveries", delivery.messagesPerRun(runs.stream().map(RunView::id).toList()));
        }
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Authentication authentication, Model model) {
        ConsoleViewer viewer = ConsoleViewer.of(authentication);
        RunDetailView detail = catalog.detail(id, viewer).orElseThrow(() -> RunsApiController.noRun(id));
        model.addAttribute("detail", detail);
        model.addAttribute("run", detail.run());
        model.addAttribute("refreshSeconds", detail.progress().going() ? settings.refreshSeconds() : 0);
        if (viewer.may(ConsoleRole.CX_LEAD)) {
            model.addAttribute("rejectGroups", rejects.groups(id, EXAMPLES));
            model.addAttribute("quarantined", rejects.quarantined(id));
            model.addAttribute("deliveries", delivery.entries(id, 10_000));
        }
        return "run";
    }

    @GetMapping("/runs/{id}/progress")
    @ResponseBody
    RunDetailView.ProgressView progress(@PathVariable long id) {
        return catalog.progress(id).orElseThrow(() -> RunsApiController.noRun(id));
    }

    @GetMapping("/runs/{id}/rejects")
    String rejects(@PathVariable long id, @RequestParam(defaultValue = "0") long offset, Model model) {
        catalog.progress(id).orElseThrow(() -> RunsApiController.noRun(id));
        long from = Math.max(0, offset);
        model.addAttribute("runId", id);
        model.addAttribute("rows", rejects.rows(id, REJECTS_PER_PAGE + 1, from));
        model.addAttribute("offset", from);
        model.addAttribute("pageSize", REJECTS_PER_PAGE);
        return "rejects";
    }

    @GetMapping("/runs/new")
    String newRun(Model model) {
        model.addAttribute("periods", periodCodes());
        model.addAttribute("yesterday", LocalDate.now(ZoneId.systemDefault()).minusDays(1));
        return "start";
    }

    @PostMapping("/runs")
    String start(@RequestParam(defaultValue = "run") String kind, @RequestParam(required = false) String date,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "month") String period, @RequestParam(defaultValue = "false") boolean deliver,
            Authentication authentication, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String who = ConsoleViewer.of(authentication).name();
        try {
            PeriodKind periodKind = PeriodKind.fromCode(period);
            if (kind.equals("backfill")) {
                ConsoleLaunches.Backfill backfill = launches.backfill(ConsoleDates.required("first date", from),
                        ConsoleDates.required("last date", to), periodKind, who);
                redirect.addFlashAttribute("notice", "Backfill started: " + backfill.dates().size() + " runs, "
                        + backfill.dates().get(0) + " to " + backfill.dates().get(backfill.dates().size() - 1) + ".");
                return "redirect:/runs/" + backfill.firstRunId();
            }
            long id = launches.run(ConsoleDates.required("business date", date), periodKind, deliver, who);
            redirect.addFlashAttribute("notice", "Run " + id + " started.");
            return "redirect:/runs/" + id;
        } catch (IllegalArgumentException | IllegalStateException | RunConflictException e) {
            response.setStatus(e instanceof IllegalArgumentException ? HttpStatus.BAD_REQUEST.value()
                    : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("kind", kind);
            model.addAttribute("date", date);
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("period", period);
            return newRun(model);
        }
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            launches.restart(id, ConsoleViewer.of(authentication).name());
            redirect.addFlashAttribute("notice", "Run " + id + " restarted where it stopped.");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    @PostMapping("/deliveries/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        DeliveryEntry entry = delivery.entry(id)
                .orElseThrow(() -> new NoSuchRunException("There is no delivery " + id + "."));
        try {
            DeliveryOutcome outcome = delivery.resend(entry.runId(), false, entry.email());
            redirect.addFlashAttribute("notice", "Resent to " + entry.email() + ": " + outcome.summary() + ".");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/runs/" + entry.runId();
    }

    private static List<String> periodCodes() {
        return Arrays.stream(PeriodKind.values()).map(PeriodKind::code).toList();
    }


    /** A page for a run, delivery or file that does not exist. */
    @ExceptionHandler(NoSuchRunException.class)
    ResponseEntity<String> missing(NoSuchRunException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }
}
