package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The language note in a real browser whose languages are Spanish first: passes axe on a phone and a laptop,
 * moves nothing once the page has loaded, and is dismissed with JavaScript off.
 */
class LanguageSuggestionBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @BeforeEach
    void spanishFirst() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver()
                .executeCdpCommand(
                        "Network.setExtraHTTPHeaders",
                        Map.of("headers", Map.of("Accept-Language", "es-ES,es;q=0.9,en;q=0.8")));
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    @Test
    void theNoteIsInSpanishAboveTheHeaderAndPassesAxeOnAPhoneAndALaptop() {
        for (var size : List.of(ChromeBrowser.PHONE, ChromeBrowser.DESKTOP)) {
            browser.viewport(size);
            browser.open(url("/articles/causes"));

            WebElement note = browser.driver().findElement(By.cssSelector("aside.language-suggestion"));
            assertThat(note.getDomAttribute("lang")).isEqualTo("es");
            assertThat(note.isDisplayed()).isTrue();
            WebElement header = browser.driver().findElement(By.cssSelector("body > header"));
            assertThat(note.getRect().getY() + note.getRect().getHeight())
                    .as("above the header, in the flow")
                    .isLessThanOrEqualTo(header.getRect().getY());
            Axe.assertNoViolations(browser.driver(), "/articles/causes with the note at " + size.width + " px");
        }
    }

    @Test
    void theNoteMovesNothingAsThePageLoads() {
        browser.viewport(ChromeBrowser.PHONE);
        browser.open(url("/articles/causes"));

        // WebDriver waits for a returned promise: every shift since navigation (buffered), after a moment.
        Number shift = (Number) browser.script("""
                return new Promise(done => {
                  let total = 0;
                  new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
                  }).observe({type: 'layout-shift', buffered: true});
                  setTimeout(() => done(total), 500);
                });
                """);
        assertThat(browser.driver().findElements(By.cssSelector("aside.language-suggestion")))
                .hasSize(1);
        assertThat(shift.doubleValue()).as("cumulative layout shift").isZero();
    }

    @Test
    void withJavaScriptOffThePatientSaysNotToSuggestAgainAndThePageNoLongerDoes() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.driver().get(url("/articles/causes"));

        browser.driver()
                .findElement(By.cssSelector(".language-suggestion-dismiss"))
                .click();
        // a click starts the navigation and returns: wait for the next page, not a time
        waitFor(d -> d.getCurrentUrl().contains("/language-choice"));
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("es");
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        Axe.assertNoViolations(browser.driver(), "the language choice page");
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));

        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        waitFor(d -> !d.getCurrentUrl().contains("/language-choice"));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/articles/causes"));
        assertThat(browser.driver().findElements(By.cssSelector(".language-suggestion")))
                .isEmpty();
        browser.driver().get(url("/exercises"));
        assertThat(browser.driver().findElements(By.cssSelector(".language-suggestion")))
                .as("remembered on every page")
                .isEmpty();
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition::apply);
    }
}
