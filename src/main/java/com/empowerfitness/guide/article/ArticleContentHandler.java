package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentHandler;
import com.empowerfitness.guide.content.ContentKind;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.ProcessedContent.ArticleContent;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Stores {@code articles/*.md}. */
@Component
public class ArticleContentHandler implements ContentHandler {

    private final ArticleRepository articles;

    ArticleContentHandler(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.ARTICLE);
    }

    @Override
    public Map<String, String> storedHashes() {
        return articles.findAll().stream()
                .collect(Collectors.toMap(
                        a -> a.getPage().getSourcePath(), a -> a.getPage().getContentHash()));
    }

    @Override
    public void remove(String sourcePath) {
        articles.findByPageSourcePath(sourcePath).ifPresent(articles::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        ArticleContent article = (ArticleContent) content;
        Optional<Article> sameSlug = articles.findBySlug(article.key());
        if (sameSlug.isPresent() && !sameSlug.get().getPage().getSourcePath().equals(article.path())) {
            return Optional.of(new ContentError(
                    article.path(),
                    article.keyLine(),
                    null,
                    "the slug `"
                            + article.key() + "` is still used by the last good version of "
                            + sameSlug.get().getPage().getSourcePath()
                            + "; fix that file or give this one another slug"));
        }
        Optional<Article> existing = articles.findByPageSourcePath(article.path());
        existing.ifPresentOrElse(a -> a.update(article, now), () -> articles.save(Article.from(article, now)));
        return Optional.empty();
    }
}
