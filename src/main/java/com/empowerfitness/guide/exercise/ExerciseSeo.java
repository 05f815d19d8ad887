package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.seo.PageDescription;
import com.empowerfitness.guide.seo.PublishedPage;
import com.empowerfitness.guide.seo.PublishedPageSource;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How exercises describe themselves to search engines, the feed and the sitemap (seo knows no exercise). */
@Component
@Order(2)
class ExerciseSeo implements PublishedPageSource {

    private final ExerciseRepository exercises;

    ExerciseSeo(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    @Override
    public List<PublishedPage> publishedPages(String language, LocalDateTime now) {
        return exercises.findVisible(language, now).stream()
                .map(e -> new PublishedPage(
                        path(e),
                        e.getTitle(),
                        e.getSummary(),
                        e.getPage().getLastReviewed(),
                        e.getPage().getUpdatedAt().atOffset(ZoneOffset.UTC),
                        language,
                        e.getPage().getTranslationKey()))
                .toList();
    }

    /** A how-to with its steps and time; described by its summary, else its purpose. */
    static PageDescription describe(Exercise exercise) {
        PageInfo info = exercise.getPage();
        return new PageDescription(
                exercise.getTitle(),
                exercise.getSummary() != null ? exercise.getSummary() : exercise.getPurpose(),
                path(exercise),
                info == null ? null : info.getUpdatedAt(),
                new PageDescription.HowTo(exercise.getSteps(), totalTime(exercise), PageDescription.Review.of(info)));
    }

    /**
     * The longest time through: the longest hold (or movement) times the most repetitions, on each side.
     * Null when the exercise has no time.
     */
    static Duration totalTime(Exercise exercise) {
        Integer seconds = exercise.getHoldMax() != null ? exercise.getHoldMax() : exercise.getMoveMax();
        if (seconds == null) {
            return null;
        }
        int reps = exercise.getRepsMax() != null ? exercise.getRepsMax() : 1;
        int sides = exercise.isBothSides() ? 2 : 1;
        return Duration.ofSeconds((long) seconds * reps * sides);
    }

    private static String path(Exercise exercise) {
        return exercise.getUrl();
    }
}
