package com.empowerfitness.guide.editor.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sets top-level front-matter keys as single text lines, leaving every other byte of the file as it was: a
 * sign-off changes the review lines and nothing else, so its commit's diff shows exactly what was signed.
 */
final class FrontMatterLines {

    /** A value YAML reads as the same plain text without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'()&/-]*");

    private FrontMatterLines() {}

    /**
     * The text with each key set to its value (replacing the key's line, or added before the closing {@code ---}),
     * or empty when the text has no front matter to change.
     */
    static Optional<String> set(String text, Map<String, String> values) {
        List<String> lines = splitKeepingEnds(text);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        String newline = lines.get(0).endsWith("\r\n") ? "\r\n" : "\n";
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String line = entry.getKey() + ": " + yaml(entry.getValue()) + newline;
            int at = keyLine(lines, close, entry.getKey());
            if (at >= 0) {
                lines.set(at, line);
                // A value continued on indented lines belongs to the key being replaced.
                while (at + 1 < close && isContinuation(lines.get(at + 1))) {
                    lines.remove(at + 1);
                    close--;
                }
            } else {
                lines.add(close, line);
                close++;
            }
        }
        return Optional.of(String.join("", lines));
    }

    /** The value of a top-level key as its line holds it (unquoted), if the key is there. */
    static Optional<String> get(String text, String key) {
        List<String> lines = splitKeepingEnds(text);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return Optional.empty();
            }
            if (lines.get(i).startsWith(key + ":")) {
                String value = lines.get(i).substring(key.length() + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1)
                            .replace("\\\"", "\"")
                            .replace("\\\\", "\\");
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static int keyLine(List<String> lines, int close, String key) {
        for (int i = 1; i < close; i++) {
            String line = lines.get(i);
            if (line.startsWith(key + ":") || line.startsWith(key + " :")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isContinuation(String line) {
        return (line.startsWith(" ") || line.startsWith("\t")) && !line.isBlank();
    }

    static String yaml(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        return lines;
    }
}
