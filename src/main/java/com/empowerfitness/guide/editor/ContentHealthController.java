package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.editor.signoff.ClinicalSignOff;
import com.empowerfitness.guide.editor.signoff.ReviewRequest;
import com.empowerfitness.guide.staff.StaffPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /staff/content}: every content file, its state and problems, for editors and administrators. */
@Controller
@StaffPage
class ContentHealthController {

    static final String VIEW = "editor/content";

    private final ContentHealth health;

    private final ClinicalSignOff signOff;

    private final PageEditor editor;

    private final TranslationCheck translationCheck;

    ContentHealthController(
            ContentHealth health, ClinicalSignOff signOff, PageEditor editor, TranslationCheck translationCheck) {
        this.translationCheck = translationCheck;
        this.health = health;
        this.signOff = signOff;
        this.editor = editor;
    }

    @GetMapping("/staff/content")
    String list(Model model) {
        Map<String, ReviewRequest> requests = this.signOff.openRequests();
        // Pages an editor asked a clinician to review come first, then the report's own order (a stable sort).
        List<PageHealth> pages = new ArrayList<>(health.report());
        pages.sort(Comparator.comparing((PageHealth p) -> !requests.containsKey(p.path())));
        Map<String, String> revisions = new LinkedHashMap<>();
        for (PageHealth page : pages) {
            this.editor.open(page.path()).ifPresent(d -> revisions.put(page.path(), d.revision()));
        }
        Map<String, TranslationCheck.TranslationState> translations = new LinkedHashMap<>();
        this.health
                .translations()
                .forEach((path, info) ->
                        this.translationCheck.of(info).ifPresent(state -> translations.put(path, state)));
        model.addAttribute("translations", translations);
        model.addAttribute(
                "staleCount",
                translations.values().stream()
                        .filter(TranslationCheck.TranslationState::stale)
                        .count());
        model.addAttribute("reviewRequests", requests);
        model.addAttribute("revisions", revisions);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "errorCount", pages.stream().filter(p -> !p.errors().isEmpty()).count());
        model.addAttribute(
                "overdueCount", pages.stream().filter(PageHealth::overdue).count());
        model.addAttribute(
                "awaitingReviewCount",
                pages.stream().filter(PageHealth::awaitingReview).count());
        model.addAttribute("gradeTarget", PageHealth.GRADE_TARGET);
        return VIEW;
    }
}
