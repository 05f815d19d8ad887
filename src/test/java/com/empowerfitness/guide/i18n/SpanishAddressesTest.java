package com.empowerfitness.guide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.scheduling.SchedulingSiteTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address of {@code i18n/paths_es.properties}, on the guide's own content with a booked appointment and a
 * sent consultation request: each Spanish address reaches the same controller method as its English one, each
 * Spanish page that can be opened opens, and no Spanish page links the English address of a page that has a
 * Spanish one (the language switcher and the hreflang links, which lead to the other language on purpose, aside).
 */
class SpanishAddressesTest extends SchedulingSiteTest {

    /** Monday 15 March 2027, 9:00 New York time: a free time of the seeded initial assessment, booked here. */
    private static final String MONDAY_NINE = "1@2027-03-15T13:00:00Z";

    /** Monday 15 March 2027, 10:00: still free, for the details page and the move. */
    private static final String MONDAY_TEN = "1@2027-03-15T14:00:00Z";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    LocalizedPaths paths;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Language spanish = Languages.defaults().byCode("es");

    /** The appointment's manage token and the request's confirmation token, made in Spanish for each test. */
    private String appointmentToken;

    private String requestToken;

    @BeforeEach
    void bookAnAppointmentAndSendARequestInSpanish() throws Exception {
        MvcResult booked = this.mockMvc.perform(spanishAppointment()).andReturn();
        assertThat(booked.getResponse().getRedirectedUrl()).isEqualTo("/es/reservar/confirmada");
        this.appointmentToken = (String) booked.getFlashMap().get("bookedToken");
        MockHttpServletResponse sent =
                this.mockMvc.perform(spanishRequest()).andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).startsWith("/es/reservar/confirmacion/");
        this.requestToken = sent.getRedirectedUrl().substring("/es/reservar/confirmacion/".length());
    }

    @Test
    void everySpanishAddressReachesTheControllerMethodOfItsEnglishOne() throws Exception {
        Map<String, String> table = spanishTable();
        assertThat(table).containsKeys("/book", "/book/manage/{token}/appointment.ics", "/privacy");
        for (Map.Entry<String, String> entry : table.entrySet()) {
            String english = fill(entry.getKey());
            String address = "/es" + fill(entry.getValue());
            assertThat(paths.localize(spanish, english)).as(english).hasValue(address);
            assertThat(paths.toDefault(address)).as(address).hasValue(english);
            Map<RequestMappingInfo, HandlerMethod> mapped = mappedTo(entry.getKey());
            assertThat(mapped)
                    .as("%s: the table names a pattern no controller maps", entry.getKey())
                    .isNotEmpty();
            mapped.forEach((info, method) -> {
                for (String verb : verbs(info)) {
                    assertThat(handler(verb, address))
                            .as("%s %s", verb, address)
                            .isNotNull()
                            .extracting(HandlerMethod::getMethod)
                            .isEqualTo(method.getMethod());
                }
            });
        }
    }

    @Test
    void everySpanishPageOpensAndLinksOnlySpanishAddressesWhereTheyExist() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> spanishLinks = new TreeMap<>();
        int pages = 0;
        for (Map.Entry<String, String> entry : spanishTable().entrySet()) {
            boolean opened = mappedTo(entry.getKey()).keySet().stream()
                    .anyMatch((info) -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET));
            if (!opened) {
                continue; // posted to, or reached only by a forward (/book/expired-form: SpanishBookingTest)
            }
            String english = fill(entry.getKey());
            String address = "/es" + fill(entry.getValue());
            MockHttpServletRequestBuilder request = get(address);
            if (english.endsWith("/details")) {
                request.param("slot", MONDAY_TEN);
            }
            if (english.equals("/book/confirmed")) {
                request.flashAttr("bookedToken", this.appointmentToken);
            }
            MockHttpServletResponse response =
                    this.mockMvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                pages++;
                Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                for (String link : links(page)) {
                    if (paths.languages().ofPath(link).isDefault()
                            && paths.localize(spanish, link).isPresent()) {
                        problems.add(address + " links " + link);
                    }
                }
                for (String href : page.select("main a[href^=/es/]").eachAttr("href")) {
                    spanishLinks.putIfAbsent(href, address);
                }
            }
        }
        assertThat(pages).isGreaterThan(15);
        assertThat(problems)
                .as("English addresses of pages that have a Spanish one")
                .isEmpty();
        // And the Spanish addresses they link lead somewhere (a Spanish slug, not an English one, for instance).
        assertThat(spanishLinks).containsKey("/es/articulos/cuando-preocuparse");
        for (Map.Entry<String, String> link : spanishLinks.entrySet()) {
            assertThat(this.mockMvc
                            .perform(get(URI.create(link.getKey())))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("%s on %s", link.getKey(), link.getValue())
                    .isEqualTo(200);
        }
    }

    @Test
    void theMoveFormAndItsWeeksStayOnTheSpanishAddresses() throws Exception {
        String base = "/es/reservar/gestionar/" + this.appointmentToken;
        Document move = Jsoup.parse(this.mockMvc
                .perform(get(base + "/mover"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(move.selectFirst("form.booking-form").attr("action")).isEqualTo(base + "/mover");
        assertThat(move.select("a[href^=" + base + "/mover?week=]")).isNotEmpty();
        assertThat(move.select("a[href=" + base + "]")).hasSize(1);

        MvcResult moved = this.mockMvc
                .perform(post(base + "/mover").with(csrf()).param("slot", MONDAY_TEN))
                .andReturn();
        assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo(base);
    }

    @Test
    void theSwitcherOfASpanishPageLeadsToTheEnglishAddress() throws Exception {
        Document privacy = Jsoup.parse(this.mockMvc
                .perform(get("/es/privacidad"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Element toEnglish = privacy.selectFirst(".language-switcher a[lang=en]");
        assertThat(toEnglish).isNotNull();
        assertThat(toEnglish.attr("href")).isEqualTo("/privacy");
        Document english = Jsoup.parse(this.mockMvc
                .perform(get("/privacy"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.selectFirst(".language-switcher a[lang=es]").attr("href"))
                .isEqualTo("/es/privacidad");
        assertThat(english.select("main a").eachAttr("href")).contains("/book").doesNotContain("/es/reservar");
    }

    @Test
    void theBookingFlowSwitchesLanguageOnTheSamePageKeepingTheWeekWithoutHreflang() throws Exception {
        Document book = page(get("/book"));
        assertThat(book.selectFirst(".language-switcher a[lang=es]").attr("href"))
                .isEqualTo("/es/reservar");
        assertThat(book.select("link[hreflang]")).isEmpty();
        assertThat(page(get("/es/reservar"))
                        .selectFirst(".language-switcher a[lang=en]")
                        .attr("href"))
                .isEqualTo("/book");

        String move = "/es/reservar/gestionar/" + this.appointmentToken + "/mover";
        Document moving = page(get(move + "?week=2027-03-15"));
        assertThat(moving.selectFirst(".language-switcher a[lang=en]").attr("href"))
                .isEqualTo("/book/manage/" + this.appointmentToken + "/move?week=2027-03-15");
        assertThat(moving.select("link[hreflang]")).isEmpty();
        // the confirmation lives on a one-time flash: the other language's page for the same booking is its manage page
        Document confirmed = page(get("/es/reservar/confirmada").flashAttr("bookedToken", this.appointmentToken));
        assertThat(confirmed.selectFirst(".language-switcher a[lang=en]").attr("href"))
                .isEqualTo("/book/manage/" + this.appointmentToken);
        assertThat(page(get("/book/manage/" + this.appointmentToken))
                        .select("main")
                        .text())
                .as("the same booking, in English")
                .contains("Initial assessment");
        assertThat(page(get(URI.create("/book/initial-assessment/details?slot=" + MONDAY_TEN.replace(":", "%3A"))))
                        .selectFirst(".language-switcher a[lang=es]")
                        .attr("href"))
                .isEqualTo("/es/reservar/initial-assessment/datos?slot=" + MONDAY_TEN.replace(":", "%3A"));
    }

    @Test
    void staffPagesAndSigningInHaveNoLanguageSwitcher() throws Exception {
        assertThat(page(get("/login")).select(".language-switcher")).isEmpty();
        assertThat(page(get("/staff/schedule").with(user("ada").roles("ADMIN"))).select(".language-switcher"))
                .isEmpty();
        assertThat(page(get("/staff/content").with(user("ada").roles("ADMIN"))).select(".language-switcher"))
                .isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                this.mockMvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The page's own links and form addresses as paths; the links to other languages on purpose left out. */
    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element element : page.select("a[href], form[action], link[href]")) {
            if (element.closest(".language-switcher") != null || element.hasAttr("hreflang")) {
                continue;
            }
            String value = element.hasAttr("action") ? element.attr("action") : element.attr("href");
            if (value.isEmpty() || value.startsWith("#") || value.startsWith("mailto:") || value.startsWith("tel:")) {
                continue;
            }
            URI uri = URI.create(value.replace(" ", "%20"));
            if (uri.getHost() != null && !uri.getHost().equals("localhost")) {
                continue; // another site
            }
            if (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                links.add(uri.getRawPath());
            }
        }
        return links;
    }

    /** A table pattern with this test's values: the guide's Spanish content and the tokens made in Spanish. */
    private String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (pattern.split("/")[1] + ":" + matcher.group(1)) {
                case "articles:slug", "articulos:slug" -> "causas";
                case "exercises:slug", "ejercicios:slug" -> "gato-vaca";
                case "tags:tag", "etiquetas:tag" -> "postura";
                case "book:slug", "reservar:slug" -> "initial-assessment";
                case "book:token", "reservar:token" ->
                    pattern.contains("/confirmation/") || pattern.contains("/confirmacion/")
                            ? this.requestToken
                            : this.appointmentToken;
                default -> throw new AssertionError("No test value for " + matcher.group() + " in " + pattern);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The controller methods mapped to a pattern that the table writes as {@code pattern} (no regexes). */
    private Map<RequestMappingInfo, HandlerMethod> mappedTo(String pattern) {
        Map<RequestMappingInfo, HandlerMethod> found = new LinkedHashMap<>();
        this.mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream()
                    .anyMatch((p) -> p.replaceAll("\\{([^}:]+):[^}]*}", "{$1}").equals(pattern))) {
                found.put(info, method);
            }
        });
        return found;
    }

    private static List<String> verbs(RequestMappingInfo info) {
        List<String> verbs = info.getMethodsCondition().getMethods().stream()
                .map(RequestMethod::name)
                .toList();
        return verbs.isEmpty() ? List.of("GET", "POST") : verbs;
    }

    private HandlerMethod handler(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        try {
            HandlerExecutionChain chain = this.mappings.getHandler(request);
            return chain == null ? null : (HandlerMethod) chain.getHandler();
        } catch (Exception notMapped) {
            return null;
        }
    }

    private static Map<String, String> spanishTable() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SpanishAddressesTest.class.getResourceAsStream("/i18n/paths_es.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> table = new TreeMap<>();
        properties.stringPropertyNames().forEach((key) -> table.put(key, properties.getProperty(key)));
        return table;
    }

    private static MockHttpServletRequestBuilder spanishRequest() {
        MockHttpServletRequestBuilder request =
                post("/es/reservar").with(csrf()).with(freshClient());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Rosa Parks");
        fields.put("email", "rosa@example.com");
        fields.put("preferredContact", "email");
        fields.put("preferredTimes", "weekday-mornings");
        fields.put("symptomDuration", "1-to-6-weeks");
        for (String flag :
                List.of("redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall")) {
            fields.put(flag, "no");
        }
        fields.put("consent", "yes");
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder spanishAppointment() {
        MockHttpServletRequestBuilder request =
                post("/es/reservar/cita").with(csrf()).with(freshClient());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "initial-assessment");
        fields.put("slot", MONDAY_NINE);
        fields.put("name", "Ana García");
        fields.put("email", "ana@example.com");
        for (String flag :
                List.of("redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall")) {
            fields.put(flag, "no");
        }
        fields.put("consent", "yes");
        fields.forEach(request::param);
        return request;
    }
}
