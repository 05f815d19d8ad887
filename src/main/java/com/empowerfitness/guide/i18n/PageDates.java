package com.empowerfitness.guide.i18n;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Page dates (published, reviewed, based on) for templates, in the page's language: {@code
 * ${pageDates.format(page.lastReviewed, #locale)}}. A model attribute on every page, so feature controllers and
 * their slice tests need nothing of their own.
 */
@ControllerAdvice
public class PageDates {

    @ModelAttribute("pageDates")
    PageDates pageDates() {
        return this;
    }

    public String format(LocalDate date, Locale locale) {
        return (date == null) ? "" : DateWords.date(date, locale);
    }
}
