package com.empowerfitness.guide.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.config.ClockConfiguration;
import com.empowerfitness.guide.staff.SecurityConfig;
import com.empowerfitness.guide.staff.SecuritySliceBeans;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(FaqController.class)
@Import({SecurityConfig.class, SecuritySliceBeans.class, ClockConfiguration.class})
class FaqControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FaqRepository faqs;

    @MockitoBean
    ContentBlockRepository blocks;

    @Test
    void everyQuestionIsAHeadingWithItsOwnAnchor() throws Exception {
        given(faqs.findByLanguageOrderBySortOrderAsc("en"))
                .willReturn(List.of(
                        new Faq(
                                "Is heat or ice better?",
                                "is-heat-or-ice-better",
                                "<p>Ice first.</p>",
                                0,
                                "faqs.md",
                                "en",
                                "h",
                                Instant.now()),
                        new Faq(
                                "What drinks help?",
                                "what-drinks-help",
                                "<p>Water.</p>",
                                1,
                                "faqs.md",
                                "en",
                                "h",
                                Instant.now())));

        MvcTestResult result = mvc.get().uri("/faq").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(page.select(".faq-item"))
                .extracting(e -> e.id())
                .containsExactly("is-heat-or-ice-better", "what-drinks-help");
        assertThat(page.select("#is-heat-or-ice-better h2").text()).isEqualTo("Is heat or ice better?");
        assertThat(page.select("#is-heat-or-ice-better .faq-answer").text()).isEqualTo("Ice first.");
        assertThat(page.select("nav.contents-list a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#is-heat-or-ice-better", "#what-drinks-help");
        assertThat(page.select("h1")).hasSize(1);
    }
}
