package com.empowerfitness.guide.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import com.empowerfitness.guide.article.ArticleAddresses;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.config.ClockConfiguration;
import com.empowerfitness.guide.content.IntRange;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.staff.SecurityConfig;
import com.empowerfitness.guide.staff.SecuritySliceBeans;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ExerciseController.class)
@Import({SecurityConfig.class, SecuritySliceBeans.class, ClockConfiguration.class, Messages.class})
class ExerciseControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ExerciseRepository exercises;

    @MockitoBean
    ContentBlockRepository blocks;

    @MockitoBean
    ArticleAddresses articleAddresses;

    private static Exercise exercise(String slug, int order, IntRange hold, IntRange reps) {
        return Exercise.from(ExerciseRepositoryTest.content(slug, order, false, hold, reps), Instant.now());
    }

    private Document page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void whenToStopLinksTheWhenToWorryArticleOnlyWhileTheGuideHasIt() throws Exception {
        Exercise tilts = exercise("tilts", 1, new IntRange(5, 5), new IntRange(10, 15));
        given(exercises.findVisibleBySlug(eq("en"), eq("tilts"), any())).willReturn(Optional.of(tilts));
        given(exercises.findVisible(eq("en"), any())).willReturn(List.of(tilts));
        given(articleAddresses.of(any(), eq(ExerciseController.WHEN_TO_WORRY)))
                .willReturn(Optional.of("/articles/when-to-worry"));

        assertThat(page("/exercises/tilts").select(".care-card a").eachAttr("href"))
                .containsExactly("/articles/when-to-worry");
        assertThat(page("/exercises").select(".exercise-safety a").eachAttr("href"))
                .containsExactly("/articles/when-to-worry");

        given(articleAddresses.of(any(), eq(ExerciseController.WHEN_TO_WORRY))).willReturn(Optional.empty());

        Document without = page("/exercises/tilts");
        assertThat(without.select(".care-card a")).isEmpty();
        assertThat(without.select(".care-card").text())
                .contains("Pain spreads.")
                .doesNotContain("does not ease");
        assertThat(page("/exercises").select(".exercise-safety").text())
                .contains("numbness or tingling.")
                .doesNotContain("When to worry");
    }

    @Test
    void unknownExerciseIsNotFound() {
        given(exercises.findVisibleBySlug(eq("en"), eq("handstand"), any())).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/exercises/handstand")).hasStatus(404);
    }

    @Test
    void exerciseShowsStepsFiguresPositionAndWhenToStop() throws Exception {
        Exercise tilts = exercise("tilts", 2, new IntRange(5, 5), new IntRange(10, 15));
        given(exercises.findVisibleBySlug(eq("en"), eq("tilts"), any())).willReturn(Optional.of(tilts));
        given(exercises.findVisible(eq("en"), any()))
                .willReturn(List.of(exercise("knee", 1, new IntRange(20, 30), null), tilts));

        Document page = page("/exercises/tilts");

        assertThat(page.select("h1").text()).isEqualTo("Title tilts");
        assertThat(page.select("ol.steps > li"))
                .extracting(e -> e.text())
                .containsExactly("Lie down.", "Bend one knee.");
        assertThat(page.select(".exercise-figures .figure-value"))
                .extracting(e -> e.text())
                .containsExactly("5", "10\u201315", "Both");
        assertThat(page.select(".exercise-facts").text())
                .contains("Lying on your back")
                .contains("Stretches.");
        assertThat(page.select(".care-card").text()).contains("Stop if").contains("Pain spreads.");
        assertThat(page.select(".pager a[rel=prev]").attr("href")).isEqualTo("/exercises/knee");
        assertThat(page.select(".breadcrumb").text()).contains("Exercise 2 of 2");
    }

    @Test
    void exerciseListShowsEveryExerciseInOrderWithHoldAndReps() throws Exception {
        given(exercises.findVisible(eq("en"), any()))
                .willReturn(List.of(
                        exercise("knee", 1, new IntRange(20, 30), null),
                        exercise("tilts", 2, new IntRange(5, 5), new IntRange(10, 15))));

        Document page = page("/exercises");

        assertThat(page.select(".exercise-list h2 a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("/exercises/knee", "/exercises/tilts");
        assertThat(page.select(".exercise-list > li").get(0).text()).contains("Hold 20\u201330 seconds");
        assertThat(page.select(".exercise-list > li").get(1).text()).contains("Repeat 10\u201315 times");
        assertThat(page.select(".site-nav a[aria-current=page]").text()).isEqualTo("Exercises");
    }
}
