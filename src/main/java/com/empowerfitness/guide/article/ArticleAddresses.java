package com.empowerfitness.guide.article;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where another feature's page links one of the guide's articles, named by its source file
 * ({@code articles/when-to-worry.md}): the article's translation in the page's language at that language's address,
 * else the article itself, else nothing. The translation's own slug comes from its file, so no message bundle has
 * to repeat it.
 */
@Component
public class ArticleAddresses {

    private final ArticleRepository articles;

    private final LocalizedPaths paths;

    private final Clock clock;

    ArticleAddresses(ArticleRepository articles, LocalizedPaths paths, Clock clock) {
        this.articles = articles;
        this.paths = paths;
        this.clock = clock;
    }

    /** The finished address (already in its language: write it with {@code th:href="${...}"}), if readable now. */
    public Optional<String> of(Language language, String sourcePath) {
        List<Article> versions = articles.findVisibleTranslations(sourcePath, LocalDateTime.now(clock));
        Optional<Article> inLanguage = versions.stream()
                .filter(article -> article.getPage().getLanguage().equals(language.code()))
                .findFirst();
        if (inLanguage.isPresent()) {
            return Optional.of(paths.link(language, inLanguage.get().getUrl()));
        }
        Language fallback = paths.languages().defaultLanguage();
        return versions.stream()
                .filter(article -> article.getPage().getLanguage().equals(fallback.code()))
                .findFirst()
                .map(article -> paths.link(fallback, article.getUrl()));
    }
}
