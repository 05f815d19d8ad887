package com.empowerfitness.guide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.support.EditorSiteTest;
import com.empowerfitness.guide.support.MutableClock;
import com.empowerfitness.guide.support.MutableClockConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest
@Import(MutableClockConfiguration.class)
class BookingMailTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("guide-mail-test-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("guide.booking.notify-to", () -> "frontdesk@clinic.example");
        registry.add("guide.clinic.phone", () -> "(555) 010-4242");
        registry.add("guide.clinic.email", () -> "desk@clinic.example");
        registry.add("guide.base-url", () -> "https://guide.clinic.example");
        // The test sends explicitly; the schedule would race it.
        registry.add("guide.mail.outbox-initial-delay", () -> "PT1H");
    }

    @Autowired
    BookingService bookings;

    @Autowired
    MailOutboxSender sender;

    @Autowired
    MailOutboxRepository outbox;

    @MockitoSpyBean
    JavaMailSender mailSender;

    @Autowired
    MutableClock clock;

    @Autowired
    MailOutboxJob job;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        reset(this.mailSender);
        this.clock.set(EditorSiteTest.NOW);
        this.sender.sendDue(this.clock.instant().plus(Duration.ofDays(1)));
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void staffAndPatientGetEmailsWithTheReferenceAndNoHealthDetails() throws Exception {
        BookingForm form = InboxTest.form("Mail Patient", "yes");
        form.setEmail("patient.mail@example.com");
        form.setMessage("sciatica-secret-words");
        form.setSymptomDuration("more-than-12-weeks");
        BookingService.Submission submission = this.bookings.submit(form.toRequest());
        assertThat(greenMail.getReceivedMessages())
                .as("nothing is sent inside the request")
                .isEmpty();

        assertThat(this.sender.sendDue(this.clock.instant())).isEqualTo(2);

        MimeMessage staff = only("frontdesk@clinic.example");
        assertThat(staff.getSubject()).isEqualTo("New consultation request " + submission.reference() + " (urgent)");
        String staffBody = GreenMailUtil.getBody(staff);
        assertThat(staffBody).contains(submission.reference()).contains("https://guide.clinic.example/staff/bookings");
        MimeMessage patient = only("patient.mail@example.com");
        assertThat(patient.getSubject()).isEqualTo("Your consultation request " + submission.reference());
        assertThat(Arrays.toString(patient.getFrom())).contains("desk@clinic.example");
        String patientBody = GreenMailUtil.getBody(patient);
        assertThat(patientBody)
                .contains(submission.reference())
                .contains("(555) 010-4242")
                .contains("desk@clinic.example");
        for (String body : List.of(staffBody, patientBody, staff.getSubject(), patient.getSubject())) {
            assertThat(body)
                    .doesNotContain("sciatica-secret-words")
                    .doesNotContain("Mail Patient")
                    .doesNotContain("numbness")
                    .doesNotContain("12 weeks");
        }
        assertThat(staffBody).doesNotContain("patient.mail@example.com");
        assertThat(this.outbox.findByRequestId(submission.id())).allSatisfy((mail) -> {
            assertThat(mail.getSentAt()).isEqualTo(this.clock.instant());
            assertThat(mail.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aPatientWhoWroteInSpanishGetsTheirEmailInSpanishAndTheStaffStillInEnglish() throws Exception {
        BookingForm form = InboxTest.form("Paciente Español", "no");
        form.setEmail("paciente.es@example.com");
        BookingService.Submission submission = this.bookings.submit(form.toRequest("es"));

        assertThat(this.sender.sendDue(this.clock.instant())).isEqualTo(2);

        MimeMessage patient = only("paciente.es@example.com");
        assertThat(patient.getSubject()).isEqualTo("Su solicitud de consulta " + submission.reference());
        // Decoded (quoted-printable): the accents as written.
        String body = (String) patient.getContent();
        assertThat(body)
                .contains("Su número de referencia es " + submission.reference())
                .contains("Un fisioterapeuta se pondrá en contacto con usted")
                .contains("(555) 010-4242")
                .contains("desk@clinic.example")
                .doesNotContain("Your reference")
                .doesNotContain("Thank you");
        assertThat(only("frontdesk@clinic.example").getSubject())
                .isEqualTo("New consultation request " + submission.reference());
    }

    @Test
    void patientWithoutEmailGetsNoMailAndNonUrgentSubjectSaysSo() throws Exception {
        BookingForm form = InboxTest.form("Phone Only", "no");
        form.setEmail(null);
        form.setPhone("555 111 2222");
        BookingService.Submission submission = this.bookings.submit(form.toRequest());

        this.sender.sendDue(this.clock.instant());

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject())
                .isEqualTo("New consultation request " + submission.reference());
    }

    @Test
    void failingSmtpIsRetriedLaterAndTheRequestIsKept() throws Exception {
        doThrow(new MailSendException("SMTP down")).when(this.mailSender).send(any(SimpleMailMessage.class));
        BookingService.Submission submission =
                this.bookings.submit(InboxTest.form("Retry Patient", "no").toRequest());

        Instant now = this.clock.instant();
        this.job.sendDueMail();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        List<MailOutbox> queued = this.outbox.findByRequestId(submission.id());
        assertThat(queued).isNotEmpty().allSatisfy((mail) -> {
            assertThat(mail.getSentAt()).isNull();
            assertThat(mail.getAttempts()).isEqualTo(1);
            assertThat(mail.getLastError()).isEqualTo("MailSendException");
            assertThat(mail.getNextAttemptAt()).isAfter(now);
        });
        doCallRealMethod().when(this.mailSender).send(any(SimpleMailMessage.class));
        this.clock.set(EditorSiteTest.NOW.plusSeconds(59));
        this.job.sendDueMail();
        assertThat(greenMail.getReceivedMessages()).as("not before the backoff").isEmpty();

        this.clock.set(EditorSiteTest.NOW.plusMinutes(2));
        this.job.sendDueMail();

        assertThat(greenMail.getReceivedMessages()).hasSize(queued.size());
        assertThat(this.outbox.findByRequestId(submission.id())).allSatisfy((mail) -> {
            assertThat(mail.getSentAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
            assertThat(mail.getAttempts()).isEqualTo(2);
        });
    }

    private static MimeMessage only(String recipient) throws Exception {
        List<MimeMessage> matching = Arrays.stream(greenMail.getReceivedMessages())
                .filter((message) -> {
                    try {
                        return Arrays.toString(message.getRecipients(Message.RecipientType.TO))
                                .contains(recipient);
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
