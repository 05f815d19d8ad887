package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.seo.PageDescription;
import com.empowerfitness.guide.seo.PublishedPage;
import com.empowerfitness.guide.seo.PublishedPageSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How articles describe themselves to search engines, the feed and the sitemap (seo knows no article). */
@Component
@Order(1)
class ArticleSeo implements PublishedPageSource {

    private final ArticleRepository articles;

    ArticleSeo(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<PublishedPage> publishedPages(String language, LocalDateTime now) {
        return articles.findVisible(language, now).stream()
                .map(a -> new PublishedPage(
                        path(a),
                        a.getTitle(),
                        a.getSummary(),
                        a.getPage().getLastReviewed(),
                        a.getPage().getUpdatedAt().atOffset(ZoneOffset.UTC),
                        language,
                        a.getPage().getTranslationKey()))
                .toList();
    }

    /** A medical web page with its review, last changed when its entity was stored. */
    static PageDescription describe(Article article) {
        PageInfo info = article.getPage();
        return new PageDescription(
                article.getTitle(),
                article.getSummary(),
                path(article),
                info == null ? null : info.getUpdatedAt(),
                new PageDescription.MedicalWebPage(PageDescription.Review.of(info)));
    }

    private static String path(Article article) {
        return article.getUrl();
    }
}
