package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent;
import java.util.List;

/** An article file, processed: what {@link Article} stores. */
public record ArticleContent(
        ContentFile file,
        String key,
        Integer keyLine,
        String title,
        String summary,
        Integer order,
        Meta meta,
        List<String> tags,
        int readingMinutes,
        int wordCount,
        String bodyHtml,
        List<Heading> toc)
        implements ProcessedContent {

    /** An h2 heading of a page: its anchor id and text. */
    public record Heading(String anchor, String text) {}
}
