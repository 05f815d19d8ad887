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
            LocalDate basedOnDate) {

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
