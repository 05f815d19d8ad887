package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.ContentKind;
import com.empowerfitness.guide.content.ProcessedContent.ExerciseContent;
import com.empowerfitness.guide.content.SluggedPageHandler;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Stores {@code exercises/*.md}. */
@Component
public class ExerciseContentHandler extends SluggedPageHandler<Exercise, ExerciseContent> {

    ExerciseContentHandler(ExerciseRepository exercises) {
        super(ContentKind.EXERCISE, ExerciseContent.class, exercises);
    }

    @Override
    protected Exercise create(ExerciseContent content, Instant now) {
        return Exercise.from(content, now);
    }

    @Override
    protected void update(Exercise stored, ExerciseContent content, Instant now) {
        stored.update(content, now);
    }
}
