package com.empowerfitness.guide.booking.form;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * A patient who leaves the booking form open longer than its CSRF token lasts would otherwise lose everything
 * they typed: the post is refused. For a post to {@code /book} from the site's own page that fails only its CSRF
 * check, the form is shown again in the same response, filled in with what was posted (within the form's own
 * limits), saying that nothing was sent yet, with a fresh token. Nothing is kept on the server (no session, no
 * database row): the response itself carries the patient's words back. It counts against the booking rate limit
 * ({@link BookingController#refill}). Every other refusal gets the 403 page.
 *
 * <p>A post from another site (a forged request) is not refilled: it must not be able to put words in a
 * patient's form. The browser's {@code Sec-Fetch-Site} or {@code Origin} header says where the post came from; a
 * post with neither, or with an {@code Origin} that is not a valid origin, gets the 403 page.
 */
@Component
public class ExpiredBookingFormHandler implements AccessDeniedHandler {

    /** Where the request form is posted (in the default language; each language has its own address). */
    static final String FORM_PATH = "/book";

    /** The internal path the refusal is forwarded to; only a forward from here carries {@link #EXPIRED}. */
    static final String REFILL_PATH = "/book/expired-form";

    /** Request attribute set before the forward; a client cannot set request attributes. */
    static final String EXPIRED = ExpiredBookingFormHandler.class.getName() + ".EXPIRED";

    private static final Logger log = LoggerFactory.getLogger(ExpiredBookingFormHandler.class);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    private final LocalizedPaths paths;

    public ExpiredBookingFormHandler(LocalizedPaths paths) {
        this.paths = paths;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The form's address in the language of the path it was posted to (/book, /es/reservar); the forward keeps
        // that language, as a forward's own path is what the page's language is read from.
        Language language = this.paths.languages().of(request);
        if (!(denied instanceof CsrfException)
                || !"POST".equals(request.getMethod())
                || !this.paths.link(language, FORM_PATH).equals(path)
                || !fromThisSite(request)) {
            this.otherwise.handle(request, response, denied);
            return;
        }
        log.info("Booking form posted with an expired token; shown again, filled in, to be sent again");
        request.setAttribute(EXPIRED, Boolean.TRUE);
        request.getRequestDispatcher(this.paths.link(language, REFILL_PATH)).forward(request, response);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        // Spring's check counts a request without Origin as same-origin; here it must say where it came from.
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            return WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
        } catch (RuntimeException notAnOrigin) {
            // "null", "http://[" and the like are not this site (and must not become a server error).
            return false;
        }
    }
}
