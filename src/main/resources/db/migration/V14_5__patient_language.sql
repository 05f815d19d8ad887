-- The language a patient used (en, es, ...): their emails and calendar file are written in it. Rows from before
-- the Spanish edition are English.
ALTER TABLE consultation_request ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE appointment ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
