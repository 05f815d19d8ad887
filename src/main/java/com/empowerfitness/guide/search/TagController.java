package com.empowerfitness.guide.search;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.content.TagNames;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.PageAlternates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /tags/{tag}}: the published articles and exercises on one topic; 404 when there are none. */
@Controller
class TagController {

    static final String VIEW = "tags/show";

    private final ArticleRepository articles;

    private final ExerciseRepository exercises;

    private final Clock clock;

    TagController(ArticleRepository articles, ExerciseRepository exercises, Clock clock) {
        this.articles = articles;
        this.exercises = exercises;
        this.clock = clock;
    }

    @GetMapping("/tags/{tag}")
    String show(Language language, @PathVariable String tag, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        // Tags are words of each language: a tag page exists in its own language only.
        PageAlternates.put(model, Map.of(language.code(), "/tags/" + tag));
        String wanted = TagNames.address(tag);
        List<Article> taggedArticles = articles.findVisible(language.code(), now).stream()
                .filter(a -> has(a.getTags(), wanted))
                .toList();
        List<Exercise> taggedExercises = exercises.findVisible(language.code(), now).stream()
                .filter(e -> has(e.getTags(), wanted))
                .toList();
        if (taggedArticles.isEmpty() && taggedExercises.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // the topic as the pages write it ("estrés"), not as its address spells it ("estres")
        String name = java.util.stream.Stream.concat(
                        taggedArticles.stream().map(Article::getTags),
                        taggedExercises.stream().map(Exercise::getTags))
                .flatMap(List::stream)
                .filter(t -> TagNames.address(t).equals(wanted))
                .findFirst()
                .orElse(tag);
        model.addAttribute("tag", name);
        model.addAttribute("articles", taggedArticles);
        model.addAttribute("exercises", taggedExercises);
        model.addAttribute("navSection", "guide");
        model.addAttribute("navCurrent", "true");
        return VIEW;
    }

    /** Whether one of {@code tags} is the topic at the address {@code wanted}. */
    private static boolean has(List<String> tags, String wanted) {
        return tags.stream().anyMatch(t -> TagNames.address(t).equals(wanted));
    }
}
