package com.empowerfitness.guide.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.search.Highlighter.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static String render(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.match() ? "[" + s.text() + "]" : s.text()));
        return out.toString();
    }

    @Test
    void matchesAreCaseInsensitiveAndKeepTheTextsOwnCase() {
        Highlighter words = Highlighter.of("SPASM");

        assertThat(render(words.segments("Back spasms and a Spasm."))).isEqualTo("Back [spasm]s and a [Spasm].");
        assertThat(words.count("Back spasms and a Spasm.")).isEqualTo(2);
    }

    @Test
    void longerWordsAreMarkedWholeBeforeTheirPrefixes() {
        assertThat(render(Highlighter.of("spasm spasms").segments("spasms"))).isEqualTo("[spasms]");
    }

    @Test
    void regexAndMarkupCharactersInTheQueryAreLiteral() {
        Highlighter words = Highlighter.of(".* (a|b) <mark>");

        assertThat(words.terms()).containsExactly("mark");
        assertThat(words.count("anything at all")).isZero();
        assertThat(render(words.segments("<mark> in text"))).isEqualTo("<[mark]> in text");
    }

    @Test
    void shortWordsAreIgnoredAndAtMostEightCount() {
        Highlighter words = Highlighter.of("a b c one two three four five six seven eight nine ten");

        assertThat(words.terms()).hasSize(Highlighter.MAX_TERMS).doesNotContain("a", "nine", "ten");
    }

    @Test
    void theQueryIsCutToTwoHundredCodePointsWithoutSplittingAnEmoji() {
        String q = Highlighter.normalise("😀".repeat(10_000));

        assertThat(q.codePointCount(0, q.length())).isEqualTo(Highlighter.MAX_QUERY_LENGTH);
        assertThat(Character.isHighSurrogate(q.charAt(q.length() - 1))).isFalse();
        assertThat(Highlighter.normalise(null)).isEmpty();
        assertThat(Highlighter.normalise("  spasm  ")).isEqualTo("spasm");
    }

    @Test
    void aSnippetShowsTheTextAroundTheFirstMatch() {
        String text = "Intro words. ".repeat(40) + "Here the spasm eases. " + "Outro words. ".repeat(40);

        List<Segment> snippet = Highlighter.of("spasm").snippet(text, 80);

        String rendered = render(snippet);
        assertThat(rendered).startsWith("… ").endsWith(" …").contains("[spasm]");
        assertThat(rendered.length()).isLessThan(100);
    }

    @Test
    void rightToLeftWordsMatch() {
        assertThat(render(Highlighter.of("تشنج").segments("تشنج العضلات"))).isEqualTo("[تشنج] العضلات");
    }
}
