package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.a6gateway.sync.SyncRuns;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page in headless Chromium (Debian's chromium and chromium-driver): an officer
 * picks Tanzania and the reporting tool's mode, prepares the workbook, downloads it, and the file
 * on disk holds the figure the official workbook ships. Without a browser on the machine the test
 * is skipped, unless A6_REQUIRE_BROWSER=true (as .ci/run sets it, after installing one).
 */
// A context (and so a database) of its own: the sync it runs must not meet another test's sync.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=reports-page")
class ReportsPageBrowserTest {

    private static final String BROWSER = System.getenv().getOrDefault("A6_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("A6_CHROMEDRIVER", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    SyncRuns runs;

    @TempDir
    Path downloads;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean present = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
        if (!"true".equals(System.getenv("A6_REQUIRE_BROWSER"))) {
            assumeTrue(present, "no " + BROWSER + " or " + DRIVER + ": the reports page test needs Debian's chromium and chromium-driver");
        }
        assertThat(present).as(BROWSER + " and " + DRIVER).isTrue();
        var options = new ChromeOptions().setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
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
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/reports.html");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#party option[value=TZA]")));
        new Select(browser.findElement(By.id("party"))).selectByValue("TZA");
        new Select(browser.findElement(By.id("mode"))).selectByValue("tool-compatible");
        new Select(browser.findElement(By.id("format"))).selectByValue("xlsx");
        browser.findElement(By.id("prepare")).click();
        var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
        assertThat(link.getText()).isEqualTo("Download btr-TZA-2021-2026-tool-compatible.xlsx");
        link.click();

        var file = downloads.resolve("btr-TZA-2021-2026-tool-compatible.xlsx");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file) && noDownloadInProgress());
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            var table = workbook.getSheet("Table 4");
            assertThat(table.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mode: tool-compatible");
            var row6 = table.getRow(6);
            assertThat(row6.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(row6.getCell(2 + 2025 - 2021).getNumericCellValue()).as("row 6, 2025, as the official workbook").isEqualTo(180_867);
        }
    }

    private boolean noDownloadInProgress() throws java.io.IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        }
    }
}
