package com.empowerfitness.guide.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.content.ContentLoader;
import com.empowerfitness.guide.content.LoadReport;
import com.empowerfitness.guide.staff.SignInThrottle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * Two instances of the site on one PostgreSQL database, as behind a load balancer: started at the same moment
 * (both load their own copy of the content at once), then used through HTTP like a browser would.
 */
class TwoInstancesTest {

    private static final String ADMIN = "lead";

    private static final String ADMIN_PASSWORD = "a long enough admin passphrase";

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @TempDir
    static Path temp;

    static PostgresTestDatabase database;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    static Path contentA;

    static Path contentB;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        database = PostgresTestDatabase.create();
        contentA = copyContent(temp.resolve("content-a"));
        contentB = copyContent(temp.resolve("content-b"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Two applications starting at the same moment in one JVM would both set up the one Logback context, and
        // one of them can fail doing so ("Unable to find Spring Environment in logger context"). So logging is
        // set up once here, as Spring Boot does it, and the two leave it as it is; everything else starts at once.
        LoggingSystem logging = LoggingSystem.get(TwoInstancesTest.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Future<ConfigurableApplicationContext> first = pool.submit(() -> start(contentA, together));
            Future<ConfigurableApplicationContext> second = pool.submit(() -> start(contentB, together));
            a = first.get(180, TimeUnit.SECONDS);
            b = second.get(180, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
    }

    @AfterAll
    static void stopAndDropTheDatabase() throws SQLException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void bothInstancesLoadedTheContentAtOnceWithoutErrorsOrDuplicates() throws Exception {
        assertThat(a.isRunning()).isTrue();
        assertThat(b.isRunning()).isTrue();
        // Every language's articles: the English ones and the translations under content/es/.
        long articleFiles =
                markdownFiles(contentA.resolve("articles")) + markdownFiles(contentA.resolve("es/articles"));
        assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(articleFiles);
        assertThat(count("SELECT COUNT(*) FROM (SELECT source_path FROM article GROUP BY source_path "
                        + "HAVING COUNT(*) > 1) d"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT source_path, anchor FROM faq GROUP BY source_path, anchor "
                        + "HAVING COUNT(*) > 1) d"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM content_error"))
                .as("no load failed")
                .isZero();
        assertThat(get(a, "/articles/causes").statusCode()).isEqualTo(200);
        assertThat(get(b, "/articles/causes").statusCode()).isEqualTo(200);
    }

    @Test
    void reloadsAtTheSameMomentTakeTurnsInsteadOfColliding() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String file = "together-" + round + ".md";
                String article = "---\ntitle: Loaded together " + round + "\nsummary: Both instances have it.\n---\n"
                        + "Both instances store this page at the same moment.\n";
                Files.writeString(contentA.resolve("articles").resolve(file), article);
                Files.writeString(contentB.resolve("articles").resolve(file), article);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<LoadReport> first = pool.submit(() -> loadAfter(a, together));
                Future<LoadReport> second = pool.submit(() -> loadAfter(b, together));
                LoadReport reportA = first.get(60, TimeUnit.SECONDS);
                LoadReport reportB = second.get(60, TimeUnit.SECONDS);

                assertThat(reportA.errors()).isEmpty();
                assertThat(reportB.errors()).isEmpty();
                assertThat(reportA.added() + reportB.added())
                        .as("one instance adds it, the other finds it stored")
                        .isEqualTo(1);
                assertThat(count("SELECT COUNT(*) FROM article WHERE slug = 'together-" + round + "'"))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBookingSentToOneInstanceAppearsInTheOthersInbox() throws Exception {
        String name = "Cluster Patient " + System.nanoTime();
        HttpResponse<String> sent = book(a, nextAddress(), name);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying((location) -> assertThat(location).contains("/book/confirmation/"));

        Browser staff = new Browser(nextAddress());
        staff.signIn(b, ADMIN, ADMIN_PASSWORD);
        // The search is posted to one instance and kept in the shared session; the other instance lists with it.
        String token = staff.csrfFrom(b, "/staff/bookings");
        assertThat(staff.post(b, "/staff/bookings", "_csrf=" + enc(token) + "&q=" + enc(name))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> inbox = staff.get(a, "/staff/bookings");

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(inbox.body()).text()).contains(name);
    }

    @Test
    void aStaffSessionFromOneInstanceIsAcceptedByTheOther() throws Exception {
        Browser staff = new Browser(nextAddress());
        staff.signIn(a, ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> onB = staff.get(b, "/staff/bookings");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onB.body()).select("form[action=/logout]")).hasSize(1);
        Browser stranger = new Browser(nextAddress());
        assertThat(stranger.get(b, "/staff/bookings").statusCode())
                .as("without the cookie: the sign-in page")
                .isEqualTo(302);

        staff.signOut(b);
        assertThat(staff.get(a, "/staff/bookings").statusCode())
                .as("signed out on B is signed out on A")
                .isEqualTo(302);
    }

    @Test
    void theBookingRateLimitHoldsAcrossBothInstances() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(book((i % 2 == 0) ? a : b, address, "Limited " + i).statusCode())
                    .as("request %d", i + 1)
                    .isEqualTo(302);
        }

        assertThat(book(a, address, "Limited 6").statusCode()).isEqualTo(429);
        assertThat(book(b, address, "Limited 7").statusCode()).isEqualTo(429);
        assertThat(book(b, nextAddress(), "Someone else").statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM booking_rate_limit WHERE id = '" + Hashes.sha256(address) + "'"))
                .as("one shared bucket for the address")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM booking_rate_limit WHERE id = '" + address + "'"))
                .as("addresses are stored hashed")
                .isZero();
    }

    @Test
    void theSignInThrottleHoldsAcrossBothInstances() throws Exception {
        try {
            for (int i = 0; i < 4; i++) {
                Browser guesser = new Browser(nextAddress());
                assertThat(guesser.postLogin((i % 2 == 0) ? a : b, ADMIN, "wrong guess " + i))
                        .hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
            }
            // Many more guesses from elsewhere, recorded on instance A directly (the clock does not move here,
            // and an attempt made while waiting is refused without counting).
            SignInThrottle onA = a.getBean(SignInThrottle.class);
            for (int i = 0; i < 30; i++) {
                onA.failed(new SignInThrottle.Attempt(ADMIN, "203.0.113." + i, null));
            }

            assertThat(b.getBean(SignInThrottle.class).recentFailures(ADMIN))
                    .as("B sees the failures recorded by both")
                    .isEqualTo(34);
            Browser newPlace = new Browser(nextAddress());
            assertThat(newPlace.postLogin(b, ADMIN, ADMIN_PASSWORD))
                    .hasValueSatisfying((location) -> assertThat(location).endsWith("/login?locked&minutes=15"));
            assertThat(count("SELECT COUNT(*) FROM login_failure WHERE attempt_key LIKE '%" + ADMIN + "%'"))
                    .as("usernames and addresses are stored hashed")
                    .isZero();
        } finally {
            // The other tests sign in as the same administrator.
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM login_failure");
            }
        }
    }

    @Test
    void theOwnerSignsInWhereTheySignedInBeforeWhileTheirAccountIsUnderAttack() throws Exception {
        try {
            Browser owner = new Browser(nextAddress());
            owner.signIn(a, ADMIN, ADMIN_PASSWORD);
            owner.signOut(a);
            SignInThrottle onB = b.getBean(SignInThrottle.class);
            for (int i = 0; i < 30; i++) {
                onB.failed(new SignInThrottle.Attempt(ADMIN, "198.51.100." + i, null));
            }

            owner.signIn(b, ADMIN, ADMIN_PASSWORD);
            owner.signOut(b);
            assertThat(new Browser(nextAddress()).postLogin(a, ADMIN, ADMIN_PASSWORD))
                    .hasValueSatisfying((location) -> assertThat(location).contains("/login?locked"));
        } finally {
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM login_failure");
            }
        }
    }

    @Test
    void aScheduledJobLockHeldByOneInstanceIsRefusedToTheOther() {
        LockConfiguration job = new LockConfiguration(
                java.time.Instant.now(), "test-job", java.time.Duration.ofMinutes(1), java.time.Duration.ZERO);
        Optional<SimpleLock> onA = a.getBean(LockProvider.class).lock(job);
        assertThat(onA).isPresent();

        assertThat(b.getBean(LockProvider.class).lock(job)).isEmpty();

        onA.get().unlock();
        Optional<SimpleLock> onB = b.getBean(LockProvider.class).lock(job);
        assertThat(onB).isPresent();
        onB.get().unlock();
    }

    private static ConfigurableApplicationContext start(Path content, CyclicBarrier together) throws Exception {
        together.await(60, TimeUnit.SECONDS);
        return new SpringApplicationBuilder(GuideApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--guide.content-dir=" + content,
                        "--guide.admin.username=" + ADMIN,
                        "--guide.admin.password=" + ADMIN_PASSWORD,
                        "--spring.main.banner-mode=off",
                        // The test's browsers claim their addresses in X-Forwarded-For, as behind a proxy.
                        "--guide.proxy.trusted-addresses=127.0.0.1,::1",
                        "--guide.mail.outbox-initial-delay=PT1H");
    }

    private static LoadReport loadAfter(ConfigurableApplicationContext context, CyclicBarrier together)
            throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return context.getBean(ContentLoader.class).load();
    }

