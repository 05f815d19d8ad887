package com.empowerfitness.guide.i18n;

/**
 * One entry of the language switcher: the same page in another language, or that language's home page when the
 * page has no translation.
 *
 * @param language the language the link leads to
 * @param href the address (a path) in that language
 * @param translated whether {@code href} is this page's translation (false: the language's home page)
 */
public record LanguageLink(Language language, String href, boolean translated) {}
