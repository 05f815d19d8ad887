package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With 127.0.0.1 named as the reverse proxy, its X-Forwarded-For is the client address for the rate limit and
 * the sign-in throttle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersFromANamedProxyTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content.watch", () -> "false");
        registry.add("guide.proxy.trusted-addresses", () -> "192.0.2.1, 127.0.0.1");
        registry.add("guide.booking.rate-limit.max-per-window", () -> "5");
    }

    @LocalServerPort
    int port;

    @Test
    void theBookingRateLimitCountsTheForwardedAddress() throws Exception {
        ForwardedHeaders client = new ForwardedHeaders(this.port);
        for (int i = 0; i < 6; i++) {
            assertThat(client.book("Patient " + i, "198.51.100." + i)).isEqualTo(302);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(client.book("Same patient " + i, "198.51.100.77")).isEqualTo(302);
        }

        assertThat(client.book("Same patient 5", "198.51.100.77")).isEqualTo(302);
        assertThat(client.book("Same patient 6", "198.51.100.77")).isEqualTo(429);
    }

    @Test
    void theSignInThrottleCountsTheForwardedAddress() throws Exception {
        ForwardedHeaders client = new ForwardedHeaders(this.port);
        for (int i = 0; i < SignInThrottle.WIDE_FREE + 1; i++) {
            assertThat(client.signIn("nobody" + i, "guess", "203.0.113." + i)).isEqualTo(302);
        }

        assertThat(client.signIn("nobody-else", "guess", "203.0.113.99"))
                .as("a different client behind the proxy")
                .isEqualTo(302);
        for (int i = 0; i < SignInThrottle.WIDE_FREE + 1; i++) {
            client.signIn("guess" + i, "guess", "203.0.113.200");
        }
        assertThat(client.signIn("nobody-else", "guess", "203.0.113.200")).isEqualTo(429);
    }
}
