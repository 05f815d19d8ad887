-- Appointment emails in the outbox (issue 12): which appointment a mail belongs to (erased with it), and one
-- optional attachment, the .ics file of the appointment.
ALTER TABLE mail_outbox ADD COLUMN appointment_id BIGINT;
ALTER TABLE mail_outbox ADD CONSTRAINT fk_mail_outbox_appointment
    FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE;
CREATE INDEX idx_mail_outbox_appointment ON mail_outbox (appointment_id);
ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN attachment_body VARCHAR(16000);
