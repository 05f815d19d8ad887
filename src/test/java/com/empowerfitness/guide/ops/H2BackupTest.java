package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The backup file itself: complete under its final name only, named by time, the oldest pruned. */
class H2BackupTest {

    @TempDir
    Path dir;

    @Test
    void backupIsAZipOfTheDatabaseUnderAFinalNameAndOldOnesArePruned() throws Exception {
        Path backups = this.dir.resolve("backups");
        GuideProperties.Backup settings = new GuideProperties.Backup(backups, "-", 2);
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 12, 1, 2, 15));
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource("jdbc:h2:file:" + this.dir.resolve("db/guide"), "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table t (v varchar(10))");
            jdbc.update("insert into t values ('kept')");
            H2Backup backup = new H2Backup(jdbc, withBackup(settings), clock);

            Path first = backup.backUp();
            clock.set(LocalDateTime.of(2026, 12, 2, 2, 15));
            Path second = backup.backUp();
            clock.set(LocalDateTime.of(2026, 12, 3, 2, 15));
            Path third = backup.backUp();

            assertThat(backup.backups()).containsExactly(third, second);
            assertThat(first).doesNotExist();
            try (Stream<Path> files = Files.list(backups)) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .as("no temporary file is left")
                        .allMatch(name -> name.startsWith("guide-") && name.endsWith(".zip"));
            }
            try (ZipFile zip = new ZipFile(third.toFile())) {
                assertThat(zip.stream().map(entry -> entry.getName()).toList()).contains("guide.mv.db");
            }
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void onlyAnH2FileDatabaseIsBackedUpHere() {
        assertThat(OnH2FileDatabase.isH2File("jdbc:h2:file:./data/guide;WRITE_DELAY=0"))
                .isTrue();
        assertThat(OnH2FileDatabase.isH2File("jdbc:h2:./data/guide")).isTrue();
        assertThat(OnH2FileDatabase.isH2File("jdbc:h2:mem:test")).isFalse();
        assertThat(OnH2FileDatabase.isH2File("jdbc:h2:tcp://db/guide")).isFalse();
        assertThat(OnH2FileDatabase.isH2File("jdbc:postgresql://127.0.0.1:5432/test"))
                .isFalse();
        assertThat(OnH2FileDatabase.isH2File(null)).isFalse();
    }

    private static GuideProperties withBackup(GuideProperties.Backup backup) {
        GuideProperties defaults = GuideProperties.defaults();
        return new GuideProperties(
                defaults.siteName(),
                defaults.baseUrl(),
                defaults.timeZone(),
                defaults.contentDir(),
                defaults.content(),
                defaults.clinic(),
                defaults.booking(),
                defaults.mail(),
                defaults.admin(),
                backup,
                defaults.scheduling(),
                defaults.languages(),
                defaults.defaultLanguage());
    }
}
