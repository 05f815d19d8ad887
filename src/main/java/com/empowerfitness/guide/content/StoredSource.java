package com.empowerfitness.guide.content;

/**
 * What the loader needs to know of a file's stored version to leave it alone when it has not changed.
 *
 * @param hash the {@link ContentFile#hash()} it was stored from
 * @param translationOf the file it translates, or null: checked again on every load, as that file may be gone
 */
public record StoredSource(String hash, String translationOf) {

    public static StoredSource of(PageInfo page) {
        return new StoredSource(page.getContentHash(), page.getTranslationOf());
    }
}
