package com.empowerfitness.guide.search;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the pages patients may see now, in Java: the guide has a few dozen pages whose plain text is stored
 * at load time, so this is fast and behaves the same on every database. A match in the title counts most, then
 * the summary, then the body; more matches rank higher.
 */
@Service
class SearchService {

    static final int TITLE_WEIGHT = 10;

    static final int SUMMARY_WEIGHT = 4;

    static final int BODY_WEIGHT = 1;

    static final int SNIPPET_WIDTH = 180;

    /** At most this many results are shown. */
    static final int MAX_RESULTS = 50;

    private final ArticleRepository articles;

    private final ExerciseRepository exercises;

    private final Clock clock;

    SearchService(ArticleRepository articles, ExerciseRepository exercises, Clock clock) {
        this.articles = articles;
        this.exercises = exercises;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SearchHit> search(String language, String normalisedQuery) {
        Highlighter words = Highlighter.of(normalisedQuery);
        if (words.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<SearchHit> hits = new ArrayList<>();
        for (Article a : articles.findVisible(language, now)) {
            hit(words, a.getUrl(), "Article", a.getTitle(), a.getSummary(), a.getSearchText(), hits);
        }
        for (Exercise e : exercises.findVisible(language, now)) {
            hit(words, e.getUrl(), "Exercise", e.getTitle(), e.getSummary(), e.getSearchText(), hits);
        }
        hits.sort(Comparator.comparingInt(SearchHit::score).reversed().thenComparing(SearchHit::title));
        return hits.size() > MAX_RESULTS ? List.copyOf(hits.subList(0, MAX_RESULTS)) : hits;
    }

    private static void hit(
            Highlighter words,
            String url,
            String kind,
            String title,
            String summary,
            String body,
            List<SearchHit> hits) {
        int score = TITLE_WEIGHT * words.count(title)
                + SUMMARY_WEIGHT * words.count(summary)
                + BODY_WEIGHT * words.count(body);
        if (score == 0) {
            return;
        }
        // The snippet comes from the body where it matches, else from the summary.
        String snippetSource = words.count(body) > 0 || summary == null ? body : summary;
        hits.add(new SearchHit(
                url, kind, score, title, words.segments(title), words.snippet(snippetSource, SNIPPET_WIDTH)));
    }
}
