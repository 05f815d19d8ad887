package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The booking form in a real browser: its error state passes axe, and it can be sent with the keyboard alone. */
class BookingBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    void formShowingErrorsHasNoWcagViolations(int width) {
        browser.viewport(width == 390 ? ChromeBrowser.PHONE : new Dimension(width, 900));
        browser.open(url("/book/request"));
        WebElement submit = browser.driver().findElement(By.cssSelector("form.booking-form button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        WebElement name = browser.driver().findElement(By.id("name"));
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getDomAttribute("aria-describedby")).isEqualTo("name-error");
        Axe.assertNoViolations(browser.driver(), "/book/request with errors at " + width + " px");
    }

    @Test
    void consultationCanBeBookedWithTabSpaceAndEnterAlone() {
        browser.viewport(ChromeBrowser.PHONE);
        browser.open(url("/book/request"));

        browser.tabTo("#name");
        browser.press("Alex Keyboard");
        browser.tabTo("#email");
        browser.press("alex.keyboard@example.com");
        browser.tabTo("#consent");
        browser.press(Keys.SPACE);
        assertThat(browser.driver().findElement(By.id("consent")).isSelected()).isTrue();
        browser.tabTo("form.booking-form button[type=submit]");
        browser.press(Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/book/confirmation/"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Request sent");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).containsPattern("EF-[A-Z0-9]{6}");
    }
}
