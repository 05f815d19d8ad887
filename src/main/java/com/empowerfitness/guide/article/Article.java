package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.content.SluggedPage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;

/** A page of the guide, made from one file in {@code content/articles/}. */
@Entity
@Table(name = "article")
public class Article implements SluggedPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    private Integer sortOrder;

    @Column(nullable = false)
    private int readingMinutes;

    @Column(nullable = false)
    private int wordCount;

    /** Comma-separated topics. */
    private String tags;

    @Column(nullable = false)
    private String bodyHtml;

    /** The body as plain text, for search; made once when the file is loaded. */
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "article_toc", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "item_index")
    private List<TocEntry> toc = new ArrayList<>();

    @Embedded
    private PageInfo page;

    protected Article() {}

    static Article from(ArticleContent content, Instant now) {
        Article article = new Article();
        article.update(content, now);
        return article;
    }

    void update(ArticleContent content, Instant now) {
        this.slug = content.key();
        this.title = content.title();
        this.summary = content.summary();
        this.sortOrder = content.order();
        this.readingMinutes = content.readingMinutes();
        this.wordCount = content.wordCount();
        this.tags = content.tags().isEmpty() ? null : String.join(",", content.tags());
        this.bodyHtml = content.bodyHtml();
        this.searchText = Jsoup.parseBodyFragment(content.bodyHtml()).text();
        this.toc.clear();
        content.toc().forEach(h -> this.toc.add(new TocEntry(h.anchor(), h.text())));
        this.page = new PageInfo(content.meta(), content.path(), content.hash(), now);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The article's address. */
    public String getUrl() {
        return ArticleContentType.urlOf(slug);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public int getReadingMinutes() {
        return readingMinutes;
    }

    public int getWordCount() {
        return wordCount;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSearchText() {
        return searchText == null ? "" : searchText;
    }

    public List<TocEntry> getToc() {
        return toc;
    }

    public PageInfo getPage() {
        return page;
    }
}
