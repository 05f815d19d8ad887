package com.empowerfitness.guide.mail;

import com.empowerfitness.guide.config.GuideProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends queued mail; a failure is retried later with backoff, up to {@link #MAX_ATTEMPTS} times. */
@Component
public class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    public static final int MAX_ATTEMPTS = 10;

    private static final int BATCH = 50;

    private final MailOutboxRepository outbox;

    private final ObjectProvider<JavaMailSender> mailSender;

    private final TransactionTemplate transaction;

    private final String from;

    private final Clock clock;

    MailOutboxSender(
            MailOutboxRepository outbox,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager,
            GuideProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactionManager);
        String from = properties.mail().from();
        this.from = from.isBlank() ? properties.clinic().email() : from;
        this.clock = clock;
    }

    /** Sends what is due at {@code now}; returns how many were sent. */
    int sendDue(Instant now) {
        JavaMailSender sender = this.mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<MailOutbox> due = this.outbox.findDue(now, MAX_ATTEMPTS, PageRequest.of(0, BATCH));
        int sent = 0;
        for (MailOutbox mail : due) {
            try {
                if (mail.getAttachment() == null) {
                    sender.send(message(mail));
                } else {
                    sender.send(withAttachment(sender, mail));
                }
                mail.markSent(this.clock.instant());
                sent++;
            } catch (MailException ex) {
                mail.markFailed(now, ex.getClass().getSimpleName());
                log.warn(
                        "Mail {} failed on attempt {} ({}); next attempt at {}",
                        mail.getId(),
                        mail.getAttempts(),
                        ex.getClass().getSimpleName(),
                        mail.getNextAttemptAt());
            }
            this.transaction.executeWithoutResult((status) -> this.outbox.save(mail));
        }
        if (sent > 0) {
            log.info("Sent {} queued emails", sent);
        }
        return sent;
    }

    /** A multipart mail: the text, then the attachment (an appointment's .ics, which calendars offer to add). */
    private MimeMessage withAttachment(JavaMailSender sender, MailOutbox mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(this.from);
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody());
            MailOutbox.Attachment attachment = mail.getAttachment();
            helper.addAttachment(
                    attachment.name(),
                    new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
                    attachment.contentType());
        } catch (MessagingException ex) {
            throw new MailPreparationException("Could not build mail " + mail.getId(), ex);
        }
        return message;
    }

    private SimpleMailMessage message(MailOutbox mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(this.from);
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        return message;
    }
}
