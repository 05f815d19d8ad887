package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.ContentKind;
import com.empowerfitness.guide.content.ProcessedContent.ArticleContent;
import com.empowerfitness.guide.content.SluggedPageHandler;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Stores {@code articles/*.md}. */
@Component
public class ArticleContentHandler extends SluggedPageHandler<Article, ArticleContent> {

    ArticleContentHandler(ArticleRepository articles) {
        super(ContentKind.ARTICLE, ArticleContent.class, articles);
    }

    @Override
    protected Article create(ArticleContent content, Instant now) {
        return Article.from(content, now);
    }

    @Override
    protected void update(Article stored, ArticleContent content, Instant now) {
        stored.update(content, now);
    }
}
