package com.empowerfitness.guide.booking.ratelimit;

import com.empowerfitness.guide.cluster.Hashes;
import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import com.empowerfitness.guide.config.GuideProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The booking rate limit shared by every instance: bucket4j buckets kept in PostgreSQL (table
 * {@code booking_rate_limit}, one row per client address, locked with SELECT ... FOR UPDATE while a permit is
 * taken). Same limits as the in-memory one, which H2 keeps.
 */
@Component
@Conditional(OnPostgreSqlCondition.class)
class DatabaseBookingRateLimiter implements BookingRateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private final BucketConfiguration configuration;

    DatabaseBookingRateLimiter(DataSource dataSource, GuideProperties.Booking properties) {
        int max = properties.rateLimit().maxPerWindow();
        Duration window = properties.rateLimit().window();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(max)
                        .refillIntervally(max, window)
                        .build())
                .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("booking_rate_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A bucket that has refilled completely holds no information: it may be deleted.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Decision tryAcquire(String clientAddress) {
        ConsumptionProbe probe = this.buckets
                .getProxy(Hashes.sha256(clientAddress), () -> this.configuration)
                .tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes expired buckets in batches; any instance may do it (rows are skipped when locked). */
    @Scheduled(fixedDelayString = "${guide.booking.rate-limit.cleanup-interval:PT10M}")
    void forgetIdleClients() {
        while (this.buckets.removeExpired(1000) == 1000) {
            // another batch
        }
    }
}
