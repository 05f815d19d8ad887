package com.empowerfitness.guide.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import com.empowerfitness.guide.article.ArticleLink;
import com.empowerfitness.guide.article.ArticleRepository;
import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.block.BlockKind;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.config.ClockConfiguration;
import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import com.empowerfitness.guide.staff.SecurityConfig;
import com.empowerfitness.guide.staff.SecuritySliceBeans;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(HomeController.class)
@Import({SecurityConfig.class, SecuritySliceBeans.class, ClockConfiguration.class})
class HomeControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ArticleRepository articles;

    @MockitoBean
    ContentBlockRepository blocks;

    private static ContentBlock block(String key, BlockKind kind, String title, List<String> highlights, String html) {
        ContentBlock block = new ContentBlock(key, kind);
        Meta meta = new Meta("Dr. Ezra Miller", "PT, DPT", null, null, null, null, false, null, null);
        block.update(
                new BlockContent(
                        new ContentFile(key + ".md", "x", "h"),
                        key,
                        null,
                        title,
                        null,
                        null,
                        meta,
                        6,
                        highlights,
                        html),
                Instant.now());
        return block;
    }

    private Document home() throws Exception {
        MvcTestResult result = mvc.get().uri("/").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void homeShowsTitleHighlightsContentsRedFlagsAndBookingCall() throws Exception {
        given(blocks.findVisible(eq("en"), eq("home"), any()))
                .willReturn(Optional.of(block(
                        "home",
                        BlockKind.HOME,
                        "Lower Back Muscle Spasms",
                        List.of("Most spasms come from overuse."),
                        "<p>Intro text.</p>")));
        given(blocks.findVisible(eq("en"), eq("red-flags"), any()))
                .willReturn(Optional.of(block(
                        "red-flags", BlockKind.BLOCK, "Get help now if", List.of(), "<ul><li>a fever</li></ul>")));
        given(blocks.findVisible(eq("en"), eq("booking-cta"), any()))
                .willReturn(Optional.of(block(
                        "booking-cta",
                        BlockKind.BLOCK,
                        "Book a session",
                        List.of(),
                        "<p>Book with Dr. Ezra Miller.</p>")));
        given(articles.findVisibleLinks(eq("en"), any()))
                .willReturn(List.of(
                        new ArticleLink("how-common", "How common?", null),
                        new ArticleLink("causes", "Causes", "Why.")));

        Document page = home();

        assertThat(page.select("h1").text()).isEqualTo("Lower Back Muscle Spasms");
        assertThat(page.select(".highlights li").text()).isEqualTo("Most spasms come from overuse.");
        assertThat(page.select(".intro").text()).isEqualTo("Intro text.");
        assertThat(page.select(".guide-contents a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("/articles/how-common", "/articles/causes", "/exercises", "/faq");
        assertThat(page.select(".care-card-urgent h2").text()).isEqualTo("Urgent advice: Get help now if");
        assertThat(page.select(".care-card-urgent li").text()).isEqualTo("a fever");
        assertThat(page.select(".booking-cta").text()).contains("Dr. Ezra Miller");
        assertThat(page.select(".booking-cta a.button").attr("href")).isEqualTo("/book");
    }

    @Test
    void homeStillWorksBeforeAnyContentIsLoaded() throws Exception {
        given(blocks.findVisible(eq("en"), any(), any())).willReturn(Optional.empty());
        given(articles.findVisibleLinks(eq("en"), any())).willReturn(List.of());

        Document page = home();

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main").text()).contains("being updated");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("a[href=/book]")).isNotEmpty();
    }
}
