package io.touchstone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.ConsoleTest;
import io.touchstone.support.Fixtures;
import io.touchstone.users.ConsoleRole;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's, with its driver: nothing is downloaded):
 * a CX lead logs in, starts a run and watches it finish without reloading, opens its rejects,
 * downloads the workbook and logs out; a viewer limited to London sees only the London copy.
 * Screenshots of the runs and run pages are left in {@code target/screenshots} (the README's
 * come from there).
 */
class ConsoleBrowserTest extends ConsoleTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path downloads;

    private WebDriver browser;
    private WebDriverWait patience;

    @BeforeEach
    void openChromium() {
        assertThat(CHROMIUM).as("apt-get install chromium chromium-driver (as .ci/run does)").isExecutable();
        assertThat(DRIVER).isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        patience = new WebDriverWait(browser, Duration.ofMinutes(3));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCxLeadRunsTheMonthReadsItsRejectsFetchesTheWorkbookAndLogsOut() throws IOException {
        user("carl", ConsoleRole.CX_LEAD);
        Fixtures.deliverNightly(inbox());

        open("/");
        logIn("carl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Runs");
        assertThat(browser.getPageSource()).contains("No runs yet");

        browser.findElement(By.linkText("Start a run")).click();
        WebElement date = browser.findElement(By.id("date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-10-31'", date);
        browser.findElement(By.id("start")).click();

        patience.until(ExpectedConditions.textToBe(By.id("status"), "completed"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("month").contains("31 Oct 2026");
        assertThat(browser.findElement(By.id("steps")).getText()).contains("ingestResponsesStep").contains("publishStep");
        assertThat(browser.findElement(By.id("feeds")).getText()).contains("responses");
        screenshot("console-run.png");
        onAPhone(() -> {
            long page = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            long screen = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertThat(page).as("wide tables scroll inside their box; the page itself fits the phone").isLessThanOrEqualTo(screen);
            screenshot("console-run-phone.png");
        });

        browser.findElement(By.id("all-rejects")).click();
        String rejects = browser.findElement(By.id("rejects")).getText();
        assertThat(rejects).contains("responses_2026-10.csv").contains(",12,");

        open("/runs");
        screenshot("console-runs.png");
        browser.findElement(By.linkText("cx-finance_2026-10.xlsx")).click();
        Path workbook = downloads.resolve("cx-finance_2026-10.xlsx");
        patience.until(done -> Files.exists(workbook) && !Files.exists(downloads.resolve("cx-finance_2026-10.xlsx.crdownload")));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getSheet("Summary")).as("the finance workbook, read back with POI").isNotNull();
        }

        browser.findElement(By.id("logout")).click();
        // The click only starts the log-out's POST and redirect: wait for the page it leads to.
        patience.until(done -> browser.getPageSource().contains("You have logged out."));
        open("/runs");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aViewerLimitedToLondonSeesOnlyTheLondonCopy() {
        user("carl", ConsoleRole.CX_LEAD);
        viewer("lena", "region", "London");
        Fixtures.deliverNightly(inbox());
        open("/");
        logIn("carl");
        browser.findElement(By.linkText("Start a run")).click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-10-31'",
                browser.findElement(By.id("date")));
        browser.findElement(By.id("start")).click();
        patience.until(ExpectedConditions.textToBe(By.id("status"), "completed"));
        browser.findElement(By.id("logout")).click();

        logIn("lena");
        patience.until(ExpectedConditions.presenceOfElementLocated(By.id("runs")));

        List<String> links = browser.findElements(By.cssSelector("#runs a.file")).stream().map(WebElement::getText).toList();
        assertThat(links).containsExactly("cx-dashboard_2026-10_london.pdf");
        assertThat(browser.getPageSource()).doesNotContain("cx-finance_2026-10.xlsx").doesNotContain("Start a run");
        open("/runs/new");
        assertThat(browser.findElement(By.id("needed")).getText()).contains("cx-lead");
    }

    /** Looks at the page as a 390-pixel-wide phone does, then goes back to the desktop width. */
    private void onAPhone(Check check) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            check.run();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @FunctionalInterface
    private interface Check {
        void run() throws IOException;
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void logIn(String user) {
        if (!browser.getCurrentUrl().endsWith("/login")) {
            open("/login");
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        // A click does not wait for the page it leads to: on a busy machine the next look would
        // still see the login form.
        patience.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
