-- The guide in several languages (issue 14): every page row has its language ('en', the default language of
-- content/, for every row stored so far; content/es/... is 'es'), and a translation names the default-language
-- file it translates and that file's Git blob id as translated (to notice a source changed since).
-- Slugs, block names and FAQ anchors are unique per language.
ALTER TABLE article ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE article ADD COLUMN translation_of VARCHAR(500);
ALTER TABLE article ADD COLUMN source_revision VARCHAR(40);
ALTER TABLE article DROP CONSTRAINT uk_article_slug;
ALTER TABLE article ADD CONSTRAINT uk_article_language_slug UNIQUE (language, slug);

ALTER TABLE exercise ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE exercise ADD COLUMN translation_of VARCHAR(500);
ALTER TABLE exercise ADD COLUMN source_revision VARCHAR(40);
ALTER TABLE exercise DROP CONSTRAINT uk_exercise_slug;
ALTER TABLE exercise ADD CONSTRAINT uk_exercise_language_slug UNIQUE (language, slug);

ALTER TABLE content_block ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE content_block ADD COLUMN translation_of VARCHAR(500);
ALTER TABLE content_block ADD COLUMN source_revision VARCHAR(40);
ALTER TABLE content_block DROP CONSTRAINT uk_content_block_key;
ALTER TABLE content_block ADD CONSTRAINT uk_content_block_language_key UNIQUE (language, block_key);

ALTER TABLE check_page ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE check_page ADD COLUMN translation_of VARCHAR(500);
ALTER TABLE check_page ADD COLUMN source_revision VARCHAR(40);

ALTER TABLE faq ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
ALTER TABLE faq DROP CONSTRAINT uk_faq_anchor;
ALTER TABLE faq ADD CONSTRAINT uk_faq_language_anchor UNIQUE (language, anchor);
