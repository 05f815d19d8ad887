package com.empowerfitness.guide.content;

import java.util.Locale;

/** The sizes of the content tables' text columns (see the Flyway migrations), checked before anything is stored. */
public final class StoredLength {

    /** A page's HTML and plain text: {@code VARCHAR(1000000)}, H2's largest. */
    public static final int PAGE_HTML = 1_000_000;

    /** The check's outcome texts and introduction. */
    public static final int SECTION_HTML = 100_000;

    /** One exercise step. */
    public static final int STEP_HTML = 10_000;

    public static final int TITLE = 500;

    /** An anchor or a slug. */
    public static final int ANCHOR = 200;

    public static final int SUMMARY = 2000;

    public static final int LINE = 1000;

    private StoredLength() {}

    /** @throws ContentException when the value is longer than the column */
    public static String check(String path, String what, String value, int maxCharacters) {
        if (value != null && value.length() > maxCharacters) {
            throw new ContentException(
                    path,
                    null,
                    null,
                    String.format(
                            Locale.ROOT,
                            "%s is %,d characters long, more than the %,d the guide can store; "
                                    + "split the file into smaller pages or shorten it",
                            what,
                            value.length(),
                            maxCharacters));
        }
        return value;
    }
}
