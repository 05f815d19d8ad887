package com.empowerfitness.guide.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.IntRange;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ExerciseRepositoryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);

    @Autowired
    ExerciseRepository exercises;

    @Autowired
    EntityManager entityManager;

    static ExerciseContent content(String slug, int order, boolean draft, IntRange hold, IntRange reps) {
        Meta meta = new Meta(null, null, null, null, null, null, draft, null, null);
        return new ExerciseContent(
                new ContentFile("exercises/" + slug + ".md", "x", "h"),
                slug,
                null,
                "Title " + slug,
                null,
                order,
                meta,
                List.of(),
                "Lying on your back",
                hold,
                null,
                reps,
                "both",
                "Stretches.",
                "Pain spreads.",
                List.of("Lie down.", "Bend one knee."),
                "");
    }

    @Test
    void exercisesAreListedInOrderWithoutDrafts() {
        exercises.save(Exercise.from(content("b", 2, false, new IntRange(5, 5), null), Instant.now()));
        exercises.save(Exercise.from(content("a", 1, false, new IntRange(20, 30), null), Instant.now()));
        exercises.save(Exercise.from(content("draft", 3, true, new IntRange(5, 5), null), Instant.now()));
        entityManager.flush();
        entityManager.clear();

        assertThat(exercises.findVisible("en", NOW))
                .extracting(Exercise::getSlug)
                .containsExactly("a", "b");
    }

    @Test
    void visibleExerciseComesWithItsStepsInOrderAndItsFigures() {
        exercises.save(
                Exercise.from(content("tilts", 1, false, new IntRange(5, 5), new IntRange(10, 15)), Instant.now()));
        entityManager.flush();
        entityManager.clear();

        Exercise exercise = exercises.findVisibleBySlug("en", "tilts", NOW).orElseThrow();
        entityManager.clear();

        assertThat(exercise.getSteps()).containsExactly("Lie down.", "Bend one knee.");
        assertThat(exercise.getHoldFigure()).isEqualTo("5");
        assertThat(exercise.getRepsFigure()).isEqualTo("10\u201315");
        assertThat(exercise.getMoveFigure()).isNull();
        assertThat(exercise.isBothSides()).isTrue();
    }
}
