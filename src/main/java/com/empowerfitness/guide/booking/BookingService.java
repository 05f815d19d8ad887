package com.empowerfitness.guide.booking;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores consultation requests: one transaction per request, a fresh reference if one is already taken. */
@Service
public class BookingService {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    private static final int MAX_ATTEMPTS = 5;

    private final ConsultationRequestRepository requests;

    private final ReferenceGenerator references;

    private final GuideProperties.Booking properties;

    private final BookingMailer mailer;

    private final TransactionTemplate transaction;

    private final Clock clock;

    BookingService(
            ConsultationRequestRepository requests,
            ReferenceGenerator references,
            GuideProperties.Booking properties,
            BookingMailer mailer,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.requests = requests;
        this.references = references;
        this.properties = properties;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Stores the request and queues its emails in one transaction; when this returns the request is committed.
     * A reference collision (the unique constraint) rolls back and retries with a new reference.
     */
    public Submission submit(NewConsultationRequest sent) {
        for (int attempt = 1; ; attempt++) {
            String reference = this.references.nextReference();
            String token = this.references.nextToken();
            try {
                Submission submission = this.transaction.execute((status) -> {
                    ConsultationRequest request = new ConsultationRequest(
                            reference, token, this.clock.instant(), sent, this.properties.privacyNoticeVersion());
                    ConsultationRequest saved = this.requests.saveAndFlush(request);
                    this.mailer.queueFor(saved);
                    return new Submission(
                            saved.getId(), saved.getReference(), saved.getConfirmationToken(), saved.isUrgent());
                });
                log.info("Stored consultation request {} (id {})", submission.reference(), submission.id());
                return submission;
            } catch (DataIntegrityViolationException ex) {
                // Only a taken reference or token is worth another try; any other refusal would fail again.
                if (attempt >= MAX_ATTEMPTS || !isTakenReferenceOrToken(ex)) {
                    throw ex;
                }
                log.warn("Could not store consultation request on attempt {}; retrying with a new reference", attempt);
            }
        }
    }

    private static boolean isTakenReferenceOrToken(DataIntegrityViolationException ex) {
        String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uk_consultation_request_reference")
                || message.contains("uk_consultation_request_token");
    }

    /** The patient's confirmation page while it is still valid; it carries no personal details. */
    public Optional<Confirmation> findConfirmation(String token) {
        Instant oldest = this.clock.instant().minus(this.properties.confirmationTtl());
        return this.requests
                .findByConfirmationToken(token)
                .filter((request) -> request.getCreatedAt().isAfter(oldest))
                .map((request) -> new Confirmation(request.getReference(), request.isUrgent()));
    }

    public record Submission(long id, String reference, String token, boolean urgent) {}

    public record Confirmation(String reference, boolean urgent) {}
}
