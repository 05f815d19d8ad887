package com.empowerfitness.guide.content;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Stage 4's output: everything the store needs, already rendered and sanitized. Each {@link ContentType} has its
 * own record (ArticleContent, ExerciseContent, ...), next to the entity it fills.
 */
public interface ProcessedContent {

    ContentFile file();

    /** The address or key that must be unique within its type's namespace (slug, block key), or null when none. */
    String key();

    /** The line that sets the key, for duplicate errors: the {@code slug:} line, or null when from the file name. */
    Integer keyLine();

    default String path() {
        return file().path();
    }

    default String hash() {
        return file().hash();
    }

    /** The language of the file ({@code content/es/...} is Spanish). */
    default String language() {
        return meta().language();
    }

    /** Who wrote and reviewed the page and in which language; every type's record has it. */
    Meta meta();

    /**
     * Who wrote and reviewed a page, what it is based on, and when it is shown. {@code basedOn} is the title of
     * the source the page was derived from (with its author and date); the review fields stay null until a
     * clinician has reviewed the page.
     */
    record Meta(
            String author,
            String authorCredentials,
            LocalDate published,
            LocalDate lastReviewed,
            String reviewedBy,
            LocalDate nextReviewDue,
            boolean draft,
            LocalDateTime publishAt,
            LocalDateTime expiresAt,
            String basedOn,
            String basedOnAuthor,
            LocalDate basedOnDate,
            String language,
            String translationOf,
            String sourceRevision) {

        /** The default language's code when none is given (fixtures, tools). */
        public static final String DEFAULT_LANGUAGE = "en";

        public Meta {
            language = (language == null) ? DEFAULT_LANGUAGE : language;
        }

        /** A page in the default language that is no translation. */
        public Meta(
                String author,
                String authorCredentials,
                LocalDate published,
                LocalDate lastReviewed,
                String reviewedBy,
                LocalDate nextReviewDue,
                boolean draft,
                LocalDateTime publishAt,
                LocalDateTime expiresAt,
                String basedOn,
                String basedOnAuthor,
                LocalDate basedOnDate) {
            this(
                    author,
                    authorCredentials,
                    published,
                    lastReviewed,
                    reviewedBy,
                    nextReviewDue,
                    draft,
                    publishAt,
                    expiresAt,
                    basedOn,
                    basedOnAuthor,
                    basedOnDate,
                    null,
                    null,
                    null);
        }

        /**
         * The same page in {@code language}, translating {@code translationOf} (a default-language file's path,
         * or null) as it was at {@code sourceRevision} (its Git blob id, or null).
         */
        public Meta inLanguage(String language, String translationOf, String sourceRevision) {
            return new Meta(
                    author,
                    authorCredentials,
                    published,
                    lastReviewed,
                    reviewedBy,
                    nextReviewDue,
                    draft,
                    publishAt,
                    expiresAt,
                    basedOn,
                    basedOnAuthor,
                    basedOnDate,
                    language,
                    translationOf,
                    sourceRevision);
        }

        /** A page that names no source. */
        public Meta(
                String author,
                String authorCredentials,
                LocalDate published,
                LocalDate lastReviewed,
                String reviewedBy,
                LocalDate nextReviewDue,
                boolean draft,
                LocalDateTime publishAt,
                LocalDateTime expiresAt) {
            this(
                    author,
                    authorCredentials,
                    published,
                    lastReviewed,
                    reviewedBy,
                    nextReviewDue,
                    draft,
                    publishAt,
                    expiresAt,
                    null,
                    null,
                    null);
        }
    }
}
