package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy sends SIGTERM while patients are booking. Every booking the site acknowledged is stored; every other
 * one got an answer the client can see (an error status, or the connection refused or closed before an answer):
 * no request hangs, and the instance stops by itself within the shutdown timeout, with no error logged.
 */
class GracefulShutdownTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void sigtermWhileBookingLosesNoAcknowledgedRequest() throws Exception {
        String url = "jdbc:h2:file:" + this.dir.resolve("guide") + ";WRITE_DELAY=0";
        int port = freePort();
        File log = this.dir.resolve("server.log").toFile();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        GuideApplication.class.getName(),
                        "--server.port=" + port,
                        "--management.server.port=0",
                        "--spring.datasource.url=" + url,
                        "--guide.booking.rate-limit.max-per-window=100000",
                        "--guide.content.watch=false",
                        // config/application.properties of the tests turns this off; a deploy has it on
                        "--spring.task.scheduling.shutdown.await-termination=true",
                        // JSON logs, as an operator shipping them would set GUIDE_LOG_FORMAT=ecs.
                        "--logging.structured.format.console=ecs",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        try {
            String base = "http://127.0.0.1:" + port;
            Session session = waitForForm(base + "/book/request", server, log);

            int threads = 3;
            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            List<String> answeredWithError = Collections.synchronizedList(new ArrayList<>());
            List<String> refusedOrClosed = Collections.synchronizedList(new ArrayList<>());
            List<String> hung = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger sequence = new AtomicInteger();
            AtomicBoolean stopped = new AtomicBoolean();
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch enoughAcknowledged = new CountDownLatch(20);
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread client = new Thread(() -> {
                    try {
                        start.await();
                        int refusedInARow = 0;
                        // Bounded: stops once connections are refused for good, or after 2,000 attempts.
                        for (int i = 0; i < 2000 && refusedInARow < 3 && !stopped.get(); i++) {
                            String name = "Graceful " + sequence.incrementAndGet();
                            Outcome outcome = post(base + "/book", session, name);
                            switch (outcome) {
                                case ACKNOWLEDGED -> {
                                    acknowledged.add(name);
                                    enoughAcknowledged.countDown();
                                    refusedInARow = 0;
                                }
                                case ERROR_STATUS -> answeredWithError.add(name + " (" + LAST_STATUS.get() + ")");
                                case REFUSED_OR_CLOSED -> {
                                    refusedOrClosed.add(name);
                                    refusedInARow++;
                                }
                                case TIMED_OUT -> hung.add(name);
                            }
                        }
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
                client.start();
                clients.add(client);
            }
            start.countDown();
            assertThat(enoughAcknowledged.await(120, TimeUnit.SECONDS))
                    .as("bookings acknowledged before SIGTERM; log:%n%s", read(log))
                    .isTrue();

            server.destroy(); // SIGTERM, as systemd and Kubernetes send it
            assertThat(server.waitFor(90, TimeUnit.SECONDS))
                    .as("the instance stops by itself within the shutdown timeout")
                    .isTrue();
            for (Thread client : clients) {
                client.join(TimeUnit.SECONDS.toMillis(60));
            }
            stopped.set(true);

            assertThat(hung).as("requests that got no answer at all").isEmpty();
            assertThat(refusedOrClosed)
                    .as("requests after the stop were refused")
                    .isNotEmpty();

            Set<String> stored = storedNames(url);
            assertThat(stored).as("every acknowledged booking is stored").containsAll(acknowledged);
            Set<String> storedButNotAcknowledged = new HashSet<>(stored);
            acknowledged.forEach(storedButNotAcknowledged::remove);
            // A request stored and then cut off before its answer would leave the patient unsure: none expected.
            assertThat(storedButNotAcknowledged)
                    .as(
                            "stored without an acknowledgement (errors %s, refused %s); log:%n%s",
                            answeredWithError, refusedOrClosed, tail(read(log)))
                    .isEmpty();

            String output = read(log);
            assertThat(output).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
            assertThat(output.lines()
                            .filter(line -> line.contains("\"log.level\":\"ERROR\""))
                            .toList())
                    .as("nothing failed while stopping (scheduled jobs, pool, sessions)")
                    .isEmpty();
            // Every line a request caused names that request; the log is one JSON object per line.
            List<String> storedLines = output.lines()
                    .filter(line -> line.contains("Stored consultation request"))
                    .toList();
            assertThat(storedLines).hasSizeGreaterThanOrEqualTo(acknowledged.size());
            assertThat(storedLines)
                    .allSatisfy(line -> assertThat(line)
                            .startsWith("{")
                            .endsWith("}")
                            .containsPattern("\"requestId\":\"[0-9a-f-]{36}\"")
                            .doesNotContain("Graceful ")
                            .doesNotContain("555 123 4567"));
        } finally {
            server.destroyForcibly();
        }
    }

    private static final ThreadLocal<Integer> LAST_STATUS = new ThreadLocal<>();

    enum Outcome {
        ACKNOWLEDGED,
        ERROR_STATUS,
        REFUSED_OR_CLOSED,
        TIMED_OUT
    }

    record Session(String cookie, String csrf) {}

    /** One connection per request (Connection: close), as many browsers behind a load balancer would open. */
    private static Outcome post(String url, Session session, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", session.csrf());
        fields.put("name", name);
        fields.put("phone", "555 123 4567");
        fields.put("consent", "yes");
        byte[] body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Connection", "close");
            connection.setRequestProperty("Cookie", session.cookie());
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            LAST_STATUS.set(status);
            String location = connection.getHeaderField("Location");
            if (status == 302 && location != null && location.contains("/book/confirmation/")) {
                return Outcome.ACKNOWLEDGED;
            }
            return Outcome.ERROR_STATUS;
        } catch (java.net.SocketTimeoutException ex) {
            return (ex.getMessage() != null && ex.getMessage().contains("connect"))
                    ? Outcome.REFUSED_OR_CLOSED
                    : Outcome.TIMED_OUT;
        } catch (ConnectException ex) {
            return Outcome.REFUSED_OR_CLOSED;
        } catch (IOException ex) {
            // Closed before an answer (reset, end of stream): the client sees a failure, not a confirmation.
            return Outcome.REFUSED_OR_CLOSED;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static Set<String> storedNames(String url) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement query =
                        connection.prepareStatement("select name from consultation_request where name like ?")) {
            query.setString(1, "Graceful %");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static Session waitForForm(String url, Process server, File log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive())
                    .as("server started; log:%n%s", read(log))
                    .isTrue();
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(2_000);
                connection.setReadTimeout(30_000);
                if (connection.getResponseCode() == 200) {
                    String html = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
                    String cookie = cookies.stream()
                            .map(value -> value.split(";", 2)[0])
                            .collect(Collectors.joining("; "));
                    Matcher csrf = CSRF.matcher(html);
                    assertThat(csrf.find()).as("CSRF field in the form").isTrue();
                    return new Session(cookie, csrf.group(1));
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server did not start within 240 s; log:\n" + read(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String read(File log) throws IOException {
        return Files.readString(log.toPath());
    }
}
