package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent;
import java.util.List;

/**
 * {@code check.md}: the red-flag questionnaire. The questions come from the front matter, the three outcome
 * texts (emergency, book a consultation, self-care) from the body's three {@code ##} sections, in that order.
 */
public record CheckContent(
        ContentFile file,
        String title,
        String summary,
        Meta meta,
        String introHtml,
        String redFlagsQuestion,
        List<String> redFlags,
        String consultQuestion,
        List<String> consultSigns,
        String emergencyTitle,
        String emergencyHtml,
        String consultTitle,
        String consultHtml,
        String selfCareTitle,
        String selfCareHtml)
        implements ProcessedContent {

    @Override
    public String key() {
        return "check";
    }

    @Override
    public Integer keyLine() {
        return null;
    }
}
