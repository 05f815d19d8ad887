package com.empowerfitness.guide.editor.signoff;

import com.empowerfitness.guide.editor.PageEditor;
import com.empowerfitness.guide.staff.StaffPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-off forms on {@code /staff/content} and the editor page: "Mark this page reviewed" (reviewers only, see
 * SecurityConfig) and "Ask for review" (editors). Each answers with a message on the page it came from.
 */
@Controller
@StaffPage
class ReviewController {

    private final ClinicalSignOff signOff;

    private final PageEditor editor;

    ReviewController(ClinicalSignOff signOff, PageEditor editor) {
        this.signOff = signOff;
        this.editor = editor;
    }

    @PostMapping("/staff/content/review")
    String markReviewed(
            @RequestParam String path,
            @RequestParam(defaultValue = "") String revision,
            @RequestParam(defaultValue = "list") String from,
            Authentication who,
            RedirectAttributes redirect) {
        if (!this.editor.isEditable(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PageEditor.Outcome outcome = this.signOff.markReviewed(path, revision, who.getName());
        String message;
        if (outcome instanceof PageEditor.Outcome.Saved) {
            message = path + " is marked reviewed today, and the change is live.";
        } else if (outcome instanceof PageEditor.Outcome.Conflict) {
            message = path + " changed since you opened it: read the current version, then mark it reviewed.";
        } else if (outcome instanceof PageEditor.Outcome.Invalid invalid) {
            message = path + " has an error, so it cannot be marked reviewed until it is fixed ("
                    + invalid.errors().get(0).reason() + ").";
        } else if (outcome instanceof PageEditor.Outcome.Failed failed) {
            message = "The review was not recorded. " + failed.reason();
        } else {
            message = ((PageEditor.Outcome.Refused) outcome).reason();
        }
        redirect.addFlashAttribute(outcome instanceof PageEditor.Outcome.Saved ? "saved" : "reviewProblem", message);
        return back(path, from);
    }

    @PostMapping("/staff/content/review-request")
    String requestReview(
            @RequestParam String path,
            @RequestParam(defaultValue = "list") String from,
            Authentication who,
            RedirectAttributes redirect) {
        if (!this.editor.isEditable(path) || !this.signOff.requestReview(path, who.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "A clinical review of " + path + " is requested.");
        return back(path, from);
    }

    private static String back(String path, String from) {
        return "edit".equals(from) ? "redirect:/staff/content/edit?path=" + path : "redirect:/staff/content";
    }
}
