package com.empowerfitness.guide.faq;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.empowerfitness.guide.content.ContentBlock;
import com.empowerfitness.guide.content.ContentBlockRepository;

/** Every question on one page, each with its own anchor. */
@Controller
class FaqController {

    static final String VIEW = "faq/list";

    private final FaqRepository faqs;

    private final ContentBlockRepository blocks;

    private final Clock clock;

    FaqController(FaqRepository faqs, ContentBlockRepository blocks, Clock clock) {
        this.faqs = faqs;
        this.blocks = blocks;
        this.clock = clock;
    }

    @GetMapping("/faq")
    String list(Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("page", blocks.findVisible(ContentBlock.FAQS, now).orElse(null));
        model.addAttribute("faqs", faqs.findAllByOrderBySortOrderAsc());
        model.addAttribute("bookingCta", blocks.findVisible(ContentBlock.BOOKING_CTA, now).orElse(null));
        model.addAttribute("navSection", "faq");
        model.addAttribute("showStickyCta", true);
        return VIEW;
    }
}
