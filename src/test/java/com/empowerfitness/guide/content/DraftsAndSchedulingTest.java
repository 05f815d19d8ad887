package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.support.EditorSiteTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Drafts, publish_at and expires_at decided at request time: patients never see them, staff preview them. */
class DraftsAndSchedulingTest extends EditorSiteTest {

    @Autowired
    ContentLoader loader;

    @Test
    void patientsGetNotFoundForDraftScheduledAndExpiredPages() throws Exception {
        assertThat(anonymous("/articles/secret-draft").getStatus()).isEqualTo(404);
        assertThat(anonymous("/articles/coming-soon").getStatus()).isEqualTo(404);
        assertThat(anonymous("/exercises/draft-stretch").getStatus()).isEqualTo(404);
        assertThat(anonymous("/articles/causes").getStatus()).isEqualTo(200);
        assertThat(anonymous("/articles/last-chance").getStatus()).isEqualTo(200);

        clock.set(SWITCH_TIME.plusDays(1));
        assertThat(anonymous("/articles/last-chance").getStatus()).isEqualTo(404);
    }

    @Test
    void hiddenPagesAreInNoListAndNoPreviousOrNextLink() throws Exception {
        String home = anonymous("/").getContentAsString();
        String exercises = anonymous("/exercises").getContentAsString();
        String article = anonymous("/articles/causes").getContentAsString();
        String exercise = anonymous("/exercises/pelvic-tilts").getContentAsString();

        for (String html : new String[] {home, exercises, article, exercise}) {
            assertThat(html)
                    .doesNotContain("secret-draft")
                    .doesNotContain("Secret draft")
                    .doesNotContain("coming-soon")
                    .doesNotContain("Winter spasm")
                    .doesNotContain("draft-stretch")
                    .doesNotContain("Draft stretch");
        }
        assertThat(home).contains("/articles/causes").contains("/articles/last-chance");
        assertThat(Jsoup.parse(exercise).select(".breadcrumb").text()).contains("Exercise 1 of 1");
    }

    @Test
    void publishAtTakesEffectAtTheSecondWithoutAReload() throws Exception {
        clock.set(SWITCH_TIME.minusSeconds(1));
        assertThat(anonymous("/articles/coming-soon").getStatus()).isEqualTo(404);
        assertThat(anonymous("/").getContentAsString()).doesNotContain("/articles/coming-soon");

        clock.set(SWITCH_TIME);
        assertThat(anonymous("/articles/coming-soon").getStatus()).isEqualTo(200);

        clock.set(SWITCH_TIME.plusSeconds(1));
        assertThat(anonymous("/articles/coming-soon").getStatus()).isEqualTo(200);
        assertThat(anonymous("/").getContentAsString()).contains("/articles/coming-soon");
    }

    @Test
    void expiresAtHidesThePageFromThatSecondOn() throws Exception {
        clock.set(SWITCH_TIME.minusSeconds(1));
        assertThat(anonymous("/articles/last-chance").getStatus()).isEqualTo(200);
        assertThat(anonymous("/").getContentAsString()).contains("/articles/last-chance");

        clock.set(SWITCH_TIME);
        assertThat(anonymous("/articles/last-chance").getStatus()).isEqualTo(404);

        clock.set(SWITCH_TIME.plusSeconds(1));
        assertThat(anonymous("/articles/last-chance").getStatus()).isEqualTo(404);
        assertThat(anonymous("/").getContentAsString()).doesNotContain("/articles/last-chance");
    }

    @Test
    void staffOfAnyRolePreviewADraftWithABanner() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            MockHttpSession session = signedIn(role);

            MockHttpServletResponse response = asStaff(session, "/articles/secret-draft");

            assertThat(response.getStatus()).as(role.name()).isEqualTo(200);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select(".preview-banner").text()).isEqualTo("Draft – not visible to patients");
            assertThat(page.select("h1").text()).isEqualTo("Secret draft about spasms");
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void staffPreviewScheduledExpiredAndDraftExercisesWithTheirBanner() throws Exception {
        MockHttpSession session = signedIn(StaffRole.EDITOR);

        Document scheduled =
                Jsoup.parse(asStaff(session, "/articles/coming-soon").getContentAsString());
        Document exercise =
                Jsoup.parse(asStaff(session, "/exercises/draft-stretch").getContentAsString());
        clock.set(SWITCH_TIME);
        Document expired = Jsoup.parse(asStaff(session, "/articles/last-chance").getContentAsString());

        assertThat(scheduled.select(".preview-banner").text())
                .isEqualTo("Scheduled – not visible to patients until 1 December 2026, 09:00");
        assertThat(expired.select(".preview-banner").text())
                .isEqualTo("Expired – no longer visible to patients since 1 December 2026, 09:00");
        assertThat(exercise.select(".preview-banner").text()).isEqualTo("Draft – not visible to patients");
        assertThat(exercise.select("ol.steps li")).hasSize(2);
    }

    @Test
    void aDraftFaqPageIsHiddenFromPatientsAndPreviewedByStaff() throws Exception {
        Path faqs = CONTENT_DIR.resolve("faqs.md");
        String original = Files.readString(faqs);
        try {
            Files.writeString(faqs, original.replaceFirst("---\n", "---\ndraft: true\n"));
            loader.load();

            assertThat(anonymous("/faq").getStatus()).isEqualTo(404);
            Document preview =
                    Jsoup.parse(asStaff(signedIn(StaffRole.EDITOR), "/faq").getContentAsString());
            assertThat(preview.select(".preview-banner").text()).isEqualTo("Draft – not visible to patients");
            assertThat(preview.select(".faq-item")).hasSize(2);
        } finally {
            Files.writeString(faqs, original);
            loader.load();
        }
        assertThat(anonymous("/faq").getStatus()).isEqualTo(200);
    }

    @Test
    void publishedPagesShowNoBannerToStaff() throws Exception {
        MockHttpSession session = signedIn(StaffRole.STAFF);

        Document page = Jsoup.parse(asStaff(session, "/articles/causes").getContentAsString());

        assertThat(page.select(".preview-banner")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("What causes muscle spasms?");
    }
}
