package org.a6gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the page tests (Debian's chromium and chromium-driver). Without them on the
 * machine a test is skipped, unless A6_REQUIRE_BROWSER=true (as .ci/run sets it, after installing them).
 */
public final class Browsers {

    private static final String BROWSER = System.getenv().getOrDefault("A6_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("A6_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browsers() {
    }

    /** A headless browser that saves downloads into the folder given. */
    public static WebDriver headless(Path downloads) {
        boolean present = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
        if (!"true".equals(System.getenv("A6_REQUIRE_BROWSER"))) {
            assumeTrue(present, "no " + BROWSER + " or " + DRIVER + ": page tests need Debian's chromium and chromium-driver");
        }
        assertThat(present).as(BROWSER + " and " + DRIVER).isTrue();
        var options = new ChromeOptions().setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png, the test's picture of the page. */
    public static void screenshot(WebDriver browser, String name) {
        try {
            var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            var folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the screenshot " + name + " could not be saved", e);
        }
    }
}
