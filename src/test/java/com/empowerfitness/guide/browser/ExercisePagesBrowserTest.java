package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real exercise pages built from {@code content/exercises/}: the follow-along timer on each exercise, the
 * routine through all five, and the printable sheet on at most two pages of A4 and of Letter.
 */
class ExercisePagesBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    /** What the content files say: title start, data-hold-seconds, data-reps, data-sides, data-mode. */
    private static final List<List<String>> ROUTINE = List.of(
            List.of("Supine knee-to-chest", "20-30", "1", "both", ""),
            List.of("Cat-cow", "30-60", "1", "none", "move"),
            List.of("Child", "30-60", "1", "none", ""),
            List.of("Pelvic tilt", "5", "10", "none", ""),
            List.of("Seated forward fold", "20-30", "1", "none", ""));

    /** A PDF page object ({@code /Type /Page}), not the page tree ({@code /Type /Pages}). */
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @BeforeEach
    void phone() {
        browser.viewport(ChromeBrowser.PHONE);
    }

    @AfterEach
    void scriptsBackOn() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private WebElement waitVisible(String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    /** Taps a control as a user would: scrolled to the middle of the screen, clear of the sticky booking bar. */
    private void tap(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    @Test
    void exercisePageShowsTheTimerWithTheHoldTimeAndSidesFromTheContent() {
        browser.open(url("/exercises/knee-to-chest"));
        WebElement timer = waitVisible(".exercise-timer");

        assertThat(timer.getDomAttribute("data-hold-seconds")).isEqualTo("20-30");
        assertThat(timer.getDomAttribute("data-sides")).isEqualTo("both");
        assertThat(timer.findElement(By.cssSelector(".timer-clock")).getText()).endsWith("0:30");
        assertThat(timer.findElement(By.cssSelector(".timer-side")).getText()).isEqualTo("Right side");
        assertThat(timer.findElement(By.cssSelector(".timer-start")).isDisplayed())
                .isTrue();
    }

    @Test
    void flowingExerciseTimesMovementNotAHold() {
        browser.open(url("/exercises/cat-cow"));
        WebElement timer = waitVisible(".exercise-timer");
        assertThat(timer.getDomAttribute("data-mode")).isEqualTo("move");

        tap(timer.findElement(By.cssSelector(".timer-start")));

        assertThat(timer.findElement(By.cssSelector(".timer-status")).getText())
                .startsWith("Keep moving for 60 seconds");
    }

    @Test
    void routineStepsThroughAllFiveInOrderWithTheirTimes() {
        browser.open(url("/exercises/routine"));
        waitVisible(".routine-nav");

        List<WebElement> steps = all(".routine-step");
        assertThat(steps).hasSize(ROUTINE.size());
        for (int i = 0; i < ROUTINE.size(); i++) {
            List<String> expected = ROUTINE.get(i);
            WebElement step = steps.get(i);
            assertThat(step.isDisplayed()).as("only step %d shows", i + 1).isTrue();
            assertThat(all(".routine-step")).filteredOn(WebElement::isDisplayed).hasSize(1);
            assertThat(step.findElement(By.tagName("h2")).getText()).startsWith((i + 1) + ". " + expected.get(0));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".routine-position"))
                            .getText())
                    .as("the position names the exercise once, without its number again")
                    .startsWith("Exercise " + (i + 1) + " of 5: " + expected.get(0));
            WebElement timer = step.findElement(By.cssSelector(".exercise-timer"));
            assertThat(timer.getDomAttribute("data-hold-seconds")).isEqualTo(expected.get(1));
            assertThat(timer.getDomAttribute("data-reps")).isEqualTo(expected.get(2));
            assertThat(timer.getDomAttribute("data-sides")).isEqualTo(expected.get(3));
            assertThat(String.valueOf(timer.getDomAttribute("data-mode")).replace("null", ""))
                    .isEqualTo(expected.get(4));
            assertThat(timer.isDisplayed()).isTrue();
            String max = expected.get(1).replaceAll(".*-", "");
            assertThat(timer.findElement(By.cssSelector(".timer-clock")).getText())
                    .endsWith(
                            String.format("0:%02d", Integer.parseInt(max) % 60).replace("0:00", "1:00"));
            if (i < ROUTINE.size() - 1) {
                tap(browser.driver().findElement(By.cssSelector(".routine-next")));
                assertThat(browser.activeElement().getText())
                        .as("focus moves to the next heading")
                        .startsWith((i + 2) + ". ");
            }
        }
        assertThat(browser.driver().findElement(By.cssSelector(".routine-next")).isEnabled())
                .isFalse();
    }

    @Test
    void withoutJavaScriptTheRoutineShowsEveryStepAndInstruction() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(url("/exercises/routine"));

        assertThat(all(".routine-step")).hasSize(5).allSatisfy(step -> {
            assertThat(step.isDisplayed()).isTrue();
            assertThat(step.findElements(By.cssSelector("ol.steps > li")))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(li -> assertThat(li.isDisplayed()).isTrue());
        });
        assertThat(all(".exercise-timer")).noneMatch(WebElement::isDisplayed);
        assertThat(all(".routine-nav")).isEmpty();
    }

    @Test
    void printSheetFitsOnTwoPagesOfA4AndOfLetter() {
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url("/exercises/print"));
        for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
            PrintOptions options = new PrintOptions();
            options.setShrinkToFit(false); // as printed at 100 %, not scaled down to fit
            options.setPageSize(size);
            options.setBackground(false);
            String pdf = new String(
                    Base64.getDecoder().decode(browser.driver().print(options).getContent()),
                    StandardCharsets.ISO_8859_1);
            long pages = PDF_PAGE.matcher(pdf).results().count();
            assertThat(pages)
                    .as("pages at %s x %s cm", size.getWidth(), size.getHeight())
                    .isBetween(1L, 2L);
        }
    }

    @Test
    void printSheetHoldsTheExercisesLogRedFlagsAndContact() {
        browser.open(url("/exercises/print"));

        assertThat(all(".print-exercise h2"))
                .extracting(WebElement::getText)
                .hasSize(5)
                .first()
                .asString()
                .startsWith("Supine knee-to-chest");
        assertThat(all(".log-table tbody tr"))
                .hasSize(5)
                .allSatisfy(row -> assertThat(row.findElements(By.cssSelector(".tick-box")))
                        .hasSize(14));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".print-red-flags"))
                        .getText())
                .contains("loss of bladder or bowel control")
                .contains("Call 911");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".print-contact"))
                        .getText())
                .contains("(555) 010-0199")
                .contains("hello@empowerfitness.example");
    }
}
