package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.article.Article;
import com.empowerfitness.guide.article.ArticleContentType;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.BlockKind;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.check.CheckContentType;
import com.empowerfitness.guide.check.CheckPage;
import com.empowerfitness.guide.check.CheckPageRepository;
import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentErrorRecord;
import com.empowerfitness.guide.content.ContentErrorRepository;
import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.content.PageState;
import com.empowerfitness.guide.content.Readability;
import com.empowerfitness.guide.editor.image.ImageUploads;
import com.empowerfitness.guide.exercise.Exercise;
import com.empowerfitness.guide.exercise.ExerciseContentType;
import com.empowerfitness.guide.exercise.ExerciseRepository;
import com.empowerfitness.guide.faq.Faq;
import com.empowerfitness.guide.faq.FaqContentType;
import com.empowerfitness.guide.faq.FaqRepository;
import com.empowerfitness.guide.home.HomeContentType;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' view of every content file, computed on request from the stored, sanitized HTML (jsoup, never
 * Markdown): a guide has a few dozen pages, so computing it on each request is cheap and always current.
 */
@Service
public class ContentHealth {

    static final int WORDS_PER_MINUTE = 200;

    /** Addresses under /exercises/ that are pages of their own, not exercises. */
    static final Set<String> EXERCISE_PAGES = Set.of("routine", "print");

    /** Elements whose text is one block of prose (a paragraph, list item, heading, cell). */
    private static final String TEXT_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, blockquote";

    /**
     * The files awaiting review that a clinician should check first: the ones that tell a patient when to get
     * emergency help.
     */
    static final List<String> REVIEW_FIRST = List.of("check.md", "blocks/red-flags.md");

    private final ArticleRepository articles;

    private final ExerciseRepository exercises;

    private final ContentBlockRepository blocks;

    private final FaqRepository faqs;

    private final CheckPageRepository checks;

    private final ContentErrorRepository errors;

    private final Clock clock;

    private final LocalizedPaths paths;

    private final ImageUploads images;

    ContentHealth(
            ArticleRepository articles,
            ExerciseRepository exercises,
            ContentBlockRepository blocks,
            FaqRepository faqs,
            CheckPageRepository checks,
            ContentErrorRepository errors,
            Clock clock,
            LocalizedPaths paths,
            ImageUploads images) {
        this.paths = paths;
        this.images = images;
        this.articles = articles;
        this.exercises = exercises;
        this.blocks = blocks;
        this.faqs = faqs;
        this.checks = checks;
        this.errors = errors;
        this.clock = clock;
    }

    /** A page's public address in its own language (staff open Spanish pages at their Spanish addresses). */
    private String address(PageInfo info, String url) {
        if (url == null) {
            return null;
        }
        return paths.localize(paths.languages().byCode(info.getLanguage()), url).orElse(url);
    }

    /** Every stored translation's details by its file's path (the page's source and the revision it names). */
    @Transactional(readOnly = true)
    public Map<String, PageInfo> translations() {
        Map<String, PageInfo> result = new LinkedHashMap<>();
        List<PageInfo> all = new ArrayList<>();
        articles.findAll().forEach(a -> all.add(a.getPage()));
        exercises.findAll().forEach(e -> all.add(e.getPage()));
        blocks.findAll().forEach(b -> all.add(b.getPage()));
        checks.findAll().forEach(c -> all.add(c.getPage()));
        for (PageInfo info : all) {
            if (info.getTranslationOf() != null) {
                result.put(info.getSourcePath(), info);
            }
        }
        return result;
    }

