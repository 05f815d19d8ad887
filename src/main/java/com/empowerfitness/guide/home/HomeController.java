package com.empowerfitness.guide.home;

import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.content.Translations;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.seo.PageDescription;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guide's front page: title, highlights, introduction, contents, red flags and the booking call. */
@Controller
class HomeController {

    static final String VIEW = "home/index";

    private final ArticleRepository articles;

    private final ContentBlockRepository blocks;

    private final Clock clock;

    HomeController(ArticleRepository articles, ContentBlockRepository blocks, Clock clock) {
        this.articles = articles;
        this.blocks = blocks;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Language language, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        ContentBlock home =
                blocks.findVisible(language.code(), ContentBlock.HOME, now).orElse(null);
        model.addAttribute("home", home);
        if (home != null) {
            Translations.describe(
                    model,
                    language,
                    home,
                    blocks.findVisibleTranslations(home.getPage().getTranslationKey(), now),
                    ContentBlock::getPage,
                    b -> "/");
        }
        model.addAttribute(
                PageDescription.ATTRIBUTE,
                new PageDescription(
                        home != null ? home.getTitle() : null,
                        home != null ? home.getSummary() : null,
                        "/", // also for /es, which answers too: the one address is /es/
                        null,
                        new PageDescription.Home()));
        model.addAttribute("articles", articles.findVisibleLinks(language.code(), now));
        model.addAttribute(
                "redFlags",
                blocks.findVisible(language.code(), ContentBlock.RED_FLAGS, now).orElse(null));
        model.addAttribute(
                "bookingCta",
                blocks.findVisible(language.code(), ContentBlock.BOOKING_CTA, now)
                        .orElse(null));
        model.addAttribute("navSection", "guide");
        model.addAttribute("showStickyCta", true);
        return VIEW;
    }
}
