package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ContentRule;
import com.empowerfitness.guide.content.FrontMatter;
import com.empowerfitness.guide.content.GuideDates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A review covers the text a clinician read: a page whose {@code last_reviewed} is before the day its text last
 * changed (review lines aside) claims a review that did not happen, and is a content error until it is reviewed
 * again or the review lines are removed.
 */
class ReviewAfterChangeRule implements ContentRule {

    private final ContentRepository repository;

    ReviewAfterChangeRule(ContentRepository repository) {
        this.repository = repository;
    }

    @Override
    public void check(ContentFile file, FrontMatter frontMatter) {
        Optional<LocalDate> reviewed = frontMatter.date("last_reviewed");
        if (reviewed.isEmpty()) {
            return;
        }
        Optional<LocalDate> changed = this.repository.lastTextChange(file.path(), file.text());
        if (changed.isPresent() && reviewed.get().isBefore(changed.get())) {
            throw frontMatter.error(
                    "last_reviewed",
                    "`last_reviewed`: the page was reviewed on " + GuideDates.format(reviewed.get())
                            + " but its text changed on " + GuideDates.format(changed.get())
                            + "; a clinician must review the changed page, or remove `last_reviewed` and"
                            + " `reviewed_by` until then (the page then shows as awaiting review)");
        }
    }
}
