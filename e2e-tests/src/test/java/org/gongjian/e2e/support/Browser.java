package org.gongjian.e2e.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Debian chromium driven by Debian's chromedriver, both from fixed paths: Selenium Manager never
 * downloads a browser or a driver ({@code SE_OFFLINE=true}, explicit binary and driver). Without them the test
 * fails, telling what to install; {@code -Dgongjian.e2e.browser=false} skips the browser tests instead.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("gongjian.e2e.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no CDP bindings for this chromium; the tests use WebDriver only. */
    private static final java.util.logging.Logger SELENIUM_LOG = quiet(java.util.logging.Logger.getLogger("org.openqa.selenium"));

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips when the run opted out of browser tests with {@code -Dgongjian.e2e.browser=false}. */
    public static void assumeWanted() {
        Assumptions.assumeFalse("false".equals(System.getProperty("gongjian.e2e.browser")),
                "browser tests switched off (-Dgongjian.e2e.browser=false)");
    }

    public static Browser start() {
        return start(false);
    }

    /**
     * A browser; with {@code phone} it emulates a phone of 375 × 667 CSS pixels (viewport, touch, mobile user
     * agent), the size the branch and enterprise portal is built for.
     */
    public static Browser start(boolean phone) {
        for (Path p : new Path[]{CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " is missing: the browser test needs Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver), or run with -Dgongjian.e2e.browser=false");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("gongjian-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--lang=zh-CN", "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (phone) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", 375, "height", 667, "pixelRatio", 1.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", PageClock.SCRIPT));
        return new Browser(driver, profile);
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> all = Files.walk(profile)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary profile
            }
        }
    }
}
