package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.content.ContentCheck;

/**
 * What the editor's preview shows: the page as the pipeline renders it (sanitized, with callouts) and the checks
 * the content page would show for it.
 */
record PreviewReport(String title, String html, ContentHealth.Measures measures) {

    static PreviewReport of(ContentCheck.Result result, ContentHealth health) {
        if (result.html() == null) {
            return new PreviewReport(result.title(), null, null);
        }
        return new PreviewReport(result.title(), result.html(), health.measure(result.html()));
    }
}
