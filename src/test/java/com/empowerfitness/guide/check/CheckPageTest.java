package com.empowerfitness.guide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.support.SharedContextTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /check} built from the real {@code content/check.md}: the questions and each outcome. */
class CheckPageTest extends SharedContextTest {

    private Document page(String uri) throws Exception {
        MvcResult result = mockMvc.perform(get(uri)).andReturn();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + uri);
    }

    @Test
    void formAsksTheRedFlagsAndConsultationQuestionsFromTheContentInFieldsets() throws Exception {
        Document page = page("/check");

        Element form = page.selectFirst("form.check-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/check/result");
        assertThat(page.select("fieldset > legend"))
                .extracting(Element::text)
                .containsExactly("Do you have back pain and any of these?", "Is any of this true for your back pain?");
        assertThat(page.select("input[name=flag]")).hasSize(5);
        assertThat(page.select("input[name=sign]")).hasSize(3);
        assertThat(page.select("input[type=checkbox]"))
                .allSatisfy(input -> assertThat(
                                page.select("label[for=" + input.id() + "]").text())
                        .isNotBlank());
        assertThat(page.select("label[for=flag-1]").text()).isEqualTo("Loss of bladder or bowel control");
        assertThat(page.select("label[for=sign-2]").text()).isEqualTo("It limits how well you can move or sleep");
    }

    @Test
    void anyRedFlagShowsTheEmergencyCardFirst() throws Exception {
        Document page = page("/check/result?flag=3&sign=0");

        Element main = page.selectFirst("main");
        assertThat(main.attr("data-outcome")).isEqualTo("EMERGENCY");
        Element firstCard = main.selectFirst(".care-card");
        assertThat(firstCard.hasClass("care-card-emergency")).isTrue();
        assertThat(firstCard.selectFirst("h2").text())
                .isEqualTo("Emergency advice: Call 911 or go to the emergency department");
        assertThat(firstCard.text()).contains("Call 911 or go to the emergency department now.");
        assertThat(main.select(".check-consult"))
                .as("the consultation advice comes after")
                .hasSize(1);
        assertThat(main.select(".check-answers li"))
                .extracting(Element::text)
                .containsExactly("A fever", "It has not got better after a few days");
    }

    @Test
    void lastingOrReturningPainWithoutRedFlagsLeadsToBooking() throws Exception {
        Document page = page("/check/result?sign=1&sign=2");

        assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo("CONSULT");
        assertThat(page.select(".care-card-emergency")).isEmpty();
        Element card = page.selectFirst(".care-card");
        assertThat(card.hasClass("check-consult")).isTrue();
        assertThat(card.select("a[href=/book]").text()).isEqualTo("Book a free consultation");
    }

    @Test
    void noSignsLeadToSelfCarePagesAndExercises() throws Exception {
        Document page = page("/check/result");

        assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo("SELF_CARE");
        Element card = page.selectFirst(".care-card");
        assertThat(card.hasClass("check-self-care")).isTrue();
        assertThat(card.select("a").eachAttr("href"))
                .contains("/articles/treatment", "/exercises", "/exercises/routine");
        assertThat(page.select(".care-card-emergency, .check-consult")).isEmpty();
    }

    @Test
    void unknownOrEditedAnswersAreIgnored() throws Exception {
        Document page = page("/check/result?flag=99&flag=abc&sign=-1");

        assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo("SELF_CARE");
    }

    @Test
    void changeYourAnswersKeepsTheTickedBoxes() throws Exception {
        Document result = page("/check/result?flag=0&sign=2");
        String change = result.select(".check-answers a").attr("href");

        Document form = page(change);

        assertThat(form.select("input[checked]").eachAttr("id")).containsExactly("flag-0", "sign-2");
    }

    @Test
    void homeAndWhenToWorryLinkToTheCheck() throws Exception {
        assertThat(page("/").select(".home-alert a[href=/check]")).hasSize(1);
        assertThat(page("/articles/when-to-worry").select("a[href=/check]")).isNotEmpty();
        assertThat(page("/articles/causes").select(".check-link")).isEmpty();
    }
}
