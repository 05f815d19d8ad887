package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.i18n.Language;
import java.io.StringWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /feed.xml}: an Atom feed of the published articles and exercises, most recently reviewed first. Written
 * with an XML writer (never by joining strings), so any title is escaped correctly.
 */
@Controller
class FeedController {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static final MediaType ATOM_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublishedPages pages;

    private final PublicSite site;

    private final Clock clock;

    private final MessageSource messages;

    FeedController(PublishedPages pages, PublicSite site, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> feed(Language language) throws XMLStreamException {
        String self = pages.paths().localize(language, "/feed.xml").orElse("/feed.xml");
        List<PublishedPage> entries = pages.now(language).stream()
                .sorted(Comparator.comparing(FeedController::updated).reversed().thenComparing(PublishedPage::path))
                .toList();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", language.code());
        element(
                xml,
                "title",
                messages.getMessage(
                        "layout.feedTitle",
                        new Object[] {site.name()},
                        site.name() + " patient guide",
                        language.locale()));
        element(xml, "id", site.url(language.homePath()));
        link(xml, site.url(self), "self");
        link(xml, site.url(language.homePath()), "alternate");
        element(
                xml,
                "updated",
                entries.isEmpty() ? format(OffsetDateTime.now(clock)) : format(updated(entries.get(0))));
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", site.name());
        xml.writeEndElement();
        for (PublishedPage page : entries) {
            xml.writeStartElement(ATOM, "entry");
            element(xml, "title", page.title());
            link(xml, site.url(page.path()), "alternate");
            element(xml, "id", site.url(page.path()));
            element(xml, "updated", format(updated(page)));
            if (page.summary() != null) {
                element(xml, "summary", page.summary());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM_TYPE).body(out.toString());
    }

    /** The review date (midnight UTC) when the page has one, else when it last changed. */
    static OffsetDateTime updated(PublishedPage page) {
        return page.lastReviewed() != null
                ? page.lastReviewed().atStartOfDay().atOffset(ZoneOffset.UTC)
                : page.updated();
    }

    private static String format(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(PublicSite.xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
