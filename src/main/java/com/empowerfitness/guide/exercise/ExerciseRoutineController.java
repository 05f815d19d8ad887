package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.seo.PageDescription;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** All five exercises on one page: the follow-along routine and the printable home-exercise sheet. */
@Controller
class ExerciseRoutineController {

    static final String ROUTINE_VIEW = "exercise/routine";

    static final String PRINT_VIEW = "exercise/print";

    /** Days in the printed log: two weeks. */
    static final int LOG_DAYS = 14;

    private final ExerciseRepository exercises;

    private final ContentBlockRepository blocks;

    private final GuideProperties.Clinic clinic;

    private final Clock clock;

    private final Messages messages;

    ExerciseRoutineController(
            ExerciseRepository exercises,
            ContentBlockRepository blocks,
            GuideProperties.Clinic clinic,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.exercises = exercises;
        this.blocks = blocks;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping("/exercises/routine")
    String routine(Language language, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("exercises", exercises.findVisibleWithSteps(language.code(), now));
        model.addAttribute(
                PageDescription.ATTRIBUTE,
                PageDescription.webPage(
                        messages.get(language.locale(), "routine.heading"),
                        messages.get(language.locale(), "routine.description")));
        model.addAttribute("navSection", "exercises");
        model.addAttribute("navCurrent", "true");
        model.addAttribute("showStickyCta", true);
        return ROUTINE_VIEW;
    }

    @GetMapping("/exercises/print")
    String print(Language language, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("exercises", exercises.findVisibleWithSteps(language.code(), now));
        model.addAttribute(
                "redFlags",
                blocks.findVisible(language.code(), ContentBlock.RED_FLAGS, now).orElse(null));
        model.addAttribute("clinic", clinic);
        model.addAttribute("logDays", LOG_DAYS);
        model.addAttribute(
                PageDescription.ATTRIBUTE,
                PageDescription.webPage(
                        messages.get(language.locale(), "print.shareTitle"),
                        messages.get(language.locale(), "print.description")));
        model.addAttribute("navSection", "exercises");
        model.addAttribute("navCurrent", "true");
        return PRINT_VIEW;
    }
}
