-- How a staff member is named where their work is credited (a clinical sign-off's "reviewed by", a commit's
-- author). Optional: without it the username is used.
ALTER TABLE staff_user ADD COLUMN display_name VARCHAR(100);
