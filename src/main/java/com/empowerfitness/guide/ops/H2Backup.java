package com.empowerfitness.guide.ops;

import com.empowerfitness.guide.config.GuideProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly online backup of the H2 database, taken while the site runs: {@code BACKUP TO} writes a consistent
 * copy into a zip file under a temporary name, which is renamed when complete (a half-written backup never looks
 * like a good one), then all but the newest {@code guide.backup.keep} backups are deleted. Restore: stop the site,
 * {@code unzip -o <backup> -d <database folder>}, start it (docs/operations.md). Not with PostgreSQL.
 */
@Component
@Conditional(OnH2FileDatabase.class)
public class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);

    static final String PREFIX = "guide-";

    static final String SUFFIX = ".zip";

    /** UTC, sortable by name, no characters a file system or a shell would mind. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final JdbcTemplate jdbc;

    private final GuideProperties.Backup settings;

    private final Clock clock;

    public H2Backup(JdbcTemplate jdbc, GuideProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.backup();
        this.clock = clock;
    }

    @Scheduled(cron = "${guide.backup.cron:0 15 2 * * *}")
    void nightly() {
        try {
            backUp();
        } catch (RuntimeException ex) {
            log.error("Database backup failed; the previous backups are kept: {}", ex.toString());
        }
    }

    /** Takes a backup now and prunes old ones; returns the finished file. */
    public synchronized Path backUp() {
        Path directory = this.settings.directory().toAbsolutePath().normalize();
        String name = PREFIX + STAMP.format(this.clock.instant().atOffset(ZoneOffset.UTC)) + SUFFIX;
        Path target = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(partial);
            this.jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new UncheckedIOException("Backup to " + directory + " failed", ex);
        } finally {
            deleteQuietly(partial);
        }
        List<Path> removed = prune(directory);
        log.info("Database backed up to {} ({} bytes); {} old backup(s) removed", target, size(target), removed.size());
        return target;
    }

    /** The finished backups, newest first. */
    public List<Path> backups() {
        return list(this.settings.directory().toAbsolutePath().normalize());
    }

    private List<Path> prune(Path directory) {
        List<Path> all = list(directory);
        List<Path> old = all.subList(Math.min(this.settings.keep(), all.size()), all.size());
        for (Path path : old) {
            deleteQuietly(path);
        }
        return List.copyOf(old);
    }

    private static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> {
                        String file = path.getFileName().toString();
                        return file.startsWith(PREFIX) && file.endsWith(SUFFIX);
                    })
                    .sorted(Comparator.comparing(
                                    (Path path) -> path.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException ex) {
            return -1;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ex) {
            log.warn("Could not delete {}: {}", path, ex.toString());
        }
    }
}
