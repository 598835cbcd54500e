package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.ledger.LedgerRecord;
import org.a6gateway.outbox.Operations;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.Browsers;
import org.a6gateway.units.LabelCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The console in headless Chromium, as a government officer uses it after the demo's first sync
 * (CA flags need approval): signed in, the overview shows the run, the discrepancies list holds
 * what the reconciliation found, a DOUBLE_CLAIM opens onto the ledger events of its units and is
 * marked under review; two of the three proposed CA flags are approved and one rejected with a
 * comment; a dry run then lists the two approved to send, and the next sync sends exactly the two,
 * the rejected one shown with its comment. The
 * console speaks Korean when asked. Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"a6.test.context=console", "a6.approvals.required=CA_FLAG"})
class ConsoleBrowserIT {

    private static final String CA = LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name();

    @LocalServerPort
    int port;

    @Autowired
    SyncRuns syncs;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path downloads;

    private WebDriver browser;
    /** Bounded only to stop a hung page or run (a sync, a dry run): a slow machine is slower, not red. */
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.headless(downloads);
        wait = new WebDriverWait(browser, Duration.ofMinutes(5));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerReviewsADoubleClaimAndDecidesTheProposedCaFlags() {
        assertThat(syncs.runNow().status()).isEqualTo("COMPLETED");
        long found = ApiAccess.http(context, port, "GOVERNMENT").get().uri("/discrepancies?size=1").retrieve().body(JsonNode.class)
                .path("total").asLong();

        browser.get("http://localhost:" + port + "/console.html");
        browser.findElement(By.id("credential")).sendKeys(ApiAccess.key(context, "GOVERNMENT"));
        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoName"), "test GOVERNMENT"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#runs tbody tr")));
        assertThat(text("runs")).contains("completed");
        Browsers.screenshot(browser, "console-1-overview");

        seesTheDiscrepanciesAndReachesADoubleClaimsLedgerEvents(found);
        var decided = approvesTwoCaFlagsAndRejectsOne();

        assertThat(syncs.runNow().status()).isEqualTo("COMPLETED");
        assertThat(delivered(CA)).extracting(LedgerRecord::subject).containsExactlyInAnyOrderElementsOf(decided.subList(0, 2));
        assertThat(events("COMMAND_APPROVED")).hasSize(2).allSatisfy(e -> assertThat(e.cause()).contains("reported in the BTR"));
        assertThat(events("COMMAND_REJECTED")).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(decided.get(2)));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rejected tbody tr")));
        assertThat(text("proposed")).isEmpty();
        assertThat(text("rejected")).contains(decided.get(2)).contains("adjustment not yet in the BTR");

        speaksKorean();
    }

    private void seesTheDiscrepanciesAndReachesADoubleClaimsLedgerEvents(long found) {
        browser.findElement(By.linkText("Discrepancies")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancyCount"), found + " discrepancies"));
        assertThat(browser.findElements(By.cssSelector("#discrepancyList tbody tr"))).hasSize((int) found);
        Browsers.screenshot(browser, "console-2-discrepancies");

        new Select(browser.findElement(By.id("filter-type"))).selectByValue("DOUBLE_CLAIM");
        browser.findElement(By.cssSelector("#discrepancyFilter button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancyCount"), "2 discrepancies"));
        // Of the demo's two double claims, one is on units the gateway never changed (its ITMO id held
        // back): the other has ledger events on its units, which the officer reaches.
        String withEvents = null;
        for (int row = 0; row < 2 && withEvents == null; row++) {
            browser.findElements(By.cssSelector("#discrepancyList tbody tr a.open")).get(row).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancyTitle"), "DOUBLE_CLAIM"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
            assertThat(text("evidenceBlocks")).startsWith("KVS-CRA-KR-");
            if (browser.findElements(By.cssSelector("#evidenceEvents tbody tr")).isEmpty()) {
                browser.findElement(By.linkText("\u2190 Back")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancyCount"), "2 discrepancies"));
            } else {
                withEvents = text("evidenceEvents");
            }
        }
        assertThat(withEvents).as("a double claim's ledger events").isNotNull().contains("KVS ");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('evidence').scrollIntoView()");
        Browsers.screenshot(browser, "console-3-double-claim-ledger");

        browser.findElement(By.id("reviewComment")).sendKeys("asked the KVS operator which claim stands");
        browser.findElement(By.id("saveMark")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewState"), "under review"));
        assertThat(text("reviewState")).contains("asked the KVS operator which claim stands");
        Browsers.screenshot(browser, "console-3-double-claim");
    }

    /** Approves the first two proposed CA flags and rejects the third; answers their subjects in that order. */
    private List<String> approvesTwoCaFlagsAndRejectsOne() {
        browser.findElement(By.linkText("Approvals")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#proposed tbody tr"), 3));
        var boxes = browser.findElements(By.cssSelector("#proposed input[type=checkbox]"));
        var subjects = boxes.stream().map(box -> box.getAttribute("aria-label")).toList();
        boxes.get(0).click();
        boxes.get(1).click();
        browser.findElement(By.id("decisionComment")).sendKeys("reported in the BTR of 2026");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#proposed tbody tr"), 1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "2 commands approved"));

        browser.findElement(By.id("reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Select at least one command"));
        browser.findElement(By.cssSelector("#proposed input[type=checkbox]")).click();
        browser.findElement(By.id("reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "A rejection needs a comment"));
        browser.findElement(By.id("decisionComment")).sendKeys("adjustment not yet in the BTR");
        browser.findElement(By.id("reject")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rejected tbody tr")));
        assertThat(text("rejected")).contains(subjects.get(2)).contains("adjustment not yet in the BTR");
        Browsers.screenshot(browser, "console-4-approvals");

        browser.findElement(By.id("dryRun")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dryRunDone")));
        var wouldSend = browser.findElements(By.cssSelector("#dryRunCommands tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith("would send")).toList();
        assertThat(wouldSend).as("the dry run lists the two approved to send, not the rejected").hasSize(2)
                .allSatisfy(row -> assertThat(row).containsAnyOf(subjects.get(0), subjects.get(1)));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('dryRunResult').scrollIntoView()");
        Browsers.screenshot(browser, "console-4-dry-run");
        return subjects;
    }

    private void speaksKorean() {
        new Select(browser.findElement(By.id("language"))).selectByValue("ko");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "불일치"));
        browser.findElement(By.linkText("불일치")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancyCount"), "불일치"));
        assertThat(browser.findElement(By.id("signOut")).getText()).isEqualTo("로그아웃");
        Browsers.screenshot(browser, "console-5-korean");
    }

    private String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private List<LedgerRecord> events(String kind) {
        return ledger.after(0, 100_000).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private List<LedgerRecord> delivered(String code) {
        return events(Operations.APPLY_LABEL).stream().filter(e -> e.subject().endsWith(" " + code)).toList();
    }
}
