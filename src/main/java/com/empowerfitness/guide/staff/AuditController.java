package com.empowerfitness.guide.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, for administrators. */
@Controller
@StaffPage
class AuditController {

    static final String VIEW = "staff/audit";

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/staff/audit")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", this.audit.page(page, 50));
        return VIEW;
    }
}
