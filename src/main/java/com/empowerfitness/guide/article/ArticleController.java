package com.empowerfitness.guide.article;

import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.content.StaffPreview;
import com.empowerfitness.guide.content.Translations;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.seo.PageDescription;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One article of the guide, read from the database (requests never parse Markdown). */
@Controller
class ArticleController {

    static final String VIEW = "article/show";

    /** Pages with this many sections or more get an "On this page" list. */
    static final int TOC_MIN_SECTIONS = 3;

    /** At most this many "Related articles". */
    static final int MAX_RELATED = 3;

    private final ArticleRepository articles;

    private final ContentBlockRepository blocks;

    private final Clock clock;

    ArticleController(ArticleRepository articles, ContentBlockRepository blocks, Clock clock) {
        this.articles = articles;
        this.blocks = blocks;
        this.clock = clock;
    }

    @GetMapping("/articles/{slug}")
    String show(
            Language language,
            @PathVariable String slug,
            Model model,
            Authentication viewer,
            HttpServletResponse response) {
        LocalDateTime now = LocalDateTime.now(clock);
        Article article = articles.findVisibleBySlug(language.code(), slug, now)
                .or(() -> StaffPreview.allowed(viewer)
                        ? articles.findWithTocBySlug(language.code(), slug)
                        : Optional.empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StaffPreview.describe(article.getPage(), now, model, response);
        Translations.describe(
                model,
                language,
                article,
                articles.findVisibleTranslations(article.getPage().getTranslationKey(), now),
                Article::getPage,
                Article::getUrl);
        List<ArticleLink> links = articles.findVisibleLinks(language.code(), now);
        int index = links.stream().map(ArticleLink::slug).toList().indexOf(article.getSlug());
        model.addAttribute("article", article);
        model.addAttribute("showToc", article.getToc().size() >= TOC_MIN_SECTIONS);
        model.addAttribute("previous", index > 0 ? links.get(index - 1) : null);
        model.addAttribute("next", index >= 0 && index < links.size() - 1 ? links.get(index + 1) : null);
        model.addAttribute("related", related(article, articles.findVisible(language.code(), now)));
        model.addAttribute(
                "bookingCta",
                blocks.findVisible(language.code(), ContentBlock.BOOKING_CTA, now)
                        .orElse(null));
        model.addAttribute(PageDescription.ATTRIBUTE, ArticleSeo.describe(article));
        model.addAttribute("navSection", "guide");
        model.addAttribute("navCurrent", "true"); // a page inside the section
        model.addAttribute("showStickyCta", true);
        return VIEW;
    }

    /** Published articles sharing a tag with this one: most shared tags first, then the editors' order. */
    static List<Article> related(Article article, List<Article> visible) {
        Set<String> tags = Set.copyOf(article.getTags());
        if (tags.isEmpty()) {
            return List.of();
        }
        return visible.stream()
                .filter(other -> !other.getSlug().equals(article.getSlug()))
                .filter(other -> shared(tags, other) > 0)
                .sorted(Comparator.comparingLong((Article other) -> -shared(tags, other)))
                .limit(MAX_RELATED)
                .toList();
    }

    private static long shared(Set<String> tags, Article other) {
        return other.getTags().stream().filter(tags::contains).count();
    }
}
