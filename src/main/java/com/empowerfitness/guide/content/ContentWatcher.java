package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
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
 */
@Component
@ConditionalOnProperty(name = "guide.content.watch", havingValue = "true", matchIfMissing = true)
class ContentWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final ContentLoader loader;

    private final Path root;

    private final Duration debounce;

    private volatile WatchService watchService;

    private volatile Thread thread;

    ContentWatcher(ContentLoader loader, GuideProperties properties) {
        this.loader = loader;
        this.root = properties.contentDir().toAbsolutePath().normalize();
        this.debounce = properties.content().watchDebounce();
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (!Files.isDirectory(root)) {
            log.warn("Live reload is off: the content folder {} does not exist", root);
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(root, watchService);
        } catch (IOException ex) {
            log.warn("Live reload is off: the content folder {} cannot be watched ({})", root, ex.toString());
            closeQuietly();
            return;
        }
        thread = new Thread(this::watch, "content-watcher");
        thread.setDaemon(true); // never keeps the JVM alive
        thread.start();
        log.info("Watching {} for content changes", root);
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
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
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        WatchService service = watchService;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                handle(key, service);
                // Debounce: keep collecting events until the folder has been quiet for a moment, then load once.
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(more, service);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException ex) {
            // stop() was called: the context is closing.
        }
    }

    private void handle(WatchKey key, WatchService service) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created, service); // a new folder, and whatever was copied into it already
                    } catch (IOException ex) {
                        log.warn("The new folder {} cannot be watched ({})", root.relativize(created), ex.toString());
                    }
                }
            }
        }
        key.reset();
    }

    private void reload() {
        try {
            loader.load();
        } catch (RuntimeException ex) {
            // The loader reports file problems itself; this is unexpected, and must not stop live reload.
            log.warn("Reloading the content failed: {}", ex.toString());
            log.debug("Content reload failure", ex);
        }
    }

    private static void registerTree(Path start, WatchService service) throws IOException {
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
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