    /**
     * Every file: pages awaiting clinical review first (the red-flag check and box before the rest), then overdue
     * reviews (most overdue first), then files with errors, then by path.
     */
    @Transactional(readOnly = true)
    public List<PageHealth> report() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Map<String, List<ContentError>> errorsByPath = errors.findAllByOrderByPathAscLineAsc().stream()
                .map(ContentErrorRecord::toError)
                .collect(Collectors.groupingBy(ContentError::path, LinkedHashMap::new, Collectors.toList()));
        LinkTargets targets = new LinkTargets(now);
        List<PageHealth> pages = new ArrayList<>();
        for (Article article : articles.findAll()) {
            pages.add(page(
                    article.getPage(),
                    article.getTitle(),
                    address(article.getPage(), article.getUrl()),
                    article.getBodyHtml(),
                    errorsByPath,
                    targets,
                    now,
                    today));
        }
        for (Exercise exercise : exercises.findAll()) {
            String html = "<p>" + Entities.escape(exercise.getPurpose()) + "</p><ol>"
                    + exercise.getSteps().stream()
                            .map(s -> "<li>" + s + "</li>")
                            .collect(Collectors.joining())
                    + "</ol>" + exercise.getBodyHtml();
            pages.add(page(
                    exercise.getPage(),
                    exercise.getTitle(),
                    address(exercise.getPage(), exercise.getUrl()),
                    html,
                    errorsByPath,
                    targets,
                    now,
                    today));
        }
        List<Faq> allFaqs = faqs.findAllByOrderBySortOrderAsc();
        for (ContentBlock block : blocks.findAll()) {
            String html = block.getBodyHtml();
            String url = switch (block.getKind()) {
                case HOME -> HomeContentType.URL;
                case FAQS -> FaqContentType.URL;
                case BLOCK -> null;
            };
            url = address(block.getPage(), url);
            if (block.getKind() == BlockKind.FAQS) {
                html += allFaqs.stream()
                        .filter(f -> f.getLanguage().equals(block.getPage().getLanguage()))
                        .map(f -> "<h2>" + Entities.escape(f.getQuestion()) + "</h2>" + f.getAnswerHtml())
                        .collect(Collectors.joining());
            }
            pages.add(page(block.getPage(), block.getTitle(), url, html, errorsByPath, targets, now, today));
        }
        for (CheckPage check : checks.findAllBy()) {
            String html = check.getIntroHtml()
                    + "<p>" + Entities.escape(check.getRedFlagsQuestion()) + "</p><ul>"
                    + check.getRedFlags().stream()
                            .map(q -> "<li>" + Entities.escape(q) + "</li>")
                            .collect(Collectors.joining())
                    + "</ul><p>" + Entities.escape(check.getConsultQuestion()) + "</p><ul>"
                    + check.getConsultSigns().stream()
                            .map(q -> "<li>" + Entities.escape(q) + "</li>")
                            .collect(Collectors.joining())
                    + "</ul><h2>" + Entities.escape(check.getEmergencyTitle()) + "</h2>" + check.getEmergencyHtml()
                    + "<h2>" + Entities.escape(check.getConsultTitle()) + "</h2>" + check.getConsultHtml()
                    + "<h2>" + Entities.escape(check.getSelfCareTitle()) + "</h2>" + check.getSelfCareHtml();
            pages.add(page(
                    check.getPage(),
                    check.getTitle(),
                    address(check.getPage(), CheckContentType.URL),
                    html,
                    errorsByPath,
                    targets,
                    now,
                    today));
        }
        Set<String> stored = pages.stream().map(PageHealth::path).collect(Collectors.toSet());
        errorsByPath.forEach((path, list) -> {
            if (!stored.contains(path)) {
                pages.add(new PageHealth(
                        path, null, null, "error", list, 0, 0, 0, List.of(), List.of(), null, null, null, false,
                        false));
            }
        });
        pages.sort(Comparator.comparing((PageHealth p) -> !p.awaitingReview())
                .thenComparing(p -> p.awaitingReview() ? reviewFirstRank(p.path()) : 0)
                .thenComparing((PageHealth p) -> !p.overdue())
                .thenComparing(p -> p.overdue() ? p.nextReviewDue() : LocalDate.MAX)
                .thenComparing(p -> p.errors().isEmpty())
                .thenComparing(PageHealth::path));
        return pages;
    }

    /** The position of a file in {@link #REVIEW_FIRST}, or after all of them. */
    private static int reviewFirstRank(String path) {
        int rank = REVIEW_FIRST.indexOf(path);
        return rank < 0 ? REVIEW_FIRST.size() : rank;
    }

    private static PageHealth page(
            PageInfo info,
            String title,
            String url,
            String html,
            Map<String, List<ContentError>> errorsByPath,
            LinkTargets targets,
            LocalDateTime now,
            LocalDate today) {
        List<ContentError> fileErrors = errorsByPath.getOrDefault(info.getSourcePath(), List.of());
        String state = fileErrors.isEmpty() ? PageState.of(info, now).label() : "error";
        Measures measures = measure(html, targets);
        int words = measures.words();
        List<String> broken = measures.brokenLinks();
        List<String> noAlt = measures.missingAlt();
        boolean overdue =
                info.getNextReviewDue() != null && info.getNextReviewDue().isBefore(today);
        return new PageHealth(
                info.getSourcePath(),
                title,
                url,
                state,
                fileErrors,
                words,
                measures.readingMinutes(),
                measures.grade(),
                broken,
                noAlt,
                info.getReviewedBy(),
                info.getLastReviewed(),
                info.getNextReviewDue(),
                overdue,
                !info.isReviewed());
    }

    /**
     * The checks this page shows for one page's HTML (words, reading time, grade, broken links, images without
     * alt text), for a text that is not stored yet: the browser editor's preview.
     */
    @Transactional(readOnly = true)
    public Measures measure(String html) {
        return measure(html, new LinkTargets(LocalDateTime.now(clock)));
    }

    private static Measures measure(String html, LinkTargets targets) {
        Document dom = Jsoup.parseBodyFragment(html);
        List<String> blocks = new ArrayList<>();
        for (Element element : dom.select(TEXT_BLOCKS)) {
            if (element.select(TEXT_BLOCKS).size() == 1) { // only the innermost blocks: a li holding a p counts once
                blocks.add(element.text());
            }
        }
        Readability.Score score = Readability.score(blocks);
        int words = score.words();
        List<String> broken = dom.select("a[href]").stream()
                .map(a -> a.attr("href"))
                .map(href -> targets.problem(href)
                        .map(why -> href + " (" + why + ")")
                        .orElse(null))
                .filter(s -> s != null)
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        // a picture of the site's own that is not stored shows patients a broken image
        dom.select("img[src^=/images/]").stream()
                .map(img -> img.attr("src"))
                .filter(src -> targets.missingImage(src))
                .map(src -> src + " (no such image)")
                .distinct()
                .forEach(broken::add);
        List<String> noAlt = dom.select("img").stream()
                .filter(img -> img.attr("alt").isBlank())
                .map(img -> img.attr("src"))
                .toList();
        return new Measures(
                words,
                words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
                Math.round(score.grade() * 10) / 10.0,
                broken,
                noAlt);
    }

    /** What {@link #measure(String)} finds in one page. */
    public record Measures(
            int words, int readingMinutes, double grade, List<String> brokenLinks, List<String> missingAlt) {

        public boolean hardToRead() {
            return this.grade > PageHealth.GRADE_TARGET;
        }
    }

    /**
     * What internal links may point at: the pages patients can see now and the FAQ anchors, per language. A link
     * is checked in the language its address is in ({@code /es/articulos/causas}: the Spanish article
     * {@code causas}), whatever the language of the page it is on: {@link LocalizedPaths} turns it into the
     * default language's form ({@code /articles/causas}) with the language's own slug.
     */
    private final class LinkTargets {

        /** Per language code: slug to state. */
        private final Map<String, Map<String, PageState>> articleStates;

        private final Map<String, Map<String, PageState>> exerciseStates;

        /** Per language code: the questions' anchors. */
        private final Map<String, Set<String>> faqAnchors;

        LinkTargets(LocalDateTime now) {
            this.articleStates = articles.findAll().stream()
                    .collect(Collectors.groupingBy(
                            a -> a.getPage().getLanguage(),
                            Collectors.toMap(Article::getSlug, a -> PageState.of(a.getPage(), now))));
            this.exerciseStates = exercises.findAll().stream()
                    .collect(Collectors.groupingBy(
                            e -> e.getPage().getLanguage(),
                            Collectors.toMap(Exercise::getSlug, e -> PageState.of(e.getPage(), now))));
            this.faqAnchors = faqs.findAll().stream()
                    .collect(Collectors.groupingBy(
                            Faq::getLanguage, Collectors.mapping(Faq::getAnchor, Collectors.toSet())));
        }

        /** Whether an {@code /images/...} address names no stored image. */
        boolean missingImage(String src) {
            String name = src.substring("/images/".length());
            int end = name.indexOf('?');
            return images.stored(end < 0 ? name : name.substring(0, end)).isEmpty();
        }

        /** Why a link leads nowhere for patients, or empty when it is fine (or not one of the guide's pages). */
        Optional<String> problem(String href) {
            if (!href.startsWith("/") || href.startsWith("//")) {
                return Optional.empty(); // another site, a mail address, an anchor on the same page
            }
            Language language = paths.languages().ofPath(href);
            Optional<String> defaultForm = paths.toDefault(href);
            if (defaultForm.isEmpty()) {
                // Under a language's prefix but none of its addresses (/es/articles/causas): nothing answers.
                return Optional.of("no such page");
            }
            String path = defaultForm.get();
            String code = language.code();
            if (path.startsWith(ArticleContentType.PATH)) {
                return pageProblem(slugOf(path, ArticleContentType.PATH), in(articleStates, code));
            }
            if (path.startsWith(ExerciseContentType.PATH)) {
                String slug = slugOf(path, ExerciseContentType.PATH);
                return EXERCISE_PAGES.contains(slug) ? Optional.empty() : pageProblem(slug, in(exerciseStates, code));
            }
            if (path.startsWith(FaqContentType.URL + "#")) {
                String anchor = path.substring(FaqContentType.URL.length() + 1);
                return faqAnchors.getOrDefault(code, Set.of()).contains(anchor)
                        ? Optional.empty()
                        : Optional.of("no such question");
            }
            return Optional.empty();
        }

        private static Function<String, PageState> in(Map<String, Map<String, PageState>> states, String code) {
            return states.getOrDefault(code, Map.of())::get;
        }

        private static String slugOf(String href, String prefix) {
            String rest = href.substring(prefix.length());
            int end = rest.length();
            for (char c : new char[] {'#', '?', '/'}) {
                int i = rest.indexOf(c);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            return rest.substring(0, end);
        }

        private static Optional<String> pageProblem(String slug, Function<String, PageState> states) {
            PageState state = states.apply(slug);
            if (state == null) {
                return Optional.of("no such page");
            }
            return state == PageState.PUBLISHED
                    ? Optional.empty()
                    : Optional.of("the page is " + state.label() + ", not visible to patients");
        }
    }
}
