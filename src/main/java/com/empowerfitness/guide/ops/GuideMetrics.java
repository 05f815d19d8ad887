package com.empowerfitness.guide.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The site's own counters, by name, so that every feature counts the same way. Tags carry categories only (urgent
 * or not, an outcome), never a name, email, phone, reference or address: the labels of a metric are stored by the
 * monitoring system and shown to whoever reads dashboards.
 *
 * <p>Prometheus drops a counter's {@code .created} suffix (reserved in OpenMetrics): {@code guide.appointments.created}
 * is scraped as {@code guide_appointments_total}.
 */
@Component
public class GuideMetrics {

    /** Consultation requests stored, tag {@code urgent}. Counted after the transaction commits. */
    public static final String REQUESTS_CREATED = "guide.consultation.requests.created";

    /** Appointments booked (scheduling), tag {@code urgent}: call {@link #appointmentCreated} after the commit. */
    public static final String APPOINTMENTS_CREATED = "guide.appointments.created";

    /** Staff sign-ins that failed (wrong username or password) or were refused (throttled), tag {@code outcome}. */
    public static final String SIGN_IN_PROBLEMS = "guide.staff.sign.in.problems";

    /** Public pages looked up in the rendered-page cache, tag {@code result} = hit or miss. */
    public static final String PAGE_CACHE = "guide.page.cache.requests";

    private final MeterRegistry registry;

    public GuideMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start at 0, so that rate() and alerts work before the first event.
        for (String urgent : new String[] {"true", "false"}) {
            counter(REQUESTS_CREATED, "urgent", urgent);
            counter(APPOINTMENTS_CREATED, "urgent", urgent);
        }
        counter(SIGN_IN_PROBLEMS, "outcome", "failed");
        counter(SIGN_IN_PROBLEMS, "outcome", "refused");
        counter(PAGE_CACHE, "result", "hit");
        counter(PAGE_CACHE, "result", "miss");
    }

    public void requestCreated(boolean urgent) {
        counter(REQUESTS_CREATED, "urgent", Boolean.toString(urgent)).increment();
    }

    /** For the scheduling feature: one appointment stored (call it once the transaction has committed). */
    public void appointmentCreated(boolean urgent) {
        counter(APPOINTMENTS_CREATED, "urgent", Boolean.toString(urgent)).increment();
    }

    void signInFailed() {
        counter(SIGN_IN_PROBLEMS, "outcome", "failed").increment();
    }

    void signInRefused() {
        counter(SIGN_IN_PROBLEMS, "outcome", "refused").increment();
    }

    void pageCache(boolean hit) {
        counter(PAGE_CACHE, "result", hit ? "hit" : "miss").increment();
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(this.registry);
    }
}
