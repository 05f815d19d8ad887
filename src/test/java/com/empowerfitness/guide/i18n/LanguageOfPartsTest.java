package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.support.SharedContextTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On the guide's own content: words in another language than the page's are marked with their language (WCAG
 * 3.1.2, so that a screen reader pronounces them right), here the English title of the clinic's source on the
 * Spanish pages, and nothing is marked on the English ones.
 */
class LanguageOfPartsTest extends SharedContextTest {

    @Test
    void theEnglishTitleOfTheSourceIsMarkedEnglishOnSpanishPages() throws Exception {
        for (String address : new String[] {"/es/articulos/causas", "/es/ejercicios/gato-vaca"}) {
            Document page = page(address);
            assertThat(page.select(".page-source cite").text())
                    .as(address)
                    .isEqualTo("Lower Back Muscle Spasms: Relief Guide with PT-Based Exercises");
            assertThat(page.select(".page-source cite").attr("lang"))
                    .as(address)
                    .isEqualTo("en");
        }
    }

    @Test
    void englishPagesMarkNothing() throws Exception {
        Document page = page("/articles/causes");
        assertThat(page.select(".page-source cite")).hasSize(1);
        assertThat(page.select("main [lang]")).isEmpty();
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(this.mockMvc
                .perform(get(address))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
