package com.empowerfitness.guide.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Stage 4's output: everything the store needs, already rendered and sanitized. */
public sealed interface ProcessedContent {

    ContentFile file();

    /** The address or key that must be unique within its kind (slug, block key), or null when none. */
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

    /** An h2 heading of a page: its anchor id and text. */
    record Heading(String anchor, String text) {}

    record ArticleContent(
            ContentFile file,
            String key,
            Integer keyLine,
            String title,
            String summary,
            Integer order,
            Meta meta,
            List<String> tags,
            int readingMinutes,
            int wordCount,
            String bodyHtml,
            List<Heading> toc)
            implements ProcessedContent {}

    record ExerciseContent(
            ContentFile file,
            String key,
            Integer keyLine,
            String title,
            String summary,
            Integer order,
            Meta meta,
            List<String> tags,
            String position,
            IntRange hold,
            IntRange move,
            IntRange repetitions,
            String sides,
            String purpose,
            String stopIf,
            List<String> steps,
            String bodyHtml)
            implements ProcessedContent {}

    record FaqEntry(String question, String anchor, String answerHtml) {}

    record FaqPageContent(
            ContentFile file, String title, String summary, Meta meta, String introHtml, List<FaqEntry> entries)
            implements ProcessedContent {

        @Override
        public String key() {
            return "faqs";
        }

        @Override
        public Integer keyLine() {
            return null;
        }
    }

    /** The home page or a reusable block. */
    record BlockContent(
            ContentFile file,
            String key,
            Integer keyLine,
            String title,
            String summary,
            Integer order,
            Meta meta,
            Integer readingMinutes,
            List<String> highlights,
            String bodyHtml)
            implements ProcessedContent {}

    /**
     * {@code check.md}: the red-flag questionnaire. The questions come from the front matter, the three outcome
     * texts (emergency, book a consultation, self-care) from the body's three {@code ##} sections, in that order.
     */
    record CheckContent(
            ContentFile file,
            String title,
            String summary,
            Meta meta,
            String introHtml,
            String redFlagsQuestion,
            List<String> redFlags,
            String consultQuestion,
            List<String> consultSigns,
            String emergencyTitle,
            String emergencyHtml,
            String consultTitle,
            String consultHtml,
            String selfCareTitle,
            String selfCareHtml)
            implements ProcessedContent {

        @Override
        public String key() {
            return "check";
        }

        @Override
        public Integer keyLine() {
            return null;
        }
    }
}
