package com.empowerfitness.guide.content;

import java.time.LocalDateTime;

/**
 * The one rule for "patients may see this page now": not a draft, {@code publish_at <= now < expires_at} (either
 * date may be absent). {@link #VISIBLE_NOW} says it in JPQL for queries, the methods say it in Java for page
 * state; VisibilityTest holds them to the same answers.
 */
public final class Visibility {

    /**
     * A JPQL condition on the {@link PageInfo} {@code page} of the entity aliased {@code p}, with a {@code :now}
     * parameter (the clinic's local time). Queries are written {@code "select p from Article p where " +
     * VISIBLE_NOW}.
     */
    public static final String VISIBLE_NOW = "(p.page.draft = false"
            + " and (p.page.publishAt is null or p.page.publishAt <= :now)"
            + " and (p.page.expiresAt is null or p.page.expiresAt > :now))";

    private Visibility() {}

    /** Not yet published at {@code now}. */
    static boolean scheduled(LocalDateTime publishAt, LocalDateTime now) {
        return publishAt != null && publishAt.isAfter(now);
    }

    /** No longer published at {@code now}: the expiry moment itself already counts as expired. */
    static boolean expired(LocalDateTime expiresAt, LocalDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public static boolean visible(boolean draft, LocalDateTime publishAt, LocalDateTime expiresAt, LocalDateTime now) {
        return !draft && !scheduled(publishAt, now) && !expired(expiresAt, now);
    }
}
