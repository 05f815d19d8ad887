package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two instances, each on its own H2 database, content folder and Git directory, sharing one bare repository, as
 * behind a load balancer: a conflict kept by A's sync is listed on B's /staff/content with both versions, and
 * resolving it on B removes it from A. The periodic sync is an hour apart and the folder watcher off, so each step
 * is an explicit call of the sync, never a wait.
 */
class TwoInstancesConflictTest {

    @TempDir
    static Path root;

    static ContentInstances instances;

    @BeforeAll
    static void start() throws Exception {
        instances = ContentInstances.start(
                root,
                "1h",
                name -> List.of(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + root.resolve("db-" + name).resolve("guide") + ";WRITE_DELAY=0",
                        "--guide.content.watch=false"));
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aConflictKeptOnAIsListedOnBWithBothVersionsAndResolvingItOnBRemovesItOnAAfterAsSync() throws Exception {
        String theirs = ContentFixtures.EXERCISE.replace("Breathe normally throughout.", "Saved on B first.");
        String mine = ContentInstances.keepConflictOnA(instances.a, instances.b, theirs);
        MockMvc staffA = ContentInstances.staff(instances.a);
        MockMvc staffB = ContentInstances.staff(instances.b);
        assertThat(ContentInstances.staffPage(staffB, "/staff/content").selectFirst(".kept-conflicts"))
                .as("B has not synced yet")
                .isNull();

        instances.b.getBean(ContentSync.class).sync();

        ContentInstances.ClosedConflict closed = ContentInstances.closeListedConflict(staffB, theirs, mine);
        String id = closed.id();
        assertThat(closed.notice().text())
                .contains("A change to " + ContentInstances.CONFLICT_FILE
                        + " conflicted with a newer one from another instance");

        assertThat(ContentInstances.staffPage(staffB, "/staff/content").selectFirst(".kept-conflicts"))
                .isNull();
        assertThat(instances.b.getBean(AuditLog.class).page(0, 50).getContent()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.CONTENT_CONFLICT_CLOSED);
            assertThat(event.getActor()).isEqualTo("elena");
            assertThat(event.getTarget()).isEqualTo(ContentInstances.CONFLICT_FILE);
        });
        assertThat(instances.a.getBean(AuditLog.class).page(0, 50).getContent())
                .as("A audited the conflict it kept")
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo(AuditAction.CONTENT_CONFLICT_KEPT);
                    assertThat(event.getTarget()).isEqualTo(ContentInstances.CONFLICT_FILE);
                });
        assertThat(ContentInstances.staffPage(staffA, "/staff/content").selectFirst(".kept-conflicts"))
                .as("A lists it until its next sync")
                .isNotNull();

        instances.a.getBean(ContentSync.class).sync();

        assertThat(ContentInstances.staffPage(staffA, "/staff/content").selectFirst(".kept-conflicts"))
                .as("resolved on B, gone on A")
                .isNull();
        assertThat(staffA.perform(get("/staff/content/conflict").param("id", id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        try (Git shared = Git.open(root.resolve("shared.git").toFile())) {
            assertThat(shared.getRepository().getRefDatabase().getRefsByPrefix("refs/guide/"))
                    .as("the remote holds no conflict")
                    .isEmpty();
        }
    }
}
