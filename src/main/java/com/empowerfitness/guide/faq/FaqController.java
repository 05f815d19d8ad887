package com.empowerfitness.guide.faq;

import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.content.StaffPreview;
import com.empowerfitness.guide.content.Translations;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.seo.PageDescription;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

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
    String list(Language language, Model model, Authentication viewer, HttpServletResponse response) {
        LocalDateTime now = LocalDateTime.now(clock);
        ContentBlock page =
                blocks.findVisible(language.code(), ContentBlock.FAQS, now).orElse(null);
        if (page == null) {
            // faqs.md is stored but a draft, scheduled or expired: hidden from patients, previewed by staff.
            ContentBlock hidden = blocks.findByPageLanguageAndBlockKey(language.code(), ContentBlock.FAQS)
                    .orElse(null);
            if (hidden != null && !StaffPreview.allowed(viewer)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (hidden != null) {
                StaffPreview.describe(hidden.getPage(), now, model, response);
                page = hidden;
            }
        }
        model.addAttribute("page", page);
        if (page != null) {
            Translations.describe(
                    model,
                    language,
                    page,
                    blocks.findVisibleTranslations(page.getPage().getTranslationKey(), now),
                    ContentBlock::getPage,
                    b -> "/faq");
        }
        List<Faq> all = faqs.findByLanguageOrderBySortOrderAsc(language.code());
        model.addAttribute("faqs", all);
        model.addAttribute(PageDescription.ATTRIBUTE, FaqSeo.describe(page, all));
        model.addAttribute(
                "bookingCta",
                blocks.findVisible(language.code(), ContentBlock.BOOKING_CTA, now)
                        .orElse(null));
        model.addAttribute("navSection", "faq");
        model.addAttribute("showStickyCta", true);
        return VIEW;
    }
}
