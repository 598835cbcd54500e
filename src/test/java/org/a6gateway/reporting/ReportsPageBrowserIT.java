package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.Browsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page in headless Chromium (Debian's chromium and chromium-driver): an officer
 * picks Tanzania and the reporting tool's mode, prepares the workbook, downloads it, and the file
 * on disk holds the figure the official workbook ships, after signing in with a GOVERNMENT key (an
 * INTEGRATOR key is turned away). A figure written with a thousands separator is refused in words
 * first. Before the file is opened the page shows the report's pre-submission checks: all four
 * pass for Tanzania; Korea's AEF of the demo fails one, marked and named in words, and its file is
 * still offered. The reports then show in the list of reports ordered, with who ordered them, how
 * their checks went and a link to download each again; signing out clears the page. Needs a
 * browser: see {@link Browsers}.
 */
// A context (and so a database) of its own: the sync it runs must not meet another test's sync.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=reports-page")
class ReportsPageBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SyncRuns runs;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @TempDir
    Path downloads;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.headless(downloads);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerPreparesAndDownloadsTanzaniasTable4() throws Exception {
        assertThat(runs.runNow().status()).isEqualTo("COMPLETED");
        var wait = new WebDriverWait(browser, Duration.ofMinutes(5));
        browser.get("http://localhost:" + port + "/reports.html");

        signIn(ApiAccess.key(context, "INTEGRATOR"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signinStatus"), "do not have the GOVERNMENT role"));
        assertThat(browser.findElement(By.id("order")).isDisplayed()).as("the order form, for a key without the role").isFalse();
        signIn(ApiAccess.key(context, "GOVERNMENT"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#party option[value=TZA]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoName"), "test GOVERNMENT"));
        new Select(browser.findElement(By.id("party"))).selectByValue("TZA");
        new Select(browser.findElement(By.id("mode"))).selectByValue("tool-compatible");
        new Select(browser.findElement(By.id("format"))).selectByValue("xlsx");
        browser.findElement(By.id("used")).sendKeys("2024=1,500");
        browser.findElement(By.id("prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "ITMOs used: \"2024=1,500\" is not a year and tonnes: write 1500 without thousands separators."));
        browser.findElement(By.id("used")).clear();
        browser.findElement(By.id("prepare")).click();
        var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
        assertThat(link.getText()).isEqualTo("Download btr-TZA-2021-2026-tool-compatible.xlsx");
        assertThat(browser.findElement(By.id("checksSummary")).getText()).as("the checks, before the file is opened")
                .isEqualTo("All 4 checks passed.");
        assertThat(browser.findElements(By.cssSelector("#checkList > li.passed"))).hasSize(4).first()
                .satisfies(check -> assertThat(check.getText()).startsWith("✓ passed: Identifiers well formed — every serial parses"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("checks")));
        Browsers.screenshot(browser, "reports-checks-passed");
        link.click();

        var file = downloads.resolve("btr-TZA-2021-2026-tool-compatible.xlsx");
        await().atMost(Duration.ofMinutes(5)).until(() -> Files.exists(file) && noDownloadInProgress());
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            var table = workbook.getSheet("Table 4");
            assertThat(table.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mode: tool-compatible");
            var row6 = table.getRow(6);
            assertThat(row6.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(row6.getCell(2 + 2025 - 2021).getNumericCellValue()).as("row 6, 2025, as the official workbook").isEqualTo(180_867);
        }

        var ordered = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reports tbody tr")));
        assertThat(ordered.getText()).contains("test GOVERNMENT", "btr-TZA-2021-2026-tool-compatible.xlsx", "completed",
                "all 4 passed", "Download");

        aFailedCheckIsMarkedAndTheFileStillOffered(wait);
        var desk = browser.findElements(By.cssSelector("#reports tbody tr"));
        assertThat(desk.get(0).getText()).contains("aef-KOR-2025.csv", "1 of 4 failed");
        assertThat(desk.get(0).findElement(By.cssSelector("td.failed")).getText()).isEqualTo("1 of 4 failed");
        assertThat(desk.get(1).getText()).contains("btr-TZA-2021-2026-tool-compatible.xlsx", "all 4 passed");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", desk.get(0));
        Browsers.screenshot(browser, "reports-desk");
        browser.findElement(By.id("signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin")));
        assertThat(browser.findElement(By.id("order")).isDisplayed()).as("signed out").isFalse();
        assertThat(browser.findElements(By.cssSelector("#reports tbody tr"))).isEmpty();
    }

    /** The demo's AEF for Korea in 2025 holds an NDC-only authorization first transferred at authorization. */
    private void aFailedCheckIsMarkedAndTheFileStillOffered(WebDriverWait wait) {
        browser.findElement(By.cssSelector("input[name=kind][value=aef]")).click();
        new Select(browser.findElement(By.id("party"))).selectByValue("KOR");
        new Select(browser.findElement(By.id("format"))).selectByValue("csv");
        browser.findElement(By.id("prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("download"), "aef-KOR-2025.csv"));
        assertThat(browser.findElement(By.id("download")).isDisplayed()).as("the file, whatever the checks say").isTrue();
        assertThat(browser.findElement(By.id("checksSummary")).getText())
                .isEqualTo("1 of 4 checks failed: Consistent with authorization (1 failing).");
        assertThat(browser.findElement(By.id("checks")).getDomAttribute("class")).contains("failing");
        var failed = browser.findElement(By.cssSelector("#checkList > li.failed"));
        assertThat(failed.getText()).startsWith("✗ failed: Consistent with authorization, 1 failing — each action under")
                .contains("KOR", "first transferred at authorization under an authorization for NDC use only");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("checks")));
        Browsers.screenshot(browser, "reports-checks-failed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reports tbody"), "aef-KOR-2025.csv"));
    }

    private void signIn(String key) {
        browser.findElement(By.id("credential")).sendKeys(key);
        browser.findElement(By.id("signIn")).click();
    }

    private boolean noDownloadInProgress() throws java.io.IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        }
    }
}