    private static HttpResponse<String> book(ConfigurableApplicationContext instance, String address, String name)
            throws Exception {
        Browser patient = new Browser(address);
        String token = patient.csrfFrom(instance, "/book/request");
        return patient.post(
                instance, "/book", "_csrf=" + enc(token) + "&name=" + enc(name) + "&phone=555+123+4567&consent=yes");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
        return new Browser(nextAddress()).get(instance, path);
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.66." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long markdownFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter((file) -> file.toString().endsWith(".md")).count();
        }
    }

    private static Path copyContent(Path target) throws IOException {
        Path source = Paths.get("content").toAbsolutePath();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** One browser: its own cookies (the shared SESSION cookie works on either instance) and its own address. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();

        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(this.cookies).build();

        private final String address;

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(instance, path)).GET());
        }

        HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        String csrfFrom(ConfigurableApplicationContext instance, String path) throws Exception {
            return Jsoup.parse(get(instance, path).body())
                    .selectFirst("input[name=_csrf]")
                    .val();
        }

        Optional<String> postLogin(ConfigurableApplicationContext instance, String username, String password)
                throws Exception {
            String token = csrfFrom(instance, "/login");
            return post(
                            instance,
                            "/login",
                            "_csrf=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(password))
                    .headers()
                    .firstValue("Location");
        }

        void signIn(ConfigurableApplicationContext instance, String username, String password) throws Exception {
            assertThat(postLogin(instance, username, password))
                    .hasValueSatisfying((location) -> assertThat(location).endsWith("/staff"));
            assertThat(this.cookies.getCookieStore().getCookies())
                    .extracting(HttpCookie::getName)
                    .contains("SESSION");
        }

        void signOut(ConfigurableApplicationContext instance) throws Exception {
            String token = Jsoup.parse(get(instance, "/staff/bookings").body())
                    .selectFirst("form[action=/logout] input[name=_csrf]")
                    .val();
            assertThat(post(instance, "/logout", "_csrf=" + enc(token))
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return this.client.send(
                    request.header("X-Forwarded-For", this.address).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static URI uri(ConfigurableApplicationContext instance, String path) {
            return URI.create("http://localhost:" + port(instance) + path);
        }
    }

    static {
        // Fail fast instead of hanging when something is wrong with the copy of the content.
        if (!Files.isDirectory(Paths.get("content"))) {
            throw new UncheckedIOException(new IOException("run from the project folder: content/ is missing"));
        }
    }
}
