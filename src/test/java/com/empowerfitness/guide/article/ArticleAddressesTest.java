package com.empowerfitness.guide.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.support.SharedContextTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the guide's own content: another feature's link to an article reaches the article's translation at its own
 * address (its Spanish slug comes from the translated file), the article itself where no translation exists, and
 * nothing for an article the guide does not have.
 */
class ArticleAddressesTest extends SharedContextTest {

    @Autowired
    ArticleAddresses addresses;

    private final Languages languages = Languages.defaults();

    @Test
    void anArticleIsLinkedInThePageLanguageAtTheAddressOfItsTranslation() {
        assertThat(addresses.of(languages.defaultLanguage(), "articles/when-to-worry.md"))
                .hasValue("/articles/when-to-worry");
        assertThat(addresses.of(languages.byCode("es"), "articles/when-to-worry.md"))
                .hasValue("/es/articulos/cuando-preocuparse");
    }

    @Test
    void aLanguageWithoutTheTranslationGetsTheOriginalAndAMissingArticleNothing() {
        Language arabic = new Language("ar", false);
        assertThat(addresses.of(arabic, "articles/when-to-worry.md")).hasValue("/articles/when-to-worry");
        assertThat(addresses.of(languages.byCode("es"), "articles/no-such-article.md"))
                .isEmpty();
    }

    @Test
    void theExercisePagesSendPatientsToWhenToWorryInTheirLanguage() throws Exception {
        assertThat(careLinks("/exercises/knee-to-chest")).contains("/articles/when-to-worry");
        assertThat(careLinks("/exercises")).contains("/articles/when-to-worry");
        assertThat(careLinks("/es/ejercicios/rodillas-al-pecho")).contains("/es/articulos/cuando-preocuparse");
        assertThat(careLinks("/es/ejercicios")).contains("/es/articulos/cuando-preocuparse");
    }

    private java.util.List<String> careLinks(String page) throws Exception {
        Document document = Jsoup.parse(
                this.mockMvc.perform(get(page)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        return document.select("main a[href*=/articul], main a[href*=/articles/]")
                .eachAttr("href");
    }
}
