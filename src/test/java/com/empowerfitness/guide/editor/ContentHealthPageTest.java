package com.empowerfitness.guide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.support.EditorSiteTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** /staff/content: states, errors with line and column, readability, links, images and review dates. */
class ContentHealthPageTest extends EditorSiteTest {

    private Document contentPage(StaffRole role) throws Exception {
        MockHttpServletResponse response = asStaff(signedIn(role), "/staff/content");
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static Element row(Document page, String path) {
        Elements rows = page.select("tbody tr").stream()
                .filter(tr -> tr.select("th code").text().equals(path))
                .collect(java.util.stream.Collectors.toCollection(Elements::new));
        assertThat(rows).as(path).hasSize(1);
        return rows.first();
    }

    @Test
    void onlyEditorsAndAdministratorsMayOpenIt() throws Exception {
        MockHttpSession staff = signedIn(StaffRole.STAFF);

        assertThat(asStaff(staff, "/staff/content").getStatus()).isEqualTo(403);
        assertThat(mockMvc.perform(get("/staff/content"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(asStaff(signedIn(StaffRole.EDITOR), "/staff/content").getStatus())
                .isEqualTo(200);
        assertThat(asStaff(signedIn(StaffRole.ADMIN), "/staff/content").getStatus())
                .isEqualTo(200);
    }

    @Test
    void theStaffNavigationLinksToItOnlyForEditorsAndAdministrators() throws Exception {
        Document editorHome =
                Jsoup.parse(asStaff(signedIn(StaffRole.EDITOR), "/staff").getContentAsString());
        Document staffHome =
                Jsoup.parse(asStaff(signedIn(StaffRole.STAFF), "/staff").getContentAsString());

        assertThat(editorHome.select("nav a[href=/staff/content]")).hasSize(1);
        assertThat(staffHome.select("a[href=/staff/content]")).isEmpty();
    }

    @Test
    void everyFileIsListedWithItsState() throws Exception {
        Document page = contentPage(StaffRole.EDITOR);

        assertThat(row(page, "articles/causes.md").select(".tag").first().text())
                .isEqualTo("published");
        assertThat(row(page, "articles/secret-draft.md").select(".tag").first().text())
                .isEqualTo("draft");
        assertThat(row(page, "articles/coming-soon.md").select(".tag").first().text())
                .isEqualTo("scheduled");
        assertThat(row(page, "exercises/draft-stretch.md")
                        .select(".tag")
                        .first()
                        .text())
                .isEqualTo("draft");
        assertThat(row(page, "faqs.md").select(".tag").first().text()).isEqualTo("published");
        assertThat(row(page, "home.md").select(".tag").first().text()).isEqualTo("published");
        Element check = row(page, "check.md");
        assertThat(check.select(".tag").first().text()).isEqualTo("published");
        assertThat(check.select("a[href=/check]")).hasSize(1);
        assertThat(check.text()).contains("awaiting clinical review"); // the sample claims no review
        assertThat(row(page, "articles/broken.md").select(".tag").first().text())
                .isEqualTo("error");

        clock.set(SWITCH_TIME);
        Document later = contentPage(StaffRole.ADMIN);
        assertThat(row(later, "articles/last-chance.md").select(".tag").first().text())
                .isEqualTo("expired");
        assertThat(row(later, "articles/coming-soon.md").select(".tag").first().text())
                .isEqualTo("published");
    }

    @Test
    void anErrorShowsItsLineColumnAndPlainReason() throws Exception {
        Element broken = row(contentPage(StaffRole.EDITOR), "articles/broken.md");

        assertThat(broken.select(".health-errors li").text())
                .startsWith("Line 3, column ")
                .contains("`last_reviewed`: 2026-13-01 is not a date; write it as YYYY-MM-DD");
        assertThat(broken.text()).contains("Not online: this file has never loaded.");
    }

    @Test
    void pagesAwaitingClinicalReviewComeFirstWithTheRedFlagCheckAndBoxAtTheTop() throws Exception {
        Document page = contentPage(StaffRole.EDITOR);

        List<String> paths = page.select("tbody tr th code").eachText();
        List<String> awaiting = page.select("tbody tr").stream()
                .filter(tr -> !tr.select(".tag-awaiting").isEmpty())
                .map(tr -> tr.select("th code").text())
                .toList();
        assertThat(awaiting)
                .containsExactlyInAnyOrder(
                        "check.md",
                        "blocks/red-flags.md",
                        "blocks/booking-cta.md",
                        "home.md",
                        "faqs.md",
                        "articles/secret-draft.md",
                        "articles/coming-soon.md",
                        "articles/last-chance.md",
                        "articles/jargon.md",
                        "exercises/draft-stretch.md");
        assertThat(paths.subList(0, awaiting.size())).containsExactlyElementsOf(awaiting);
        assertThat(awaiting).startsWith("check.md", "blocks/red-flags.md");
        assertThat(row(page, "check.md").select(".tag-awaiting").text()).isEqualTo("awaiting clinical review");
        assertThat(row(page, "check.md").select("th a:not(.edit-link)").attr("href"))
                .isEqualTo("/check");
        assertThat(row(page, "check.md").select("th a.edit-link").attr("href"))
                .isEqualTo("/staff/content/edit?path=check.md");
        assertThat(row(page, "check.md").text()).doesNotContain("Last reviewed").doesNotContain("No review date set");
        assertThat(row(page, "articles/causes.md").select(".tag-awaiting")).isEmpty();
        assertThat(page.select("main > p strong").eachText()).contains("10 pages awaiting clinical review");
    }

    @Test
    void afterThePagesAwaitingReviewComeThosePastTheirReviewDateMarkedOverdue() throws Exception {
        Document page = contentPage(StaffRole.EDITOR);

        List<String> paths = page.select("tbody tr th code").eachText();
        int firstReviewed = paths.indexOf("articles/overdue.md");
        assertThat(paths.subList(0, firstReviewed))
                .allSatisfy(path ->
                        assertThat(row(page, path).select(".tag-awaiting")).isNotEmpty());
        assertThat(row(page, "articles/overdue.md").select(".tag-amber").text()).isEqualTo("overdue");
        assertThat(paths.subList(firstReviewed + 1, paths.size()))
                .allSatisfy(path ->
                        assertThat(row(page, path).select(".tag-awaiting")).isEmpty());
        assertThat(paths.subList(firstReviewed + 1, paths.size()))
                .startsWith("articles/broken.md")
                .contains("articles/causes.md", "articles/duration.md", "articles/symbols.md");
        assertThat(row(page, "articles/causes.md").select(".tag-amber")).isEmpty();
        assertThat(page.select(".tag-amber:containsOwn(overdue)")).hasSize(1);
    }

    @Test
    void brokenInternalLinksMissingImagesAndImagesWithoutAltAreListed() throws Exception {
        Element causes = row(contentPage(StaffRole.EDITOR), "articles/causes.md");

        assertThat(causes.select(".health-links li").eachText())
                .containsExactly(
                        "/articles/no-such-article (no such page)",
                        "/exercises/no-such-exercise (no such page)",
                        "/faq#no-such-question (no such question)",
                        "/images/spine.png (no such image)");
        assertThat(causes.select(".health-images li").eachText()).containsExactly("/images/spine.png");
    }

    @Test
    void wordsReadingTimeAndGradeAreShownWithHardPagesInAmber() throws Exception {
        Document page = contentPage(StaffRole.EDITOR);

        Element duration = row(page, "articles/duration.md");
        assertThat(duration.select(".health-words").text()).isEqualTo("10");
        assertThat(duration.text()).contains("1 minute");
        assertThat(duration.select(".health-grade .tag-amber")).isEmpty();
        Element jargon = row(page, "articles/jargon.md");
        assertThat(jargon.select(".health-grade .tag-amber").text()).contains("above target");
        assertThat(Double.parseDouble(
                        jargon.select(".health-grade .tag-amber span").first().text()))
                .isGreaterThan(8);
    }
}
