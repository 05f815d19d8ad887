package com.empowerfitness.guide.booking.ratelimit;

import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import com.empowerfitness.guide.config.GuideProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** One bucket4j bucket per client address in this instance's memory (H2: one instance). */
@Component
@Conditional(OnPostgreSqlCondition.Not.class)
class InMemoryBookingRateLimiter implements BookingRateLimiter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final int maxPerWindow;

    private final Duration window;

    InMemoryBookingRateLimiter(GuideProperties.Booking properties) {
        this.maxPerWindow = properties.rateLimit().maxPerWindow();
        this.window = properties.rateLimit().window();
    }

    @Override
    public Decision tryAcquire(String clientAddress) {
        Bucket bucket = this.buckets.computeIfAbsent(clientAddress, (key) -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Full buckets hold no information: forget them so the map does not grow without bound. */
    @Scheduled(fixedDelayString = "${guide.booking.rate-limit.cleanup-interval:PT10M}")
    void forgetIdleClients() {
        this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.maxPerWindow);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(this.maxPerWindow)
                        .refillIntervally(this.maxPerWindow, this.window)
                        .build())
                .build();
    }
}
