package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.scheduling.TherapistRepository;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clinic set-up pages in a real browser, signed in as an administrator: every page passes axe at a phone's
 * width and a desktop's, and so does a form showing its errors. Nothing is saved (the context is shared).
 */
class ClinicSetupBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long administrator passphrase";

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    StaffUserService users;

    @Autowired
    TherapistRepository therapists;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    void theSetUpPagesAndAFormWithErrorsHaveNoWcagViolations(int width) {
        String username = "setup" + width + "-" + System.nanoTime() % 100000;
        this.users.createWithPassword("test", username, EnumSet.of(StaffRole.ADMIN), PASSWORD);
        browser.viewport(width == 390 ? ChromeBrowser.PHONE : new Dimension(width, 900));
        browser.open(url("/login"));
        browser.tabTo("#username");
        browser.press(username);
        browser.tabTo("#password");
        browser.press(PASSWORD);
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.driver().getCurrentUrl()).contains("/staff");

        long therapist = this.therapists.findAllByOrderByDisplayNameAsc().get(0).getId();
        for (String path : new String[] {
            "/staff/schedule/setup",
            "/staff/schedule/setup/types/new",
            "/staff/schedule/setup/therapists/new",
            "/staff/schedule/setup/therapists/" + therapist,
            "/staff/schedule/setup/therapists/" + therapist + "/hours/new",
            "/staff/schedule/setup/therapists/" + therapist + "/exceptions/new"
        }) {
            browser.open(url(path));
            Axe.assertNoViolations(browser.driver(), path + " at " + width + " px");
        }

        browser.open(url("/staff/schedule/setup/types/new"));
        browser.tabTo("#name");
        browser.press(Keys.chord(Keys.CONTROL, "a"));
        browser.press(Keys.DELETE);
        browser.tabTo("#duration");
        browser.press(Keys.chord(Keys.CONTROL, "a"));
        browser.press("7");
        browser.tabTo("main form button[type=submit]");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.driver().findElement(By.id("duration")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        Axe.assertNoViolations(browser.driver(), "a type form with errors at " + width + " px");
    }
}
