package com.empowerfitness.guide.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.article.ArticleContent.Heading;
import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ArticleRepositoryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);

    @Autowired
    ArticleRepository articles;

    @Autowired
    EntityManager entityManager;

    static ArticleContent content(
            String slug, Integer order, boolean draft, LocalDateTime publishAt, LocalDateTime expiresAt) {
        Meta meta = new Meta("Dr. Ezra Miller", "PT, DPT", null, null, null, null, draft, publishAt, expiresAt);
        return new ArticleContent(
                new ContentFile("articles/" + slug + ".md", "x", "h-" + slug),
                slug,
                null,
                "Title " + slug,
                "Summary " + slug,
                order,
                meta,
                List.of("a", "b"),
                2,
                300,
                "<p>Body</p>",
                List.of(new Heading("one", "One"), new Heading("two", "Two")));
    }

    private void store(ArticleContent... contents) {
        for (ArticleContent content : contents) {
            articles.save(Article.from(content, Instant.now()));
        }
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void contentsListIsInEditorsOrderWithUnorderedLast() {
        store(
                content("c", 2, false, null, null),
                content("z", null, false, null, null),
                content("a", 1, false, null, null),
                content("b", 2, false, null, null));

        assertThat(articles.findVisibleLinks("en", NOW))
                .extracting(ArticleLink::slug)
                .containsExactly("a", "b", "c", "z");
    }

    @Test
    void draftsFuturePagesAndExpiredPagesAreHidden() {
        store(
                content("live", 1, false, NOW.minusDays(1), NOW.plusDays(1)),
                content("draft", 2, true, null, null),
                content("future", 3, false, NOW.plusMinutes(1), null),
                content("expired", 4, false, null, NOW));

        assertThat(articles.findVisibleLinks("en", NOW))
                .extracting(ArticleLink::slug)
                .containsExactly("live");
        assertThat(articles.findVisibleBySlug("en", "draft", NOW)).isEmpty();
        assertThat(articles.findVisibleBySlug("en", "future", NOW)).isEmpty();
        assertThat(articles.findVisibleBySlug("en", "future", NOW.plusMinutes(1)))
                .isPresent();
        assertThat(articles.findVisibleBySlug("en", "expired", NOW)).isEmpty();
        assertThat(articles.findByPageLanguageAndSlug("en", "draft")).isPresent();
    }

    @Test
    void visibleArticleComesWithItsContentsListAndTags() {
        store(content("causes", 1, false, null, null));

        Article article = articles.findVisibleBySlug("en", "causes", NOW).orElseThrow();
        entityManager.clear(); // the page is rendered outside the session (open-in-view is off)

        assertThat(article.getToc()).extracting(TocEntry::getHeading).containsExactly("One", "Two");
        assertThat(article.getTags()).containsExactly("a", "b");
        assertThat(article.getPage().getAuthorCredentials()).isEqualTo("PT, DPT");
    }
}
