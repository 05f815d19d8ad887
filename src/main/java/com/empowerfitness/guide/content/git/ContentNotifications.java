package com.empowerfitness.guide.content.git;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * On PostgreSQL, instances tell each other about a change at once instead of waiting for the periodic sync: after a
 * push, {@code NOTIFY content_changed} with the commit id as payload (nothing else: no path, no name), or
 * {@code conflicts} after a kept conflict or its resolution was pushed; every
 * instance listens on a connection of its own and syncs when a commit it does not have is announced. The periodic
 * sync stays as the safety net (a notification sent while an instance was reconnecting is not repeated).
 *
 * <p>The listening connection is taken from the pool and kept; a broken one is replaced after a pause that grows
 * with each failure, so a database restart only delays the shortcut.
 */
class ContentNotifications implements SmartLifecycle, ContentRepository.Listener {

    static final String CHANNEL = "content_changed";

    /** The payload when only the kept conflicts changed (one kept, or one resolved): not a commit id. */
    static final String CONFLICTS = "conflicts";

    /** How long one wait for notifications blocks; also how quickly the thread notices the context stopping. */
    private static final int WAIT_MILLIS = 500;

    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ContentNotifications.class);

    private final DataSource dataSource;

    private final ContentRepository repository;

    private final ContentSync sync;

    private volatile boolean running;

    private Thread thread;

    ContentNotifications(DataSource dataSource, ContentRepository repository, ContentSync sync) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.sync = sync;
        repository.addListener(this);
    }

    @Override
    public void pushed(String commitId) {
        notifyOthers(commitId);
    }

    /** A conflict resolved on this instance leaves every other one's list at once, not only with its next sync. */
    @Override
    public void conflictsChanged() {
        notifyOthers(CONFLICTS);
    }

    private void notifyOthers(String payload) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
            if (!connection.getAutoCommit()) {
                connection.commit(); // a notification is delivered when its transaction commits
            }
        } catch (SQLException ex) {
            log.warn("The other instances could not be notified of the new content: {}", ex.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        this.running = true;
        this.thread = new Thread(this::listen, "content-notifications");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public synchronized void stop() {
        this.running = false;
        if (this.thread != null) {
            this.thread.interrupt();
            try {
                this.thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            this.thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    private void listen() {
        int failures = 0;
        while (this.running) {
            try (Connection connection = this.dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (failures > 0) {
                    log.info("Listening for content changes of other instances again");
                    // Whatever was announced while this instance was not listening is fetched now.
                    this.sync.sync();
                }
                failures = 0;
                while (this.running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0 && isNews(notifications)) {
                        this.sync.sync();
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                if (!this.running) {
                    return;
                }
                failures++;
                log.warn(
                        "Listening for content changes failed ({}); the periodic sync goes on, listening again soon",
                        ex.getClass().getSimpleName());
                pause(failures);
            }
        }
    }

    /** Whether a notification names a commit other than the one this folder is at (its own push, usually). */
    private boolean isNews(PGNotification[] notifications) {
        String head = this.repository.head();
        for (PGNotification notification : notifications) {
            if (!notification.getParameter().equals(head)) {
                return true;
            }
        }
        return false;
    }

    private void pause(int failures) {
        long millis = Math.min(MAX_PAUSE.toMillis(), 500L << Math.min(failures, 6));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.running = false;
        }
    }
}
