package com.empowerfitness.guide.booking.form;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The first message for each field, in the form's order: for the error summary and the fields. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(BindingResult result, List<String> fieldOrder) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError error) -> position(fieldOrder, baseField(error))))
                .forEach((error) -> errors.putIfAbsent(baseField(error), message(error)));
        return errors;
    }

    /**
     * The same, each message in the page's language: an error's codes are looked up in the message bundles
     * (Bean Validation's messages are already in the language, as its interpolator reads the same bundles).
     */
    public static Map<String, String> of(
            BindingResult result, List<String> fieldOrder, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError error) -> position(fieldOrder, baseField(error))))
                .forEach((error) -> errors.putIfAbsent(baseField(error), message(error, messages, locale)));
        return errors;
    }

    private static String message(FieldError error, MessageSource messages, Locale locale) {
        if (error.isBindingFailure() || error.getDefaultMessage() == null) {
            return messages.getMessage(CHECK_THIS_ANSWER, null, locale);
        }
        String[] codes = error.getCodes();
        if (codes != null) {
            for (String code : codes) {
                if (code.startsWith("booking.")) {
                    return messages.getMessage(code, error.getArguments(), locale);
                }
            }
        }
        return error.getDefaultMessage();
    }

    /** The message for an answer that could not be read at all. */
    static final String CHECK_THIS_ANSWER = "booking.error.check";

    /** {@code preferredTimes[2]} is reported on {@code preferredTimes}. */
    private static String baseField(FieldError error) {
        String field = error.getField();
        int bracket = field.indexOf('[');
        return (bracket >= 0) ? field.substring(0, bracket) : field;
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return (index >= 0) ? index : order.size();
    }

    private static String message(FieldError error) {
        return (error.isBindingFailure() || error.getDefaultMessage() == null)
                ? "Check this answer"
                : error.getDefaultMessage();
    }
}
