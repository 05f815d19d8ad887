-- bucket4j's PostgreSQL buckets for the booking rate limit, shared by every instance
-- (booking.DatabaseBookingRateLimiter). The id is a SHA-256 hash of the client address; expires_at (epoch
-- milliseconds) lets full buckets be deleted. On H2 (one instance) the limit stays in memory.
CREATE TABLE booking_rate_limit (
    id          VARCHAR(64) NOT NULL PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX idx_booking_rate_limit_expires ON booking_rate_limit (expires_at);
