package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The right-to-left test language ({@code ar}, enabled only here, added as a new language is: with
 * {@code src/test/resources/i18n/messages_ar.properties}, {@code paths_ar.properties} and content under
 * {@code ar/}, and no code) in a real browser:
 * the layout mirrors (logical CSS properties and {@code dir="rtl"}), the exercise timer runs with the fixture's
 * words, the booking form shows its errors and is sent, the print sheet prints, and axe finds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RightToLeftBrowserTest {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    /** The fixture bundle marks every message with this Arabic word. */
    private static final String MARK = "نص";

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    /** Lets the test move the page's clock forward instead of waiting (the timer reads performance.now()). */
    private static final String CONTROLLABLE_CLOCK = """
            const realNow = performance.now.bind(performance);
            let offset = 0;
            performance.now = () => realNow() + offset;
            window.__advance = seconds => { offset += seconds * 1000; };
            """;

    @DynamicPropertySource
    static void rightToLeft(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("guide-rtl-db-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.languages", () -> "en,es,ar");
        // Test content for the fixture language: the guide's own content folder, with the Spanish edition also
        // as content/ar/ (the text need not be Arabic: the direction and the interface are what is tested).
        Path content = Files.createTempDirectory("guide-rtl-content-");
        copy(Path.of("content"), content);
        copy(Path.of("content/es"), content.resolve("ar"));
        registry.add("guide.content-dir", content::toString);
    }

    @LocalServerPort
    int port;

    private static void copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    @BeforeEach
    void desktop() {
        browser.viewport(ChromeBrowser.DESKTOP);
    }

    private Object script(String script, Object... args) {
        return browser.script(script, args);
    }

    private double left(String css) {
        return ((Number) script("return document.querySelector(arguments[0]).getBoundingClientRect().left;", css))
                .doubleValue();
    }

    private void waitFor(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    @Test
    void theLayoutMirrors() {
        browser.open(url("/ar/book/request"));

        assertThat(script("return document.documentElement.getAttribute('dir');"))
                .isEqualTo("rtl");
        assertThat(script("return document.documentElement.lang;")).isEqualTo("ar");
        assertThat(script("return getComputedStyle(document.body).direction;")).isEqualTo("rtl");
        // The header's first item (the brand) is right of the second (the navigation), as it is left in English.
        assertThat(left(".site-header .brand")).isGreaterThan(left(".site-header .site-nav"));
        // Navigation: the first link is right of the second.
        double first = ((Number)
                        script("return document.querySelectorAll('.site-nav li')[0].getBoundingClientRect().left;"))
                .doubleValue();
        double second = ((Number)
                        script("return document.querySelectorAll('.site-nav li')[1].getBoundingClientRect().left;"))
                .doubleValue();
        assertThat(first).isGreaterThan(second);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith(MARK);

        browser.open(url("/book/request"));
        assertThat(script("return getComputedStyle(document.body).direction;")).isEqualTo("ltr");
        assertThat(left(".site-header .brand")).isLessThan(left(".site-header .site-nav"));
    }

    @Test
    void theBookingFormShowsItsErrorsMirroredWithoutViolationsAndIsSent() {
        browser.open(url("/ar/book/request"));
        WebElement submit = browser.driver().findElement(By.cssSelector("form.booking-form button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();
        waitFor(".error-summary");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/ar/book");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".error-summary h2"))
                        .getText())
                .startsWith(MARK);
        // The error bar of a field with an error is on its start side: the right.
        Map<?, ?> border =
                (Map<?, ?>) script("const s = getComputedStyle(document.querySelector('.form-group.has-error'));"
                        + "return {right: s.borderRightWidth, left: s.borderLeftWidth};");
        assertThat(border.get("right")).isEqualTo("5px");
        assertThat(border.get("left")).isEqualTo("0px");
        Axe.assertNoViolations(browser.driver(), "/ar/book/request with errors");

        browser.driver().findElement(By.id("name")).sendKeys("عائشة");
        browser.driver().findElement(By.id("email")).sendKeys("aisha@example.com");
        WebElement consent = browser.driver().findElement(By.id("consent"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", consent);
        consent.click();
        WebElement again = browser.driver().findElement(By.cssSelector("form.booking-form button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", again);
        again.click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/ar/book/confirmation/"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith(MARK);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).containsPattern("EF-[A-Z0-9]{6}");
        Axe.assertNoViolations(browser.driver(), "/ar/book/confirmation");
    }

    @Test
    void theExerciseTimerRunsWithTheLanguagesWords() {
        browser.open(url("/ar/exercises/rodillas-al-pecho"));
        browser.script(CONTROLLABLE_CLOCK);
        WebElement timer = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            WebElement e = d.findElement(By.cssSelector(".exercise-timer"));
            return e.isDisplayed() ? e : null;
        });

        assertThat(timer.findElement(By.cssSelector(".timer-side")).getText()).startsWith(MARK);
        WebElement start = timer.findElement(By.cssSelector(".timer-start"));
        assertThat(start.getText()).startsWith(MARK);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        assertThat(timer.findElement(By.cssSelector(".timer-status")).getText())
                .startsWith(MARK)
                .contains("30");
        browser.script("window.__advance(31);");
        // The hold is over: one repetition counted and the other side next, said in the fixture's words.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> timer.findElement(By.cssSelector(".timer-side"))
                        .getText()
                        .equals(MARK + " Left side"));
        assertThat(timer.findElement(By.cssSelector(".timer-status")).getText())
                .isEqualTo(MARK + " Done, release slowly. " + MARK + " Rep 1 of 1. " + MARK
                        + " Now switch to your left side.");
        Axe.assertNoViolations(browser.driver(), "/ar/exercises/rodillas-al-pecho with the timer run");
    }

    @Test
    void thePrintSheetRendersAndPrints() throws IOException {
        browser.open(url("/ar/exercises/print"));

        assertThat(script("return getComputedStyle(document.body).direction;")).isEqualTo("rtl");
        assertThat(browser.driver().findElements(By.cssSelector(".print-exercise")))
                .hasSize(5);
        assertThat(browser.driver().findElement(By.id("log-heading")).getText()).startsWith(MARK);
        // The log table's first column (the exercise names) is on the right.
        double nameColumn = ((Number) script(
                        "return document.querySelector('.log-table th[scope=row]').getBoundingClientRect().left;"))
                .doubleValue();
        double dayOne = ((Number)
                        script("return document.querySelector('.log-table tbody td').getBoundingClientRect().left;"))
                .doubleValue();
        assertThat(nameColumn).isGreaterThan(dayOne);
        Axe.assertNoViolations(browser.driver(), "/ar/exercises/print");

        PrintOptions options = new PrintOptions();
        options.setShrinkToFit(false);
        String pdf = new String(
                Base64.getDecoder().decode(browser.driver().print(options).getContent()), StandardCharsets.ISO_8859_1);
        long pages = PDF_PAGE.matcher(pdf).results().count();
        assertThat(pages).isBetween(1L, 2L);
    }

    @Test
    void aMissingPageGetsTheLanguages404MirroredWithoutViolations() {
        browser.open(url("/ar/no-such-page"));

        assertThat(script("return document.documentElement.getAttribute('dir');"))
                .isEqualTo("rtl");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith(MARK);
        assertThat(browser.driver().findElement(By.cssSelector("main a")).getDomAttribute("href"))
                .isEqualTo("/ar/");
        Axe.assertNoViolations(browser.driver(), "/ar/no-such-page (404)");
    }

    static {
        // Fails fast with a clear message if the fixture bundle is not on the test classpath.
        if (RightToLeftBrowserTest.class.getResource("/i18n/messages_ar.properties") == null) {
            throw new UncheckedIOException(new IOException("src/test/resources/i18n/messages_ar.properties missing"));
        }
    }
}
