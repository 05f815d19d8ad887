package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Zero axe violations for WCAG 2.2 A and AA on every public page, on a phone and on a laptop. */
class AccessibilityBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    static Stream<Arguments> pagesAtBothWidths() {
        return PublicPages.PATHS.stream()
                .flatMap(path -> Stream.of(ChromeBrowser.PHONE, ChromeBrowser.DESKTOP)
                        .map(size -> Arguments.of(path, size.width, size.height)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtBothWidths")
    void pageHasNoWcagViolations(String path, int width, int height) {
        browser.viewport(new Dimension(width, height));
        browser.open(url(path));

        Axe.assertNoViolations(browser.driver(), path + " at " + width + " px");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void pageHasLanguageTitleAndLandmarks(String path) {
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url(path));

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(path.startsWith("/es/") ? "es" : "en");
        assertThat(browser.driver().getTitle()).as("title").isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("main#main-content")))
                .as("one main")
                .hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("body > header")))
                .as("banner")
                .hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("nav[aria-label]")))
                .as("labelled nav")
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("body > footer")))
                .as("contentinfo")
                .hasSize(1);
        assertThat(browser.driver().findElements(By.tagName("h1"))).as("one h1").hasSize(1);
    }

    /** Proves the harness can fail: a page with known faults must produce a readable report. */
    @Test
    void axeReportsEachViolationWithRuleImpactAndTarget() {
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url("/axe-bad-fixture.html"));

        assertThatThrownBy(() -> Axe.assertNoViolations(browser.driver(), "the faulty fixture"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("on the faulty fixture")
                .hasMessageContaining("image-alt [critical] #photo")
                .hasMessageContaining("label [critical] #unlabelled")
                .hasMessageContaining("link-name [serious] #empty-link");
    }
}
