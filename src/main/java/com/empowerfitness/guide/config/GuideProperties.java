package com.empowerfitness.guide.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The one {@code guide.*} settings tree, validated at start-up so that a mistyped value stops the site with a
 * message naming the key rather than failing later on a patient's request. Features inject the part they need
 * (see {@link GuidePropertiesConfiguration}); docs/operations.md lists every key.
 *
 * @param siteName the clinic's name as patients see it in titles, feeds and emails
 * @param baseUrl the public address, for absolute links; a trailing slash is dropped here, once
 * @param timeZone the clinic's time zone (IANA name; empty: the server's), the truth for every time shown
 * @param contentDir the folder holding the guide's Markdown files
 * @param languages the languages the guide is published in (ISO 639 codes, such as {@code en} or {@code es}); the
 *     default language's pages have no path prefix, every other language's live under {@code /<code>/}
 * @param defaultLanguage the language of {@code content/} itself and of every address without a prefix
 */
@Validated
@ConfigurationProperties("guide")
public record GuideProperties(
        @DefaultValue("Empower Fitness") @NotBlank String siteName,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("") String timeZone,
        @DefaultValue("content") Path contentDir,
        @DefaultValue @Valid Content content,
        @DefaultValue @Valid Clinic clinic,
        @DefaultValue @Valid Booking booking,
        @DefaultValue @Valid Mail mail,
        @DefaultValue Admin admin,
        @DefaultValue @Valid Backup backup,
        @DefaultValue @Valid Scheduling scheduling,
        @DefaultValue({"en", "es"}) List<String> languages,
        @DefaultValue("en") String defaultLanguage) {

    public GuideProperties {
        defaultLanguage = (defaultLanguage == null || defaultLanguage.isBlank()) ? "en" : defaultLanguage.strip();
        languages = checkLanguages(languages, defaultLanguage);
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        timeZone = (timeZone == null) ? "" : timeZone.strip();
        if (!timeZone.isEmpty()) {
            checkZone("guide.time-zone", timeZone);
        }
        if (clinic != null && !clinic.timeZone().isEmpty()) {
            checkZone("guide.clinic.time-zone", clinic.timeZone());
        }
    }

    /** Every default: what a test or a tool gets without any configuration. */
    public static GuideProperties defaults() {
        return new GuideProperties(
                "Empower Fitness",
                "http://localhost:8080",
                "",
                Path.of("content"),
                new Content(
                        true,
                        Duration.ofMillis(300),
                        new Content.Git(true, Path.of("data/content.git"), "", Duration.ofSeconds(3)),
                        Period.ofYears(1),
                        Content.DEFAULT_MAX_FILE_BYTES,
                        Content.DEFAULT_MAX_NESTING),
                new Clinic("(555) 010-0199", "hello@empowerfitness.example", ""),
                new Booking(
                        "2026-11-01", new Booking.RateLimit(5, Duration.ofMinutes(10)), 365, Duration.ofHours(24), ""),
                new Mail("", Duration.ofSeconds(30)),
                new Admin(null, null),
                new Backup(Path.of("data/backups"), "0 15 2 * * *", 14),
                new Scheduling(
                        Duration.ofHours(2),
                        60,
                        Duration.ofMinutes(15),
                        Duration.ofHours(24),
                        Duration.ofHours(24),
                        Duration.ofMinutes(5)),
                List.of("en", "es"),
                "en");
    }

    /** The same settings with another content folder (tests and tools load a folder of their own). */
    public GuideProperties withContentDir(Path dir) {
        return new GuideProperties(
                this.siteName,
                this.baseUrl,
                this.timeZone,
                dir,
                this.content,
                this.clinic,
                this.booking,
                this.mail,
                this.admin,
                this.backup,
                this.scheduling,
                this.languages,
                this.defaultLanguage);
    }

    /**
     * The clinic's zone: {@code guide.time-zone}, else the deprecated {@code guide.clinic.time-zone} (still read
     * for one release, with a warning at start-up), else the server's zone.
     */
    public ZoneId zone() {
        if (!this.timeZone.isEmpty()) {
            return ZoneId.of(this.timeZone);
        }
        if (!this.clinic.timeZone().isEmpty()) {
            return ZoneId.of(this.clinic.timeZone());
        }
        return ZoneId.systemDefault();
    }

    /** An absolute URL for a site path starting with {@code /}. */
    public String url(String path) {
        return this.baseUrl + path;
    }

    /** The language codes in the order given, the default one included, each once; a malformed code stops start-up. */
    private static List<String> checkLanguages(List<String> given, String defaultLanguage) {
        if (!defaultLanguage.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException(
                    "guide.default-language must be a lower-case ISO 639 code such as en, not '" + defaultLanguage
                            + "'");
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(defaultLanguage);
        List<String> parts = new ArrayList<>();
        for (String item : (given == null) ? List.<String>of() : given) {
            parts.addAll(List.of(item.split(",")));
        }
        for (String code : parts) {
            String stripped = code.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!stripped.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException(
                        "guide.languages must list lower-case ISO 639 codes such as en,es, not '" + stripped + "'");
            }
            codes.add(stripped);
        }
        return List.copyOf(codes);
    }

    private static void checkZone(String key, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException ex) {
            throw new IllegalArgumentException(
                    key + " must be a time zone such as America/New_York, not '" + zone + "'", ex);
        }
    }

    /**
     * {@code guide.content.*}: live reload of the content folder.
     *
     * @param watch whether files added, changed or deleted under the folder are loaded while the site runs
     * @param watchDebounce how long the folder must be quiet after a change before it is loaded (one load a burst)
     * @param reviewInterval how long a clinical sign-off holds: the next review is due this long after it
     * @param maxFileBytes the largest Markdown file the guide reads; a larger one is that file's content error and
     *     is never read into memory (a page of the guide is a few kilobytes)
     * @param maxNesting how deeply lists, quotes, callouts, links and images may sit inside each other; checked
     *     on the raw text before the Markdown parser sees it, whose recursion a deeper file would exhaust
     */
    public record Content(
            @DefaultValue("true") boolean watch,
            @DefaultValue("300ms") Duration watchDebounce,
            @DefaultValue @Valid Git git,
            @DefaultValue("P1Y") Period reviewInterval,
            @DefaultValue("256KB") DataSize maxFileBytes,
            @DefaultValue("32") @Min(1) @Max(200) int maxNesting) {

        public static final DataSize DEFAULT_MAX_FILE_BYTES = DataSize.ofKilobytes(256);

        public static final int DEFAULT_MAX_NESTING = 32;

        public Content {
            if (maxFileBytes == null) {
                maxFileBytes = DEFAULT_MAX_FILE_BYTES;
            }
            if (maxFileBytes.toBytes() < 1 || maxFileBytes.toBytes() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "guide.content.max-file-bytes must be between 1B and 2GB, not " + maxFileBytes);
            }
        }

        /**
         * {@code guide.content.git.*}: the folder's history (browser editing commits here).
         *
         * @param enabled whether the folder is recorded in Git
         * @param dir the Git directory, outside the content folder
         * @param remote a repository every save is pushed to and pulled from (several instances); empty: none
         * @param syncInterval how often an instance fetches the remote (a change elsewhere is live after at most
         *     about this long plus a load)
         */
        public record Git(
                @DefaultValue("true") boolean enabled,
                @DefaultValue("data/content.git") Path dir,
                @DefaultValue("") String remote,
                @DefaultValue("3s") Duration syncInterval) {}
    }

    /**
     * {@code guide.clinic.*}: how patients reach the clinic, shown on confirmations and in emails.
     *
     * @param timeZone deprecated: use {@code guide.time-zone}
     */
    public record Clinic(
            @DefaultValue("(555) 010-0199") String phone,
            @DefaultValue("hello@empowerfitness.example") String email,
            @DefaultValue("") String timeZone) {

        public Clinic {
            timeZone = (timeZone == null) ? "" : timeZone.strip();
        }
    }

    /** {@code guide.booking.*}: privacy notice version, rate limit, retention, who is told about new requests. */
    public record Booking(
            @DefaultValue("2026-11-01") @NotBlank String privacyNoticeVersion,
            @DefaultValue @Valid RateLimit rateLimit,
            @DefaultValue("365") @Min(1) int retentionDays,
            @DefaultValue("24h") Duration confirmationTtl,
            @DefaultValue("") String notifyTo) {

        public record RateLimit(
                @DefaultValue("5") @Min(1) int maxPerWindow,
                @DefaultValue("10m") Duration window) {}
    }

    /**
     * {@code guide.mail.*}.
     *
     * @param from the sender address of emails; empty: the clinic's address
     * @param outboxInterval how often queued mail is sent
     */
    public record Mail(
            @DefaultValue("") String from,
            @DefaultValue("30s") Duration outboxInterval) {}

    /** {@code guide.admin.*}, normally from GUIDE_ADMIN_USERNAME and GUIDE_ADMIN_PASSWORD in the environment. */
    public record Admin(String username, String password) {

        public boolean isGiven() {
            return this.username != null
                    && !this.username.isBlank()
                    && this.password != null
                    && !this.password.isBlank();
        }
    }

    /**
     * {@code guide.backup.*}: the nightly online backup of the H2 database (ops.H2Backup; never with PostgreSQL).
     *
     * @param directory where backups are written (one zip file each)
     * @param cron when (Spring cron, in the server's zone); "-" turns the job off
     * @param keep how many of the newest backups are kept; older ones are deleted after each backup
     */
    public record Backup(
            @DefaultValue("./data/backups") Path directory,
            @DefaultValue("0 15 2 * * *") @NotBlank String cron,
            @DefaultValue("14") @Min(1) int keep) {}

    /**
     * {@code guide.scheduling.*}: the online booking rules (docs/scheduling.md). The clinic's zone is the one
     * {@code guide.time-zone} setting.
     *
     * @param minNotice the earliest a patient can book ahead of now
     * @param horizonDays how far ahead times are offered
     * @param slotStep the distance between offered start times (a multiple of five minutes)
     * @param cancelCutoff until how long before the start a patient can cancel or move online
     * @param reminderLead how long before the start the reminder email is sent
     * @param reminderInterval how often the reminder job looks for due reminders
     */
    public record Scheduling(
            @DefaultValue("2h") Duration minNotice,
            @DefaultValue("60") @Min(1) int horizonDays,
            @DefaultValue("15m") Duration slotStep,
            @DefaultValue("24h") Duration cancelCutoff,
            @DefaultValue("24h") Duration reminderLead,
            @DefaultValue("5m") Duration reminderInterval) {}
}
