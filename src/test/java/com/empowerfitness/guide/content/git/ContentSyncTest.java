package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.empowerfitness.guide.content.ContentFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances (two content folders, two histories) sharing one bare repository: saves are pushed, the other
 * instance has them after its next sync, a rejected push is merged when other files changed and a conflict when
 * the same file did. Time is an explicit {@code sync()} call, never a sleep.
 */
class ContentSyncTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path bare;

    @TempDir
    Path contentA;

    @TempDir
    Path gitA;

    @TempDir
    Path contentB;

    @TempDir
    Path gitB;

    private ContentRepository a;

    private ContentRepository b;

    @BeforeEach
    void twoInstances() throws Exception {
        Git.init()
                .setBare(true)
                .setDirectory(this.bare.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        ContentFixtures.writeGuide(this.contentA);
        this.a = ContentRepository.open(this.contentA, this.gitA, CLOCK, "hello@clinic.example");
        this.a.connect(this.bare.toString(), null);
        // B starts with an empty folder: it takes the shared content.
        this.b = ContentRepository.open(this.contentB, this.gitB, CLOCK, "hello@clinic.example");
        this.b.connect(this.bare.toUri().toString(), null);
    }

    @AfterEach
    void close() {
        this.a.close();
        this.b.close();
    }

    @Test
    void aNewInstanceTakesTheSharedContentAndASaveOnOneIsOnTheOtherAfterItsNextSync() throws Exception {
        assertThat(read(this.contentB, "articles/causes.md")).isEqualTo(ContentFixtures.ARTICLE);

        write(this.contentA, "home.md", ContentFixtures.HOME + "\nNew on A.\n");
        this.a.commitFile("home.md", "elena", "hello@clinic.example", "Edit home.md");

        assertThat(this.b.sync()).isTrue();
        assertThat(read(this.contentB, "home.md")).contains("New on A.");
        assertThat(this.b.history("home.md").get(0).author()).isEqualTo("elena");
        assertThat(this.b.sync()).as("nothing new").isFalse();
    }

    @Test
    void aFileChangedOnDiskOnOneInstanceReachesTheOther() throws Exception {
        write(this.contentB, "articles/new-page.md", ContentFixtures.ARTICLE.replace("Spasms", "New page."));

        this.b.sync();

        assertThat(this.a.sync()).isTrue();
        assertThat(read(this.contentA, "articles/new-page.md")).contains("New page.");
        assertThat(this.a.history("articles/new-page.md").get(0).author()).isEqualTo(ContentRepository.FOLDER_AUTHOR);
    }

    @Test
    void aRejectedPushIsMergedWhenTheOtherInstanceChangedAnotherFile() throws Exception {
        write(this.contentA, "home.md", ContentFixtures.HOME + "\nFrom A.\n");
        this.a.commitFile("home.md", "ana", "hello@clinic.example", "A's change");

        // B has not synced: its push is rejected, then fetched and merged.
        String mine = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "From B.");
        write(this.contentB, "articles/causes.md", mine);
        this.b.commitFile("articles/causes.md", "ben", "hello@clinic.example", "B's change");

        assertThat(read(this.contentB, "home.md")).contains("From A.");
        assertThat(read(this.contentB, "articles/causes.md")).isEqualTo(mine);
        assertThat(this.a.sync()).isTrue();
        assertThat(read(this.contentA, "articles/causes.md")).isEqualTo(mine);
        assertThat(read(this.contentA, "home.md")).contains("From A.");
    }

    @Test
    void aRejectedPushOfTheSameFileIsAConflictWithTheirVersionAndTheSharedHistoryKeepsTheirs() throws Exception {
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Their sentence.");
        write(this.contentA, "articles/causes.md", theirs);
        this.a.commitFile("articles/causes.md", "ana", "hello@clinic.example", "Theirs");

        write(
                this.contentB,
                "articles/causes.md",
                ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "My sentence."));
        assertThatThrownBy(() -> this.b.commitFile("articles/causes.md", "ben", "hello@clinic.example", "Mine"))
                .isInstanceOfSatisfying(
                        ContentSyncConflictException.class,
                        ex -> assertThat(ex.theirs()).isEqualTo(theirs));

        assertThat(read(this.contentB, "articles/causes.md")).isEqualTo(theirs);
        assertThat(this.a.sync()).isFalse();
        assertThat(read(this.contentA, "articles/causes.md")).isEqualTo(theirs);
        assertThat(this.b.history("articles/causes.md").get(0).message()).isEqualTo("Theirs");
    }

    @Test
    void aSyncThatMeetsTheSameFileChangedOnBothSidesTakesTheSharedVersionAndKeepsThisInstancesOnARef()
            throws Exception {
        List<ContentRepository.KeptConflict> announced = new ArrayList<>();
        this.b.addListener(new ContentRepository.Listener() {
            @Override
            public void conflictKept(ContentRepository.KeptConflict conflict) {
                announced.add(conflict);
            }
        });
        // B is offline while both change the same file (and B another one too), so neither has seen the other's.
        Path moved = this.bare.resolveSibling(this.bare.getFileName() + "-away");
        Files.move(this.bare, moved);
        String mine = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "B's offline sentence.");
        write(this.contentB, "articles/causes.md", mine);
        String bOnly = ContentFixtures.HOME + "\nOnly B changed this.\n";
        write(this.contentB, "home.md", bOnly);
        this.b.commitFolderChanges();
        Files.move(moved, this.bare);
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "A's newer sentence.");
        write(this.contentA, "articles/causes.md", theirs);
        this.a.commitFile("articles/causes.md", "ana", "hello@clinic.example", "A's change");
        String ourCommit = this.b.head();

        assertThat(this.b.sync()).isTrue();

        assertThat(read(this.contentB, "articles/causes.md"))
                .as("the shared version wins on disk")
                .isEqualTo(theirs);
        assertThat(read(this.contentB, "home.md"))
                .as("B's other change is merged")
                .isEqualTo(bOnly);
        assertThat(this.b.keptConflicts()).singleElement().satisfies(kept -> {
            assertThat(kept.paths()).containsExactly("articles/causes.md");
            assertThat(kept.ours()).isEqualTo(ourCommit);
            assertThat(kept.name()).startsWith("refs/guide/conflicts/");
            assertThat(this.b.textAt(kept.ours(), "articles/causes.md")).contains(mine);
            assertThat(this.b.textAt(kept.theirs(), "articles/causes.md")).contains(theirs);
        });
        assertThat(announced)
                .extracting(ContentRepository.KeptConflict::id)
                .containsExactly(this.b.keptConflicts().get(0).id());

        assertThat(remoteConflicts()).as("the conflict is on the remote").hasSize(1);

        assertThat(this.a.sync()).as("A gets B's merge").isTrue();
        assertThat(read(this.contentA, "articles/causes.md")).isEqualTo(theirs);
        assertThat(read(this.contentA, "home.md")).isEqualTo(bOnly);
        assertThat(this.a.head()).as("the instances converged").isEqualTo(this.b.head());
        String id = this.b.keptConflicts().get(0).id();
        assertThat(this.a.keptConflicts())
                .as("the other instance lists it too, with the kept text")
                .singleElement()
                .satisfies(kept -> {
                    assertThat(kept.id()).isEqualTo(id);
                    assertThat(kept.paths()).containsExactly("articles/causes.md");
                    assertThat(this.a.textAt(kept.ours(), "articles/causes.md")).contains(mine);
                    assertThat(this.a.textAt(kept.theirs(), "articles/causes.md"))
                            .contains(theirs);
                });

        assertThat(this.a.dismissConflict(id))
                .as("resolved on the other instance")
                .isTrue();
        assertThat(this.a.keptConflicts()).isEmpty();
        assertThat(remoteConflicts()).as("deleted on the remote").isEmpty();
        assertThat(this.b.keptConflicts()).as("until B's next sync").hasSize(1);
        this.b.sync();
        assertThat(this.b.keptConflicts()).isEmpty();
        assertThat(this.b.dismissConflict(id)).as("nothing left to resolve").isFalse();
        assertThat(this.b.textAt(ourCommit, "articles/causes.md"))
                .as("the commit stays in the history")
                .contains(mine);
    }

    @Test
    void aKeptConflictWhosePushFailsStaysListedWithItsTextAndTheNextSyncSharesIt() throws Exception {
        String mine = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "B's unpushed sentence.");
        write(this.contentB, "articles/causes.md", mine);
        this.b.commitFolderChanges();
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "A's newer sentence.");
        write(this.contentA, "articles/causes.md", theirs);
        this.a.commitFile("articles/causes.md", "ana", "hello@clinic.example", "A's change");
        // The remote takes main but refuses any ref under refs/guide/: a plain ref file stands where the folder
        // would be.
        Path blocker = this.bare.resolve("refs/guide");
        Files.writeString(blocker, this.a.head() + "\n");

        assertThat(this.b.sync()).isTrue();

        assertThat(remoteConflicts()).as("the push of the conflict failed").isEmpty();
        assertThat(this.b.keptConflicts())
                .singleElement()
                .satisfies(kept -> assertThat(this.b.textAt(kept.ours(), "articles/causes.md"))
                        .contains(mine));
        this.a.sync();
        assertThat(this.a.head()).as("main was pushed all the same").isEqualTo(this.b.head());
        assertThat(this.a.keptConflicts()).isEmpty();

        Files.delete(blocker);
        this.b.sync();
        this.a.sync();

        assertThat(remoteConflicts()).hasSize(1);
        assertThat(this.a.keptConflicts())
                .extracting(ContentRepository.KeptConflict::id)
                .containsExactlyElementsOf(this.b.keptConflicts().stream()
                        .map(ContentRepository.KeptConflict::id)
                        .toList())
                .hasSize(1);
    }

    @Test
    void aResolutionMadeWhileTheRemoteIsUnreachableIsPushedByTheNextSync() throws Exception {
        keepConflictOnB();
        this.a.sync();
        String id = this.a.keptConflicts().get(0).id();
        Path moved = this.bare.resolveSibling(this.bare.getFileName() + "-away");
        Files.move(this.bare, moved);

        assertThat(this.b.dismissConflict(id)).isTrue();
        assertThat(this.b.keptConflicts()).as("resolved here at once").isEmpty();
        this.b.sync();
        assertThat(this.b.keptConflicts())
                .as("a failed sync does not bring it back")
                .isEmpty();

        Files.move(moved, this.bare);
        this.a.sync();
        assertThat(this.a.keptConflicts()).as("not deleted on the remote yet").hasSize(1);
        this.b.sync();
        this.a.sync();
        assertThat(this.a.keptConflicts()).isEmpty();
        assertThat(remoteConflicts()).isEmpty();
    }

    @Test
    void twoInstancesKeepingConflictsInTheSameSecondKeepBothUnderDifferentNames() throws Exception {
        Path contentC = Files.createTempDirectory(this.gitA.getParent(), "content-c");
        Path gitC = Files.createTempDirectory(this.gitA.getParent(), "git-c");
        try (ContentRepository c = ContentRepository.open(contentC, gitC, CLOCK, "hello@clinic.example")) {
            c.connect(this.bare.toString(), null);
            String fromA = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "A's unpushed sentence.");
            String fromB = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "B's unpushed sentence.");
            write(this.contentA, "articles/causes.md", fromA);
            this.a.commitFolderChanges();
            write(this.contentB, "articles/causes.md", fromB);
            this.b.commitFolderChanges();
            write(contentC, "articles/causes.md", ContentFixtures.ARTICLE.replace("Stress", "C's"));
            c.commitFile("articles/causes.md", "cat", "hello@clinic.example", "C's change");

            this.a.sync();
            this.b.sync();
            this.a.sync();
            c.sync();

            assertThat(remoteConflicts()).hasSize(2);
            for (ContentRepository instance : List.of(this.a, this.b, c)) {
                assertThat(instance.keptConflicts())
                        .extracting(kept -> instance.textAt(kept.ours(), "articles/causes.md")
                                .orElseThrow())
                        .containsExactlyInAnyOrder(fromA, fromB);
                assertThat(instance.keptConflicts())
                        .extracting(ContentRepository.KeptConflict::when)
                        .containsOnly(CLOCK.instant());
            }
        }
    }

    @Test
    void aSaveRefusedAsAConflictKeepsThisInstancesEarlierCommitsTheRemoteLacked() throws Exception {
        Path moved = this.bare.resolveSibling(this.bare.getFileName() + "-away");
        Files.move(this.bare, moved);
        String earlier = ContentFixtures.HOME + "\nB's earlier change, made offline.\n";
        write(this.contentB, "home.md", earlier);
        this.b.commitFolderChanges();
        Files.move(moved, this.bare);
        String theirs = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Their sentence.");
        write(this.contentA, "articles/causes.md", theirs);
        this.a.commitFile("articles/causes.md", "ana", "hello@clinic.example", "Theirs");

        write(
                this.contentB,
                "articles/causes.md",
                ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "My sentence."));
        assertThatThrownBy(() -> this.b.commitFile("articles/causes.md", "ben", "hello@clinic.example", "Mine"))
                .isInstanceOf(ContentSyncConflictException.class);

        assertThat(read(this.contentB, "articles/causes.md")).isEqualTo(theirs);
        assertThat(read(this.contentB, "home.md"))
                .as("the earlier commit is not lost")
                .isEqualTo(earlier);
        assertThat(this.a.sync()).isTrue();
        assertThat(read(this.contentA, "home.md")).isEqualTo(earlier);
        assertThat(read(this.contentA, "articles/causes.md")).isEqualTo(theirs);
    }

    @Test
    void aCommitWhileTheSharedRepositoryIsUnreachableIsKeptAndPushedByTheNextSync() throws Exception {
        Path moved = this.bare.resolveSibling(this.bare.getFileName() + "-away");
        Files.move(this.bare, moved);
        write(this.contentA, "home.md", ContentFixtures.HOME + "\nWhile offline.\n");
        this.a.commitFile("home.md", "elena", "hello@clinic.example", "Offline edit");
        assertThat(this.a.history("home.md").get(0).message()).isEqualTo("Offline edit");

        Files.move(moved, this.bare);
        this.a.sync();

        assertThat(this.b.sync()).isTrue();
        assertThat(read(this.contentB, "home.md")).contains("While offline.");
    }

    @Test
    void theRemotesAddressIsLoggedWithoutCredentials() {
        assertThat(ContentRemote.safe("https://clinic:secret@git.example/content.git"))
                .isEqualTo("https://git.example/content.git")
                .doesNotContain("secret");
        assertThat(ContentRemote.urlOf("/srv/shared/content.git")).startsWith("file:");
    }

    @Test
    void aKeptConflictWhoseNameWasTakenOnTheRemoteMeanwhileIsPushedUnderANewNameWithoutReplacingTheOther()
            throws Exception {
        Path blocker = this.bare.resolve("refs/guide");
        Files.writeString(blocker, this.a.head() + "\n");
        keepConflictOnB();
        String mine = this.b
                .textAt(this.b.keptConflicts().get(0).ours(), "articles/causes.md")
                .orElseThrow();
        String name = this.b.keptConflicts().get(0).name();
        Files.delete(blocker);
        ObjectId other = putConflictOnTheRemote(name);

        this.b.sync();
        this.b.sync();
        this.a.sync();

        assertThat(remoteConflicts()).hasSize(2).contains(name);
        try (Git shared = Git.open(this.bare.toFile())) {
            assertThat(shared.getRepository().exactRef(name).getObjectId())
                    .as("the conflict already there is not replaced")
                    .isEqualTo(other);
        }
        assertThat(this.a.keptConflicts())
                .extracting(
                        kept -> this.a.textAt(kept.ours(), "articles/causes.md").orElseThrow())
                .containsExactlyInAnyOrder(ContentFixtures.ARTICLE, mine);
    }

    /** B commits a change to the same file as A's newer, pushed one, then syncs: B keeps its change aside. */
    private void keepConflictOnB() throws Exception {
        write(this.contentB, "articles/causes.md", ContentFixtures.ARTICLE.replace("Stress", "B's"));
        this.b.commitFolderChanges();
        write(this.contentA, "articles/causes.md", ContentFixtures.ARTICLE.replace("Stress", "A's"));
        this.a.commitFile("articles/causes.md", "ana", "hello@clinic.example", "A's change");
        this.b.sync();
        assertThat(this.b.keptConflicts()).hasSize(1);
    }

    /** Another conflict (keeping the original article) under {@code name}, written straight into the remote. */
    private ObjectId putConflictOnTheRemote(String name) throws Exception {
        List<ContentRepository.CommitInfo> history = this.a.history("articles/causes.md");
        ObjectId original = ObjectId.fromString(history.get(history.size() - 1).id());
        try (Git shared = Git.open(this.bare.toFile())) {
            Repository repository = shared.getRepository();
            TagBuilder tag = new TagBuilder();
            tag.setObjectId(original, Constants.OBJ_COMMIT);
            tag.setTag(name.substring(name.lastIndexOf('/') + 1));
            tag.setTagger(new PersonIdent(ContentRepository.FOLDER_AUTHOR, "", CLOCK.instant(), CLOCK.getZone()));
            tag.setMessage("Another instance's change\n\ntheirs "
                    + repository.resolve("refs/heads/main").name() + "\npath articles/causes.md\n");
            ObjectId tagId;
            try (ObjectInserter inserter = repository.newObjectInserter()) {
                tagId = inserter.insert(tag);
                inserter.flush();
            }
            RefUpdate update = repository.updateRef(name);
            update.setNewObjectId(tagId);
            assertThat(update.update()).isEqualTo(RefUpdate.Result.NEW);
            return tagId;
        }
    }

    /** The conflict refs the shared repository holds. */
    private List<String> remoteConflicts() throws Exception {
        try (Git shared = Git.open(this.bare.toFile())) {
            return shared.getRepository().getRefDatabase().getRefsByPrefix("refs/guide/conflicts/").stream()
                    .map(org.eclipse.jgit.lib.Ref::getName)
                    .toList();
        }
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private static String read(Path root, String path) throws Exception {
        return Files.readString(root.resolve(path));
    }
}
