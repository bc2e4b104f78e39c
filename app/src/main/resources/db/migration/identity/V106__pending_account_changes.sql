-- Changes to accounts that one administrator may not make alone (their own roles or agency; the
-- TIP caseworker role, which opens victim records): requested by one, applied when another
-- administrator approves.
CREATE TABLE idn_pending_change (
    id             BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    account_id     BIGINT       NOT NULL REFERENCES idn_account(id) ON DELETE CASCADE,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(200),
    agency_code    VARCHAR(40)  NOT NULL REFERENCES idn_agency(code),
    roles          VARCHAR(400) NOT NULL,   -- role names, comma-separated
    approve        BOOLEAN      NOT NULL,   -- also let a waiting account in
    reason         VARCHAR(200) NOT NULL,   -- why a second administrator is needed
    requested_by   BIGINT       NOT NULL REFERENCES idn_account(id),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(20)  NOT NULL,   -- PENDING, APPROVED, REJECTED
    decided_by     BIGINT       REFERENCES idn_account(id),
    decided_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idn_pending_change_status ON idn_pending_change(status);
