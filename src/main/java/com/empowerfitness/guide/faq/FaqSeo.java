package com.empowerfitness.guide.faq;

import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.seo.PageDescription;
import java.util.List;

/** How the questions page describes itself to search engines: an FAQPage of every question. */
final class FaqSeo {

    static final String DEFAULT_TITLE = "Frequently asked questions";

    private FaqSeo() {}

    /** {@code page} is faqs.md's title and summary, when it exists. */
    static PageDescription describe(ContentBlock page, List<Faq> faqs) {
        return new PageDescription(
                page != null ? page.getTitle() : DEFAULT_TITLE,
                page != null ? page.getSummary() : null,
                FaqContentType.URL,
                null,
                new PageDescription.FaqPage(faqs.stream()
                        .map(faq -> new PageDescription.Question(faq.getQuestion(), faq.getAnswerHtml()))
                        .toList()));
    }
}
