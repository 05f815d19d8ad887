package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleContent;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.check.CheckContent;
import com.empowerfitness.guide.check.CheckPage;
import com.empowerfitness.guide.check.CheckPageRepository;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.exercise.ExerciseContent;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import com.empowerfitness.guide.faq.FaqPageContent;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.support.SharedContextTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The clinic's sample guide in the real {@code content/} folder claims no clinical review (none has happened) and
 * no authorship of the plain-language pages; every page made from the clinic's article says so instead.
 */
class SampleContentReviewClaimsTest extends SharedContextTest {

    private static final Path CONTENT = Path.of("content"); // Maven runs tests from the project root

    private static final String SOURCE_LINE = "Based on Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises"
            + " by Dr. Ezra Miller, PT, DPT, 16 June 2026";

    @Autowired
    ArticleRepository articles;

    @Autowired
    ExerciseRepository exercises;

    @Autowired
    ContentBlockRepository blocks;

    @Autowired
    CheckPageRepository checks;

    @Autowired
    LocalizedPaths localizedPaths;

    @Autowired
    Languages languages;

    private static Map<String, ProcessedContent.Meta> metaOfEveryFile() {
        ContentScanner.ScanResult scan = new ContentScanner(ContentFixtures.types()).scan(CONTENT);
        assertThat(scan.errors()).isEmpty();
        ContentProcessor processor = ContentFixtures.processor();
        Map<String, ProcessedContent.Meta> meta = new LinkedHashMap<>();
        for (ContentFile file : scan.files()) {
            ProcessedContent content = processor.process(file);
            meta.put(file.path(), metaOf(content));
        }
        return meta;
    }

    private static ProcessedContent.Meta metaOf(ProcessedContent content) {
        if (content instanceof ArticleContent a) {
            return a.meta();
        }
        if (content instanceof ExerciseContent e) {
            return e.meta();
        }
        if (content instanceof FaqPageContent f) {
            return f.meta();
        }
        if (content instanceof BlockContent b) {
            return b.meta();
        }
        return ((CheckContent) content).meta();
    }

    private List<String> publicPages() {
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/faq",
                "/exercises",
                "/exercises/routine",
                "/exercises/print",
                "/check",
                "/check/result?flag=0",
                "/check/result?sign=0",
                "/check/result"));
        // The Spanish edition's pages too, each at its address in its language.
        for (String path : List.copyOf(paths)) {
            localizedPaths.localize(languages.byCode("es"), path).ifPresent(paths::add);
        }
        articles.findAll()
                .forEach(a -> paths.add(localizedPaths
                        .localize(languages.byCode(a.getPage().getLanguage()), a.getUrl())
                        .orElseThrow()));
        exercises
                .findAll()
                .forEach(e -> paths.add(localizedPaths
                        .localize(languages.byCode(e.getPage().getLanguage()), e.getUrl())
                        .orElseThrow()));
        return paths;
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response =
                mockMvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void noSampleFileClaimsAReviewOrAnAuthor() {
        Map<String, ProcessedContent.Meta> meta = metaOfEveryFile();

        assertThat(meta).hasSizeGreaterThanOrEqualTo(19).containsKeys("check.md", "blocks/red-flags.md");
        meta.forEach((path, m) -> {
            assertThat(m.reviewedBy()).as(path).isNull();
            assertThat(m.lastReviewed()).as(path).isNull();
            assertThat(m.nextReviewDue()).as(path).isNull();
            assertThat(m.author()).as(path).isNull();
        });
    }

    @Test
    void everySampleFileButTheCheckNamesTheClinicsArticleAsItsSource() {
        Map<String, ProcessedContent.Meta> meta = metaOfEveryFile();

        meta.forEach((path, m) -> {
            if (path.equals("check.md") || path.equals("es/check.md")) {
                // Written for the site: its emergency advice goes beyond the article (see issue 16's audit).
                assertThat(m.basedOn()).as(path).isNull();
            } else {
                assertThat(m.basedOn())
                        .as(path)
                        .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
                assertThat(m.basedOnAuthor()).as(path).isEqualTo("Dr. Ezra Miller, PT, DPT");
                assertThat(m.basedOnDate()).as(path).hasToString("2026-06-16");
            }
        });
    }

    @Test
    void noStoredPageIsMarkedReviewed() {
        List<PageInfo> stored = new ArrayList<>();
        articles.findAll().forEach(a -> stored.add(a.getPage()));
        exercises.findAll().forEach(e -> stored.add(e.getPage()));
        blocks.findAll().forEach(b -> stored.add(b.getPage()));
        checks.findAll().stream().map(CheckPage::getPage).forEach(stored::add);

        assertThat(stored).hasSizeGreaterThanOrEqualTo(19);
        assertThat(stored).allSatisfy(page -> {
            assertThat(page.isReviewed()).as(page.getSourcePath()).isFalse();
            assertThat(page.getReviewedBy()).as(page.getSourcePath()).isNull();
            assertThat(page.getLastReviewed()).as(page.getSourcePath()).isNull();
        });
    }

    @Test
    void noPublicPageShowsPatientsOrSearchEnginesAReview() throws Exception {
        for (String path : publicPages()) {
            Document page = page(path);
            String text = page.text().toLowerCase(Locale.ROOT);

            assertThat(text).as(path).doesNotContain("reviewed by").doesNotContain("last reviewed");
            assertThat(page.select("script[type=application/ld+json]").html())
                    .as(path)
                    .doesNotContain("lastReviewed")
                    .doesNotContain("reviewedBy");
        }
    }

    @Test
    void thePagesMadeFromTheArticleSayWhatTheyAreBasedOnAndClaimNoAuthor() throws Exception {
        // The English pages (the Spanish ones say it in Spanish).
        List<String> paths = new ArrayList<>(List.of("/", "/faq"));
        articles.findAll().stream()
                .filter(a -> a.getPage().getLanguage().equals("en"))
                .map(Article::getSlug)
                .forEach(slug -> paths.add("/articles/" + slug));
        exercises.findAll().stream()
                .filter(e -> e.getPage().getLanguage().equals("en"))
                .map(Exercise::getSlug)
                .forEach(slug -> paths.add("/exercises/" + slug));

        for (String path : paths) {
            String meta = page(path).select(".page-meta").text();

            assertThat(meta).as(path).contains(SOURCE_LINE).doesNotContain("By Dr.");
        }
        assertThat(page("/check").select(".page-meta").text())
                .doesNotContain("Based on")
                .doesNotContain("Reviewed");
    }
}
