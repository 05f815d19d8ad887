package com.empowerfitness.guide.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCachingFilterTest {

    private final PageCachingFilter filter = new PageCachingFilter();

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
                    throws java.io.IOException {
                res.setContentType("text/html;charset=UTF-8");
                res.getOutputStream().write("<h1>Causes</h1>".getBytes(StandardCharsets.UTF_8));
            }
        });
        filter.doFilter(request, response, chain);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/causes", "/exercises/cat-cow", "/faq", "/booking-help"})
    void publicPageGetsWeakEtagAndRevalidateOnEveryVisit(String path) throws Exception {
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", path));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).startsWith("W/\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getContentAsString()).isEqualTo("<h1>Causes</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/causes"})
    void matchingIfNoneMatchGets304WithoutBody(String path) throws Exception {
        String etag = run(new MockHttpServletRequest("GET", path)).getHeader("ETag");
        MockHttpServletRequest again = new MockHttpServletRequest("GET", path);
        again.addHeader("If-None-Match", etag);

        MockHttpServletResponse response = run(again);

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /staff",
        "GET, /staff/requests/7",
        "GET, /book",
        "GET, /book/thanks",
        "POST, /book",
        "GET, /login",
        "POST, /articles/causes"
    })
    void privateOrUnsafeRequestsAreLeftAlone(String method, String path) throws Exception {
        MockHttpServletResponse response = run(new MockHttpServletRequest(method, path));

        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Cache-Control"))
                .as("left for Spring Security's no-store")
                .isNull();
        assertThat(response.getContentAsString()).isEqualTo("<h1>Causes</h1>");
    }
}
