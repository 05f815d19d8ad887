package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The articles and exercises patients may see now, as the feed and the sitemap list them. */
@Component
class PublishedPages {

    /** One page: its path, title, summary, review date and when it last changed. */
    record Page(String path, String title, String summary, LocalDate lastReviewed, OffsetDateTime updated) {

        /** The date search engines and feed readers are told: the review date, else the last change. */
        LocalDate lastModified() {
            return lastReviewed != null ? lastReviewed : updated.toLocalDate();
        }
    }

    private final ArticleRepository articles;

    private final ExerciseRepository exercises;

    private final Clock clock;

    PublishedPages(ArticleRepository articles, ExerciseRepository exercises, Clock clock) {
        this.articles = articles;
        this.exercises = exercises;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Page> now() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Page> pages = new ArrayList<>();
        for (Article a : articles.findVisible(now)) {
            pages.add(page(a.getUrl(), a.getTitle(), a.getSummary(), a.getPage()));
        }
        for (Exercise e : exercises.findVisible(now)) {
            pages.add(page(e.getUrl(), e.getTitle(), e.getSummary(), e.getPage()));
        }
        return pages;
    }

    private Page page(String path, String title, String summary, PageInfo info) {
        return new Page(
                path,
                title,
                summary,
                info.getLastReviewed(),
                info.getUpdatedAt().atOffset(ZoneOffset.UTC));
    }
}
