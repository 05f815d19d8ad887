package com.empowerfitness.guide.content;

import java.time.LocalDateTime;

/**
 * Whether patients may see a page at a given moment. Decided at request time against the injected clock, never
 * at load time, so that {@code publish_at} and {@code expires_at} take effect without a reload.
 */
public enum PageState {
    PUBLISHED("published", null),

    DRAFT("draft", "Draft – not visible to patients"),

    SCHEDULED("scheduled", "Scheduled – not visible to patients until "),

    EXPIRED("expired", "Expired – no longer visible to patients since ");

    private final String label;

    private final String banner;

    PageState(String label, String banner) {
        this.label = label;
        this.banner = banner;
    }

    /** The state of a page at {@code now}, in the clinic's zone; a draft stays a draft whatever its dates. */
    public static PageState of(PageInfo page, LocalDateTime now) {
        if (page.isDraft()) {
            return DRAFT;
        }
        if (Visibility.scheduled(page.getPublishAt(), now)) {
            return SCHEDULED;
        }
        if (Visibility.expired(page.getExpiresAt(), now)) {
            return EXPIRED;
        }
        return PUBLISHED;
    }

    /** Lower-case word for staff pages: published, draft, scheduled, expired. */
    public String label() {
        return label;
    }

    /** The banner staff see when previewing a page patients cannot see, or null for a published page. */
    public String bannerFor(PageInfo page) {
        return switch (this) {
            case PUBLISHED -> null;
            case DRAFT -> banner;
            case SCHEDULED -> banner + GuideDates.formatDateTime(page.getPublishAt());
            case EXPIRED -> banner + GuideDates.formatDateTime(page.getExpiresAt());
        };
    }
}
