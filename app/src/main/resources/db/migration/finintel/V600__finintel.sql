-- Financial intelligence: imported transactions with their banks, accounts and parties, the
-- alerts found in them, and the investigators' case files. Every row belongs to the agency that
-- imported or created it; nothing is shared across agencies.
--
-- Amounts are NUMERIC(24,8), not the usual (18,2): bank data carries bitcoin (XBT) amounts
-- with up to eight decimals, and a report must show what the bank reported.

CREATE TABLE fin_import (
    id              BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code     VARCHAR(40)  NOT NULL,
    imported_by     VARCHAR(100) NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    file_hash       VARCHAR(64)     NOT NULL,
    format          VARCHAR(10)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    bytes_total     BIGINT       NOT NULL,
    rows_read       BIGINT       NOT NULL DEFAULT 0,
    rows_added      BIGINT       NOT NULL DEFAULT 0,
    rows_rejected   BIGINT       NOT NULL DEFAULT 0,
    alerts_added    BIGINT       NOT NULL DEFAULT 0,
    parties_added   BIGINT       NOT NULL DEFAULT 0,
    duplicate_of    BIGINT,
    message         VARCHAR(2000),
    illustrative    BOOLEAN      NOT NULL DEFAULT FALSE,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX fin_import_agency ON fin_import (agency_code, started_at);
CREATE INDEX fin_import_hash ON fin_import (agency_code, file_hash);

CREATE TABLE fin_import_error (
    id          BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    import_id   BIGINT        NOT NULL REFERENCES fin_import (id),
    line_no     BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL
);
CREATE INDEX fin_import_error_import ON fin_import_error (import_id, line_no);

CREATE TABLE fin_bank (
    id           BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code  VARCHAR(40)  NOT NULL,
    code         VARCHAR(100) NOT NULL,
    name         VARCHAR(255),
    CONSTRAINT fin_bank_code UNIQUE (agency_code, code)
);

-- A person or a company named in imported data (goAML reports name them; CSV formats do not).
CREATE TABLE fin_party (
    id            BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code   VARCHAR(40)  NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    birth_date    DATE,
    id_number     VARCHAR(100),
    country       VARCHAR(3),
    natural_key   VARCHAR(64)  NOT NULL,
    screened_at   TIMESTAMP WITH TIME ZONE,
    illustrative  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fin_party_key UNIQUE (agency_code, natural_key)
);

CREATE TABLE fin_account (
    id              BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code     VARCHAR(40)  NOT NULL,
    bank_code       VARCHAR(100) NOT NULL,
    account_no      VARCHAR(200) NOT NULL,
    holder_party_id BIGINT REFERENCES fin_party (id),
    CONSTRAINT fin_account_key UNIQUE (agency_code, bank_code, account_no)
);

CREATE TABLE fin_transaction (
    id                BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code       VARCHAR(40)    NOT NULL,
    import_id         BIGINT         NOT NULL REFERENCES fin_import (id),
    natural_key       VARCHAR(32)    NOT NULL,
    ext_id            VARCHAR(100)   NOT NULL,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    from_account_id   BIGINT         NOT NULL REFERENCES fin_account (id),
    to_account_id     BIGINT         NOT NULL REFERENCES fin_account (id),
    amount_paid       NUMERIC(24, 8) NOT NULL,
    paid_currency     CHAR(3)        NOT NULL,
    amount_received   NUMERIC(24, 8) NOT NULL,
    received_currency CHAR(3)        NOT NULL,
    payment_type      VARCHAR(20)    NOT NULL,
    from_country      CHAR(2),
    to_country        CHAR(2),
    CONSTRAINT fin_transaction_key UNIQUE (agency_code, natural_key)
);
CREATE INDEX fin_transaction_import ON fin_transaction (import_id, at);
CREATE INDEX fin_transaction_from ON fin_transaction (from_account_id, at);
CREATE INDEX fin_transaction_to ON fin_transaction (to_account_id, at);

CREATE TABLE fin_case (
    id            BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code   VARCHAR(40)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    illustrative  BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX fin_case_agency ON fin_case (agency_code, created_at);

CREATE TABLE fin_alert (
    id              BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code     VARCHAR(40)    NOT NULL,
    engine_id       VARCHAR(200)   NOT NULL,
    typology        VARCHAR(30)    NOT NULL,
    score           NUMERIC(5, 4)  NOT NULL,
    reason          VARCHAR(4000)  NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    assignee        VARCHAR(100),
    amount          NUMERIC(24, 8),
    first_at        TIMESTAMP WITH TIME ZONE,
    last_at         TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    import_id       BIGINT REFERENCES fin_import (id),
    party_id        BIGINT REFERENCES fin_party (id),
    list_versions   VARCHAR(2000),
    dismiss_reason  VARCHAR(2000),
    case_id         BIGINT REFERENCES fin_case (id),
    CONSTRAINT fin_alert_key UNIQUE (agency_code, engine_id)
);
CREATE INDEX fin_alert_queue ON fin_alert (agency_code, status, score);
CREATE INDEX fin_alert_assignee ON fin_alert (agency_code, assignee, status);
CREATE INDEX fin_alert_case ON fin_alert (case_id);

CREATE TABLE fin_alert_account (
    alert_id    BIGINT NOT NULL REFERENCES fin_alert (id),
    account_id  BIGINT NOT NULL REFERENCES fin_account (id),
    PRIMARY KEY (alert_id, account_id)
);

CREATE TABLE fin_alert_transaction (
    alert_id        BIGINT NOT NULL REFERENCES fin_alert (id),
    transaction_id  BIGINT NOT NULL REFERENCES fin_transaction (id),
    PRIMARY KEY (alert_id, transaction_id)
);

CREATE TABLE fin_alert_comment (
    id        BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    alert_id  BIGINT        NOT NULL REFERENCES fin_alert (id),
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    author    VARCHAR(100)  NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    text      VARCHAR(4000) NOT NULL
);
CREATE INDEX fin_alert_comment_alert ON fin_alert_comment (alert_id, at);

-- Subjects of a case: an account or a party (exactly one of the two).
CREATE TABLE fin_case_subject (
    id          BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES fin_case (id),
    account_id  BIGINT REFERENCES fin_account (id),
    party_id    BIGINT REFERENCES fin_party (id)
);
CREATE INDEX fin_case_subject_case ON fin_case_subject (case_id);

CREATE TABLE fin_case_transaction (
    case_id         BIGINT NOT NULL REFERENCES fin_case (id),
    transaction_id  BIGINT NOT NULL REFERENCES fin_transaction (id),
    PRIMARY KEY (case_id, transaction_id)
);

-- The timeline: notes, escalations, attachments, exports, status changes.
CREATE TABLE fin_case_event (
    id       BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    case_id  BIGINT        NOT NULL REFERENCES fin_case (id),
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(100)  NOT NULL,
    kind     VARCHAR(20)   NOT NULL,
    text     VARCHAR(4000) NOT NULL
);
CREATE INDEX fin_case_event_case ON fin_case_event (case_id, at);

CREATE TABLE fin_case_attachment (
    id            BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES fin_case (id),
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fin_case_attachment_case ON fin_case_attachment (case_id);
