package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.NewConsultationRequest;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestNoteRepository;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.FreeSlot;
import com.empowerfitness.guide.scheduling.PatientDetails;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.SlotKey;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUserService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole routine of docs/operations.md: back up while the site runs, lose the database, restore with the one
 * documented command ({@code unzip -o <backup> -d <database folder>}), start again and find everything.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresEveryRequestAppointmentNoteStaffUserAndAuditLine() throws Exception {
        Path database = this.dir.resolve("data");
        String url = "jdbc:h2:file:" + database.resolve("guide") + ";WRITE_DELAY=0";
        Path backupFile;
        long requestId;
        String reference;
        String appointmentReference;
        try (ConfigurableApplicationContext site = start(url)) {
            BookingService.Submission submission = site.getBean(BookingService.class)
                    .submit(new NewConsultationRequest(
                            "Restore Patient",
                            "restore.patient@example.com",
                            null,
                            null,
                            null,
                            null,
                            java.util.Set.of(),
                            null));
            requestId = submission.id();
            reference = submission.reference();
            SchedulingService scheduling = site.getBean(SchedulingService.class);
            AppointmentType type = scheduling.onlineTypes().get(0);
            FreeSlot slot = scheduling
                    .freeSlots(type, scheduling.today(), scheduling.lastBookableDate(), null, null)
                    .get(0);
            appointmentReference = scheduling
                    .book(
                            type,
                            SlotKey.of(slot.therapistId(), slot.start().toInstant()),
                            new PatientDetails(
                                    "Restore Appointment",
                                    "restore.appointment@example.com",
                                    null,
                                    null,
                                    false,
                                    false,
                                    false,
                                    false,
                                    false,
                                    "2026-11-01"),
                            "patient",
                            null)
                    .appointment()
                    .getReference();
            site.getBean(RequestNoteRepository.class)
                    .save(new RequestNote(
                            requestId, "restore-staff", "Called back, booked for Tuesday", java.time.Instant.now()));
            site.getBean(StaffUserService.class)
                    .createWithPassword(
                            "test", "restore-staff", EnumSet.of(StaffRole.STAFF), "correct horse battery staple");
            site.getBean(AuditLog.class).record("restore-staff", AuditAction.EXPORTED_CSV, "backup test");

            backupFile = site.getBean(H2Backup.class).backUp();
        }

        // The disk is lost: not one database file is left.
        try (Stream<Path> files = Files.list(database)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        assertThat(backupFile).exists().hasFileName(backupFile.getFileName().toString());

        Process unzip = new ProcessBuilder("unzip", "-o", backupFile.toString(), "-d", database.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(unzip.getInputStream().readAllBytes());
        assertThat(unzip.waitFor()).as(output).isZero();

        try (ConfigurableApplicationContext restored = start(url)) {
            JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select name from consultation_request where reference = ?", String.class, reference))
                    .isEqualTo("Restore Patient");
            assertThat(jdbc.queryForObject(
                            "select count(*) from appointment where reference = ?", Long.class, appointmentReference))
                    .isEqualTo(1);
            // The time stays taken after the restore: the occupied units came back with the appointment.
            assertThat(jdbc.queryForObject(
                            "select count(*) from appointment_slot s join appointment a on a.id = s.appointment_id"
                                    + " where a.reference = ?",
                            Long.class,
                            appointmentReference))
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "select count(*) from request_note where request_id = ? and body like 'Called back%'",
                            Long.class, requestId))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from staff_user where username = 'restore-staff'", Long.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where actor = 'restore-staff' and target = 'backup test'",
                            Long.class))
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(GuideApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + url,
                        "--guide.backup.directory=" + this.dir.resolve("backups"),
                        "--spring.main.banner-mode=off");
    }
}
