package com.empowerfitness.guide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.support.EditorSiteTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Tags, related articles, search, the Atom feed, the sitemap and robots.txt: only pages patients may see. */
class FindingThingsTest extends EditorSiteTest {

    private static final List<String> HIDDEN = List.of("secret-draft", "coming-soon", "draft-stretch");

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** GET /search with q as the browser would send it (MockMvc encodes the parameter). */
    private MockHttpServletResponse search(String q) throws Exception {
        return mockMvc.perform(get("/search").param("q", q)).andReturn().getResponse();
    }

    private static org.w3c.dom.Document xml(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static List<Element> elements(org.w3c.dom.Document doc, String namespace, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String child(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    // --- tags and related articles ---

    @Test
    void aTagPageListsThePublishedArticlesAndExercisesOnThatTopic() throws Exception {
        Document page = anonymousPage("/tags/posture");

        assertThat(page.select("h1").text()).isEqualTo("Topic: posture");
        assertThat(page.select("main a").eachAttr("href"))
                .contains("/articles/causes", "/articles/duration", "/exercises/pelvic-tilts");
        assertThat(page.html())
                .doesNotContain(HIDDEN.get(0))
                .doesNotContain(HIDDEN.get(1))
                .doesNotContain(HIDDEN.get(2));
    }

    @Test
    void anUnknownOrHostileTagIsNotFound() throws Exception {
        assertThat(anonymous("/tags/no-such-topic").getStatus()).isEqualTo(404);
        assertThat(anonymous("/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E").getStatus())
                .isIn(400, 404);
    }

    @Test
    void articlesLinkTheirTagsAndShowPublishedRelatedArticles() throws Exception {
        Document causes = anonymousPage("/articles/causes");

        assertThat(causes.select(".tag-list a").eachAttr("href")).containsExactly("/tags/causes", "/tags/posture");
        assertThat(causes.select(".related a").eachAttr("href")).containsExactly("/articles/duration");

        clock.set(SWITCH_TIME);
        Document later = anonymousPage("/articles/causes");
        assertThat(later.select(".related a").eachAttr("href"))
                .containsExactlyInAnyOrder("/articles/duration", "/articles/coming-soon");
    }

    // --- review governance ---

    @Test
    void articlesAndExercisesShowWhoReviewedThemAndWhen() throws Exception {
        for (String path : List.of("/articles/causes", "/exercises/pelvic-tilts")) {
            String meta = anonymousPage(path).select(".page-meta").text();

            assertThat(meta)
                    .as(path)
                    .contains("Page last reviewed: 16 June 2026 · Next review due: 16 June 2027")
                    .contains("Reviewed by Dr. Ezra Miller, PT, DPT");
        }
    }

    @Test
    void onlyAReviewedPageClaimsItsReviewToPatientsAndSearchEngines() throws Exception {
        Document reviewed = anonymousPage("/articles/causes");
        Document unreviewed = anonymousPage("/articles/jargon");

        assertThat(reviewed.select("script[type=application/ld+json]").html())
                .contains("\"lastReviewed\":\"2026-06-16\"")
                .contains("\"reviewedBy\"");
        assertThat(unreviewed.select(".page-meta").text())
                .doesNotContain("Reviewed by")
                .doesNotContain("last reviewed");
        assertThat(unreviewed.select("script[type=application/ld+json]").html())
                .doesNotContain("lastReviewed")
                .doesNotContain("reviewedBy");
    }

    // --- search ---

    @Test
    void searchFindsPublishedPagesRankedTitleFirstWithMatchesMarked() throws Exception {
        Document page = anonymousPage("/search?q=spasm");

        List<String> urls = page.select(".search-results h3 a").eachAttr("href");
        assertThat(urls)
                .contains(
                        "/articles/causes",
                        "/articles/duration",
                        "/articles/last-chance",
                        "/articles/overdue",
                        "/exercises/pelvic-tilts");
        assertThat(urls).doesNotContain("/articles/secret-draft", "/articles/coming-soon", "/exercises/draft-stretch");
        // Titles that match come before pages that match only in the summary or body.
        assertThat(urls.indexOf("/articles/causes")).isLessThan(urls.indexOf("/articles/overdue"));
        assertThat(urls.indexOf("/articles/last-chance")).isLessThan(urls.indexOf("/exercises/pelvic-tilts"));
        assertThat(page.select(".search-results h3 mark").eachText()).contains("spasm");
        assertThat(page.select(".search-summary").text()).startsWith(urls.size() + " pages found for");
    }

    @Test
    void moreMatchesRankHigherWithinTheSameField() throws Exception {
        Document page = anonymousPage("/search?q=spasm+muscle");

        // "What causes muscle spasms?" matches both words in its title.
        assertThat(page.select(".search-results h3 a").eachAttr("href").get(0)).isEqualTo("/articles/causes");
    }

    @Test
    void matchesAreMarkedAfterEscapingTheText() throws Exception {
        MockHttpServletResponse response = anonymous("/search?q=tips");

        assertThat(response.getContentAsString()).contains("Heat &amp; ice &lt;<mark>tips</mark>&gt;");
    }

    @Test
    void anEmptyQueryShowsOnlyTheForm() throws Exception {
        for (String path : List.of("/search", "/search?q=", "/search?q=%20%20", "/search?q=a")) {
            Document page = anonymousPage(path);

            assertThat(page.select("input[name=q]")).as(path).hasSize(1);
            assertThat(page.select(".search-results li")).as(path).isEmpty();
        }
    }

    @Test
    void htmlInTheQueryIsShownAsTextNeverRun() throws Exception {
        MockHttpServletResponse response = search("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        Document page = Jsoup.parse(html);
        assertThat(page.select("input[name=q]").attr("value"))
                .isEqualTo("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        assertThat(page.select("script:not([type=application/ld+json])"))
                .as("no runnable script")
                .isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select(".search-summary bdi").text())
                .isEqualTo("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
    }

    @Test
    void sqlInTheQueryIsJustWords() throws Exception {
        MockHttpServletResponse response = search("' OR 1=1; DROP TABLE article; --");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(anonymous("/articles/causes").getStatus()).isEqualTo(200);
    }

    @Test
    void aTenThousandCharacterQueryIsCutAndAnswered() throws Exception {
        MockHttpServletResponse response = anonymous("/search?q=" + "spasm".repeat(2000));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("input[name=q]").attr("value")).hasSize(Highlighter.MAX_QUERY_LENGTH);
    }

    @Test
    void rightToLeftQueriesMatchAndAreIsolated() throws Exception {
        Document page = Jsoup.parse(search("تشنج").getContentAsString());

        assertThat(page.select(".search-results h3 a").eachAttr("href")).containsExactly("/articles/overdue");
        assertThat(page.select(".search-snippet mark").eachText()).containsExactly("تشنج");
        assertThat(page.select(".search-summary bdi").text()).isEqualTo("تشنج");
        assertThat(page.select("input[name=q]").attr("dir")).isEqualTo("auto");
    }

    // --- feed, sitemap, robots ---

    @Test
    void theFeedIsWellFormedAtomOfPublishedPagesWithAbsoluteLinks() throws Exception {
        MockHttpServletResponse response = anonymous("/feed.xml");

        assertThat(response.getContentType()).startsWith("application/atom+xml");
        org.w3c.dom.Document feed = xml(response);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        Map<String, Element> entries = new LinkedHashMap<>();
        for (Element entry : elements(feed, ATOM, "entry")) {
            entries.put(child(entry, ATOM, "id"), entry);
        }
        assertThat(entries.keySet()).allMatch(id -> id.startsWith(BASE_URL + "/"));
        assertThat(entries.keySet()).contains(BASE_URL + "/articles/causes", BASE_URL + "/exercises/pelvic-tilts");
        assertThat(entries.keySet()).noneMatch(id -> HIDDEN.stream().anyMatch(id::contains));
        Element causes = entries.get(BASE_URL + "/articles/causes");
        assertThat(child(causes, ATOM, "updated")).isEqualTo("2026-06-16T00:00:00Z");
        assertThat(((Element) causes.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo(BASE_URL + "/articles/causes");
        assertThat(child(entries.get(BASE_URL + "/articles/symbols"), ATOM, "title"))
                .isEqualTo("Heat & ice <tips>");
        assertThat(child(feed.getDocumentElement(), ATOM, "author")).contains("Empower Fitness");
    }

    @Test
    void theSitemapListsPublishedPagesWithTheirReviewDate() throws Exception {
        org.w3c.dom.Document sitemap = xml(anonymous("/sitemap.xml"));

        Map<String, String> lastmod = new LinkedHashMap<>();
        for (Element url : elements(sitemap, SITEMAP, "url")) {
            lastmod.put(child(url, SITEMAP, "loc"), child(url, SITEMAP, "lastmod"));
        }
        assertThat(lastmod)
                .containsEntry(BASE_URL + "/articles/causes", "2026-06-16")
                .containsEntry(BASE_URL + "/articles/duration", "2026-05-01")
                .containsEntry(BASE_URL + "/exercises/pelvic-tilts", "2026-06-16")
                .containsKey(BASE_URL + "/");
        assertThat(lastmod.keySet()).noneMatch(loc -> HIDDEN.stream().anyMatch(loc::contains));

        clock.set(SWITCH_TIME);
        List<String> later = elements(xml(anonymous("/sitemap.xml")), SITEMAP, "loc").stream()
                .map(Element::getTextContent)
                .toList();
        assertThat(later)
                .contains(BASE_URL + "/articles/coming-soon")
                .doesNotContain(BASE_URL + "/articles/last-chance");
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOutOfTheStaffArea() throws Exception {
        MockHttpServletResponse response = anonymous("/robots.txt");

        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString().lines())
                .contains(
                        "User-agent: *",
                        "Disallow: /staff/",
                        "Disallow: /login",
                        "Sitemap: " + BASE_URL + "/sitemap.xml");
    }
}
