package com.empowerfitness.guide.booking;

import java.util.Arrays;
import java.util.List;

/**
 * The red-flag questions, defined here once: the form's field name (a public contract: other tools post to
 * /book), the question a patient answers yes or no to, the CSV column and the database column. The form, the
 * entity, the inbox, the CSV export and the staff email all read this list; the database schema predates it and
 * is checked against {@link #column()} by the tests.
 */
public enum RedFlag {
    NUMBNESS(
            "redFlagNumbness",
            "Do you have numbness or tingling in your legs or groin?",
            "numbness_or_tingling",
            "red_flag_numbness"),
    BLADDER_BOWEL(
            "redFlagBladderBowel",
            "Have you lost control of your bladder or bowels?",
            "bladder_or_bowel",
            "red_flag_bladder_bowel"),
    WEAKNESS(
            "redFlagWeakness",
            "Do you have new weakness or loss of coordination in your legs?",
            "leg_weakness",
            "red_flag_weakness"),
    FEVER("redFlagFever", "Do you have a fever?", "fever", "red_flag_fever"),
    FALL("redFlagFall", "Did your pain start after a recent fall or accident?", "recent_fall", "red_flag_fall");

    private final String field;

    private final String question;

    private final String csvColumn;

    private final String column;

    RedFlag(String field, String question, String csvColumn, String column) {
        this.field = field;
        this.question = question;
        this.csvColumn = csvColumn;
        this.column = column;
    }

    /** The form field (request parameter) holding the answer, "yes" or "no". */
    public String field() {
        return this.field;
    }

    public String question() {
        return this.question;
    }

    public String csvColumn() {
        return this.csvColumn;
    }

    /** The boolean column of {@code consultation_request}. */
    public String column() {
        return this.column;
    }

    public static List<String> fields() {
        return Arrays.stream(values()).map(RedFlag::field).toList();
    }
}
