package com.empowerfitness.guide.block;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent;
import java.util.List;

/** A file stored as a {@link ContentBlock}: the home page, a reusable block, the FAQ page's introduction. */
public record BlockContent(
        ContentFile file,
        String key,
        Integer keyLine,
        String title,
        String summary,
        Integer order,
        Meta meta,
        Integer readingMinutes,
        List<String> highlights,
        String bodyHtml)
        implements ProcessedContent {}
