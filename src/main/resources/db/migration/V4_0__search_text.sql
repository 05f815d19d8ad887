-- Plain text of each page, made from its sanitized HTML when the file is loaded, for /search (which matches
-- in Java over the few published pages, so it behaves the same on H2 and PostgreSQL). Filled on the next load:
-- ContentScanner.PIPELINE_VERSION was bumped with this migration, so every page is rebuilt.
ALTER TABLE article ADD COLUMN search_text VARCHAR(1000000);
ALTER TABLE exercise ADD COLUMN search_text VARCHAR(1000000);
