-- A center's venue and city in Russian and Kazakh beside the base text, which stays required and
-- is what a missing translation falls back to (as for the center's name).
ALTER TABLE trn_center ADD COLUMN venue_ru VARCHAR(300);
ALTER TABLE trn_center ADD COLUMN venue_kk VARCHAR(300);
ALTER TABLE trn_center ADD COLUMN city_ru VARCHAR(100);
ALTER TABLE trn_center ADD COLUMN city_kk VARCHAR(100);
