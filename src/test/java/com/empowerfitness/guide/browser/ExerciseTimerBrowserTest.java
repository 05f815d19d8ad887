package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The follow-along timer (js/exercise-timer.js) on a fixture page that uses the exercise pages' markup. */
class ExerciseTimerBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    /** Records every message of each live region, to check what a screen reader would hear and how often. */
    private static final String RECORD_ANNOUNCEMENTS = """
            window.__heard = [];
            document.querySelectorAll('[aria-live]').forEach(region => new MutationObserver(() => {
                if (region.textContent) { window.__heard.push(region.closest('[id]').id + ': ' + region.textContent); }
            }).observe(region, {childList: true, characterData: true, subtree: true}));
            window.__shown = [];
            const clock = document.querySelector('#single .timer-clock-value');
            new MutationObserver(() => window.__shown.push(clock.textContent))
                .observe(clock, {childList: true, characterData: true, subtree: true});
            """;

    /** Lets a test move the page's clock forward instead of waiting (the timer reads performance.now()). */
    private static final String CONTROLLABLE_CLOCK = """
            const realNow = performance.now.bind(performance);
            let offset = 0;
            performance.now = () => realNow() + offset;
            window.__advance = seconds => { offset += seconds * 1000; };
            """;

    @BeforeEach
    void phone() {
        browser.viewport(ChromeBrowser.PHONE);
    }

    @AfterEach
    void resetEmulation() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.prefersReducedMotion(false);
    }

    private void openFixture() {
        browser.open(url("/timer-fixture.html"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("single")).isDisplayed());
        browser.script(RECORD_ANNOUNCEMENTS);
    }

    private WebElement in(String sectionId, String css) {
        return browser.driver().findElement(By.cssSelector("#" + sectionId + " " + css));
    }

    @SuppressWarnings("unchecked")
    private List<String> heard() {
        return (List<String>) browser.script("return window.__heard;");
    }

    private void waitForStatus(String sectionId, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> in(sectionId, ".timer-status").getText().contains(text));
    }

    @Test
    void withoutJavaScriptTheTimerStaysHiddenAndTheInstructionsShow() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(url("/timer-fixture.html"));

        assertThat(browser.driver().findElement(By.id("single")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("instructions")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".routine-step")))
                .as("every routine step readable")
                .allSatisfy(step -> assertThat(step.isDisplayed()).isTrue());
        assertThat(browser.driver().findElements(By.cssSelector(".timer-start, .routine-nav")))
                .isEmpty();
    }

    @Test
    void holdTimerStartsCountsDownAndAnnouncesDoneAndTheRep() {
        openFixture();
        assertThat(in("single", ".timer-clock").getDomProperty("textContent")).isEqualTo("Time left: 0:02");
        assertThat(in("single", ".timer-side").getText()).isEqualTo("Right side");
        assertThat(in("single", ".timer-reps").getText()).isEqualTo("Rep 0 of 2");

        in("single", ".timer-start").click();
        waitForStatus("single", "Done");

        assertThat(in("single", ".timer-status").getText()).isEqualTo("Done, release slowly. Rep 1 of 2.");
        assertThat((List<Object>) browser.script("return window.__shown;"))
                .as("the clock counted down")
                .contains("0:01");
        assertThat(in("single", ".timer-reps").getText()).isEqualTo("Rep 1 of 2");
        assertThat(in("single", ".timer-clock").getText())
                .as("ready for the next rep")
                .endsWith("0:02");
        assertThat(in("single", ".timer-start").getText()).isEqualTo("Start");
        assertThat(heard())
                .as("announced at start and end only, not every second")
                .containsExactly(
                        "single: Hold for 2 seconds, right side.", "single: Done, release slowly. Rep 1 of 2.");
    }

    @Test
    void timerWorksWithTheKeyboardAlone() {
        openFixture();

        browser.tabTo("#long .timer-start");
        browser.press(Keys.SPACE);
        assertThat(in("long", ".timer-status").getText()).isEqualTo("Hold for 30 seconds.");
        assertThat(in("long", ".timer-start").getText()).isEqualTo("Pause");
        browser.press(Keys.SPACE);
        assertThat(in("long", ".timer-status").getText()).matches("Paused, (30|29|28) seconds left\\.");
        assertThat(in("long", ".timer-start").getText()).isEqualTo("Resume");
        browser.tabTo("#long .timer-rep");
        browser.press(Keys.ENTER);

        assertThat(in("long", ".timer-reps").getText()).isEqualTo("Rep 1 of 1");
        assertThat(in("long", ".timer-status").getText()).isEqualTo("Rep 1 of 1. All done, well done.");
    }

    @Test
    void repCounterCountsAndTellsWhenToSwitchSides() {
        openFixture();
        WebElement plusOne = in("single", ".timer-rep");

        plusOne.click();
        assertThat(in("single", ".timer-reps").getText()).isEqualTo("Rep 1 of 2");
        plusOne.click();

        assertThat(in("single", ".timer-status").getText()).isEqualTo("Rep 2 of 2. Now switch to your left side.");
        assertThat(in("single", ".timer-side").getText()).isEqualTo("Left side");
        assertThat(in("single", ".timer-reps").getText()).isEqualTo("Rep 0 of 2");
        plusOne.click();
        plusOne.click();
        assertThat(in("single", ".timer-status").getText()).isEqualTo("Rep 2 of 2. All done, well done.");

        in("single", ".timer-reset").click();
        assertThat(in("single", ".timer-side").getText()).isEqualTo("Right side");
        assertThat(in("single", ".timer-reps").getText()).isEqualTo("Rep 0 of 2");
    }

    @Test
    void longHoldIsAnnouncedAtStartHalfwayFiveSecondsLeftAndDoneOnly() {
        openFixture();
        browser.script(CONTROLLABLE_CLOCK);

        in("long", ".timer-start").click();
        browser.script("window.__advance(16);");
        waitForStatus("long", "Halfway");
        browser.script("window.__advance(9);");
        waitForStatus("long", "5 seconds left");
        in("long", ".timer-start").click();
        assertThat(in("long", ".timer-status").getText()).matches("Paused, [1-5] seconds? left\\.");
        in("long", ".timer-start").click();
        browser.script("window.__advance(6);");
        waitForStatus("long", "Done");

        assertThat(heard()).hasSize(6).element(0).isEqualTo("long: Hold for 30 seconds.");
        assertThat(heard().get(1)).matches("long: Halfway, 1[0-4] seconds left\\.");
        assertThat(heard().get(2)).isEqualTo("long: 5 seconds left.");
        assertThat(heard().get(5)).isEqualTo("long: Done, release slowly. Rep 1 of 1. All done, well done.");
    }

    @Test
    void routineShowsOneExerciseAtATimeWithItsOwnTimer() {
        openFixture();
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("#routine .routine-step"));
        WebElement next = browser.driver().findElement(By.cssSelector("#routine .routine-next"));
        WebElement previous = browser.driver().findElement(By.cssSelector("#routine .routine-prev"));

        assertThat(steps).extracting(WebElement::isDisplayed).containsExactly(true, false, false);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".routine-position"))
                        .getText())
                .isEqualTo("Exercise 1 of 3: Knee-to-chest");
        assertThat(previous.isEnabled()).isFalse();
        assertThat(steps.get(0).findElement(By.cssSelector(".timer-clock")).getText())
                .endsWith("0:30");

        next.click();

        assertThat(steps).extracting(WebElement::isDisplayed).containsExactly(false, true, false);
        assertThat(browser.activeElement().getText())
                .as("focus moves to the new exercise")
                .isEqualTo("Cat-cow");
        assertThat(steps.get(1).findElement(By.cssSelector(".timer-reps")).getText())
                .isEqualTo("Rep 0 of 10");
        steps.get(1).findElement(By.cssSelector(".timer-start")).click();
        assertThat(steps.get(1).findElement(By.cssSelector(".timer-status")).getText())
                .isEqualTo("Keep moving for 30 seconds.");
        next.click();
        assertThat(steps.get(2).findElements(By.cssSelector(".timer-start")))
                .as("reps only, no hold")
                .isEmpty();
        assertThat(next.isEnabled()).isFalse();
        previous.click();
        assertThat(steps).extracting(WebElement::isDisplayed).containsExactly(false, true, false);
    }

    @Test
    void rangeHoldSaysWhenTheShortestHoldIsReached() {
        openFixture();
        browser.script(CONTROLLABLE_CLOCK);
        WebElement first = browser.driver().findElement(By.cssSelector("#routine .routine-step"));

        first.findElement(By.cssSelector(".timer-start")).click();
        browser.script("window.__advance(21);");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                .until(d -> first.findElement(By.cssSelector(".timer-status"))
                        .getText()
                        .startsWith("20 seconds done"));
        assertThat(first.findElement(By.cssSelector(".timer-status")).getText())
                .isEqualTo("20 seconds done. Keep going to 30 if it feels comfortable.");
    }

    @Test
    void controlsAreBigEnoughToTapAndThePageHasNoAxeViolations() {
        openFixture();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> small = (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('.exercise-timer button, .routine-nav button')]
                    .filter(b => b.offsetParent !== null)
                    .map(b => ({text: b.textContent, w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height}))
                    .filter(b => b.w < 44 || b.h < 44);
                """);
        assertThat(small).as("buttons smaller than 44 x 44 px").isEmpty();
        Axe.assertNoViolations(browser.driver(), "the timer fixture");
    }

    @Test
    void clockAnimatesOnlyWhenMotionIsWelcome() {
        openFixture();
        String motion = (String) browser.script(
                "return getComputedStyle(document.querySelector('#single .timer-clock')).transitionDuration;");
        browser.prefersReducedMotion(true);
        String reduced = (String) browser.script(
                "return getComputedStyle(document.querySelector('#single .timer-clock')).transitionDuration;");

        assertThat(motion).isNotEqualTo("0s");
        assertThat(reduced).isEqualTo("0s");
    }
}
