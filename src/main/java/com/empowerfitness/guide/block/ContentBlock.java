package com.empowerfitness.guide.block;

import com.empowerfitness.guide.content.PageInfo;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the guide that is not a page of its own: the home page ({@code home.md}, key {@code home}), the FAQ
 * page's title and introduction (key {@code faqs}), and reusable boxes ({@code blocks/booking-cta.md}, key
 * {@code booking-cta}).
 */
@Entity
@Table(name = "content_block")
public class ContentBlock {

    public static final String HOME = "home";

    public static final String FAQS = "faqs";

    public static final String BOOKING_CTA = "booking-cta";

    public static final String RED_FLAGS = "red-flags";

    public static final String EXERCISES_INTRO = "exercises-intro";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "block_key", nullable = false, unique = true)
    private String blockKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BlockKind kind;

    @Column(nullable = false)
    private String title;

    private String summary;

    private Integer sortOrder;

    private Integer readingMinutes;

    @Column(nullable = false)
    private String bodyHtml;

    @ElementCollection
    @CollectionTable(name = "content_block_highlight", joinColumns = @JoinColumn(name = "block_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "highlight", nullable = false)
    private List<String> highlights = new ArrayList<>();

    @Embedded
    private PageInfo page;

    protected ContentBlock() {}

    public ContentBlock(String key, BlockKind kind) {
        this.blockKey = key;
        this.kind = kind;
    }

    /** Copies a freshly rendered file into this block. */
    public void update(BlockContent content, Instant now) {
        this.blockKey = content.key();
        this.title = content.title();
        this.summary = content.summary();
        this.sortOrder = content.order();
        this.readingMinutes = content.readingMinutes();
        this.bodyHtml = content.bodyHtml();
        this.highlights.clear();
        this.highlights.addAll(content.highlights());
        this.page = new PageInfo(content.meta(), content.path(), content.hash(), now);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return blockKey;
    }

    public BlockKind getKind() {
        return kind;
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

    public Integer getReadingMinutes() {
        return readingMinutes;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<String> getHighlights() {
        return highlights;
    }

    public PageInfo getPage() {
        return page;
    }
}
