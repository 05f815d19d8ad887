package com.empowerfitness.guide.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the booking and staff tests: every subclass inherits the same configuration, so
 * Spring's context cache starts it once. The database is a temporary H2 file, never ./data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class SharedContextTest {

    private static final Path DATA_DIR = createDataDir();

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @DynamicPropertySource
    static void sharedProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        // Tests over HTTP play several patients from 127.0.0.1 through X-Forwarded-For, as behind a proxy.
        registry.add("guide.proxy.trusted-addresses", () -> "127.0.0.1, ::1");
        // MockMvc's MockHttpSession only works with the servlet container's own sessions: Spring Session would
        // ignore it. Sessions in the database are tested over real HTTP (JdbcSessionTest, cluster tests).
        registry.add(
                "spring.autoconfigure.exclude",
                () -> "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
    }

    /** The password of every user made by {@link #newUser}. */
    protected static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    protected MockMvc mockMvc;

    @Autowired
    protected StaffUserService staffUsers;

    /** A new enabled staff user with {@link #PASSWORD}; returns the username. */
    protected String newUser(StaffRole... roles) {
        String username = "user" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        this.staffUsers.createWithPassword("test", username, EnumSet.copyOf(List.of(roles)), PASSWORD);
        return username;
    }

    /** Signs in through the real form (from a fresh address) and returns the signed-in session. */
    protected MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = this.mockMvc
                .perform(post("/login")
                        .with(csrf())
                        .with(freshClient())
                        .param("username", username)
                        .param("password", password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("/login")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A client address no other test uses, so that the booking rate limit never links two tests. */
    protected static RequestPostProcessor freshClient() {
        String address = "10.%d.%d.%d"
                .formatted(CLIENTS.get() / 65536 % 256, CLIENTS.get() / 256 % 256, CLIENTS.getAndIncrement() % 256);
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * A valid booking from a fresh client address, with a CSRF token. Overrides are name/value pairs that
     * replace the defaults; a comma-separated preferredTimes gives several values.
     */
    protected static MockHttpServletRequestBuilder validBooking(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Ada Lovelace");
        fields.put("email", "ada@example.com");
        fields.put("phone", "+1 (555) 123-4567");
        fields.put("preferredContact", "email");
        fields.put("preferredTimes", "weekday-mornings,saturday");
        fields.put("symptomDuration", "1-to-6-weeks");
        fields.put("redFlagNumbness", "no");
        fields.put("redFlagBladderBowel", "no");
        fields.put("redFlagWeakness", "no");
        fields.put("redFlagFever", "no");
        fields.put("redFlagFall", "no");
        fields.put("message", "My lower back locks up when I bend.");
        fields.put("consent", "yes");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/book").with(csrf()).with(freshClient());
        fields.forEach((name, value) ->
                request.param(name, name.equals("preferredTimes") ? value.split(",", -1) : new String[] {value}));
        return request;
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("guide-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
