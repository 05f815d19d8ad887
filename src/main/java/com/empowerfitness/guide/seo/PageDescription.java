package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.content.PageInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a feature describes one of its pages to search engines and sharing: the controller puts it into the model
 * under {@link #ATTRIBUTE}, and {@link PageMetadataInterceptor} turns it into the canonical link, Open Graph tags,
 * the meta description, {@code Last-Modified} and schema.org JSON-LD ({@link StructuredData}). A public page that
 * describes nothing is a plain web page with the site's name and description.
 *
 * @param title the page's name; null: the site's name
 * @param description one or two sentences for search results; null: the site's description
 * @param canonicalPath the page's one address (a path starting with {@code /}); null: the address it was asked by
 * @param lastModified when the page's content last changed; null: not known (no {@code Last-Modified})
 * @param kind what the page is, and the facts its JSON-LD needs
 */
public record PageDescription(String title, String description, String canonicalPath, Instant lastModified, Kind kind) {

    /** The model attribute a controller puts its page's description under. */
    public static final String ATTRIBUTE = "describedPage";

    public PageDescription {
        kind = (kind == null) ? new WebPage() : kind;
    }

    /** A plain page of the site (lists, forms, search). */
    public static PageDescription webPage(String title, String description) {
        return new PageDescription(title, description, null, null, new WebPage());
    }

    /** Open Graph's type: articles are articles, everything else a web site's page. */
    public String ogType() {
        return kind instanceof MedicalWebPage ? "article" : "website";
    }

    /** What a page is; each kind becomes one schema.org type. */
    public sealed interface Kind permits WebPage, Home, MedicalWebPage, HowTo, FaqPage {}

    /** schema.org {@code WebPage}. */
    public record WebPage() implements Kind {}

    /** The front page: the clinic ({@code MedicalOrganization}) and the guide ({@code WebSite}). */
    public record Home() implements Kind {}

    /** An article of the guide: schema.org {@code MedicalWebPage} about the condition. */
    public record MedicalWebPage(Review review) implements Kind {}

    /**
     * An exercise: schema.org {@code HowTo}.
     *
     * @param stepsHtml the steps in order, as rendered HTML (JSON-LD gets their text)
     * @param totalTime the longest time through, or null when the exercise has no time
     */
    public record HowTo(List<String> stepsHtml, Duration totalTime, Review review) implements Kind {

        public HowTo {
            stepsHtml = List.copyOf(stepsHtml);
        }
    }

    /** The questions page: schema.org {@code FAQPage}. */
    public record FaqPage(List<Question> questions) implements Kind {

        public FaqPage {
            questions = List.copyOf(questions);
        }
    }

    /** One question and its answer as rendered HTML. */
    public record Question(String question, String answerHtml) {}

    /**
     * Who wrote and reviewed a page, and when; each part only when the content file says so (JSON-LD never
     * claims a review that is not recorded).
     */
    public record Review(
            LocalDate published,
            String author,
            LocalDate lastReviewed,
            String reviewedBy,
            String basedOn,
            String basedOnAuthor,
            LocalDate basedOnDate) {

        /** What a page's metadata says; the review only when both its reviewer and date are recorded. */
        public static Review of(PageInfo info) {
            if (info == null) {
                return null;
            }
            boolean reviewed = info.isReviewed();
            return new Review(
                    info.getPublished(),
                    info.getAuthor(),
                    reviewed ? info.getLastReviewed() : null,
                    reviewed ? info.getReviewedBy() : null,
                    info.getBasedOn(),
                    info.getBasedOnAuthor(),
                    info.getBasedOnDate());
        }
    }
}
