package com.empowerfitness.guide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.ContentProcessor;
import org.junit.jupiter.api.Test;

/** {@code check.md}: the red-flag check's questions from the front matter, outcomes from three sections. */
class CheckContentTypeTest {

    private final ContentProcessor processor = ContentFixtures.processor();

    private static final String FRONT = """
            ---
            title: Check your back pain
            red_flags_question: Do you have any of these?
            red_flags: [A fever, Loss of bladder control]
            consult_question: Is any of this true?
            consult_signs:
              - It keeps coming back
            ---
            """;

    private static final String OUTCOMES = """
            Not a diagnosis.

            ## Call 911 now

            Go to the emergency department.

            ## Book a consultation

            A therapist can help.

            ## Look after yourself

            Keep moving gently.
            """;

    private static ContentFile file(String text) {
        return ContentFixtures.file("check.md", text);
    }

    private ContentError errorOf(String text) {
        return catchThrowableOfType(ContentException.class, () -> processor.process(file(text)))
                .error();
    }

    @Test
    void checkFileIsItsOwnType() {
        assertThat(ContentFixtures.types().of("check.md")).containsInstanceOf(CheckContentType.class);
    }

    @Test
    void questionsComeFromTheFrontMatterAndOutcomesFromTheSections() {
        CheckContent check = (CheckContent) processor.process(file(FRONT + OUTCOMES));

        assertThat(check.redFlagsQuestion()).isEqualTo("Do you have any of these?");
        assertThat(check.redFlags()).containsExactly("A fever", "Loss of bladder control");
        assertThat(check.consultSigns()).containsExactly("It keeps coming back");
        assertThat(check.introHtml()).contains("Not a diagnosis.");
        assertThat(check.emergencyTitle()).isEqualTo("Call 911 now");
        assertThat(check.emergencyHtml()).contains("Go to the emergency department.");
        assertThat(check.consultTitle()).isEqualTo("Book a consultation");
        assertThat(check.selfCareTitle()).isEqualTo("Look after yourself");
        assertThat(check.selfCareHtml()).contains("Keep moving gently.");
    }

    @Test
    void missingRedFlagsAreReported() {
        ContentError error = errorOf(FRONT.replace("red_flags: [A fever, Loss of bladder control]\n", "") + OUTCOMES);

        assertThat(error.path()).isEqualTo("check.md");
        assertThat(error.reason()).startsWith("the check needs `red_flags:`");
    }

    @Test
    void emptyConsultSignsAreReportedOnTheirLine() {
        ContentError error =
                errorOf(FRONT.replace("consult_signs:\n  - It keeps coming back", "consult_signs: []") + OUTCOMES);

        assertThat(error.line()).isEqualTo(6);
        assertThat(error.reason()).isEqualTo("`consult_signs` needs at least one question");
    }

    @Test
    void aMissingOutcomeSectionIsReported() {
        ContentError error = errorOf(FRONT + OUTCOMES.substring(0, OUTCOMES.indexOf("## Look after")));

        assertThat(error.reason())
                .isEqualTo("the check needs exactly three `##` sections, in this order: the "
                        + "emergency, the book a consultation, the self-care advice; found 2");
    }

    @Test
    void anOutcomeWithoutTextIsReported() {
        ContentError error = errorOf(FRONT + OUTCOMES.replace("A therapist can help.", ""));

        assertThat(error.reason())
                .isEqualTo("the book a consultation section \"Book a consultation\" has no text under it");
    }

    @Test
    void keysOfOtherKindsAreUnknownInTheCheck() {
        ContentError error = errorOf(FRONT.replace("title:", "order: 2\ntitle:") + OUTCOMES);

        assertThat(error.reason()).startsWith("unknown front-matter key `order` for the red-flag check");
    }
}
