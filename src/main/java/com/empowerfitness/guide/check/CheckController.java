package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.Translations;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.seo.PageDescription;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /check}: a short red-flag questionnaire, a GET form (nothing is stored, so no CSRF token is needed and
 * the result works without JavaScript or a session). Answers are the indexes of the ticked questions.
 */
@Controller
class CheckController {

    static final String FORM_VIEW = "check/form";

    static final String RESULT_VIEW = "check/result";

    private final CheckPageRepository pages;

    private final Clock clock;

    private final Messages messages;

    CheckController(CheckPageRepository pages, Clock clock, Messages messages) {
        this.messages = messages;
        this.pages = pages;
        this.clock = clock;
    }

    private CheckPage visiblePage(Language language) {
        LocalDateTime now = LocalDateTime.now(clock);
        return pages.findVisible(language.code(), now).stream()
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/check")
    String form(
            Language language,
            @RequestParam(name = "flag", required = false) List<String> flags,
            @RequestParam(name = "sign", required = false) List<String> signs,
            Model model) {
        CheckPage page = visiblePage(language);
        describe(model, language, page, "/check");
        model.addAttribute("check", page);
        model.addAttribute("flags", indexes(flags, page.getRedFlags().size()));
        model.addAttribute("signs", indexes(signs, page.getConsultSigns().size()));
        model.addAttribute(PageDescription.ATTRIBUTE, PageDescription.webPage(page.getTitle(), page.getSummary()));
        model.addAttribute("navSection", "guide");
        model.addAttribute("navCurrent", "true");
        return FORM_VIEW;
    }

    @GetMapping("/check/result")
    String result(
            Language language,
            @RequestParam(name = "flag", required = false) List<String> flags,
            @RequestParam(name = "sign", required = false) List<String> signs,
            Model model) {
        CheckPage page = visiblePage(language);
        Set<Integer> redFlags = indexes(flags, page.getRedFlags().size());
        Set<Integer> consultSigns = indexes(signs, page.getConsultSigns().size());
        describe(model, language, page, "/check/result");
        model.addAttribute("check", page);
        model.addAttribute("flags", redFlags);
        model.addAttribute("signs", consultSigns);
        model.addAttribute("outcome", CheckOutcome.of(redFlags, consultSigns).name());
        model.addAttribute(
                PageDescription.ATTRIBUTE,
                PageDescription.webPage(
                        messages.get(language.locale(), "check.resultShareTitle", page.getTitle()), page.getSummary()));
        model.addAttribute("navSection", "guide");
        model.addAttribute("navCurrent", "true");
        return RESULT_VIEW;
    }

    private void describe(Model model, Language language, CheckPage page, String address) {
        Translations.describe(
                model,
                language,
                page,
                pages.findVisibleTranslations(page.getPage().getTranslationKey(), LocalDateTime.now(clock)),
                CheckPage::getPage,
                p -> address);
    }

    /** The valid question numbers among the submitted values; anything else (edited addresses) is ignored. */
    static Set<Integer> indexes(List<String> values, int size) {
        Set<Integer> result = new TreeSet<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            try {
                int index = Integer.parseInt(value.strip());
                if (index >= 0 && index < size) {
                    result.add(index);
                }
            } catch (NumberFormatException ex) {
                // not one of ours: ignored
            }
        }
        return result;
    }
}
