package com.empowerfitness.guide.browser;

import java.util.List;

/** The public pages every browser test visits, at both widths. */
final class PublicPages {

    /**
     * Every public page, one example of each template. Add a page here and it is checked with axe, for the skip
     * link, visible focus, 200% text and reflow. Planned: "/", "/articles/causes", "/exercises",
     * "/exercises/knee-to-chest", "/exercises/routine", "/faq", "/book", "/check".
     */
    static final List<String> PATHS = List.of(
            "/no-such-page", "/", "/articles/causes", "/articles/when-to-worry", "/exercises",
            "/exercises/knee-to-chest", "/faq", "/book", "/privacy");

    private PublicPages() {
    }
}
