package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An appointment booked with the keyboard alone, /book to the confirmation, with axe run on every page on the
 * way, at a phone's width and a desktop's. The site runs on the real clock, so the first week with free times is
 * found the way a patient finds it: the "Next week" link.
 */
class AppointmentBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    void anAppointmentCanBeBookedWithTheKeyboardAloneAndEveryPagePassesAxe(int width) {
        browser.viewport(width == 390 ? ChromeBrowser.PHONE : new Dimension(width, 900));
        browser.open(url("/book"));
        Axe.assertNoViolations(browser.driver(), "/book at " + width + " px");

        browser.tabTo("a[href='/book/free-phone-consultation']");
        browser.press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/book/free-phone-consultation"));
        for (int week = 0;
                week < 4 && browser.driver().findElements(By.name("slot")).isEmpty();
                week++) {
            browser.tabTo(".week-nav a[href*='week=']:last-child");
            browser.press(Keys.ENTER);
            waitFor(d -> d.getCurrentUrl().contains("week="));
        }
        Axe.assertNoViolations(browser.driver(), "the times at " + width + " px");
        assertThat(browser.driver().findElements(By.cssSelector(".slot-day h2")))
                .as("each day is a heading")
                .isNotEmpty();

        WebElement first = browser.tabTo("input[name=slot]");
        WebElement chip = first.findElement(By.xpath("./ancestor::label[1]"));
        assertThat(chip.getSize().getHeight()).as("the chip's target height").isGreaterThanOrEqualTo(44);
        assertThat(chip.getCssValue("outline-style"))
                .as("the focused time shows its focus on the whole chip")
                .isNotEqualTo("none");
        browser.press(Keys.SPACE);
        assertThat(first.isSelected()).isTrue();
        String chosen = first.getDomAttribute("value");
        browser.tabTo("form.booking-form button[type=submit]");
        browser.press(Keys.ENTER);

        waitFor(d -> d.getCurrentUrl().contains("/details"));
        Axe.assertNoViolations(browser.driver(), "the details at " + width + " px");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("form[action='/book/appointment'] input[name=slot]"))
                        .getDomAttribute("value"))
                .isEqualTo(chosen);
        browser.tabTo("#name");
        browser.press("Kim Keyboard " + width);
        browser.tabTo("#phone");
        browser.press("555 123 4567");
        for (String flag :
                new String[] {"redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall"
                }) {
            browser.tabTo("#" + flag + "-yes");
            // Arrow keys move within a radio group and choose: from "yes" to "no".
            browser.press(Keys.ARROW_RIGHT);
            assertThat(browser.driver().findElement(By.id(flag + "-no")).isSelected())
                    .as(flag)
                    .isTrue();
        }
        browser.tabTo("#consent");
        browser.press(Keys.SPACE);
        browser.tabTo("form[action='/book/appointment'] button[type=submit]");
        browser.press(Keys.ENTER);

        waitFor(d -> d.getCurrentUrl().endsWith("/book/confirmed"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Appointment booked");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).containsPattern("AP-[A-Z0-9]{6}");
        Axe.assertNoViolations(browser.driver(), "the confirmation at " + width + " px");
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition::apply);
    }
}
