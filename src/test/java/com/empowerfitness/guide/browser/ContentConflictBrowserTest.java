package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.content.git.ContentSync;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterAll;
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
 * A change kept after a conflict in a sync, as an editor meets it: the notice on /staff/content and the page with
 * both versions, reached with the keyboard and clean in axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentConflictBrowserTest {

    private static final Path CONTENT_DIR = tempDir("conflict-browser-content-");

    private static final Path GIT_DIR = tempDir("conflict-browser-git-");

    private static final Path DATA_DIR = tempDir("conflict-browser-db-");

    private static final Path BARE = tempDir("conflict-browser-bare-");

    private static final String PASSWORD = "a long editor passphrase";

    private static ContentRepository other;

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    static {
        ContentFixtures.writeGuide(CONTENT_DIR);
        try {
            Git.init()
                    .setBare(true)
                    .setDirectory(BARE.toFile())
                    .setInitialBranch("main")
                    .call()
                    .close();
        } catch (GitAPIException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @DynamicPropertySource
    static void shared(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
        registry.add("guide.content.git.remote", BARE::toString);
        registry.add("guide.content.git.sync-interval", () -> "1h");
    }

    @Autowired
    StaffUserService users;

    @Autowired
    ContentSync sync;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeOther() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void anEditorFindsTheKeptChangeAndOpensBothVersionsWithTheKeyboard() throws Exception {
        other = ContentRepository.open(
                tempDir("conflict-browser-other-"), tempDir("conflict-browser-other-git-"), Clock.systemUTC(), "x@y.z");
        other.connect(BARE.toString(), null);
        Path otherFolder = other.workTree();
        Files.writeString(
                otherFolder.resolve("articles/causes.md"),
                ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Newer, from the other instance."));
        other.commitFile("articles/causes.md", "ana", "x@y.z", "Their change");
        Files.writeString(
                CONTENT_DIR.resolve("articles/causes.md"),
                ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Made here first."));
        assertThat(this.sync.sync()).isTrue();

        this.users.createWithPassword("test", "kim", EnumSet.of(StaffRole.EDITOR), PASSWORD);
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url("/login"));
        browser.tabTo("#username");
        browser.press("kim");
        browser.tabTo("#password");
        browser.press(PASSWORD);
        browser.press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().endsWith("/staff"));

        browser.open(url("/staff/content"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".kept-conflicts"))
                        .getText())
                .contains("A change to articles/causes.md conflicted with a newer one from another instance");
        Axe.assertNoViolations(browser.driver(), "/staff/content with a kept conflict");
        browser.tabTo(".kept-conflicts a");
        browser.press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/staff/content/conflict"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".conflict-theirs pre"))
                        .getText())
                .contains("Newer, from the other instance.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".conflict-yours pre"))
                        .getText())
                .contains("Made here first.");
        Axe.assertNoViolations(browser.driver(), "a kept conflict's two versions");
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition::apply);
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
