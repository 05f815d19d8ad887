package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml} (every public page patients may see now, {@code lastmod} from the review date) and
 * {@code /robots.txt} (naming the sitemap and keeping crawlers out of the staff area and the sign-in page).
 */
@Controller
class SitemapController {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Where the {@code xhtml:link} alternates of a page in other languages come from. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Public pages that are not made from one content file. */
    static final List<String> FIXED_PATHS = List.of("/", "/exercises", "/faq", "/book");

    private final PublishedPages pages;

    private final PublicSite site;

    SitemapController(PublishedPages pages, PublicSite site) {
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAP);
        xml.writeStartElement(SITEMAP, "urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        LocalizedPaths paths = pages.paths();
        for (String path : FIXED_PATHS) {
            Map<Language, String> versions = new LinkedHashMap<>();
            for (Language language : paths.languages().all()) {
                paths.localize(language, path).ifPresent(p -> versions.put(language, p));
            }
            for (String address : versions.values()) {
                url(xml, address, null, versions);
            }
        }
        List<PublishedPage> all = pages.everyLanguage();
        Map<String, Map<Language, String>> byKey = new LinkedHashMap<>();
        for (PublishedPage page : all) {
            byKey.computeIfAbsent(page.translationKey(), k -> new LinkedHashMap<>())
                    .putIfAbsent(paths.languages().byCode(page.language()), page.path());
        }
        for (PublishedPage page : all) {
            url(xml, page.path(), page.lastModified(), byKey.get(page.translationKey()));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(out.toString());
    }

    private void alternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", site.url(path));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = String.join(
                "\n",
                "User-agent: *",
                "Disallow: /staff/",
                "Disallow: /login",
                "",
                "Sitemap: " + site.url("/sitemap.xml"),
                "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(body);
    }

    /**
     * One page; with {@code xhtml:link} alternates (every language, then x-default) when it exists in more than
     * one language.
     */
    private void url(XMLStreamWriter xml, String path, LocalDate lastModified, Map<Language, String> versions)
            throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        xml.writeStartElement(SITEMAP, "loc");
        xml.writeCharacters(site.url(path));
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement(SITEMAP, "lastmod");
            xml.writeCharacters(lastModified.toString());
            xml.writeEndElement();
        }
        if (versions.size() > 1) {
            for (Map.Entry<Language, String> version : versions.entrySet()) {
                alternate(xml, version.getKey().code(), version.getValue());
            }
            // The default language's version comes first when there is one.
            alternate(xml, "x-default", versions.values().iterator().next());
        }
        xml.writeEndElement();
    }
}
