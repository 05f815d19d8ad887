package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.staff.StaffPage;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /staff/content}: every content file, its state and problems, for editors and administrators. */
@Controller
@StaffPage
class ContentHealthController {

    static final String VIEW = "editor/content";

    private final ContentHealth health;

    ContentHealthController(ContentHealth health) {
        this.health = health;
    }

    @GetMapping("/staff/content")
    String list(Model model) {
        List<PageHealth> pages = health.report();
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
