package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JSON-LD is a data block, not a script: the Content-Security-Policy ({@code script-src 'self'}, no inline
 * scripts) must not report it. A listener installed before the page's own parsing records every CSP violation.
 */
class StructuredDataBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    private static final String RECORD_VIOLATIONS = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline')));
            """;

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.script("return window.__csp;");
    }

    @Test
    void jsonLdCausesNoContentSecurityPolicyViolation() {
        Map<String, Object> added = browser.driver()
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        try {
            for (String path : List.of("/", "/articles/when-to-worry", "/exercises/knee-to-chest", "/faq")) {
                browser.open(url(path));
                assertThat(browser.script(
                                "return document.querySelectorAll('script[type=\"application/ld+json\"]').length"))
                        .as(path)
                        .isEqualTo(1L);
                assertThat(violations()).as("CSP violations on " + path).isEmpty();
            }
            // The listener works: an inline script, which the policy forbids, is reported.
            browser.script("const s = document.createElement('script'); s.textContent = 'window.__ran = 1;';"
                    + " document.body.appendChild(s);");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> !violations().isEmpty());
            assertThat(violations()).first().asString().startsWith("script-src");
            assertThat(browser.script("return window.__ran === undefined")).isEqualTo(true);
        } finally {
            browser.driver()
                    .executeCdpCommand(
                            "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }
}
