package com.empowerfitness.guide.booking.form;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * A patient who leaves the booking form open longer than a session lasts (30 minutes without activity) would
 * otherwise lose everything they typed: the form's CSRF token ended with the session, so the post is refused.
 * For a post to {@code /book} from the site's own page that fails only its CSRF check, the typed values are kept
 * for the next request (a flash attribute in a new session, never in the address) and the form is shown again,
 * filled in, saying that nothing was sent yet. Nothing is stored in the database: the patient sends the form
 * again, with a fresh token. Every other refusal gets the 403 page.
 *
 * <p>A post from another site (a forged request) is not refilled: it must not be able to put words in a
 * patient's form. The browser's {@code Sec-Fetch-Site} or {@code Origin} header says where the post came from; a
 * post with neither gets the 403 page.
 */
@Component
public class ExpiredBookingFormHandler implements AccessDeniedHandler {

    /** Flash attribute holding the posted values, read by {@link BookingController#form}. */
    static final String EXPIRED_VALUES = "expiredBookingValues";

    private static final Logger log = LoggerFactory.getLogger(ExpiredBookingFormHandler.class);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(denied instanceof CsrfException)
                || !"POST".equals(request.getMethod())
                || !"/book".equals(path)
                || !fromThisSite(request)) {
            this.otherwise.handle(request, response, denied);
            return;
        }
        Map<String, String[]> values = new LinkedHashMap<>(request.getParameterMap());
        values.remove("_csrf");
        FlashMap flash = new FlashMap();
        flash.put(EXPIRED_VALUES, values);
        flash.setTargetRequestPath(request.getContextPath() + "/book/request");
        this.flashMaps.saveOutputFlashMap(flash, request, response);
        log.info("Booking form posted after its session ended; shown again, filled in, to be sent again");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/book/request");
    }

    private static boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        // Spring's check counts a request without Origin as same-origin; here it must say where it came from.
        return request.getHeader(HttpHeaders.ORIGIN) != null
                && WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
    }
}
