package com.empowerfitness.guide.content;

/**
 * A problem in one content file, in words an editor can act on.
 *
 * @param path the file's path relative to the content folder, e.g. {@code articles/causes.md}
 * @param line the file's line (1-based), or {@code null} when the problem is not on one line
 * @param column the column (1-based), or {@code null} when unknown
 * @param reason a plain-English reason
 */
public record ContentError(String path, Integer line, Integer column, String reason) {

    /** The compiler-style form used in logs: {@code path:line:column: reason}. */
    public String toLogLine() {
        StringBuilder out = new StringBuilder(path);
        if (line != null) {
            out.append(':').append(line);
            if (column != null) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(reason).toString();
    }
}
