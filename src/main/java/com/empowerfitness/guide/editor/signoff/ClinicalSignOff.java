package com.empowerfitness.guide.editor.signoff;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.editor.PageEditor;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffUserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinical sign-off: a reviewer marks the version of a page they read as reviewed, which writes
 * {@code last_reviewed}, {@code reviewed_by} and {@code next_review_due} into the file through the same checked,
 * conflict-safe, committed save as any browser edit; editors ask for a review. Both are audited.
 */
@Service
public class ClinicalSignOff {

    static final String LAST_REVIEWED = "last_reviewed";

    static final String REVIEWED_BY = "reviewed_by";

    static final String NEXT_REVIEW_DUE = "next_review_due";

    private final PageEditor editor;

    private final ReviewRequestRepository requests;

    private final StaffUserService staff;

    private final AuditLog audit;

    private final Clock clock;

    private final Period interval;

    ClinicalSignOff(
            PageEditor editor,
            ReviewRequestRepository requests,
            StaffUserService staff,
            AuditLog audit,
            Clock clock,
            GuideProperties properties) {
        this.editor = editor;
        this.requests = requests;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.interval = properties.content().reviewInterval();
    }

    /**
     * Signs off the page as the reviewer read it ({@code revision}): today in the clinic's zone, the reviewer's
     * display name, the next review one interval later. A page that changed since is a conflict (the reviewer
     * must read the new text); a page with an error is refused by the save's check.
     */
    public PageEditor.Outcome markReviewed(String path, String revision, String reviewer) {
        Optional<PageEditor.Draft> draft = this.editor.open(path);
        if (draft.isEmpty()) {
            return new PageEditor.Outcome.Refused("This file does not exist.");
        }
        if (!draft.get().revision().equals(revision)) {
            return new PageEditor.Outcome.Conflict(
                    draft.get().markdown(), draft.get().revision());
        }
        LocalDate today = LocalDate.now(this.clock);
        String name = this.staff.creditName(reviewer);
        Map<String, String> review = new LinkedHashMap<>();
        review.put(LAST_REVIEWED, today.toString());
        review.put(REVIEWED_BY, name);
        review.put(NEXT_REVIEW_DUE, today.plus(this.interval).toString());
        Optional<String> text = FrontMatterLines.set(draft.get().markdown(), review);
        if (text.isEmpty()) {
            return new PageEditor.Outcome.Refused("The file has no front matter to record the review in.");
        }
        PageEditor.Outcome outcome = this.editor.save(new PageEditor.SaveCommand(
                path, text.get(), revision, "Clinical review of " + path + " by " + name, reviewer, false));
        if (outcome instanceof PageEditor.Outcome.Saved) {
            closeRequest(path);
            this.audit.record(reviewer, AuditAction.CONTENT_REVIEWED, path);
        }
        return outcome;
    }

    /** Records that {@code editor} asks for a clinical review of the page; false when there is no such file. */
    @Transactional
    public boolean requestReview(String path, String editor) {
        if (!this.editor.exists(path)) {
            return false;
        }
        this.requests.save(new ReviewRequest(path, editor, LocalDate.now(this.clock), this.clock.instant()));
        this.audit.record(editor, AuditAction.CONTENT_REVIEW_REQUESTED, path);
        return true;
    }

    /** The open review requests, by file. */
    @Transactional(readOnly = true)
    public Map<String, ReviewRequest> openRequests() {
        return this.requests.findAll().stream().collect(Collectors.toMap(ReviewRequest::getPath, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<ReviewRequest> openRequest(String path) {
        return this.requests.findById(path);
    }

    @Transactional
    void closeRequest(String path) {
        this.requests.findById(path).ifPresent(this.requests::delete);
    }
}
