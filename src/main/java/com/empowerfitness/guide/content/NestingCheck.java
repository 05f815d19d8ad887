package com.empowerfitness.guide.content;

import java.util.Locale;

/**
 * Cheap checks on a file's raw text that run before flexmark parses it. flexmark's parser, renderer and AST
 * visitors recurse once per level of nesting (and its emphasis rule runs a regular expression over each run of
 * {@code *} or {@code _}), so a small file of a few thousand nested markers exhausts any thread's stack. Each
 * estimate here is an upper bound of what flexmark will build, so a file that passes cannot nest deeper.
 */
final class NestingCheck {

    /**
     * Longest run of one emphasis character ({@code *} or {@code _}) allowed; real text needs at most three, a
     * row of them as a divider a few dozen.
     */
    static final int MAX_DELIMITER_RUN = 500;

    private NestingCheck() {}

    /** @throws ContentException naming the first line that nests deeper than {@code maxNesting} */
    static void check(String path, String text, int maxNesting) {
        int bracketDepth = 0;
        int lineNumber = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            int blocks = blockDepth(text, start, end);
            if (blocks > maxNesting) {
                throw tooDeep(path, lineNumber, "lists, quotes or callouts", maxNesting);
            }
            if (isBlank(text, start, end)) {
                bracketDepth = 0; // a paragraph ends: no link or image spans a blank line
            }
            int run = 0;
            char runChar = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++; // an escaped character is plain text
                    run = 0;
                    continue;
                }
                if (c == '*' || c == '_') {
                    run = (c == runChar) ? run + 1 : 1;
                    runChar = c;
                    if (run > MAX_DELIMITER_RUN) {
                        throw new ContentException(
                                path,
                                lineNumber,
                                null,
                                String.format(
                                        Locale.ROOT,
                                        "this line has more than %d `%c` in a row, more than the guide can read; "
                                                + "use at most three for emphasis",
                                        MAX_DELIMITER_RUN,
                                        c));
                    }
                    continue;
                }
                run = 0;
                runChar = 0;
                if (c == '[') {
                    bracketDepth++;
                    if (bracketDepth > maxNesting) {
                        throw tooDeep(path, lineNumber, "links or images", maxNesting);
                    }
                } else if (c == ']' && bracketDepth > 0) {
                    bracketDepth--;
                }
            }
            start = end + 1;
        }
    }

    /**
     * An upper bound of how many containers (block quotes, list items, callouts) enclose the deepest one this line
     * opens; 0 when it opens none (plain, indented or lazy text adds no level, whatever its indentation).
     * Containers opened on earlier lines only continue on this one through its indentation: at least two
     * columns per list item or callout, or a {@code >} each, all of them counted here.
     */
    static int blockDepth(String text, int start, int end) {
        int markers = 0;
        int whitespace = 0;
        int column = 0;
        boolean afterMarker = false;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                int next = c == ' ' ? column + 1 : (column / 4 + 1) * 4;
                // The one space that belongs to a marker ("- ", "> ") opens nothing and continues nothing.
                whitespace += next - column - (afterMarker ? 1 : 0);
                column = next;
                afterMarker = false;
                i++;
                continue;
            }
            afterMarker = true;
            if (c == '>') {
                markers++;
                column++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && endsMarker(text, i + 1, end)) {
                markers++;
                column++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && endsMarker(text, j + 1, end)) {
                    markers++;
                    column += j + 1 - i;
                    i = j + 1;
                } else {
                    break;
                }
            } else if (text.startsWith("!!!", i) || text.startsWith("???", i)) {
                markers++; // an admonition: its title follows, its body is indented on the next lines
                break;
            } else {
                break;
            }
        }
        return markers == 0 ? 0 : markers + whitespace / 2;
    }

    private static boolean endsMarker(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static ContentException tooDeep(String path, int line, String what, int max) {
        return new ContentException(
                path,
                line,
                null,
                String.format(
                        Locale.ROOT,
                        "%s are nested more than %d deep on this line, more than the guide allows; "
                                + "put them side by side instead of inside each other",
                        what,
                        max));
    }
}
