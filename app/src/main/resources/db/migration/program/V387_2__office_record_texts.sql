-- The program office's records in Russian and Kazakh beside the base text, which stays required
-- where it was and is what a missing translation falls back to: project descriptions, activity
-- titles, cost-share descriptions, and event titles, places and participants.
ALTER TABLE prog_project ADD COLUMN description_ru VARCHAR(4000);
ALTER TABLE prog_project ADD COLUMN description_kk VARCHAR(4000);
ALTER TABLE prog_activity ADD COLUMN title_ru VARCHAR(300);
ALTER TABLE prog_activity ADD COLUMN title_kk VARCHAR(300);
ALTER TABLE prog_cost_share ADD COLUMN description_ru VARCHAR(2000);
ALTER TABLE prog_cost_share ADD COLUMN description_kk VARCHAR(2000);
ALTER TABLE prog_event ADD COLUMN title_ru VARCHAR(300);
ALTER TABLE prog_event ADD COLUMN title_kk VARCHAR(300);
ALTER TABLE prog_event ADD COLUMN place_ru VARCHAR(300);
ALTER TABLE prog_event ADD COLUMN place_kk VARCHAR(300);
ALTER TABLE prog_event ADD COLUMN participants_ru VARCHAR(2000);
ALTER TABLE prog_event ADD COLUMN participants_kk VARCHAR(2000);
