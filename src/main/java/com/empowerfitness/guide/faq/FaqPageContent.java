package com.empowerfitness.guide.faq;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent;
import java.util.List;

/** {@code faqs.md}, processed: the page's title and introduction, and one entry per question. */
public record FaqPageContent(
        ContentFile file, String title, String summary, Meta meta, String introHtml, List<FaqEntry> entries)
        implements ProcessedContent {

    /** One {@code ## Question} heading and the answer under it. */
    public record FaqEntry(String question, String anchor, String answerHtml) {}

    @Override
    public String key() {
        return "faqs";
    }

    @Override
    public Integer keyLine() {
        return null;
    }
}
