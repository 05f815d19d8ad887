package com.empowerfitness.guide.i18n;

/**
 * One {@code <link rel="alternate" hreflang>} of a page.
 *
 * @param hreflang a language code, or {@code x-default}
 * @param href the absolute address of the page in that language
 */
public record HreflangLink(String hreflang, String href) {}
