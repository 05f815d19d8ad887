package com.empowerfitness.guide.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One application context for the editors' features (drafts, scheduling, tags, search, feed, sitemap, content
 * health): a small guide in a temporary folder with a page in every state, a temporary H2 database, and a clock
 * the tests set. Every subclass shares this configuration, so Spring starts the context once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
public abstract class EditorSiteTest {

    /** "Now" for every test unless it moves the clock: before every publish_at and expires_at below. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    public static final LocalDateTime SWITCH_TIME = LocalDateTime.of(2026, 12, 1, 9, 0);

    public static final String BASE_URL = "https://guide.example.org";

    protected static final String PASSWORD = "correct horse battery staple";

    private static final Path DATA_DIR = tempDir("editor-db-");

    protected static final Path CONTENT_DIR = writeContent(tempDir("editor-content-"));

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @DynamicPropertySource
    static void editorProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.watch", () -> "false");
        registry.add("guide.base-url", () -> BASE_URL);
        // These tests move the clock back and forth to check request-time visibility rules; the rendered-page
        // cache (which assumes time moves forward) has its own tests in RenderedPageCacheTest.
        registry.add("guide.page-cache.enabled", () -> "false");
        // MockMvc's MockHttpSession only works with the container's own sessions (see SharedContextTest).
        registry.add(
                "spring.autoconfigure.exclude",
                () -> "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
    }

    @Autowired
    protected MockMvc mockMvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private StaffUserService staffUsers;

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    /** GET as an anonymous patient. */
    protected MockHttpServletResponse anonymous(String path) throws Exception {
        return mockMvc.perform(get(path)).andReturn().getResponse();
    }

