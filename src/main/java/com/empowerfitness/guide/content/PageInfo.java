package com.empowerfitness.guide.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Authorship, review, visibility and source columns shared by every page made from a Markdown file. */
@Embeddable
public class PageInfo {

    private String author;

    private String authorCredentials;

    private LocalDate published;

    private LocalDate lastReviewed;

    private String reviewedBy;

    private LocalDate nextReviewDue;

    private String basedOn;

    private String basedOnAuthor;

    private LocalDate basedOnDate;

    @Column(nullable = false)
    private boolean draft;

    private LocalDateTime publishAt;

    private LocalDateTime expiresAt;

    @Column(nullable = false)
    private String sourcePath;

    /** The page's language code; pages of every language share the tables, each query names its language. */
    @Column(nullable = false)
    private String language = ProcessedContent.Meta.DEFAULT_LANGUAGE;

    /** For a translation: the path of the default-language file it translates ({@code articles/causes.md}). */
    private String translationOf;

    /** For a translation: the Git blob id of that file as it was translated. */
    private String sourceRevision;

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private Instant updatedAt;

    protected PageInfo() {}

    public PageInfo(ProcessedContent.Meta meta, String sourcePath, String contentHash, Instant updatedAt) {
        this.author = meta.author();
        this.authorCredentials = meta.authorCredentials();
        this.published = meta.published();
        this.lastReviewed = meta.lastReviewed();
        this.reviewedBy = meta.reviewedBy();
        this.nextReviewDue = meta.nextReviewDue();
        this.basedOn = meta.basedOn();
        this.basedOnAuthor = meta.basedOnAuthor();
        this.basedOnDate = meta.basedOnDate();
        this.draft = meta.draft();
        this.publishAt = meta.publishAt();
        this.expiresAt = meta.expiresAt();
        this.sourcePath = sourcePath;
        this.language = meta.language();
        this.translationOf = meta.translationOf();
        this.sourceRevision = meta.sourceRevision();
        this.contentHash = contentHash;
        this.updatedAt = updatedAt;
    }

    /** Shown to patients: not a draft, already published and not expired. */
    public boolean isVisibleAt(LocalDateTime now) {
        return Visibility.visible(draft, publishAt, expiresAt, now);
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorCredentials() {
        return authorCredentials;
    }

    public LocalDate getPublished() {
        return published;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    /**
     * A clinician has reviewed the page: both {@code reviewed_by} and {@code last_reviewed} are set (the content
     * checks refuse a file with only one of them). Only then do patients see a review line.
     */
    public boolean isReviewed() {
        return lastReviewed != null && reviewedBy != null;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public String getBasedOnAuthor() {
        return basedOnAuthor;
    }

    public LocalDate getBasedOnDate() {
        return basedOnDate;
    }

    public boolean isDraft() {
        return draft;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getLanguage() {
        return language;
    }

    public String getTranslationOf() {
        return translationOf;
    }

    public String getSourceRevision() {
        return sourceRevision;
    }

    /**
     * The path that names this page in every language: the translated file's for a translation, its own
     * otherwise. Pages with the same one are the same page in different languages (hreflang alternates).
     */
    public String getTranslationKey() {
        return translationOf != null ? translationOf : sourcePath;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
