package com.empowerfitness.guide.booking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.EditorSiteTest;
import com.empowerfitness.guide.support.MutableClock;
import com.empowerfitness.guide.support.MutableClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Booking tests that move time: the application's clock is a {@link MutableClock} (set back to
 * {@link EditorSiteTest#NOW} before each test), and the database is this context's own, so that a test can count
 * exactly what a purge or a query finds. Every subclass shares this one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
public abstract class MovedClockSiteTest {

    private static final Path DATA_DIR = tempDir();

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.page-cache.enabled", () -> "false");
        registry.add(
                "spring.autoconfigure.exclude",
                () -> "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
    }

    @Autowired
    protected MockMvc mockMvc;

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void resetClock() {
        this.clock.set(EditorSiteTest.NOW);
    }

    /** A valid booking with a CSRF token, from an address no other test uses. */
    protected static MockHttpServletRequestBuilder booking(String name) {
        String address = "10.77." + (CLIENTS.get() / 256 % 256) + "." + (CLIENTS.getAndIncrement() % 256);
        return post("/book")
                .with(csrf())
                .with((request) -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("name", name)
                .param("phone", "555 123 4567")
                .param("consent", "yes");
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("guide-clock-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
