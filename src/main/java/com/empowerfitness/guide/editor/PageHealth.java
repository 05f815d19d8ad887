package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.GuideDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One content file on {@code /staff/content}: its state, its problems and the numbers editors care about.
 *
 * @param path the file, relative to the content folder
 * @param title the stored page's title, or null when the file never loaded
 * @param url the page's public address, or null for blocks
 * @param state published, draft, scheduled, expired or error
 * @param errors the file's problems from the last load (a stored page is its last good version)
 * @param words words in the stored page
 * @param readingMinutes at 200 words a minute
 * @param grade the Flesch-Kincaid grade, rounded to one decimal
 * @param brokenLinks internal links that lead nowhere, each with why
 * @param imagesWithoutAlt the address of every image without alt text
 * @param reviewedBy who reviewed the stored page, or null
 * @param lastReviewed when, or null
 * @param nextReviewDue when it must be reviewed again, or null
 * @param overdue the next review date has passed
 * @param awaitingReview a stored page that no clinician has reviewed yet (no {@code reviewed_by} and
 *     {@code last_reviewed}): patients see no review line on it
 */
public record PageHealth(
        String path,
        String title,
        String url,
        String state,
        List<ContentError> errors,
        int words,
        int readingMinutes,
        double grade,
        List<String> brokenLinks,
        List<String> imagesWithoutAlt,
        String reviewedBy,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        boolean overdue,
        boolean awaitingReview) {

    /** Patient information should read at grade 8 or lower. */
    public static final double GRADE_TARGET = 8.0;

    public boolean isHardToRead() {
        return grade > GRADE_TARGET;
    }

    public boolean isStored() {
        return title != null;
    }

    public String getLastReviewedText() {
        return GuideDates.format(lastReviewed);
    }

    public String getNextReviewDueText() {
        return GuideDates.format(nextReviewDue);
    }

    public String getGradeText() {
        return String.format(Locale.ROOT, "%.1f", grade);
    }
}
