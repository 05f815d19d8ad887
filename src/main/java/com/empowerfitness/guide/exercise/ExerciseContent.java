package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.IntRange;
import com.empowerfitness.guide.content.ProcessedContent;
import java.util.List;

/** An exercise file, processed: what {@link Exercise} stores. */
public record ExerciseContent(
        ContentFile file,
        String key,
        Integer keyLine,
        String title,
        String summary,
        Integer order,
        Meta meta,
        List<String> tags,
        String position,
        IntRange hold,
        IntRange move,
        IntRange repetitions,
        String sides,
        String purpose,
        String stopIf,
        List<String> steps,
        String bodyHtml)
        implements ProcessedContent {}
