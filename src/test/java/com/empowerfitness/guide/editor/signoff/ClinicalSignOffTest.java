package com.empowerfitness.guide.editor.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import com.empowerfitness.guide.support.MutableClock;
import com.empowerfitness.guide.support.MutableClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Clinical sign-off end to end: a reviewer's "Mark this page reviewed" writes the three review lines through the
 * browser save (checked, committed, live), only reviewers can sign off, editors ask for a review, all audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ClinicalSignOffTest {

    private static final Path DATA_DIR = tempDir("signoff-db-");

    private static final Path CONTENT_DIR = tempDir("signoff-content-");

    private static final Path GIT_DIR = tempDir("signoff-git-");

    private static final AtomicInteger USERS = new AtomicInteger();

    static {
        ContentFixtures.writeGuide(CONTENT_DIR);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
        registry.add("guide.page-cache.enabled", () -> "false");
        registry.add("guide.content.review-interval", () -> "P6M");
        registry.add("guide.content.review-after-change-check", () -> "true");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ContentRepository history;

    @Autowired
    StaffUserService staff;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void freshGuide() {
        this.clock.set(LocalDateTime.of(2026, 12, 1, 23, 30));
        ContentFixtures.writeGuide(CONTENT_DIR);
        this.history.commitFolderChanges();
    }

    @Test
    void aReviewerSignsOffWithTheirDisplayNameTodayAndTheNextReviewOneIntervalLaterChangingNothingElse()
            throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);
        long id = this.staff.find(reviewer).orElseThrow().getId();
        this.staff.setDisplayName("test", id, "Dr. Ana Ruiz, PT");
        String before = read("articles/causes.md");

        MvcResult response = markReviewed("articles/causes.md", revisionOf("articles/causes.md"), reviewer);

        assertThat(response.getResponse().getStatus()).isEqualTo(302);
        String expected = before.replace("last_reviewed: 2026-06-16\n", "last_reviewed: 2026-12-01\n")
                .replace("next_review_due: 2027-06-16\n", "next_review_due: 2027-06-01\n")
                .replaceAll("reviewed_by: [^\n]*\n", "reviewed_by: Dr. Ana Ruiz, PT\n");
        assertThat(read("articles/causes.md")).isEqualTo(expected);
        ContentRepository.CommitInfo commit =
                this.history.history("articles/causes.md").get(0);
        assertThat(commit.author()).isEqualTo("Dr. Ana Ruiz, PT");
        assertThat(commit.message()).contains("Clinical review").contains("Dr. Ana Ruiz, PT");
        assertThat(this.mockMvc
                        .perform(get("/articles/causes"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Dr. Ana Ruiz, PT");
        assertThat(this.audit.page(0, 20).getContent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CONTENT_REVIEWED);
            assertThat(e.getActor()).isEqualTo(reviewer);
            assertThat(e.getTarget()).isEqualTo("articles/causes.md");
        });
    }

    @Test
    void aReviewerWithoutADisplayNameIsCreditedByUsername() throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);

        markReviewed("home.md", revisionOf("home.md"), reviewer);

        assertThat(read("home.md")).contains("reviewed_by: " + reviewer + "\n");
    }

    @Test
    void onlyAReviewerCanSignOffNotAnAdministratorOrAnEditor() throws Exception {
        String before = read("articles/causes.md");
        for (RequestPostProcessor who : new RequestPostProcessor[] {
            user("ada").roles("ADMIN"), user("elena").roles("EDITOR")
        }) {
            assertThat(this.mockMvc
                            .perform(post("/staff/content/review")
                                    .param("path", "articles/causes.md")
                                    .param("revision", revisionOf("articles/causes.md"))
                                    .with(who)
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(read("articles/causes.md")).isEqualTo(before);
        Document page = Jsoup.parse(this.mockMvc
                .perform(get("/staff/content").with(user("ada").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("form[action$=/staff/content/review]")).isEmpty();
        assertThat(page.select("form[action$=/staff/content/review-request]")).isNotEmpty();
    }

    @Test
    void aPageThatChangedSinceTheReviewerOpenedItIsNotSignedOff() throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);
        String seen = revisionOf("articles/causes.md");
        String changed = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "New advice.");
        Files.writeString(CONTENT_DIR.resolve("articles/causes.md"), changed);

        MvcResult response = markReviewed("articles/causes.md", seen, reviewer);

        assertThat(read("articles/causes.md")).isEqualTo(changed);
        assertThat(response.getFlashMap().get("reviewProblem").toString()).contains("changed since you opened it");
    }

    @Test
    void aFileWithAnErrorIsNotSignedOff() throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);
        String broken = "---\ntitle: Broken\npublished: 2026-13-45\n---\nBody.\n";
        Files.writeString(CONTENT_DIR.resolve("articles/causes.md"), broken);

        MvcResult response = markReviewed("articles/causes.md", revisionOf("articles/causes.md"), reviewer);

        assertThat(read("articles/causes.md")).isEqualTo(broken);
        assertThat(response.getFlashMap().get("reviewProblem").toString()).contains("has an error");
    }

    @Test
    void anEditorAsksForReviewThePageIsListedFirstAndTheSignOffClosesTheRequest() throws Exception {
        String editor = newUser(StaffRole.EDITOR);
        String reviewer = newUser(StaffRole.REVIEWER);

        this.mockMvc.perform(post("/staff/content/review-request")
                .param("path", "exercises/pelvic-tilts.md")
                .with(user(editor).roles("EDITOR"))
                .with(csrf()));

        Document list = Jsoup.parse(this.mockMvc
                .perform(get("/staff/content").with(user(reviewer).roles("REVIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.selectFirst("tbody tr code").text()).isEqualTo("exercises/pelvic-tilts.md");
        assertThat(list.selectFirst("tbody tr .review-requested").text())
                .contains("review requested")
                .contains(editor)
                .contains("1 December 2026");
        String revision = list.selectFirst("tbody tr form[action$=/staff/content/review] input[name=revision]")
                .val();
        assertThat(this.audit.page(0, 20).getContent())
                .anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.CONTENT_REVIEW_REQUESTED));

        markReviewed("exercises/pelvic-tilts.md", revision, reviewer);

        Document after = Jsoup.parse(this.mockMvc
                .perform(get("/staff/content").with(user(reviewer).roles("REVIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select(".review-requested")).isEmpty();
        assertThat(read("exercises/pelvic-tilts.md")).contains("last_reviewed: 2026-12-01\n");
    }

    @Test
    void aStaffMemberSetsTheirOwnDisplayNameAndAnAdministratorCanSetAnyones() throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);
        long id = this.staff.find(reviewer).orElseThrow().getId();

        this.mockMvc.perform(post("/staff/name")
                .param("displayName", "  Dr. Ezra Miller, PT, DPT ")
                .with(user(reviewer).roles("REVIEWER"))
                .with(csrf()));
        assertThat(this.staff.creditName(reviewer)).isEqualTo("Dr. Ezra Miller, PT, DPT");

        this.mockMvc.perform(post("/staff/users/" + id + "/display-name")
                .param("displayName", "")
                .with(user("ada").roles("ADMIN"))
                .with(csrf()));
        assertThat(this.staff.creditName(reviewer)).isEqualTo(reviewer);
        assertThat(this.audit.page(0, 20).getContent())
                .anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.USER_DISPLAY_NAME_CHANGED));
    }

    @Test
    void changingTheTextOfAReviewedPageWithoutANewReviewIsRefusedAndASignOffThatDayMakesItValid() throws Exception {
        String reviewer = newUser(StaffRole.REVIEWER);
        String before = read("articles/causes.md");
        String changed = before.replace("Stress makes muscles tense.", "Worry tightens muscles.");

        MockHttpServletResponse refused = this.mockMvc
                .perform(post("/staff/content/edit")
                        .param("path", "articles/causes.md")
                        .param("markdown", changed)
                        .param("revision", revisionOf("articles/causes.md"))
                        .param("action", "save")
                        .with(user("elena").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".error-summary li")
                        .text())
                .contains("reviewed on 16 June 2026")
                .contains("changed on 1 December 2026");
        assertThat(read("articles/causes.md")).isEqualTo(before);

        // The editor takes the review lines out (the page awaits review), a clinician signs off the new text.
        String unreviewed = changed.replaceAll("(?m)^(last_reviewed|reviewed_by|next_review_due): [^\n]*\n", "");
        MockHttpServletResponse saved = this.mockMvc
                .perform(post("/staff/content/edit")
                        .param("path", "articles/causes.md")
                        .param("markdown", unreviewed)
                        .param("revision", revisionOf("articles/causes.md"))
                        .param("action", "save")
                        .with(user("elena").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        markReviewed("articles/causes.md", revisionOf("articles/causes.md"), reviewer);
        assertThat(read("articles/causes.md"))
                .contains("Worry tightens muscles.")
                .contains("last_reviewed: 2026-12-01\n");
    }

    private MvcResult markReviewed(String path, String revision, String reviewer) throws Exception {
        return this.mockMvc
                .perform(post("/staff/content/review")
                        .param("path", path)
                        .param("revision", revision)
                        .with(user(reviewer).roles("REVIEWER"))
                        .with(csrf()))
                .andReturn();
    }

    private String newUser(StaffRole role) {
        String username = "clin" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        this.staff.createWithPassword("test", username, EnumSet.of(role), "correct horse battery staple");
        return username;
    }

    private static String revisionOf(String path) {
        try {
            return ContentRepository.revisionOf(Files.readAllBytes(CONTENT_DIR.resolve(path)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(CONTENT_DIR.resolve(path));
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
