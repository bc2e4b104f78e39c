-- Center names and course titles in Russian and Kazakh beside the base (English) text, which
-- stays required and is what a missing translation falls back to.
ALTER TABLE trn_center ADD COLUMN name_ru VARCHAR(200);
ALTER TABLE trn_center ADD COLUMN name_kk VARCHAR(200);
ALTER TABLE trn_course ADD COLUMN title_ru VARCHAR(300);
ALTER TABLE trn_course ADD COLUMN title_kk VARCHAR(300);
