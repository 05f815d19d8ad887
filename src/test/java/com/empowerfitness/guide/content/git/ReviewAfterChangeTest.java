package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.ContentFile;
import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.ContentProcessor;
import com.empowerfitness.guide.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16.4: a review dated before the page's text last changed is a content error (history from Git). */
class ReviewAfterChangeTest {

    private static final String PATH = "articles/causes.md";

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 6, 1, 9, 0));

    @TempDir
    Path content;

    @TempDir
    Path gitDir;

    @Test
    void theLastTextChangeIgnoresTheFirstVersionAndCommitsThatOnlyChangeTheReviewLines() throws Exception {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            assertThat(repository.lastTextChange(PATH, read())).isEmpty();

            this.clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
            commit(repository, read().replace("Stress makes muscles tense.", "Worry tightens muscles."));
            this.clock.set(LocalDateTime.of(2026, 8, 1, 9, 0));
            commit(
                    repository,
                    read().replace("last_reviewed: 2026-06-16", "last_reviewed: 2026-08-01")
                            .replace("tags:", "reviewed_by: Dr. Ana Ruiz\ntags:"));

            assertThat(repository.lastTextChange(PATH, read())).contains(LocalDate.of(2026, 7, 1));
            this.clock.set(LocalDateTime.of(2026, 9, 3, 9, 0));
            assertThat(repository.lastTextChange(PATH, read().replace("Sitting", "Standing")))
                    .as("a text not committed yet changes today")
                    .contains(LocalDate.of(2026, 9, 3));
        }
    }

    @Test
    void aPageReviewedBeforeItsTextChangedIsAnErrorAtTheReviewLineAndOneReviewedSinceIsFine() throws Exception {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            ContentProcessor processor = processor(repository);
            this.clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
            commit(repository, read().replace("Stress makes muscles tense.", "Worry tightens muscles."));

            // The fixture says last_reviewed: 2026-06-16, before the change of 1 July.
            assertThatThrownBy(() -> processor.process(file(read())))
                    .isInstanceOf(ContentException.class)
                    .satisfies(ex -> {
                        ContentException error = (ContentException) ex;
                        assertThat(error.error().line()).isEqualTo(8);
                        assertThat(error.error().reason())
                                .contains("reviewed on 16 June 2026")
                                .contains("changed on 1 July 2026");
                    });

            String reviewedThatDay = read().replace("last_reviewed: 2026-06-16", "last_reviewed: 2026-07-01");
            commit(repository, reviewedThatDay);
            assertThat(processor.process(file(reviewedThatDay)).path()).isEqualTo(PATH);

            String noReview = read().replaceAll("(?m)^(last_reviewed|reviewed_by|next_review_due): [^\n]*\n", "");
            assertThat(processor.process(file(noReview)).path()).isEqualTo(PATH);
        }
    }

    private ContentRepository open() {
        return ContentRepository.open(this.content, this.gitDir, this.clock, "hello@clinic.example");
    }

    private void commit(ContentRepository repository, String text) throws Exception {
        Files.writeString(this.content.resolve(PATH), text);
        repository.commitFile(PATH, "elena", "hello@clinic.example", "Edit");
    }

    private String read() throws Exception {
        return Files.readString(this.content.resolve(PATH));
    }

    private static ContentFile file(String text) {
        return ContentFixtures.file(PATH, text);
    }

    private static ContentProcessor processor(ContentRepository repository) {
        return ContentFixtures.processor(List.of(new ReviewAfterChangeRule(repository)));
    }
}
