package com.empowerfitness.guide.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (bundled in the axe-core Selenium jar, no download) on the page the browser shows. */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: the site's target. Best-practice rules are not part of it. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {}

    /** Fails with one line per violated rule and element: rule id, impact, CSS target and axe's advice. */
    static void assertNoViolations(WebDriver driver, String context) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not run on " + context + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(context, violations));
        }
    }

    static String describe(String context, List<Rule> violations) {
        int count = violations.stream().mapToInt(rule -> rule.getNodes().size()).sum();
        StringBuilder text = new StringBuilder()
                .append(count)
                .append(" axe violation(s) (WCAG 2.2 A/AA) on ")
                .append(context)
                .append(':');
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n  - ")
                        .append(rule.getId())
                        .append(" [")
                        .append(node.getImpact())
                        .append("] ")
                        .append(target(node.getTarget()))
                        .append(": ")
                        .append(rule.getHelp());
            }
            text.append("\n    see ").append(rule.getHelpUrl());
        }
        return text.toString();
    }

    /** axe gives a list of selectors (one per frame or shadow root), sometimes nested. */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Axe::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
