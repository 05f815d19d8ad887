package com.empowerfitness.guide.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of a text: {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59}.
 * Patient information should be at grade 8 or lower. Syllables are counted with the usual English heuristic
 * (groups of vowels, a silent final e, -es and -ed not counted): close enough to rank pages, not a dictionary.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    /** A final -e, -es or -ed after a consonant is silent (make, makes, liked), except -le (table). */
    private static final Pattern SILENT_ENDING = Pattern.compile("(?<=[^laeiouy])(?:es|ed|e)$");

    /** ... but -es after a hissing sound is a syllable of its own (stretches, boxes, pauses). */
    private static final Pattern SOUNDED_ES = Pattern.compile("(?:[sxz]|ch|sh)es$");

    private Readability() {}

    /** Words, sentences, syllables and the grade of a text made of blocks (paragraphs, list items, headings). */
    public record Score(int words, int sentences, int syllables) {

        /** The Flesch-Kincaid grade, or 0 for a text without words. */
        public double grade() {
            if (words == 0 || sentences == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    /**
     * Scores blocks of text. Each non-empty block is at least one sentence, so that headings and list items
     * without a full stop do not make one endless sentence.
     */
    public static Score score(List<String> blocks) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String block : blocks) {
            int blockWords = 0;
            Matcher word = WORD.matcher(block);
            while (word.find()) {
                blockWords++;
                syllables += syllables(word.group());
            }
            if (blockWords == 0) {
                continue;
            }
            words += blockWords;
            int ends = (int) SENTENCE_END.matcher(block.strip()).results().count();
            sentences += Math.max(1, ends);
        }
        return new Score(words, sentences, syllables);
    }

    public static Score score(String text) {
        return score(List.of(text));
    }

    /** Syllables of one English word: at least 1. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return word.isBlank() ? 0 : 1; // a number or a word in another script: count it as one
        }
        if (w.length() <= 3) {
            return 1;
        }
        if (!SOUNDED_ES.matcher(w).find()) {
            w = SILENT_ENDING.matcher(w).replaceFirst("");
        }
        w = w.replaceFirst("^y", "");
        int count = (int) VOWEL_GROUP.matcher(w).results().count();
        return Math.max(1, count);
    }
}
