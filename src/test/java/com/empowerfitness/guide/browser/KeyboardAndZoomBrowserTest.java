package com.empowerfitness.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Keyboard use, visible focus, enlarged text and reduced motion on every public page (WCAG 2.4.1, 2.4.7, 1.4.4, 1.4.10). */
class KeyboardAndZoomBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    /** Lists elements that stick out to the right of the viewport, i.e. the cause of horizontal scrolling. */
    private static final String OVERFLOW_REPORT = """
            const root = document.documentElement;
            const width = root.clientWidth;
            const culprits = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
            return {scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), clientWidth: width,
                    culprits: culprits.join(', ')};
            """;

    private static final String FOCUS_BASELINE = """
            const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color'];
            window.__focusProps = props;
            window.__styleOf = el => { const cs = getComputedStyle(el); return props.map(p => cs.getPropertyValue(p)); };
            const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
            window.__baseline = new Map([...document.querySelectorAll(focusable)].map(el => [el, window.__styleOf(el)]));
            window.__seen = new Set();
            if (document.activeElement) { document.activeElement.blur(); }
            """;

    /** For the focused element: null when focus left the page or came round again, else whether it looks focused. */
    private static final String FOCUS_CHECK = """
            const el = document.activeElement;
            if (!el || el === document.body || window.__seen.has(el)) { return null; }
            window.__seen.add(el);
            const before = window.__baseline.get(el) || [];
            const now = window.__styleOf(el);
            const outline = now[0] !== 'none' && parseFloat(now[1]) >= 2 && !/rgba\\(.*, 0\\)$|transparent/.test(now[2]);
            const shadow = now[3] !== 'none' && now[3] !== before[3];
            const background = now[4] !== before[4];
            const text = (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40);
            return {visible: outline || shadow || background,
                    element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + text + '"'};
            """;

    @AfterEach
    void resetMedia() {
        browser.prefersReducedMotion(false);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void skipLinkIsFirstTabStopAndMovesFocusToMain(String path) {
        browser.viewport(ChromeBrowser.PHONE);
        browser.open(url(path));

        browser.tab();
        WebElement first = browser.activeElement();
        assertThat(first.getDomAttribute("class")).as("first Tab stop").contains("skip-link");
        assertThat(first.isDisplayed()).as("skip link shown when focused").isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.script(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top};", first);
        assertThat(box.get("left").doubleValue())
                .as("skip link on screen when focused")
                .isGreaterThanOrEqualTo(0);
        assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(0);

        browser.press(Keys.ENTER);

        assertThat(browser.activeElement().getDomAttribute("id"))
                .as("focus on <main> after the skip link (give it tabindex=\"-1\")")
                .isEqualTo("main-content");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void everyTabStopShowsVisibleFocus(String path) {
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url(path));
        browser.script(FOCUS_BASELINE);

        List<String> invisible = new ArrayList<>();
        int stops = 0;
        for (int i = 0; i < 150; i++) {
            browser.tab();
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) browser.script(FOCUS_CHECK);
            if (focus == null) {
                break;
            }
            stops++;
            if (!Boolean.TRUE.equals(focus.get("visible"))) {
                invisible.add((String) focus.get("element"));
            }
        }

        assertThat(stops).as("Tab stops on " + path).isGreaterThanOrEqualTo(3);
        assertThat(invisible)
                .as("Tab stops without a visible focus indicator on " + path)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void textAt200PercentNeedsNoHorizontalScrolling(String path) {
        browser.viewport(ChromeBrowser.DESKTOP);
        browser.open(url(path));
        double before = fontSizeOfMain();

        browser.script("document.documentElement.style.fontSize = '200%';");

        assertThat(fontSizeOfMain()).as("text really doubled").isEqualTo(before * 2);
        assertNoHorizontalScrolling(path + " with 200% text at 1280 px");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void contentReflowsAt320CssPixels(String path) {
        // 320 CSS px is a 1280 px screen zoomed to 400%, the width WCAG 1.4.10 asks content to reflow into.
        browser.viewport(new Dimension(320, 640), false);
        browser.open(url(path));

        assertNoHorizontalScrolling(path + " at 320 px");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.empowerfitness.guide.browser.PublicPages#PATHS")
    void reducedMotionLeavesNothingAnimated(String path) {
        browser.viewport(ChromeBrowser.PHONE);
        browser.prefersReducedMotion(true);
        browser.open(url(path));

        Object moving = browser.script("""
                return [...document.querySelectorAll('*')].filter(el => {
                    const cs = getComputedStyle(el);
                    const seconds = v => Math.max(...v.split(',').map(s => parseFloat(s) || 0));
                    return (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0)
                        || seconds(cs.transitionDuration) > 0;
                }).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')).slice(0, 5);
                """);
        assertThat((List<?>) moving)
                .as("animated elements under prefers-reduced-motion on " + path)
                .isEmpty();
    }

    private double fontSizeOfMain() {
        return Double.parseDouble(
                ((String) browser.script("return getComputedStyle(document.querySelector('main')).fontSize;"))
                        .replace("px", ""));
    }

    private void assertNoHorizontalScrolling(String context) {
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) browser.script(OVERFLOW_REPORT);
        assertThat(((Number) report.get("scrollWidth")).intValue())
                .as("page width on %s (sticking out: %s)", context, report.get("culprits"))
                .isLessThanOrEqualTo(((Number) report.get("clientWidth")).intValue());
    }
}
