package com.empowerfitness.guide.content;

import com.empowerfitness.guide.content.ProcessedContent.Meta;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The front-matter keys every kind shares: who wrote a page, what it is based on, its clinical review and when
 * it is shown. A page may claim a review only as a whole (who and when), only once it happened (not in the
 * future) and a next review only after a first one, so the site never shows patients a review that is not true.
 */
@Component
public class PageMetaReader {

    private final Clock clock;

    public PageMetaReader(Clock clock) {
        this.clock = clock;
    }

    public Meta read(FrontMatter fm) {
        LocalDate lastReviewed = fm.date("last_reviewed").orElse(null);
        String reviewedBy = fm.text("reviewed_by").orElse(null);
        LocalDate nextReviewDue = fm.date("next_review_due").orElse(null);
        String basedOn = fm.text("based_on").orElse(null);
        String basedOnAuthor = fm.text("based_on_author").orElse(null);
        LocalDate basedOnDate = fm.date("based_on_date").orElse(null);
        if (reviewedBy != null && lastReviewed == null) {
            throw fm.error(
                    "reviewed_by",
                    "`reviewed_by` is set but `last_reviewed` is not: add the day the clinician reviewed the page, "
                            + "e.g. `last_reviewed: 2026-06-16`, or remove `reviewed_by` until the review has happened");
        }
        if (lastReviewed != null && reviewedBy == null) {
            throw fm.error(
                    "last_reviewed",
                    "`last_reviewed` is set but `reviewed_by` is not: add who reviewed the page, e.g. "
                            + "`reviewed_by: Dr. Ezra Miller, PT, DPT`, or remove `last_reviewed` until the review "
                            + "has happened");
        }
        LocalDate today = LocalDate.now(clock);
        if (lastReviewed != null && lastReviewed.isAfter(today)) {
            throw fm.error(
                    "last_reviewed",
                    "`last_reviewed`: " + lastReviewed + " is in the future (today is " + today
                            + "); write the day the clinician reviewed the page");
        }
        if (nextReviewDue != null && lastReviewed == null) {
            throw fm.error(
                    "next_review_due",
                    "`next_review_due` needs a review first: set `next_review_due` together with `last_reviewed` "
                            + "and `reviewed_by` once a clinician has reviewed the page");
        }
        for (String key : new String[] {"based_on_author", "based_on_date"}) {
            if (basedOn == null && fm.has(key)) {
                throw fm.error(
                        key,
                        "`" + key + "` needs `based_on`, the title of the source the page is based on, e.g. "
                                + "`based_on: Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises`");
            }
        }
        return new Meta(
                fm.text("author").orElse(null),
                fm.text("author_credentials").orElse(null),
                fm.date("published").orElse(null),
                lastReviewed,
                reviewedBy,
                nextReviewDue,
                fm.flag("draft").orElse(false),
                fm.dateTime("publish_at").orElse(null),
                fm.dateTime("expires_at").orElse(null),
                basedOn,
                basedOnAuthor,
                basedOnDate);
    }
}
