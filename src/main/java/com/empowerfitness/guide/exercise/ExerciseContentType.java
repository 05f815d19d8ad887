package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.FrontMatter;
import com.empowerfitness.guide.content.IntRange;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.RenderedPage;
import com.empowerfitness.guide.content.SluggedContentType;
import com.empowerfitness.guide.content.StoredLength;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * {@code exercises/*.md}: one exercise each, at {@code /exercises/{slug}}; the steps are the body's first
 * top-level numbered list.
 */
@Component
public class ExerciseContentType extends SluggedContentType<Exercise, ExerciseContent> {

    /** Where exercises are: {@code /exercises/} and the slug. */
    public static final String PATH = "/exercises/";

    public ExerciseContentType(ExerciseRepository exercises) {
        super("exercises", ExerciseContent.class, exercises);
    }

    /** The address of the exercise with this slug: the one place it is built. */
    public static String urlOf(String slug) {
        return PATH + slug;
    }

    @Override
    public String url(String slug) {
        return urlOf(slug);
    }

    @Override
    public String description() {
        return "exercises";
    }

    @Override
    public List<String> keys() {
        return List.of(
                "slug",
                "order",
                "tags",
                "position",
                "hold_seconds",
                "move_seconds",
                "repetitions",
                "sides",
                "purpose",
                "stop_if");
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        FrontMatter fm = page.frontMatter();
        String path = page.path();
        String position = fm.requiredText("position", "Lying on your back");
        String purpose = fm.requiredText("purpose", "Gently stretches the lower back muscles.");
        page.fitting("the `position`", position, StoredLength.TITLE);
        page.fitting("the `purpose`", purpose, StoredLength.SUMMARY);
        IntRange hold = fm.range("hold_seconds").orElse(null);
        IntRange move = fm.range("move_seconds").orElse(null);
        IntRange repetitions = fm.range("repetitions").orElse(null);
        if (hold == null && move == null && repetitions == null) {
            throw new ContentException(
                    path,
                    1,
                    null,
                    "an exercise needs `hold_seconds`, `move_seconds` or "
                            + "`repetitions` in its front matter, e.g. `hold_seconds: [20, 30]`");
        }
        String sides = fm.text("sides").map(s -> s.toLowerCase(Locale.ROOT)).orElse("none");
        if (!sides.equals("both") && !sides.equals("none")) {
            throw fm.error("sides", "`sides`: " + sides + " must be `both` (each side in turn) or `none`");
        }
        String stopIf = page.fitting("the `stop_if`", fm.text("stop_if").orElse(null), StoredLength.SUMMARY);
        List<String> tags = page.tags();
        // The steps are the first numbered list at the top level (not one inside a callout).
        Element list = page.dom().body().children().stream()
                .filter(e -> e.nameIs("ol"))
                .findFirst()
                .orElse(null);
        if (list == null || list.children().isEmpty()) {
            throw new ContentException(
                    path,
                    page.parsed().bodyLine(),
                    null,
                    "an exercise needs its steps as a "
                            + "numbered list (lines starting 1., 2., 3., ...) after the front matter");
        }
        List<String> steps = list.children().stream()
                .map(li -> page.fitting("a step", li.html().strip(), StoredLength.STEP_HTML))
                .toList();
        list.remove();
        return new ExerciseContent(
                page.file(),
                page.slug(),
                page.slugLine(),
                page.title(),
                page.summary(),
                fm.number("order").orElse(null),
                page.meta(),
                tags,
                position,
                hold,
                move,
                repetitions,
                sides,
                purpose,
                stopIf,
                steps,
                page.fitting("the exercise's HTML", page.bodyHtml().strip(), StoredLength.PAGE_HTML));
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
