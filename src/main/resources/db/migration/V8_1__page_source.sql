-- What a page is based on (front-matter keys based_on, based_on_author, based_on_date): the source a page was
-- derived from, shown to patients in place of an author or review line that would not be true. Filled on the
-- next load: ContentScanner.PIPELINE_VERSION was bumped with this migration, so every page is rebuilt (and
-- checked again against the review rules that came with it).
ALTER TABLE article ADD COLUMN based_on VARCHAR(500);
ALTER TABLE article ADD COLUMN based_on_author VARCHAR(200);
ALTER TABLE article ADD COLUMN based_on_date DATE;
ALTER TABLE exercise ADD COLUMN based_on VARCHAR(500);
ALTER TABLE exercise ADD COLUMN based_on_author VARCHAR(200);
ALTER TABLE exercise ADD COLUMN based_on_date DATE;
ALTER TABLE content_block ADD COLUMN based_on VARCHAR(500);
ALTER TABLE content_block ADD COLUMN based_on_author VARCHAR(200);
ALTER TABLE content_block ADD COLUMN based_on_date DATE;
ALTER TABLE check_page ADD COLUMN based_on VARCHAR(500);
ALTER TABLE check_page ADD COLUMN based_on_author VARCHAR(200);
ALTER TABLE check_page ADD COLUMN based_on_date DATE;
