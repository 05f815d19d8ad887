package com.empowerfitness.guide.browser;

import java.util.List;

/** The public pages every browser test visits, at both widths. */
final class PublicPages {

    /**
     * Every public page, one example of each template. Add a page here and it is checked with axe, for the skip
     * link, visible focus, 200% text and reflow.
     */
    static final List<String> PATHS = List.of(
            "/",
            "/articles/causes",
            "/articles/when-to-worry",
            "/exercises",
            "/exercises/knee-to-chest",
            "/exercises/routine",
            "/exercises/print",
            "/faq",
            "/book",
            "/book/request",
            "/book/free-phone-consultation",
            "/privacy",
            "/check",
            "/check/result?flag=1&sign=0",
            "/check/result?sign=2",
            "/search?q=spasm",
            "/tags/posture",
            "/no-such-page");

    private PublicPages() {}
}
