package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.content.ContentFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path content;

    @TempDir
    Path gitDir;

    @Test
    void aNewRepositoryRecordsWhatTheFolderHoldsAsTheContentFolder() {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            List<ContentRepository.CommitInfo> history = repository.history("articles/causes.md");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).author()).isEqualTo(ContentRepository.FOLDER_AUTHOR);
            assertThat(repository.textAt(history.get(0).id(), "articles/causes.md"))
                    .contains(ContentFixtures.ARTICLE);
        }
        assertThat(this.content.resolve(".git")).doesNotExist();
    }

    @Test
    void aCommittedFileKeepsItsAuthorMessageAndDiff() throws Exception {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            Path file = this.content.resolve("articles/causes.md");
            Files.writeString(file, ContentFixtures.ARTICLE.replace("Stress makes", "Worry makes"));
            repository.commitFile("articles/causes.md", "alice", "hello@clinic.example", "Plainer words");

            ContentRepository.CommitInfo latest =
                    repository.history("articles/causes.md").get(0);
            assertThat(latest.author()).isEqualTo("alice");
            assertThat(latest.message()).isEqualTo("Plainer words");
            assertThat(latest.when()).isEqualTo(CLOCK.instant());
            assertThat(repository.diff(latest.id(), "articles/causes.md"))
                    .contains("-Stress makes muscles tense.")
                    .contains("+Worry makes muscles tense.");
            assertThat(repository.revisionOnDisk("articles/causes.md"))
                    .isEqualTo(ContentRepository.revisionOf(Files.readAllBytes(file)));
        }
    }

    @Test
    void changesMadeOnDiskAreCommittedByTheContentFolderAndADeletedFileCanBeFound() throws Exception {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            assertThat(repository.commitFolderChanges()).isEmpty();
            Files.delete(this.content.resolve("articles/causes.md"));
            ContentFixtures.write(this.content, "articles/new-one.md", ContentFixtures.ARTICLE);

            assertThat(repository.commitFolderChanges()).isPresent();
            assertThat(repository.history("articles/new-one.md").get(0).author())
                    .isEqualTo(ContentRepository.FOLDER_AUTHOR);
            assertThat(repository.deletedFiles()).containsOnlyKeys("articles/causes.md");
            String version = repository.deletedFiles().get("articles/causes.md").id();
            assertThat(repository.textAt(version, "articles/causes.md")).contains(ContentFixtures.ARTICLE);
        }
    }

    @Test
    void reopeningKeepsTheHistory() throws Exception {
        ContentFixtures.writeGuide(this.content);
        try (ContentRepository repository = open()) {
            Files.writeString(
                    this.content.resolve("home.md"), ContentFixtures.HOME + "\nMore.\n", StandardCharsets.UTF_8);
            repository.commitFile("home.md", "bob", "hello@clinic.example", "Edit home.md");
        }
        try (ContentRepository again = open()) {
            assertThat(again.history("home.md"))
                    .extracting(ContentRepository.CommitInfo::author)
                    .containsExactly("bob", ContentRepository.FOLDER_AUTHOR);
        }
    }

    private ContentRepository open() {
        return ContentRepository.open(this.content, this.gitDir, CLOCK, "hello@clinic.example");
    }
}
