-- A case's ALERT entry links the escalated alert, so the history words it (typology and reason
-- facts) in the reader's language; the English sentence stays for the record. Entries stored
-- before are linked to the case's alert whose typology and engine id their sentence starts with.
ALTER TABLE fin_case_event ADD COLUMN alert_id BIGINT;
UPDATE fin_case_event SET alert_id = (
    SELECT MIN(a.id) FROM fin_alert a
    WHERE a.case_id = fin_case_event.case_id
      AND fin_case_event.text LIKE a.typology || ' ' || a.engine_id || ': %')
WHERE kind = 'ALERT';
