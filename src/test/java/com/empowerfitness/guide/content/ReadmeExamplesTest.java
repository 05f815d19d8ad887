package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' guide, docs/editing.md, must not teach anything the site rejects: every fenced {@code markdown}
 * example that starts with front matter is written to the file the guide names just before it and run through the
 * real pipeline, which must report no error. (The class keeps its name from when the guide was part of README.md.)
 */
class ReadmeExamplesTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```markdown\\n(.*?)^```$", Pattern.DOTALL);

    private static final Pattern FILE_NAME = Pattern.compile("`content/([a-z0-9-]+(?:/[a-z0-9-]+)?\\.md)`");

    private static final Path EDITORS_GUIDE = Path.of("docs", "editing.md"); // Maven runs tests from the project root

    /** Each example with front matter, by the path the editors' guide gives it. */
    static Map<String, String> examples() throws IOException {
        String guide = Files.readString(EDITORS_GUIDE);
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher fence = FENCE.matcher(guide);
        while (fence.find()) {
            String body = fence.group(1);
            if (!body.startsWith("---\n")) {
                continue; // a body snippet such as the callout syntax, not a whole file
            }
            String before = guide.substring(0, fence.start()).stripTrailing();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            Matcher name = FILE_NAME.matcher(lastLine);
            assertThat(name.find())
                    .as("the line before the example names its file: %s", lastLine)
                    .isTrue();
            examples.put(name.group(1), body);
        }
        return examples;
    }

    @Test
    void theEditorsGuideHasAnArticleAnExerciseAndAScheduledExample() throws IOException {
        Map<String, String> examples = examples();

        assertThat(examples.keySet())
                .contains("articles/heat-or-ice.md", "exercises/bird-dog.md", "articles/winter.md");
        assertThat(examples.values())
                .anyMatch(text -> text.contains("draft: true"))
                .anyMatch(text -> text.contains("publish_at:"))
                .anyMatch(text -> text.contains("!!! danger"));
    }

    @Test
    void everyExampleInTheEditorsGuideLoadsWithoutErrors(@TempDir Path root) throws IOException {
        Map<String, String> examples = examples();
        examples.forEach((path, text) -> ContentFixtures.write(root, path, text));

        ContentScanner.ScanResult scan = new ContentScanner(ContentFixtures.types()).scan(root);
        ContentProcessor processor = ContentFixtures.processor();

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.files()).hasSize(examples.size());
        for (ContentFile file : scan.files()) {
            assertThatCode(() -> processor.process(file)).as(file.path()).doesNotThrowAnyException();
        }
    }

    @Test
    void theExamplesShowAnUnreviewedPageAndClaimAReviewOnlyWithReviewerAndDate() throws IOException {
        Map<String, String> examples = examples();

        assertThat(examples.values())
                .anyMatch(text -> !text.contains("reviewed_by:"))
                .allMatch(text -> text.contains("reviewed_by:") == text.contains("last_reviewed:"));
    }
}
