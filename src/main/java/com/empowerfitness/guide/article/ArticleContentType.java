package com.empowerfitness.guide.article;

import com.empowerfitness.guide.article.ArticleContent.Heading;
import com.empowerfitness.guide.content.FrontMatter;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.RenderedPage;
import com.empowerfitness.guide.content.SluggedContentType;
import com.empowerfitness.guide.content.StoredLength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** {@code articles/*.md}: the guide's pages, at {@code /articles/{slug}}. */
@Component
public class ArticleContentType extends SluggedContentType<Article, ArticleContent> {

    /** Where articles are: {@code /articles/} and the slug. */
    public static final String PATH = "/articles/";

    public ArticleContentType(ArticleRepository articles) {
        super("articles", ArticleContent.class, articles);
    }

    /** The address of the article with this slug: the one place it is built. */
    public static String urlOf(String slug) {
        return PATH + slug;
    }

    @Override
    public String url(String slug) {
        return urlOf(slug);
    }

    @Override
    public String description() {
        return "articles";
    }

    @Override
    public List<String> keys() {
        return List.of("slug", "order", "reading_minutes", "tags");
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        FrontMatter fm = page.frontMatter();
        List<Heading> toc = new ArrayList<>();
        for (Element h2 : page.dom().select("h2[id]")) {
            toc.add(new Heading(
                    page.fitting("a section heading's anchor", h2.id(), StoredLength.ANCHOR),
                    page.fitting("a section heading", h2.text(), StoredLength.TITLE)));
        }
        int words = page.wordCount();
        List<String> tags = page.tags();
        return new ArticleContent(
                page.file(),
                page.slug(),
                page.slugLine(),
                page.title(),
                page.summary(),
                fm.number("order").orElse(null),
                page.meta(),
                tags,
                fm.number("reading_minutes").orElseGet(() -> RenderedPage.readingMinutes(words)),
                words,
                page.fitting("the article's HTML", page.bodyHtml(), StoredLength.PAGE_HTML),
                List.copyOf(toc));
    }

    @Override
    protected Article create(ArticleContent content, Instant now) {
        return Article.from(content, now);
    }

    @Override
    protected void update(Article stored, ArticleContent content, Instant now) {
        stored.update(content, now);
    }
}
