-- A notification's title as a message key and its arguments, so each reader sees it in their own
-- language; the English title stays for the record and for notifications stored before.
ALTER TABLE wsp_notification ADD COLUMN title_key VARCHAR(200);
ALTER TABLE wsp_notification ADD COLUMN title_args VARCHAR(4000);
