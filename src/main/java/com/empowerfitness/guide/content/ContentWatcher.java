package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Live reload: watches the content folder (and every folder below it, new ones too) and reloads the content a
 * moment after the last change, so that an editor's save is live within about a second, with no restart.
 * A burst of events (an editor writing a file in several steps, a folder copied in) gives one load. Each
 * instance of the site watches its own folder; nothing is shared. Off with {@code guide.content.watch=false}.
 *
 * <p>Nothing a file or a load throws ends the watcher's thread: a failed load is logged and the next change loads
 * again; when watching itself fails (the folder removed, the system out of watches) the watcher says so in
 * {@link #status()} (the {@code liveReload} health component and a banner on {@code /staff/content}) and starts
 * watching again by itself, with a load, once it can.
 */
@Component
@ConditionalOnProperty(name = "guide.content.watch", havingValue = "true", matchIfMissing = true)
public class ContentWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    /** How long the watcher waits before it tries to watch again after a failure. */
    static final Duration RETRY = Duration.ofSeconds(1);

    /** Whether changes are being watched. */
    public enum State {
        RUNNING,
        FAILED,
        STOPPED
    }

    /**
     * @param problem why the watcher is not running, in words for an operator; null while it runs
     * @param since when it entered this state
     */
    public record Status(State state, String problem, Instant since) {

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    private final ContentLoader loader;

    private final Path root;

    private final Duration debounce;

    private final Clock clock;

    private volatile WatchService watchService;

    /** The folder as watched: the content folder with a link in its own path resolved. */
    private volatile Path watchedRoot;

    private volatile Thread thread;

    private volatile boolean stopping;

    private volatile Status status;

    ContentWatcher(ContentLoader loader, GuideProperties properties, Clock clock) {
        this.loader = loader;
        this.root = properties.contentDir().toAbsolutePath().normalize();
        this.debounce = properties.content().watchDebounce();
        this.clock = clock;
        this.status = new Status(State.STOPPED, "live reload has not started", clock.instant());
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        stopping = false;
        // Registered before start() returns, so a change right after start-up is seen.
        WatchService opened = null;
        try {
            opened = open();
            running();
        } catch (IOException | RuntimeException ex) {
            closeQuietly();
            failed(ex instanceof IOException ? ex.getMessage() : ex.toString(), ex);
        }
        WatchService first = opened;
        Thread watcher = new Thread(() -> run(first), "content-watcher");
        watcher.setDaemon(true); // never keeps the JVM alive
        // The last resort, should an error escape even the loop's own handler: the state says so.
        watcher.setUncaughtExceptionHandler((t, ex) -> failed("the watcher's thread ended: " + ex, ex));
        thread = watcher;
        watcher.start();
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        stopping = true;
        thread = null;
        closeQuietly(); // wakes the thread from take()/poll() with ClosedWatchServiceException
        if (running != null) {
            running.interrupt();
            try {
                running.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        status = new Status(State.STOPPED, "live reload was stopped", clock.instant());
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Whether live reload works now, and if not, why. */
    public Status status() {
        Thread current = thread;
        Status now = status;
        if (current != null && !current.isAlive() && now.running()) {
            return new Status(State.FAILED, "the watcher's thread has ended", now.since());
        }
        return now;
    }

    private void running() {
        log.info("Watching {} for content changes", root);
        status = new Status(State.RUNNING, null, clock.instant());
    }

    /** @param opened the watch service {@link #start()} opened, or null when that failed */
    private void run(WatchService opened) {
        WatchService service = opened;
        while (!stopping) {
            try {
                if (service == null) {
                    service = open();
                    reload(); // changes made while nothing watched
                    running();
                }
                watch(service);
            } catch (InterruptedException | ClosedWatchServiceException ex) {
                if (stopping) {
                    return; // stop() was called: the context is closing
                }
                failed("watching stopped unexpectedly (" + ex.getClass().getSimpleName() + ")", ex);
            } catch (Throwable ex) {
                failed(ex instanceof IOException io ? io.getMessage() : ex.toString(), ex);
            } finally {
                closeQuietly();
                service = null;
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private WatchService open() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the content folder " + root + " does not exist");
        }
        WatchService service = FileSystems.getDefault().newWatchService();
        watchService = service;
        if (stopping) {
            throw new ClosedWatchServiceException();
        }
        try {
            watchedRoot = root.toRealPath();
            registerTree(watchedRoot, service);
        } catch (IOException ex) {
            throw new IOException("the content folder " + root + " cannot be watched (" + ex + ")", ex);
        }
        return service;
    }

    private void watch(WatchService service) throws InterruptedException, IOException {
        while (!stopping) {
            WatchKey key = service.take();
            boolean rootGone = handle(key, service);
            // Debounce: keep collecting events until the folder has been quiet for a moment, then load once.
            WatchKey more;
            while (!rootGone && (more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                rootGone = handle(more, service);
            }
            reload();
            if (rootGone) {
                throw new IOException("the content folder " + root + " was removed or renamed");
            }
        }
    }

    /** @return true when the content folder itself can no longer be watched */
    private boolean handle(WatchKey key, WatchService service) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                // A link to a folder is not followed: nothing outside the content folder is watched or read.
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(created, service); // a new folder, and whatever was copied into it already
                    } catch (IOException ex) {
                        log.warn("The new folder {} cannot be watched ({})", created, ex.toString());
                    }
                }
            }
        }
        return !key.reset() && dir.equals(watchedRoot);
    }

    private void reload() {
        try {
            loader.load();
        } catch (Throwable ex) {
            // The loader reports file problems itself; this is unexpected, and must not stop live reload.
            log.error("Reloading the content failed; the next change loads again: {}", ex.toString());
            log.debug("Content reload failure", ex);
        }
    }

    private void failed(String problem, Throwable ex) {
        if (stopping) {
            return;
        }
        if (status.state() != State.FAILED || !problem.equals(status.problem())) {
            log.error("Live reload of {} is not working: {}; retrying every {} s", root, problem, RETRY.toSeconds());
            log.debug("Content watcher failure", ex);
            status = new Status(State.FAILED, problem, clock.instant());
        }
    }

    private static void registerTree(Path start, WatchService service) throws IOException {
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir :
                    (Iterable<Path>) dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))::iterator) {
                dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void closeQuietly() {
        WatchService service = watchService;
        watchService = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException ex) {
                log.debug("Closing the content watcher", ex);
            }
        }
    }
}
