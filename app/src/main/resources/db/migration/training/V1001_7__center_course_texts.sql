-- A center's notes and a course's topic and target audience in Russian and Kazakh beside the base
-- text, which stays where it was (required for courses) and is what a missing translation falls
-- back to.
ALTER TABLE trn_center ADD COLUMN notes_ru VARCHAR(2000);
ALTER TABLE trn_center ADD COLUMN notes_kk VARCHAR(2000);
ALTER TABLE trn_course ADD COLUMN topic_ru VARCHAR(300);
ALTER TABLE trn_course ADD COLUMN topic_kk VARCHAR(300);
ALTER TABLE trn_course ADD COLUMN target_audience_ru VARCHAR(300);
ALTER TABLE trn_course ADD COLUMN target_audience_kk VARCHAR(300);
