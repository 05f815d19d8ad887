package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every public page is light: at most 60 KB transferred in all, nothing from other sites, no web fonts. */
class PageWeightBrowserTest extends BrowserTestSupport {

    static final long MAX_TRANSFERRED_BYTES = 60 * 1024;

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    /** Waits for the load event, then lists the page and each file it loaded with its size on the wire. */
    private static final String RESOURCES = """
            const done = arguments[arguments.length - 1];
            const report = () => setTimeout(() => done(
                performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({url: e.name, bytes: e.transferSize, type: e.initiatorType}))), 100);
            if (document.readyState === 'complete') { report(); } else { addEventListener('load', report); }
            """;

    @BeforeEach
    void noCache() {
        // A first visit: nothing comes from the cache, so transferSize counts every byte (compressed, with headers).
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.viewport(ChromeBrowser.PHONE);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void pageIsLightSelfHostedAndUsesSystemFonts(String path) {
        browser.open(url(path));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files =
                (List<Map<String, Object>>) browser.driver().executeAsyncScript(RESOURCES);
        long total = files.stream()
                .mapToLong(f -> ((Number) f.get("bytes")).longValue())
                .sum();
        String origin = url("/");

        assertThat(files).as("the page itself and its stylesheet at least").hasSizeGreaterThanOrEqualTo(2);
        assertThat(files)
                .as("every request goes to the site itself")
                .allSatisfy(f -> assertThat((String) f.get("url")).startsWith(origin));
        assertThat(total).as("bytes transferred for %s: %s", path, files).isBetween(1L, MAX_TRANSFERRED_BYTES);
        assertThat(((Number) browser.script("return document.fonts.size;")).intValue())
                .as("web fonts")
                .isZero();
    }
}
