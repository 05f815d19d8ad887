package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.booking.RedFlag;
import java.util.Arrays;
import java.util.List;

/**
 * The one adapter to the consultation request form's red-flag questions, so that the appointment form asks
 * the same questions with the same field names. If the booking feature's definition changes shape, only this
 * class changes.
 */
public final class RedFlagQuestions {

    /** A question and the form field that answers it yes or no. */
    /** {@code name} is the {@code RedFlag}'s, the key of its words in each language ({@code redFlag.NAME}). */
    public record Question(String field, String question, String name) {}

    private static final List<Question> QUESTIONS = Arrays.stream(RedFlag.values())
            .map((flag) -> new Question(flag.field(), flag.question(), flag.name()))
            .toList();

    private RedFlagQuestions() {}

    public static List<Question> all() {
        return QUESTIONS;
    }
}
