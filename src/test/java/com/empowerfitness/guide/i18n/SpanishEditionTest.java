package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Spanish edition's addresses and content on a small fixture guide (a temporary folder with its own Git
 * history and database): hreflang pairs, the language switcher, pages in one language only, the awaiting-review
 * note, accent-folded search per language, the Spanish feed, the sitemap's alternates, the stale-translation mark
 * on /staff/content, and English pages as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpanishEditionTest {

    static final String BASE = "https://guide.example.org";

    static final String PASSWORD = "correct horse battery staple";

    /** The English article as it was translated (committed to the history), and as it is now on disk. */
    static final String CAUSES_AS_TRANSLATED = ContentFixtures.ARTICLE;

    static final String CAUSES_NOW = ContentFixtures.ARTICLE.replace(
            "Stress makes muscles tense.", "Stress makes muscles tense, and so does poor sleep.");

    private static final Path DATA_DIR = tempDir("es-db-");

    private static final Path GIT_DIR = DATA_DIR.resolve("content.git");

    private static final Path CONTENT_DIR = writeContent(tempDir("es-content-"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.watch", () -> "false");
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
        registry.add("guide.base-url", () -> BASE);
        registry.add("guide.page-cache.enabled", () -> "false");
        registry.add(
                "spring.autoconfigure.exclude",
                () -> "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    StaffUserService staffUsers;

    // --- hreflang and the switcher ---

    @Test
    void aTranslatedArticleAndItsOriginalNameEachOtherAndTheEnglishAsDefault() throws Exception {
        Map<String, String> expected = Map.of(
                "en", BASE + "/articles/causes",
                "es", BASE + "/es/articulos/causas",
                "x-default", BASE + "/articles/causes");
        assertThat(hreflang(page("/articles/causes"))).isEqualTo(expected);
        assertThat(hreflang(page("/es/articulos/causas"))).isEqualTo(expected);
        assertThat(page("/es/articulos/causas").select("link[rel=canonical]").attr("href"))
                .isEqualTo(BASE + "/es/articulos/causas");
    }

    @Test
    void theSwitcherLeadsToTheSamePageInTheOtherLanguage() throws Exception {
        Element toSpanish = page("/articles/causes").selectFirst(".language-switcher a");
        assertThat(toSpanish.attr("href")).isEqualTo("/es/articulos/causas");
        assertThat(toSpanish.attr("lang")).isEqualTo("es");
        assertThat(page("/articles/causes").select(".language-switcher .language-note"))
                .isEmpty();

        Element toEnglish = page("/es/articulos/causas").selectFirst(".language-switcher a");
        assertThat(toEnglish.attr("href")).isEqualTo("/articles/causes");
        assertThat(toEnglish.attr("lang")).isEqualTo("en");
    }

    @Test
    void withoutATranslationTheSwitcherLeadsToTheOtherLanguagesHomeWithANote() throws Exception {
        Document english = page("/articles/english-only");
        assertThat(english.selectFirst(".language-switcher a").attr("href")).isEqualTo("/es/");
        assertThat(english.select(".language-switcher .language-note")).hasSize(1);
        assertThat(hreflang(english))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("en", BASE + "/articles/english-only", "x-default", BASE + "/articles/english-only"));
    }

    @Test
    void aPageInSpanishOnlyExistsOnlyUnderItsSpanishAddress() throws Exception {
        Document spanish = page("/es/articulos/solo-espanol");
        assertThat(spanish.select("h1").text()).isEqualTo("Solo en español");
        assertThat(hreflang(spanish))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "es", BASE + "/es/articulos/solo-espanol",
                        "x-default", BASE + "/es/articulos/solo-espanol"));
        assertThat(spanish.selectFirst(".language-switcher a").attr("href")).isEqualTo("/");
        assertThat(anonymous("/articles/solo-espanol").getStatus()).isEqualTo(404);
        assertThat(anonymous("/es/articulos/english-only").getStatus()).isEqualTo(404);
        assertThat(anonymous("/es/articles/causas").getStatus()).isEqualTo(404);
    }

    @Test
    void listPagesExistInEveryLanguageUnderTheirOwnAddresses() throws Exception {
        Document exercises = page("/es/ejercicios");
        assertThat(hreflang(exercises))
                .containsEntry("en", BASE + "/exercises")
                .containsEntry("es", BASE + "/es/ejercicios")
                .containsEntry("x-default", BASE + "/exercises");
        // Links built by the templates from default-language paths lead to the Spanish pages.
        assertThat(exercises.select("main a").eachAttr("href")).contains("/es/ejercicios/basculacion-pelvica");
        assertThat(page("/es").select("html").attr("lang")).isEqualTo("es");
        assertThat(page("/es").select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/es/");
        assertThat(page("/").select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
    }

    // --- language and review of the page ---

    @Test
    void spanishPagesAreMarkedSpanishAndAnUnreviewedTranslationSaysSo() throws Exception {
        Document article = page("/es/articulos/causas");
        assertThat(article.select("html").attr("lang")).isEqualTo("es");
        assertThat(article.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(article.select(".translation-note")).hasSize(1);
        assertThat(article.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"es\"");

        // The Spanish home page names its clinical review: no note.
        assertThat(page("/es/").select(".translation-note")).isEmpty();
        assertThat(page("/articles/causes").select(".translation-note")).isEmpty();
    }

    // --- English pages unchanged ---

    @Test
    void englishPagesKeepTheirAddressesAndShowOnlyEnglishPages() throws Exception {
        Document home = page("/");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".guide-contents a").eachAttr("href"))
                .contains("/articles/causes", "/articles/english-only")
                .noneMatch(href -> href.startsWith("/es"));
        assertThat(home.select("h1").text()).isEqualTo("Lower Back Muscle Spasms");
        Document article = page("/articles/causes");
        assertThat(article.select("h1").text()).isEqualTo("What causes muscle spasms?");
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles/causes");
        assertThat(article.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"en\"");

        Document spanishHome = page("/es/");
        assertThat(spanishHome.select("h1").text()).isEqualTo("Espasmos musculares de la espalda baja");
        assertThat(spanishHome.select(".guide-contents a").eachAttr("href"))
                .contains("/es/articulos/causas", "/es/articulos/solo-espanol")
                .doesNotContain("/articles/english-only", "/es/articulos/english-only");
    }

    // --- search, feed, sitemap ---

    @Test
    void spanishSearchFoldsAccentsAndCaseAndFindsOnlySpanishPages() throws Exception {
        assertThat(searchHits("/es/buscar", "musculo")).contains("/es/articulos/causas");
        assertThat(searchHits("/es/buscar", "MÚSCULO")).contains("/es/articulos/causas");
        assertThat(searchHits("/es/buscar", "espalda")).contains("/es/articulos/causas");
        assertThat(searchHits("/es/buscar", "stress")).isEmpty();
        assertThat(searchHits("/search", "musculo")).isEmpty();
        assertThat(searchHits("/search", "stress")).containsExactly("/articles/causes");
        // The matched word is marked as the page writes it.
        Document results = Jsoup.parse(mockMvc.perform(get("/es/buscar").param("q", "musculo"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(results.select("mark").eachText()).contains("músculo");
    }

    @Test
    void theSpanishFeedListsSpanishPagesAtTheirSpanishAddresses() throws Exception {
        String spanish = anonymous("/es/feed.xml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish)
                .contains(BASE + "/es/articulos/causas")
                .contains(BASE + "/es/ejercicios/basculacion-pelvica")
                .contains("xml:lang=\"es\"")
                .doesNotContain(BASE + "/articles/causes\"");
        String english = anonymous("/feed.xml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains(BASE + "/articles/causes").doesNotContain("/es/");
    }

    @Test
    void theSitemapListsEachPageWithItsAlternates() throws Exception {
        org.w3c.dom.Document sitemap = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(
                        anonymous("/sitemap.xml").getContentAsByteArray()));
        Map<String, Map<String, String>> alternates = new LinkedHashMap<>();
        org.w3c.dom.NodeList urls =
                sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
                    .item(0)
                    .getTextContent();
            Map<String, String> links = new LinkedHashMap<>();
            org.w3c.dom.NodeList xhtml = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            for (int j = 0; j < xhtml.getLength(); j++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) xhtml.item(j);
                links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(loc, links);
        }
        Map<String, String> causes = Map.of(
                "en", BASE + "/articles/causes",
                "es", BASE + "/es/articulos/causas",
                "x-default", BASE + "/articles/causes");
        assertThat(alternates.get(BASE + "/articles/causes")).isEqualTo(causes);
        assertThat(alternates.get(BASE + "/es/articulos/causas")).isEqualTo(causes);
        assertThat(alternates.get(BASE + "/es/ejercicios")).containsEntry("en", BASE + "/exercises");
        // A page in one language only has no alternates.
        assertThat(alternates.get(BASE + "/articles/english-only")).isEmpty();
        assertThat(alternates.get(BASE + "/es/articulos/solo-espanol")).isEmpty();
    }

    // --- stale translations ---

    @Test
    void staffSeeWhichTranslationsTheirSourceChangedSinceAndWhatChanged() throws Exception {
        MockHttpSession session = signedIn(StaffRole.EDITOR);
        MockHttpServletResponse response = mockMvc.perform(get("/staff/content").session(session))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

        Element causas = page.getElementById("file-es-articles-causas-md");
        assertThat(causas.select(".translation-state").text())
                .contains("Translation of articles/causes.md")
                .contains("not yet reviewed by a clinician");
        assertThat(causas.select(".tag-stale").text()).isEqualTo("source changed since translation");
        assertThat(causas.select(".translation-diff").text())
                .contains("-Stress makes muscles tense.")
                .contains("+Stress makes muscles tense, and so does poor sleep.");

        Element exercise = page.getElementById("file-es-exercises-basculacion-pelvica-md");
        assertThat(exercise.select(".tag-stale")).isEmpty();
        assertThat(exercise.select(".tag-current").text()).isEqualTo("up to date with its source");

        Element home = page.getElementById("file-es-home-md");
        assertThat(home.select(".translation-state").text()).contains("reviewed by a clinician");
        assertThat(home.select(".translation-state").text()).doesNotContain("not yet");
    }

    @Test
    void theLinkCheckChecksEachLinkInTheLanguageOfItsAddress() throws Exception {
        MockHttpSession session = signedIn(StaffRole.EDITOR);
        Document page = Jsoup.parse(mockMvc.perform(get("/staff/content").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.getElementById("file-es-articles-enlaces-md")
                        .select(".health-links li")
                        .eachText())
                .containsExactlyInAnyOrder(
                        "/es/articulos/no-existe (no such page)",
                        "/es/ejercicios/pelvic-tilts (no such page)",
                        "/es/articles/causas (no such page)",
                        "/articles/causas (no such page)",
                        "/es/preguntas-frecuentes#no-existe (no such question)");
        assertThat(page.getElementById("file-es-articles-causas-md").select(".health-links li"))
                .isEmpty();
    }

    // --- helpers ---

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mockMvc.perform(get(path)).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = anonymous(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> hreflang(Document page) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) {
            links.put(link.attr("hreflang"), link.attr("href"));
        }
        return links;
    }

    private java.util.List<String> searchHits(String path, String q) throws Exception {
        String html = mockMvc.perform(get(path).param("q", q))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("main h3 a").eachAttr("href");
    }

    private MockHttpSession signedIn(StaffRole role) throws Exception {
        String username = "es-editor-" + System.nanoTime() % 100000;
        staffUsers.createWithPassword("test", username, EnumSet.of(role), PASSWORD);
        MvcResult result = mockMvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).doesNotContain("/login");
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

    private static String blob(String text) {
        return ContentRepository.revisionOf(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path writeContent(Path root) {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        ContentFixtures.write(root, "faqs.md", ContentFixtures.FAQS);
        ContentFixtures.write(root, "blocks/booking-cta.md", ContentFixtures.BLOCK);
        ContentFixtures.write(root, "articles/causes.md", CAUSES_AS_TRANSLATED);
        ContentFixtures.write(root, "exercises/pelvic-tilts.md", ContentFixtures.EXERCISE);
        ContentFixtures.write(root, "articles/english-only.md", """
                ---
                title: Only in English
                order: 5
                ---
                This page has no translation.
                """);
        // The history holds the English article as it was translated; then it changes on disk.
        try (Git git = Git.init()
                .setGitDir(GIT_DIR.toFile())
                .setDirectory(root.toFile())
                .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setAuthor("content folder", "content@example.org")
                    .setCommitter("content folder", "content@example.org")
                    .setMessage("English guide")
                    .call();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        ContentFixtures.write(root, "articles/causes.md", CAUSES_NOW);
        ContentFixtures.write(root, "es/home.md", """
                ---
                title: Espasmos musculares de la espalda baja
                translation_of: home.md
                source_revision: %s
                last_reviewed: 2026-06-16
                reviewed_by: Dr. Ezra Miller, PT, DPT
                highlights:
                  - La mayoría de los espasmos vienen del uso excesivo.
                ---
                Los espasmos de la espalda baja pueden aparecer sin aviso.
                """.formatted(blob(ContentFixtures.HOME)));
        ContentFixtures.write(root, "es/articles/causas.md", """
                ---
                title: ¿Qué causa los espasmos musculares?
                summary: Por qué se tensan los músculos de su espalda.
                order: 2
                translation_of: articles/causes.md
                source_revision: %s
                tags: [causas]
                ---
                El músculo de la Espalda se tensa para protegerse.
                """.formatted(blob(CAUSES_AS_TRANSLATED)));
        ContentFixtures.write(root, "es/articles/solo-espanol.md", """
                ---
                title: Solo en español
                order: 6
                ---
                Esta página solo existe en español.
                """);
        // Links for the staff link check: each address is checked in its own language.
        ContentFixtures.write(root, "es/articles/enlaces.md", """
                ---
                title: Enlaces
                order: 7
                ---
                Bien: [causas](/es/articulos/causas), [ejercicio](/es/ejercicios/basculacion-pelvica),
                [rutina](/es/ejercicios/rutina), [reservar](/es/reservar), [en inglés](/articles/causes).

                Mal: [no existe](/es/articulos/no-existe), [slug inglés](/es/ejercicios/pelvic-tilts),
                [palabras inglesas](/es/articles/causas), [slug español](/articles/causas),
                [pregunta](/es/preguntas-frecuentes#no-existe).
                """);
        ContentFixtures.write(
                root, "es/exercises/basculacion-pelvica.md", """
                ---
                title: Basculación pélvica
                summary: Fortalece los músculos del abdomen.
                order: 4
                position: Acostado boca arriba
                hold_seconds: 5
                repetitions: [10, 15]
                sides: none
                purpose: Fortalece los músculos abdominales.
                translation_of: exercises/pelvic-tilts.md
                source_revision: %s
                ---
                1. Acuéstese boca arriba.
                2. Apriete el abdomen.
                """.formatted(blob(ContentFixtures.EXERCISE)));
        return root;
    }
}
