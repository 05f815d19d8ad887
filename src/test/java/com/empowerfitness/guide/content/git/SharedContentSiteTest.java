package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The site with a shared content history: a second instance (its own folder and history) pushes to the same bare
 * repository; after one sync round the site shows the change, and a browser save based on the version before it
 * is shown as a conflict with their text. The sync is called explicitly (the schedule is set far out).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedContentSiteTest {

    private static final Path DATA_DIR = tempDir("shared-db-");

    private static final Path CONTENT_DIR = tempDir("shared-content-");

    private static final Path GIT_DIR = tempDir("shared-git-");

    private static final Path BARE = tempDir("shared-bare-");

    private static final Path OTHER_CONTENT = tempDir("other-content-");

    private static final Path OTHER_GIT = tempDir("other-git-");

    private static ContentRepository other;

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
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
        registry.add("guide.content.git.remote", BARE::toString);
        registry.add("guide.content.git.sync-interval", () -> "1h");
        registry.add("guide.page-cache.enabled", () -> "false");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ContentSync sync;

    @Autowired
    AuditLog audit;

    @Autowired
    ContentRepository history;

    @AfterAll
    static void closeOther() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aChangePushedByAnotherInstanceIsLiveAfterOneSyncRound() throws Exception {
        otherInstanceWrites("home.md", ContentFixtures.HOME + "\nSaid on the other instance.\n");

        assertThat(this.sync.sync()).isTrue();

        assertThat(this.mockMvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("Said on the other instance.");
    }

    @Test
    void aSaveBasedOnTheVersionBeforeAnotherInstancesChangeIsAConflictWithTheirText() throws Exception {
        Document editor = Jsoup.parse(this.mockMvc
                .perform(get("/staff/content/edit")
                        .param("path", "articles/causes.md")
                        .with(user("elena").roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String revision =
                editor.selectFirst("form.editor-form input[name=revision]").val();
        String theirs = ContentFixtures.ARTICLE.replace("A fall can hurt the back.", "Their sentence.");
        otherInstanceWrites("articles/causes.md", theirs);

        MockHttpServletResponse response = this.mockMvc
                .perform(post("/staff/content/edit")
                        .param("path", "articles/causes.md")
                        .param("markdown", ContentFixtures.ARTICLE.replace("A fall can hurt the back.", "Mine."))
                        .param("revision", revision)
                        .param("action", "save")
                        .with(user("elena").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst(".conflict-theirs pre").wholeText()).contains("Their sentence.");
        assertThat(page.selectFirst("textarea[name=markdown]").wholeText()).contains("Mine.");
        assertThat(Files.readString(CONTENT_DIR.resolve("articles/causes.md"))).isEqualTo(theirs);
    }

    @Test
    void aSyncMeetingTheSameNewFileOnBothSidesPutsTheSharedOneLiveListsTheKeptOneAndLetsAnEditorTakeItOver()
            throws Exception {
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "The other instance's text.");
        otherInstanceWrites("articles/kept.md", theirs);
        // Written here before this instance pulled: both sides added the same file.
        String mine = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "This instance's text.");
        Files.writeString(CONTENT_DIR.resolve("articles/kept.md"), mine);

        assertThat(this.sync.sync()).isTrue();

        assertThat(Files.readString(CONTENT_DIR.resolve("articles/kept.md"))).isEqualTo(theirs);
        assertThat(this.audit.page(0, 50).getContent()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.CONTENT_CONFLICT_KEPT);
            assertThat(event.getTarget()).isEqualTo("articles/kept.md");
        });
        org.jsoup.nodes.Element notice = keptConflictNotice("articles/kept.md");
        assertThat(notice).isNotNull();
        assertThat(notice.text())
                .contains("A change to articles/kept.md conflicted with a newer one from another instance");
        String link = notice.selectFirst("a").attr("href");

        Document both = Jsoup.parse(staffGet(link));
        assertThat(both.selectFirst(".conflict-theirs pre").wholeText()).isEqualTo(theirs);
        assertThat(both.selectFirst(".conflict-yours pre").wholeText()).isEqualTo(mine);
        org.jsoup.nodes.Element takeOver = both.selectFirst(".conflict-yours form");
        MockHttpServletResponse saved = this.mockMvc
                .perform(post(takeOver.attr("action"))
                        .param("id", takeOver.selectFirst("input[name=id]").val())
                        .param("path", takeOver.selectFirst("input[name=path]").val())
                        .param(
                                "revision",
                                takeOver.selectFirst("input[name=revision]").val())
                        .with(user("elena").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/content");
        assertThat(Files.readString(CONTENT_DIR.resolve("articles/kept.md"))).isEqualTo(mine);

        String id = both.selectFirst("form[action=/staff/content/conflict/close] input[name=id]")
                .val();
        assertThat(keptConflictNotice("articles/kept.md"))
                .as("taking the kept version over resolves the conflict")
                .isNull();
        assertThat(this.audit.page(0, 50).getContent()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.CONTENT_SAVED);
            assertThat(event.getActor()).isEqualTo("elena");
            assertThat(event.getTarget()).isEqualTo("articles/kept.md");
        });
        assertThat(this.audit.page(0, 50).getContent()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.CONTENT_CONFLICT_CLOSED);
            assertThat(event.getActor()).isEqualTo("elena");
        });
        assertThat(this.mockMvc
                        .perform(get("/staff/content/conflict")
                                .param("id", id)
                                .with(user("elena").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void takingOverAKeptVersionAfterTheLiveOneChangedIsRefusedAndTheConflictStaysListed() throws Exception {
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Live, from elsewhere.");
        otherInstanceWrites("articles/stale.md", theirs);
        Files.writeString(
                CONTENT_DIR.resolve("articles/stale.md"),
                ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Kept, from here."));
        this.sync.sync();
        String id = this.history.keptConflicts().stream()
                .filter(kept -> kept.paths().contains("articles/stale.md"))
                .findFirst()
                .orElseThrow()
                .id();

        MockHttpServletResponse refused = this.mockMvc
                .perform(post("/staff/content/conflict/keep")
                        .param("id", id)
                        .param("path", "articles/stale.md")
                        .param("revision", ContentRepository.revisionOf("an older version".getBytes()))
                        .with(user("elena").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .selectFirst(".error-summary")
                        .text())
                .contains("changed since you opened this page");
        assertThat(Files.readString(CONTENT_DIR.resolve("articles/stale.md"))).isEqualTo(theirs);
        assertThat(this.history.keptConflict(id)).isPresent();
    }

    @Test
    void onlyEditorsAndAdministratorsCloseOrTakeOverAConflictAndAnUnknownOneIsNotFound() throws Exception {
        assertThat(this.mockMvc
                        .perform(post("/staff/content/conflict/close")
                                .param("id", "20261201T100000Z-abcdef0")
                                .with(user("rosa").roles("REVIEWER"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(post("/staff/content/conflict/keep")
                                .param("id", "20261201T100000Z-abcdef0")
                                .param("path", "articles/causes.md")
                                .with(user("rosa").roles("REVIEWER"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a reviewer does not take a version over")
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(post("/staff/content/conflict/close")
                                .param("id", "20261201T100000Z-abcdef0")
                                .with(user("elena").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(get("/staff/content/conflict")
                                .param("id", "../../heads/main")
                                .with(user("elena").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The line of /staff/content's conflict notice about {@code path}, or null. */
    private org.jsoup.nodes.Element keptConflictNotice(String path) throws Exception {
        return Jsoup.parse(staffGet("/staff/content")).select(".kept-conflicts li").stream()
                .filter(item -> item.text().contains(path))
                .findFirst()
                .orElse(null);
    }

    private String staffGet(String path) throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(get(java.net.URI.create(path)).with(user("elena").roles("EDITOR")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static void otherInstanceWrites(String path, String text) throws IOException {
        if (other == null) {
            other = ContentRepository.open(OTHER_CONTENT, OTHER_GIT, Clock.systemUTC(), "hello@clinic.example");
            other.connect(BARE.toString(), null);
        }
        other.sync();
        Files.writeString(OTHER_CONTENT.resolve(path), text);
        other.commitFile(path, "ana", "hello@clinic.example", "Edit " + path);
    }

    private static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
