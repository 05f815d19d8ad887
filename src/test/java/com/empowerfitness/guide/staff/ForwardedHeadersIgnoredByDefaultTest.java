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
 * By default no address is a trusted proxy: X-Forwarded-For from 127.0.0.1 (or any other host) is ignored, so
 * the booking rate limit and the sign-in throttle see the real address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersIgnoredByDefaultTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content.watch", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void theBookingRateLimitCountsTheRealAddressWhateverItClaims() throws Exception {
        ForwardedHeaders client = new ForwardedHeaders(this.port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.book("Faker " + i, "198.51.100." + i)).isEqualTo(302);
        }

        assertThat(client.book("Faker 5", "198.51.100.5")).isEqualTo(429);
    }

    @Test
    void theSignInThrottleCountsTheRealAddressWhateverItClaims() throws Exception {
        ForwardedHeaders client = new ForwardedHeaders(this.port);
        for (int i = 0; i < SignInThrottle.WIDE_FREE + 1; i++) {
            assertThat(client.signIn("nobody" + i, "guess", "203.0.113." + i)).isEqualTo(302);
        }

        assertThat(client.signIn("nobody-else", "guess", "203.0.113.99"))
                .as("127.0.0.1 has guessed too often, whatever it claims")
                .isEqualTo(429);
    }
}
