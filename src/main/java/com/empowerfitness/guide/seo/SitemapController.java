package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.web.PublicPaths;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
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
        for (String path : FIXED_PATHS) {
            url(xml, path, null);
        }
        for (PublishedPage page : pages.now()) {
            url(xml, page.path(), page.lastModified());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = String.join(
                "\n",
                "User-agent: *",
                "Disallow: " + PublicPaths.STAFF + "/",
                "Disallow: " + PublicPaths.LOGIN,
                "",
                "Sitemap: " + site.url("/sitemap.xml"),
                "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(body);
    }

    private void url(XMLStreamWriter xml, String path, LocalDate lastModified) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        xml.writeStartElement(SITEMAP, "loc");
        xml.writeCharacters(site.url(path));
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement(SITEMAP, "lastmod");
            xml.writeCharacters(lastModified.toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
