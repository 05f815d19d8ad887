package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An editor creates a page in the browser with the keyboard alone: sees an error, fixes it, previews and
 * publishes; every editor page on the way passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTest {

    private static final Path CONTENT_DIR = tempDir("editor-browser-content-");

    private static final Path GIT_DIR = tempDir("editor-browser-git-");

    /** A database of its own: the other browser tests share one context and database, loaded from the real content. */
    private static final Path DATA_DIR = tempDir("editor-browser-db-");

    private static final String PASSWORD = "a long editor passphrase";

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    static {
        ContentFixtures.writeGuide(CONTENT_DIR);
    }

    @DynamicPropertySource
    static void editing(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
    }

    @Autowired
    StaffUserService users;

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    @Test
    void anEditorCreatesFixesPreviewsAndPublishesAPageWithTheKeyboardAlone() {
        this.users.createWithPassword("test", "kim", EnumSet.of(StaffRole.EDITOR), PASSWORD);
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url("/login"));
        browser.tabTo("#username");
        browser.press("kim");
        browser.tabTo("#password");
        browser.press(PASSWORD);
        browser.press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().endsWith("/staff"));

        browser.open(url("/staff/content/new"));
        Axe.assertNoViolations(browser.driver(), "/staff/content/new");
        browser.tabTo("#kind-articles");
        browser.press(Keys.SPACE);
        browser.tabTo("#title");
        browser.press("Sleeping with back pain");
        browser.press(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector("textarea#markdown")).isEmpty());
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("New page: articles/sleeping-with-back-pain.md");

        // A mistake: the date is not a date. Saving shows the error next to the text, which is kept.
        browser.tabTo("textarea#markdown");
        withModifier(Keys.CONTROL, Keys.END);
        browser.press(Keys.ENTER);
        browser.press("Lie on your side with a pillow between your knees.");
        withModifier(Keys.CONTROL, Keys.HOME);
        browser.press(Keys.DOWN);
        browser.press(Keys.END);
        browser.press(Keys.ENTER);
        browser.press("published: 2026-02-30");
        browser.tabTo("button[value=save]");
        browser.press(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".error-summary"))
                        .getText())
                .contains("Line 3");
        assertThat(browser.driver().findElement(By.id("markdown")).getDomProperty("value"))
                .contains("published: 2026-02-30")
                .contains("pillow between your knees");
        Axe.assertNoViolations(browser.driver(), "editor showing an error");

        // The fix: remove the wrong line, then preview.
        browser.tabTo("textarea#markdown");
        withModifier(Keys.CONTROL, Keys.HOME);
        browser.press(Keys.DOWN);
        browser.press(Keys.DOWN);
        withModifier(Keys.SHIFT, Keys.END);
        browser.press(Keys.BACK_SPACE);
        browser.press(Keys.BACK_SPACE);
        browser.tabTo("button[value=preview]");
        browser.press(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector(".editor-preview .preview-frame"))
                .isEmpty());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".preview-frame"))
                        .getText())
                .contains("Sleeping with back pain")
                .contains("pillow between your knees");
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary")))
                .isEmpty();
        Axe.assertNoViolations(browser.driver(), "editor showing a preview");

        browser.tabTo("button[value=save]");
        browser.press(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("p.notice")).getText())
                .contains("published");

        browser.open(url("/articles/sleeping-with-back-pain"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sleeping with back pain");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("pillow between your knees");
        assertThat(CONTENT_DIR.resolve("articles/sleeping-with-back-pain.md")).exists();
    }

    /** A key pressed while a modifier is held, released afterwards (a chord in one string can leave it held). */
    private static void withModifier(Keys modifier, Keys key) {
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .keyDown(modifier)
                .sendKeys(key)
                .keyUp(modifier)
                .perform();
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException ex) {
            throw new AssertionError(
                    "The page did not change as expected; it shows: "
                            + browser.driver().findElement(By.tagName("main")).getText(),
                    ex);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
