package com.empowerfitness.guide.editor.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterLinesTest {

    @Test
    void anExistingKeyLineIsReplacedAndAMissingOneAddedBeforeTheClosingLineLeavingEverythingElse() {
        String text = "---\ntitle: Causes\nlast_reviewed: 2026-06-16   \ntags: [a, b]\n---\nBody: with *marks*  \n";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("last_reviewed", "2026-12-01");
        values.put("reviewed_by", "Dr. Ezra Miller, PT, DPT");

        assertThat(FrontMatterLines.set(text, values))
                .contains("---\ntitle: Causes\nlast_reviewed: 2026-12-01\ntags: [a, b]\n"
                        + "reviewed_by: Dr. Ezra Miller, PT, DPT\n---\nBody: with *marks*  \n");
    }

    @Test
    void aNameThatYamlWouldMisreadIsQuotedAndReadBackAsWritten() {
        String text = "---\ntitle: Causes\n---\nBody\n";
        String name = "Dr. \"Ezra\": PT #1";

        String changed = FrontMatterLines.set(text, Map.of("reviewed_by", name)).orElseThrow();

        assertThat(changed).contains("reviewed_by: \"Dr. \\\"Ezra\\\": PT #1\"\n");
        assertThat(FrontMatterLines.get(changed, "reviewed_by")).contains(name);
    }

    @Test
    void crLfFilesKeepTheirLineEndingsAndAValueContinuedOnIndentedLinesIsReplacedWhole() {
        String text = "---\r\ntitle: Causes\r\nreviewed_by: Someone\r\n  continued\r\n---\r\nBody\r\n";

        assertThat(FrontMatterLines.set(text, Map.of("reviewed_by", "Ana Ruiz")))
                .contains("---\r\ntitle: Causes\r\nreviewed_by: Ana Ruiz\r\n---\r\nBody\r\n");
    }

    @Test
    void aTextWithoutFrontMatterIsNotChanged() {
        assertThat(FrontMatterLines.set("Just a body\n", Map.of("reviewed_by", "Ana")))
                .isEmpty();
        assertThat(FrontMatterLines.set("---\ntitle: never closed\n", Map.of("reviewed_by", "Ana")))
                .isEmpty();
    }
}
