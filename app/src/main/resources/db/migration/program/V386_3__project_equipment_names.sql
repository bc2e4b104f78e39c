-- Project titles and equipment items in Russian and Kazakh beside the base (English) text, which
-- stays required and is what a missing translation falls back to.
ALTER TABLE prog_project ADD COLUMN title_ru VARCHAR(300);
ALTER TABLE prog_project ADD COLUMN title_kk VARCHAR(300);
ALTER TABLE prog_equipment ADD COLUMN item_ru VARCHAR(200);
ALTER TABLE prog_equipment ADD COLUMN item_kk VARCHAR(200);
