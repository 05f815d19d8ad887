package com.empowerfitness.guide.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One question and answer: a {@code ## Question} heading of {@code faqs.md} and the text under it. */
@Entity
@Table(name = "faq")
public class Faq {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String question;

    /** The id to link to, e.g. {@code /faq#is-heat-or-ice-better-for-back-spasms}. */
    /** Unique within the page's language. */
    @Column(nullable = false)
    private String anchor;

    @Column(nullable = false)
    private String answerHtml;

    @Column(nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String sourcePath;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Faq() {}

    Faq(
            String question,
            String anchor,
            String answerHtml,
            int sortOrder,
            String sourcePath,
            String language,
            String contentHash,
            Instant updatedAt) {
        this.language = language;
        this.question = question;
        this.anchor = anchor;
        this.answerHtml = answerHtml;
        this.sortOrder = sortOrder;
        this.sourcePath = sourcePath;
        this.contentHash = contentHash;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getAnswerHtml() {
        return answerHtml;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getLanguage() {
        return language;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
