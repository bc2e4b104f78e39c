-- Why a whole import failed as a stable code and its values (separated by U+001F), so the import
-- page words it in the reader's language; the English message stays for the record and the API.
ALTER TABLE fin_import ADD COLUMN message_code VARCHAR(40);
ALTER TABLE fin_import ADD COLUMN message_args VARCHAR(2000);

-- Failures recorded before: the reasons that read back without their values.
UPDATE fin_import SET message_code = 'EMPTY_FILE', message_args = ''
WHERE status = 'FAILED' AND message = 'line 1: the file is empty, a header row is expected';
UPDATE fin_import SET message_code = 'INTERRUPTED', message_args = ''
WHERE status = 'FAILED' AND message LIKE 'Interrupted: the application stopped while this import ran.%';

-- Rows that broke the transaction rules were all INVALID; the reason without a value reads back.
UPDATE fin_import_error SET code = 'ACCOUNT_EMPTY' WHERE code = 'INVALID' AND reason = 'account number is empty';
