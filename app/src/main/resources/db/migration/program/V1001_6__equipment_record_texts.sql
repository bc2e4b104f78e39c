-- The equipment register's free text in Russian and Kazakh beside the base text, which stays
-- required where it was and is what a missing translation falls back to: where an item is
-- installed, the unit that received it, and who checked it and what they noted at an end-use check.
ALTER TABLE prog_equipment ADD COLUMN location_ru VARCHAR(200);
ALTER TABLE prog_equipment ADD COLUMN location_kk VARCHAR(200);
ALTER TABLE prog_equipment ADD COLUMN recipient_unit_ru VARCHAR(200);
ALTER TABLE prog_equipment ADD COLUMN recipient_unit_kk VARCHAR(200);
ALTER TABLE prog_end_use_check ADD COLUMN checked_by_ru VARCHAR(200);
ALTER TABLE prog_end_use_check ADD COLUMN checked_by_kk VARCHAR(200);
ALTER TABLE prog_end_use_check ADD COLUMN note_ru VARCHAR(1000);
ALTER TABLE prog_end_use_check ADD COLUMN note_kk VARCHAR(1000);
