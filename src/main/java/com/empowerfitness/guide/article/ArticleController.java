package com.empowerfitness.guide.article;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import com.empowerfitness.guide.content.ContentBlock;
import com.empowerfitness.guide.content.ContentBlockRepository;

/** One article of the guide, read from the database (requests never parse Markdown). */
@Controller
class ArticleController {

    static final String VIEW = "article/show";

    /** Pages with this many sections or more get an "On this page" list. */
    static final int TOC_MIN_SECTIONS = 3;

    private final ArticleRepository articles;

    private final ContentBlockRepository blocks;

    private final Clock clock;

    ArticleController(ArticleRepository articles, ContentBlockRepository blocks, Clock clock) {
        this.articles = articles;
        this.blocks = blocks;
        this.clock = clock;
    }

    @GetMapping("/articles/{slug}")
    String show(@PathVariable String slug, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        Article article = articles.findVisibleBySlug(slug, now)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ArticleLink> links = articles.findVisibleLinks(now);
        int index = links.stream().map(ArticleLink::slug).toList().indexOf(article.getSlug());
        model.addAttribute("article", article);
        model.addAttribute("showToc", article.getToc().size() >= TOC_MIN_SECTIONS);
        model.addAttribute("previous", index > 0 ? links.get(index - 1) : null);
        model.addAttribute("next", index >= 0 && index < links.size() - 1 ? links.get(index + 1) : null);
        model.addAttribute("bookingCta", blocks.findVisible(ContentBlock.BOOKING_CTA, now).orElse(null));
        model.addAttribute("pageDescription", article.getSummary());
        model.addAttribute("navSection", "guide");
        model.addAttribute("navCurrent", "true"); // a page inside the section
        model.addAttribute("showStickyCta", true);
        return VIEW;
    }
}
