package com.empowerfitness.guide.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.content.ContentChangedEvent;
import com.empowerfitness.guide.i18n.LanguageSuggestions;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.support.SharedContextTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The rendered-page cache and Last-Modified, through the whole filter chain of the real application. */
class RenderedPageCacheTest extends SharedContextTest {

    private static final LanguageSuggestions SUGGESTIONS = new LanguageSuggestions(Languages.defaults());

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    RenderedPageCache cache;

    private MvcResult fetch(String uri) throws Exception {
        return mockMvc.perform(get(uri)).andReturn();
    }

    @Test
    void aRepeatedAnonymousRequestIsServedFromTheCacheWithTheSameBody() throws Exception {
        cache.clear();
        MvcResult first = fetch("/articles/causes");
        MvcResult second = fetch("/articles/causes");

        assertThat(first.getResponse().getHeader("X-Page-Cache")).isNull();
        assertThat(second.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(second.getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString());
        assertThat(second.getResponse().getContentType()).startsWith("text/html");
        assertThat(second.getResponse().getHeader("ETag"))
                .isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(second.getResponse().getHeader("Content-Security-Policy"))
                .as("security headers on a cached page")
                .isNotBlank();
    }

    @Test
    void aContentChangeDropsTheCachedPages() throws Exception {
        fetch("/faq");
        assertThat(fetch("/faq").getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");

        events.publishEvent(new ContentChangedEvent(Set.of("faqs.md")));

        assertThat(fetch("/faq").getResponse().getHeader("X-Page-Cache")).isNull();
    }

    @Test
    void bookingQueriesErrorsAndSignedInStaffAreNeverCached() throws Exception {
        for (String uri : new String[] {"/book", "/check/result?flag=1", "/no-such-page"}) {
            fetch(uri);
            assertThat(fetch(uri).getResponse().getHeader("X-Page-Cache"))
                    .as(uri)
                    .isNull();
        }
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);
        mockMvc.perform(get("/exercises").session(staff)).andReturn();
        assertThat(mockMvc.perform(get("/exercises").session(staff))
                        .andReturn()
                        .getResponse()
                        .getHeader("X-Page-Cache"))
                .isNull();
    }

    @Test
    void contentPagesAnswerIfModifiedSinceWith304() throws Exception {
        for (int round = 0; round < 2; round++) { // rendered, then from the cache
            MvcResult page = fetch("/exercises/cat-cow");
            String lastModified = page.getResponse().getHeader("Last-Modified");
            assertThat(lastModified).isNotNull();

            MvcResult same = mockMvc.perform(get("/exercises/cat-cow").header("If-Modified-Since", lastModified))
                    .andReturn();
            assertThat(same.getResponse().getStatus()).isEqualTo(304);
            assertThat(same.getResponse().getContentAsByteArray()).isEmpty();

            MvcResult older = mockMvc.perform(
                            get("/exercises/cat-cow").header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT"))
                    .andReturn();
            assertThat(older.getResponse().getStatus()).isEqualTo(200);
            assertThat(older.getResponse().getContentAsString()).contains("<h1>");

            MvcResult otherEtag = mockMvc.perform(get("/exercises/cat-cow")
                            .header("If-Modified-Since", lastModified)
                            .header("If-None-Match", "W/\"something-else\""))
                    .andReturn();
            assertThat(otherEtag.getResponse().getStatus())
                    .as("If-None-Match takes precedence")
                    .isEqualTo(200);
        }
    }

    @Test
    void aVisitorWithACookieRevalidatesACachedPageByTheSameRuleAsARenderedOne() throws Exception {
        cache.clear();
        MvcResult rendered = fetch("/exercises/cat-cow");
        String etag = rendered.getResponse().getHeader("ETag");
        String lastModified = rendered.getResponse().getHeader("Last-Modified");
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie("theme", "dark");

        MvcResult byEtag = mockMvc.perform(
                        get("/exercises/cat-cow").cookie(cookie).header("If-None-Match", etag))
                .andReturn();
        MvcResult byDate = mockMvc.perform(
                        get("/exercises/cat-cow").cookie(cookie).header("If-Modified-Since", lastModified))
                .andReturn();
        MvcResult otherEtag = mockMvc.perform(get("/exercises/cat-cow")
                        .cookie(cookie)
                        .header("If-Modified-Since", lastModified)
                        .header("If-None-Match", "W/\"something-else\""))
                .andReturn();

        for (MvcResult hit : List.of(byEtag, byDate, otherEtag)) {
            assertThat(hit.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
            assertThat(hit.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(hit.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        }
        assertThat(byEtag.getResponse().getStatus()).isEqualTo(304);
        assertThat(byEtag.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(byDate.getResponse().getStatus()).isEqualTo(304);
        assertThat(otherEtag.getResponse().getStatus())
                .as("If-None-Match takes precedence")
                .isEqualTo(200);
        assertThat(otherEtag.getResponse().getContentAsString())
                .isEqualTo(rendered.getResponse().getContentAsString());
    }

    @Test
    void aPageIsKeptOncePerSuggestedLanguageAndEachPatientGetsTheirOwnVariant() throws Exception {
        cache.clear();
        String plainEtag = null;
        String spanishEtag = null;
        for (int round = 0; round < 2; round++) { // rendered, then from the cache, asked alternately
            MvcResult plain = fetch("/articles/causes");
            MvcResult spanish = prefersSpanish(get("/articles/causes"));
            String expectedHit = round == 0 ? null : "hit";
            assertThat(plain.getResponse().getHeader("X-Page-Cache")).isEqualTo(expectedHit);
            assertThat(spanish.getResponse().getHeader("X-Page-Cache")).isEqualTo(expectedHit);
            assertThat(plain.getResponse().getContentAsString()).doesNotContain("language-suggestion");
            assertThat(spanish.getResponse().getContentAsString())
                    .contains("class=\"language-suggestion\"")
                    .contains("href=\"/es/articulos/causas\"");
            for (MvcResult result : List.of(plain, spanish)) {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertVaries(result);
            }
            if (round == 1) {
                assertThat(plain.getResponse().getHeader("ETag")).isEqualTo(plainEtag);
                assertThat(spanish.getResponse().getHeader("ETag")).isEqualTo(spanishEtag);
            }
            plainEtag = plain.getResponse().getHeader("ETag");
            spanishEtag = spanish.getResponse().getHeader("ETag");
        }
        assertThat(spanishEtag).isNotNull().isNotEqualTo(plainEtag);

        MvcResult spanishCurrent = prefersSpanish(get("/articles/causes").header("If-None-Match", spanishEtag));
        assertThat(spanishCurrent.getResponse().getStatus()).isEqualTo(304);
        assertThat(spanishCurrent.getResponse().getHeader("ETag")).isEqualTo(spanishEtag);
        assertVaries(spanishCurrent);
        MvcResult plainCurrent = fetch(get("/articles/causes").header("If-None-Match", plainEtag));
        assertThat(plainCurrent.getResponse().getStatus()).isEqualTo(304);
        assertVaries(plainCurrent);

        MvcResult otherVariant = fetch(get("/articles/causes").header("If-None-Match", spanishEtag));
        assertThat(otherVariant.getResponse().getStatus())
                .as("the Spanish variant's ETag does not match the plain page")
                .isEqualTo(200);
        assertThat(otherVariant.getResponse().getContentAsString()).doesNotContain("language-suggestion");
        MvcResult otherWay = prefersSpanish(get("/articles/causes").header("If-None-Match", plainEtag));
        assertThat(otherWay.getResponse().getStatus()).isEqualTo(200);
        assertThat(otherWay.getResponse().getContentAsString()).contains("language-suggestion");
    }

    @Test
    void aVisitorWithACookieGetsTheVariantOfTheirOwnRequestFromTheCache() throws Exception {
        cache.clear();
        String plain = fetch("/articles/causes").getResponse().getContentAsString();
        MvcResult spanish = prefersSpanish(get("/articles/causes"));
        jakarta.servlet.http.Cookie theme = new jakarta.servlet.http.Cookie("theme", "dark");
        jakarta.servlet.http.Cookie chosen = new jakarta.servlet.http.Cookie(LanguageSuggestions.COOKIE, "en");

        MvcResult withCookie = prefersSpanish(get("/articles/causes").cookie(theme));
        assertThat(withCookie.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(withCookie.getResponse().getContentAsString())
                .isEqualTo(spanish.getResponse().getContentAsString());
        assertVaries(withCookie);

        MvcResult hasChosen = prefersSpanish(get("/articles/causes").cookie(theme, chosen));
        assertThat(hasChosen.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(hasChosen.getResponse().getContentAsString()).isEqualTo(plain);
        assertVaries(hasChosen);

        MvcResult current = prefersSpanish(get("/articles/causes")
                .cookie(theme)
                .header("If-None-Match", spanish.getResponse().getHeader("ETag")));
        assertThat(current.getResponse().getStatus()).isEqualTo(304);
        assertVaries(current);
    }

    @Test
    void whateverTheBrowsersSayAPageHasAtMostOneVariantPerLanguageOfTheGuide() throws Exception {
        cache.clear();
        fetch("/faq");
        for (String header : List.of("es", "es-MX", "es-ES,es;q=0.9,en;q=0.8", "fr, es;q=0.5", "en", "de", "*")) {
            MvcResult result = fetch(get("/faq").header("Accept-Language", header));
            assertThat(result.getResponse().getStatus()).as(header).isEqualTo(200);
        }
        assertThat(cache.size()).as("/faq plain and suggesting Spanish").isEqualTo(2);
    }

    private MvcResult fetch(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mockMvc.perform(request).andReturn();
    }

    private MvcResult prefersSpanish(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return fetch(request.header("Accept-Language", "es-ES,es;q=0.9,en;q=0.8"));
    }

    private static void assertVaries(MvcResult result) {
        List<String> vary = result.getResponse().getHeaders("Vary");
        assertThat(String.join(",", vary))
                .as("Vary of a %s", result.getResponse().getStatus())
                .containsIgnoringCase("Accept-Language")
                .containsIgnoringCase("Cookie");
    }

    @Test
    void anEncodedStaffAddressIsBehindTheSignInLikeThePlainOne() throws Exception {
        for (String uri : new String[] {"/staff/bookings", "/st%61ff/bookings"}) {
            MvcResult result = mockMvc.perform(get(java.net.URI.create(uri))).andReturn();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(uri).endsWith("/login");
            assertThat(result.getResponse().getHeader("ETag")).as(uri).isNull();
        }
    }

    @Test
    void cachedPagesAreDroppedWhenTheNextPublishOrExpiryTimeIsReached() throws Exception {
        ZoneId zone = ZoneOffset.UTC;
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        AtomicInteger queries = new AtomicInteger();
        ContentBoundaries boundaries = new ContentBoundaries(null) {
            @Override
            Optional<LocalDateTime> next(LocalDateTime at) {
                queries.incrementAndGet();
                LocalDateTime boundary = LocalDateTime.parse("2026-12-01T09:00");
                return at.isBefore(boundary) ? Optional.of(boundary) : Optional.empty();
            }
        };
        RenderedPageCache pageCache = new RenderedPageCache(boundaries, clock, SUGGESTIONS);
        AtomicInteger rendered = new AtomicInteger();
        jakarta.servlet.FilterChain chain = (request, response) -> {
            rendered.incrementAndGet();
            request.setAttribute(PageCacheFilter.ANONYMOUS, Boolean.TRUE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>page " + rendered.get() + "</p>");
        };

        assertThat(serve(pageCache, chain)).isEqualTo("<p>page 1</p>");
        now.set(Instant.parse("2026-12-01T08:59:59Z"));
        assertThat(serve(pageCache, chain)).as("before the boundary: cached").isEqualTo("<p>page 1</p>");
        now.set(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(serve(pageCache, chain))
                .as("at the boundary: rendered again")
                .isEqualTo("<p>page 2</p>");
        assertThat(serve(pageCache, chain)).isEqualTo("<p>page 2</p>");
        assertThat(queries.get())
                .as("the boundary is looked up once per cache generation")
                .isEqualTo(2);
    }

    @Test
    void aPageWithAPostingFormAndItsCsrfTokenIsNeverShared() throws Exception {
        RenderedPageCache pageCache = new RenderedPageCache(
                new ContentBoundaries(null) {
                    @Override
                    Optional<LocalDateTime> next(LocalDateTime at) {
                        return Optional.empty();
                    }
                },
                Clock.systemUTC(),
                SUGGESTIONS);
        AtomicInteger rendered = new AtomicInteger();
        jakarta.servlet.FilterChain chain = (request, response) -> {
            request.setAttribute(PageCacheFilter.ANONYMOUS, Boolean.TRUE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"token-"
                            + rendered.incrementAndGet() + "\"></form>");
        };

        assertThat(serve(pageCache, chain)).contains("token-1");
        assertThat(serve(pageCache, chain))
                .as("rendered again, with its own token")
                .contains("token-2");
        assertThat(pageCache.size()).isZero();
    }

    private static String serve(RenderedPageCache pageCache, jakarta.servlet.FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/scheduled");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new PageCacheFilter(pageCache).doFilter(request, response, chain);
        return response.getContentAsString();
    }
}
