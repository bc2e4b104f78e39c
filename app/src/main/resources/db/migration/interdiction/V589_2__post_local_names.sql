-- Post names and notes in Russian and Kazakh beside the base text, which stays required and is
-- what a missing translation falls back to (as for courses, centers, projects and equipment).
ALTER TABLE intd_post ADD COLUMN name_ru VARCHAR(200);
ALTER TABLE intd_post ADD COLUMN name_kk VARCHAR(200);
ALTER TABLE intd_post ADD COLUMN note_ru VARCHAR(500);
ALTER TABLE intd_post ADD COLUMN note_kk VARCHAR(500);
-- The demo's crossings whose neighbour post the source file does not name carried an English
-- placeholder; the page names the neighbouring country instead.
UPDATE intd_post SET neighbour_post = NULL
WHERE illustrative AND neighbour_post IN ('(UZ post)', '(Karakalpakstan post)', '(TM post)');
