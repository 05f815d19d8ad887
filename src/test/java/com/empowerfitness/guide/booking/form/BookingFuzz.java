package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Posts random Unicode into every field of the booking form (NUL, lone surrogates, direction marks, emoji,
 * combining marks, 10 KB strings), mixed with valid answers so that many posts are accepted. Every answer must
 * be below 500, and every acknowledged request must be stored: found by the reference its confirmation page
 * shows, with the name as the form keeps it ({@link FormText}). The seed is printed so a failure reproduces
 * ({@code -Dbooking.fuzz.seed=...}). The honeypot ({@code website}) stays empty: filling it is answered with a
 * decoy on purpose.
 */
final class BookingFuzz {

    static final long DEFAULT_SEED = 20261201L;

    private static final String[] ODD = {
        "\u0000", "\uD800", "\uDFFF", "\uD83D", "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\uFEFF", "\u0301",
        "😀", "👩‍⚕️", "中文", "عربي", "\uFFFD", "\uFFFF", "\r\n", "\t", "'", "\"", "<", "&", "%", "{x}", "=1+1", "\\",
        " "
    };

    private static final Pattern REFERENCE = Pattern.compile("EF-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");

    private final Random random;

    private final String addressPrefix;

    private int acknowledged;

    private BookingFuzz(long seed, String addressPrefix) {
        this.random = new Random(seed);
        this.addressPrefix = addressPrefix;
    }

    static long seed() {
        return Long.getLong("booking.fuzz.seed", DEFAULT_SEED);
    }

    /** Runs {@code posts} random posts; returns how many were acknowledged (and checked as stored). */
    static int run(MockMvc mockMvc, ConsultationRequestRepository requests, String addressPrefix, int posts)
            throws Exception {
        long seed = seed();
        System.out.println("Booking fuzz seed: " + seed + " (rerun with -Dbooking.fuzz.seed=" + seed + ")");
        BookingFuzz fuzz = new BookingFuzz(seed, addressPrefix);
        for (int i = 0; i < posts; i++) {
            fuzz.postOne(mockMvc, requests, i, seed);
        }
        return fuzz.acknowledged;
    }

    private void postOne(MockMvc mockMvc, ConsultationRequestRepository requests, int n, long seed) throws Exception {
        String address = this.addressPrefix + (n / 250 % 250) + "." + (n % 250 + 1);
        MockHttpServletRequestBuilder post = post("/book").with(csrf()).with((request) -> {
            request.setRemoteAddr(address);
            return request;
        });
        // The name always gets odd characters around something unique, so the stored row can be checked.
        String name = text(20) + " fuzz" + seed + "n" + n + " " + text(20);
        post.param("name", (this.random.nextInt(10) == 0) ? name + text(10_000) : name);
        field(post, "email", "ada@example.com");
        field(post, "phone", "555 123 4567");
        field(post, "preferredContact", "phone");
        field(post, "symptomDuration", "not-sure");
        field(post, "message", "My back hurts.");
        for (RedFlag flag : RedFlag.values()) {
            field(post, flag.field(), "no");
        }
        List<String> times = new ArrayList<>();
        for (int i = this.random.nextInt(6); i > 0; i--) {
            times.add((this.random.nextInt(8) != 0) ? "saturday" : text(30));
        }
        if (!times.isEmpty()) {
            post.param("preferredTimes", times.toArray(String[]::new));
        }
        post.param("consent", (this.random.nextInt(8) == 0) ? text(10) : "yes");

        MockHttpServletResponse response = mockMvc.perform(post).andReturn().getResponse();

        assertThat(response.getStatus())
                .as("post " + n + " (seed " + seed + ")")
                .isLessThan(500);
        if (response.getStatus() == 302) {
            String location = response.getRedirectedUrl();
            assertThat(location).startsWith("/book/confirmation/");
            String page =
                    mockMvc.perform(get(location)).andReturn().getResponse().getContentAsString();
            Matcher reference = REFERENCE.matcher(page);
            assertThat(reference.find()).as("post " + n + ": reference shown").isTrue();
            ConsultationRequest stored = requests.findByReference(reference.group())
                    .orElseThrow(
                            () -> new AssertionError("post " + n + " (seed " + seed + ") acknowledged, not stored"));
            assertThat(stored.getName()).isEqualTo(FormText.clean(name).strip());
            this.acknowledged++;
        }
    }

    /** The field left out, its valid value, or (one time in eight) random text, sometimes 10 KB. */
    private void field(MockHttpServletRequestBuilder post, String field, String valid) {
        switch (this.random.nextInt(8)) {
            case 0 -> {}
            case 1 -> post.param(field, text(this.random.nextInt(10) == 0 ? 10_000 : 40));
            default -> post.param(field, valid);
        }
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (this.random.nextInt(3)) {
                case 0 -> text.append(ODD[this.random.nextInt(ODD.length)]);
                case 1 -> text.append((char) this.random.nextInt(0x10000));
                default -> text.appendCodePoint(0x20 + this.random.nextInt(0x5F));
            }
        }
        return text.toString();
    }
}
