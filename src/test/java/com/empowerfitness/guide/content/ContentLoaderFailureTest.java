package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.exercise.ExerciseContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderFailureTest {

    @TempDir
    Path root;

    @Test
    void databaseFailureWhileStoringDoesNotStopTheSite() {
        ContentFixtures.writeGuide(root);
        ContentStore store = mock(ContentStore.class);
        given(store.store(any(), any(), any())).willThrow(new IllegalStateException("constraint violated"));
        ContentLoader loader = new ContentLoader(
                GuideProperties.defaults().withContentDir(root),
                new ContentScanner(ContentFixtures.types()),
                ContentFixtures.processor(),
                store,
                ContentFixtures.types(),
                event -> {});

        LoadReport report = loader.load();

        assertThat(report.added()).isZero();
        assertThat(report.errors())
                .last()
                .satisfies(error -> assertThat(error.reason()).contains("could not be stored"));
        then(store).should().replaceErrors(report.errors());
    }

    @Test
    void stepsAreTheTopLevelNumberedListNotOneInsideACallout() {
        ExerciseContent exercise =
                (ExerciseContent) ContentFixtures.processor().process(ContentFixtures.file("exercises/x.md", """
                        ---
                        title: X
                        position: Standing
                        purpose: Balance.
                        repetitions: 3
                        ---
                        !!! note "Before you start"
                            1. Warm up.

                        1. Stand tall.
                        2. Lift one foot.
                        """));

        assertThat(exercise.steps()).isEqualTo(List.of("Stand tall.", "Lift one foot."));
        assertThat(exercise.bodyHtml()).contains("Warm up.");
    }
}
