package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.empowerfitness.guide.cluster.PostgresTestDatabase;
import com.empowerfitness.guide.content.ContentFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two instances on one PostgreSQL database, each with its own content folder and Git directory, sharing one bare
 * repository, with the periodic sync an hour apart: only A's {@code NOTIFY content_changed} after its push can
 * explain B having A's save (in its folder, not only in the shared database) within seconds. Also after the
 * listening connections were killed: they reconnect. A conflict kept on A is on B's content page, with both
 * versions (B's sync called), and resolving it on B removes it from A at once: B announces the resolution too. Without PostgreSQL the test is skipped (a failure under
 * CI=true).
 */
class TwoInstancesNotifyTest {

    /** Far below the sync interval of an hour: only the notification is fast enough. */
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(10);

    @TempDir
    static Path root;

    static PostgresTestDatabase database;

    static ContentInstances instances;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresTestDatabase.create();
        instances = ContentInstances.start(
                root,
                "1h",
                name -> List.of(
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        // Only saves and syncs move content (the conflict test writes a file on A's disk).
                        "--guide.content.watch=false"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSaveOnAIsInBsFolderAndOnBsPageAtOnceThroughTheNotification() {
        assertThat(instances.a.getBean(ContentNotifications.class).isRunning()).isTrue();
        assertThat(instances.page(instances.b, ContentInstances.PAGE)).doesNotContain("Notified from A.");

        saveOnA("Notified from A.");

        await().atMost(LIVE_WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> instances.file("b", ContentInstances.FILE).contains("Notified from A."));
        await().atMost(LIVE_WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> instances.page(instances.b, ContentInstances.PAGE).contains("Notified from A."));
    }

    @Test
    void theListenersReconnectAfterTheirConnectionsWereKilled() throws Exception {
        assertThat(killListeners()).as("both instances were listening").isEqualTo(2);
        await().atMost(LIVE_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> listeners() == 2);

        saveOnA("Notified after reconnecting.");

        await().atMost(LIVE_WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> instances.file("b", ContentInstances.FILE).contains("Notified after reconnecting."));
    }

    @Test
    void aConflictKeptOnAIsOnBsContentPageWithBothVersionsAndResolvingItOnBRemovesItOnAThroughTheNotification()
            throws Exception {
        String theirs = ContentFixtures.EXERCISE.replace("Breathe normally throughout.", "Saved on B, PostgreSQL.");
        String mine = ContentInstances.keepConflictOnA(instances.a, instances.b, theirs);
        instances.b.getBean(ContentSync.class).sync();
        MockMvc staffB = ContentInstances.staff(instances.b);

        String id = ContentInstances.closeListedConflict(staffB, theirs, mine).id();

        await().atMost(LIVE_WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> instances
                        .a
                        .getBean(ContentRepository.class)
                        .keptConflict(id)
                        .isEmpty());
        assertThat(ContentInstances.staffPage(ContentInstances.staff(instances.a), "/staff/content")
                        .selectFirst(".kept-conflicts"))
                .isNull();
    }

    private static void saveOnA(String sentence) {
        String current = instances.file("a", ContentInstances.FILE);
        String text = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", sentence);
        assertThat(text).isNotEqualTo(current);
        ContentInstances.save(instances.a, ContentInstances.FILE, text);
    }

    private static final String LISTENING = "FROM pg_stat_activity WHERE datname = current_database()"
            + " AND query = 'LISTEN " + ContentNotifications.CHANNEL + "' AND pid <> pg_backend_pid()";

    private static int killListeners() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) " + LISTENING)) {
            int count = 0;
            while (killed.next()) {
                count++;
            }
            return count;
        }
    }

    private static int listeners() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) " + LISTENING)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
