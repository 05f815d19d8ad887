package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void syllablesOfCommonWordsFollowTheHeuristic() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("muscles")).isEqualTo(2);
        assertThat(Readability.syllables("stretched")).isEqualTo(1);
        assertThat(Readability.syllables("stretches")).isEqualTo(2);
        assertThat(Readability.syllables("relieves")).isEqualTo(2);
        assertThat(Readability.syllables("beautiful")).isEqualTo(3);
        assertThat(Readability.syllables("therapy")).isEqualTo(3);
        assertThat(Readability.syllables("readability")).isEqualTo(5);
        assertThat(Readability.syllables("Physical")).isEqualTo(3);
    }

    @Test
    void wikipediasPlatypusSentenceIsGradeEleven() {
        // Wikipedia's Flesch-Kincaid example: 13 words, 24 syllables, one sentence, grade 11.3.
        Readability.Score score =
                Readability.score("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");

        assertThat(score.words()).isEqualTo(13);
        assertThat(score.syllables()).isEqualTo(24);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.grade()).isCloseTo(11.3, within(0.05));
    }

    @Test
    void shortWordsInShortSentencesScoreBelowGradeOne() {
        Readability.Score score = Readability.score("The cat sat on the mat.");

        // 0.39 × 6/1 + 11.8 × 6/6 − 15.59
        assertThat(score.grade()).isCloseTo(-1.45, within(0.001));
    }

    @Test
    void sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        Readability.Score score = Readability.score("Sit down. Is it better? Good! Version 2.5 is out.");

        assertThat(score.sentences()).isEqualTo(4);
    }

    @Test
    void eachBlockIsAtLeastOneSentenceSoHeadingsAndListItemsDoNotRunOn() {
        Readability.Score score = Readability.score(List.of(
                "The most common causes", "Sitting for a long time", "Lifting something heavy. Then twisting."));

        assertThat(score.sentences()).isEqualTo(4);
        assertThat(score.words()).isEqualTo(14);
    }

    @Test
    void emptyTextHasGradeZero() {
        assertThat(Readability.score(List.of("", "   ")).grade()).isZero();
        assertThat(Readability.score("").words()).isZero();
    }

    @Test
    void longWordsInLongSentencesScoreAboveTheTargetOfEight() {
        Readability.Score score = Readability.score("Musculoskeletal dysfunction necessitates individualised "
                + "physiotherapeutic intervention incorporating progressive neuromuscular stabilisation.");

        assertThat(score.grade()).isGreaterThan(8);
    }
}