    protected Document anonymousPage(String path) throws Exception {
        MockHttpServletResponse response = anonymous(path);
        if (response.getStatus() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus());
        }
        return Jsoup.parse(response.getContentAsString());
    }

    /** GET as a signed-in staff member of the given session. */
    protected MockHttpServletResponse asStaff(MockHttpSession session, String path) throws Exception {
        return mockMvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    /** A new user with the given roles, signed in through the real form; returns the session. */
    protected MockHttpSession signedIn(StaffRole... roles) throws Exception {
        int n = COUNTER.incrementAndGet();
        String username = "editor-test-" + n + "-" + System.nanoTime() % 100000;
        staffUsers.createWithPassword("test", username, EnumSet.copyOf(List.of(roles)), PASSWORD);
        MvcResult result = mockMvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.99." + (n / 256 % 256) + "." + (n % 256));
                            return request;
                        })
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("/login")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
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

    /** An image as an upload stores it (a name the image address serves), so that pages can show it. */
    private static void storedImage(Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path writeContent(Path root) {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        ContentFixtures.write(root, "faqs.md", ContentFixtures.FAQS);
        ContentFixtures.write(root, "check.md", """
                ---
                title: Check your back pain
                last_reviewed: 2026-06-16
                reviewed_by: Dr. Ezra Miller, PT, DPT
                next_review_due: 2027-06-16
                red_flags_question: Do you have any of these?
                red_flags: [A fever]
                consult_question: Is any of this true?
                consult_signs: [It keeps coming back]
                ---
                Not a diagnosis.

                ## Call 911 now

                Go to the emergency department.

                ## Book a consultation

                A therapist can help.

                ## Look after yourself

                Keep moving gently.
                """);
        ContentFixtures.write(root, "blocks/booking-cta.md", ContentFixtures.BLOCK);
        // The red-flag check and box, written for the site and not reviewed yet.
        ContentFixtures.write(root, "blocks/red-flags.md", """
                ---
                title: Get help now if you have back pain and
                order: 1
                ---
                - loss of bladder or bowel control

                Call 911.
                """);
        ContentFixtures.write(root, "check.md", """
                ---
                title: Check your back pain
                based_on: Lower Back Muscle Spasms
                red_flags_question: Do you have back pain and any of these?
                red_flags: [Loss of bladder or bowel control]
                consult_question: Is any of this true?
                consult_signs: [It keeps coming back]
                ---
                Not a diagnosis.

                ## Call 911 now

                Go to the emergency department.

                ## Book a consultation

                A therapist can help.

                ## Look after your back at home

                Keep gently active.
                """);
        ContentFixtures.write(root, "exercises/pelvic-tilts.md", """
                ---
                title: Pelvic tilts
                summary: Strengthens the belly muscles.
                order: 1
                position: Lying on your back
                hold_seconds: 5
                repetitions: [10, 15]
                purpose: Strengthens abdominal muscles and eases a spasm.
                reviewed_by: Dr. Ezra Miller, PT, DPT
                last_reviewed: 2026-06-16
                next_review_due: 2027-06-16
                tags: [posture]
                ---
                1. Lie on your back.
                2. Tighten your **core**.
                3. Hold for 5 seconds.
                """);
        ContentFixtures.write(root, "articles/causes.md", """
                ---
                title: What causes muscle spasms?
                summary: Why your back muscles tighten into a spasm.
                order: 1
                reviewed_by: Dr. Ezra Miller, PT, DPT
                last_reviewed: 2026-06-16
                next_review_due: 2027-06-16
                tags: [causes, posture]
                ---
                A spasm is a protective response. Most spasms pass within days.

                Read [how long they last](/articles/duration), [the exercises](/exercises/pelvic-tilts),
                [a missing page](/articles/no-such-article), [a missing exercise](/exercises/no-such-exercise),
                [a question](/faq#what-drinks-help-back-spasms) and [a missing question](/faq#no-such-question).

                ![](/images/spine.png)

                ![A healthy spine](/images/healthy-0123456789.png)
                """);
        storedImage(root.resolve("images/healthy-0123456789.png"));
        ContentFixtures.write(root, "articles/duration.md", """
                ---
                title: How long do back spasms last?
                summary: Most get better within a few weeks.
                order: 2
                reviewed_by: Dr. Jo Test, PT
                last_reviewed: 2026-05-01
                next_review_due: 2027-05-01
                tags: [posture]
                ---
                Most episodes of back pain get better within six weeks.
                """);
        ContentFixtures.write(root, "articles/secret-draft.md", """
                ---
                title: Secret draft about spasms
                summary: Not ready for patients.
                draft: true
                tags: [posture, causes]
                ---
                This unfinished spasm page must never reach patients.
                """);
        ContentFixtures.write(root, "articles/coming-soon.md", """
                ---
                title: Winter spasm advice
                summary: Published on the first of December.
                publish_at: 2026-12-01T09:00
                tags: [posture]
                ---
                Cold weather and spasms: advice published later.
                """);
        ContentFixtures.write(root, "articles/last-chance.md", """
                ---
                title: Autumn spasm offer
                summary: Withdrawn on the first of December.
                expires_at: 2026-12-01T09:00
                ---
                An offer about spasms that ends soon.
                """);
        ContentFixtures.write(root, "articles/overdue.md", """
                ---
                title: Heat or ice?
                summary: Which helps a spasm more.
                reviewed_by: Dr. Jo Test, PT
                last_reviewed: 2025-01-10
                next_review_due: 2026-01-10
                ---
                Ice first, then heat. تشنج العضلات يزول عادة خلال أيام.
                """);
        ContentFixtures.write(root, "articles/symbols.md", """
                ---
                title: "Heat & ice <tips>"
                summary: Characters that HTML and XML must escape.
                reviewed_by: Dr. Jo Test, PT
                last_reviewed: 2026-03-02
                ---
                Plain advice.
                """);
        ContentFixtures.write(root, "articles/jargon.md", """
                ---
                title: Lumbar paraspinal hypertonicity
                summary: Written for clinicians, not patients.
                ---
                Musculoskeletal dysfunction necessitates individualised physiotherapeutic intervention
                incorporating progressive neuromuscular stabilisation.
                """);
        ContentFixtures.write(root, "articles/broken.md", """
                ---
                title: Broken page
                last_reviewed: 2026-13-01
                ---
                This page has a bad date.
                """);
        ContentFixtures.write(root, "exercises/draft-stretch.md", """
                ---
                title: Draft stretch
                summary: Not ready yet.
                draft: true
                position: Standing
                repetitions: 5
                purpose: Loosens the lower back.
                tags: [posture]
                ---
                1. Stand up.
                2. Reach up.
                """);
        return root;
    }
}
