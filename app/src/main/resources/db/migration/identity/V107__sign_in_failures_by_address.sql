-- Wrong passwords are counted per account and address: five from one address lock that address
-- out of the account, not its owner at their own desk. Failures older than the window stop
-- counting, for the address and for the account-wide backstop alike.
CREATE TABLE idn_sign_in_failure (
    account_id       BIGINT      NOT NULL REFERENCES idn_account(id) ON DELETE CASCADE,
    address          VARCHAR(64) NOT NULL,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, address)
);
ALTER TABLE idn_account ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
