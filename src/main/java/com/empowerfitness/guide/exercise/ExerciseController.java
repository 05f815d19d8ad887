package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.article.ArticleAddresses;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.content.StaffPreview;
import com.empowerfitness.guide.content.Translations;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.seo.PageDescription;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The exercises, in the order the therapist set. */
@Controller
class ExerciseController {

    static final String LIST_VIEW = "exercise/list";

    static final String SHOW_VIEW = "exercise/show";

    /** The article the exercise pages send a patient to when the pain does not ease, in the page's language. */
    static final String WHEN_TO_WORRY = "articles/when-to-worry.md";

    private final ExerciseRepository exercises;

    private final ArticleAddresses articleAddresses;

    private final Messages messages;

    private final ContentBlockRepository blocks;

    private final Clock clock;

    ExerciseController(
            ExerciseRepository exercises,
            ContentBlockRepository blocks,
            ArticleAddresses articleAddresses,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.exercises = exercises;
        this.articleAddresses = articleAddresses;
        this.blocks = blocks;
        this.clock = clock;
    }

    @GetMapping("/exercises")
    String list(Language language, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        ContentBlock intro = blocks.findVisible(language.code(), ContentBlock.EXERCISES_INTRO, now)
                .orElse(null);
        model.addAttribute("intro", intro);
        model.addAttribute(
                PageDescription.ATTRIBUTE,
                intro != null
                        ? PageDescription.webPage(intro.getTitle(), intro.getSummary())
                        : PageDescription.webPage(messages.get(language.locale(), "exercise.heading"), null));
        model.addAttribute("exercises", exercises.findVisible(language.code(), now));
        model.addAttribute(
                "whenToWorryHref", articleAddresses.of(language, WHEN_TO_WORRY).orElse(null));
        model.addAttribute("navSection", "exercises");
        model.addAttribute("showStickyCta", true);
        return LIST_VIEW;
    }

    @GetMapping("/exercises/{slug}")
    String show(
            Language language,
            @PathVariable String slug,
            Model model,
            Authentication viewer,
            HttpServletResponse response) {
        LocalDateTime now = LocalDateTime.now(clock);
        Exercise exercise = exercises
                .findVisibleBySlug(language.code(), slug, now)
                .or(() -> StaffPreview.allowed(viewer)
                        ? exercises.findWithStepsBySlug(language.code(), slug)
                        : Optional.empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StaffPreview.describe(exercise.getPage(), now, model, response);
        Translations.describe(
                model,
                language,
                exercise,
                exercises.findVisibleTranslations(exercise.getPage().getTranslationKey(), now),
                Exercise::getPage,
                Exercise::getUrl);
        List<Exercise> all = exercises.findVisible(language.code(), now);
        int index = all.stream().map(Exercise::getSlug).toList().indexOf(exercise.getSlug());
        model.addAttribute("exercise", exercise);
        model.addAttribute("number", index + 1);
        model.addAttribute("total", all.size());
        model.addAttribute("previous", index > 0 ? all.get(index - 1) : null);
        model.addAttribute("next", index >= 0 && index < all.size() - 1 ? all.get(index + 1) : null);
        model.addAttribute(PageDescription.ATTRIBUTE, ExerciseSeo.describe(exercise));
        model.addAttribute(
                "whenToWorryHref", articleAddresses.of(language, WHEN_TO_WORRY).orElse(null));
        model.addAttribute("navSection", "exercises");
        model.addAttribute("navCurrent", "true"); // a page inside the section
        model.addAttribute("showStickyCta", true);
        return SHOW_VIEW;
    }
}
