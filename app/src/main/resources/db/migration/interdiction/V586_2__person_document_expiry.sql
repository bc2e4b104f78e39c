-- The expiry date of a traveller's document, read from its MRZ or typed by the officer, so the
-- inspection and its exports show what the officer was warned about at the time.
ALTER TABLE intd_person ADD COLUMN document_expiry DATE;
