package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * One headless Chromium per test class, from Debian's packages. Selenium never downloads a browser or a
 * driver here: both paths are given explicitly, so Selenium Manager is not consulted.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ChromeBrowser browser = new ChromeBrowser();
 * </pre>
 *
 * Outside CI a machine without Chromium skips the class with a message; under {@code CI=true} it fails.
 */
final class ChromeBrowser implements BeforeAllCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The two widths every page is checked at: a common phone and a laptop. */
    static final Dimension PHONE = new Dimension(390, 844);

    static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Selenium warns at every start that it has no DevTools classes for this Chromium version. We only use
     * ChromeDriver's own CDP endpoint, which needs none, so the warning is noise. Kept in fields because
     * java.util.logging holds loggers weakly.
     */
    private static final List<Logger> QUIET = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    private ChromeDriver driver;
    private int viewportWidth;
    private Path profileDir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "Browser tests need Debian's chromium and chromium-driver packages (" + CHROMIUM + ", "
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver fonts-liberation";
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and Chromium is missing. " + message);
            }
            Assumptions.abort(message);
        }
        profileDir = Files.createTempDirectory("guide-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--user-data-dir=" + profileDir,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Sets the viewport (not the window) to the given size, so that CSS media queries see exactly that width.
     * Up to 600 px it emulates a phone: the meta viewport is honoured, and content wider than the screen widens
     * the layout viewport, which {@link #open} then reports.
     */
    void viewport(Dimension size) {
        viewport(size, size.width <= 600);
    }

    /** As {@link #viewport(Dimension)}; {@code mobile=false} gives a narrow desktop window (e.g. a zoomed one). */
    void viewport(Dimension size, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", mobile));
        viewportWidth = size.width;
    }

    /** Emulates the user's "reduce motion" setting (or clears it with {@code false}). */
    void prefersReducedMotion(boolean reduce) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", reduce ? "reduce" : ""))));
    }

    /** Loads a page and waits for it; fails if Chromium showed its own error page instead. */
    void open(String url) {
        driver.get(url);
        assertThat(driver.findElements(By.cssSelector("html[lang]")))
                .as("a page with <html lang> at " + url)
                .isNotEmpty();
        if (viewportWidth > 0) {
            assertThat(((Number) script("return window.innerWidth")).intValue())
                    .as("viewport width (a missing <meta name=viewport>, or content wider than the screen?)")
                    .isEqualTo(viewportWidth);
        }
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void tab() {
        press(Keys.TAB);
    }

    /** Presses Tab until the focused element matches {@code css}, as a keyboard-only user would reach it. */
    WebElement tabTo(String css) {
        for (int i = 0; i < 100; i++) {
            tab();
            if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0]);", css))) {
                return activeElement();
            }
        }
        throw new AssertionError("No Tab stop matches " + css + " within 100 presses of Tab");
    }

    WebElement activeElement() {
        return driver.switchTo().activeElement();
    }
}
