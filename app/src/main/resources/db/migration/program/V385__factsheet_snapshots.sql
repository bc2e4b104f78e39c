-- The public fact sheet is a published, reviewed snapshot, never live data: a program manager
-- publishes the figures as of a date, a second user approves them, and only then does the public
-- page show them. Each snapshot keeps the whole sheet once per language, as it was rendered.
CREATE TABLE prog_factsheet_snapshot (
    id            BIGINT       PRIMARY KEY,
    country_code  VARCHAR(40)  NOT NULL REFERENCES prog_country(code),
    as_of         DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL,   -- PENDING, APPROVED, REJECTED, SUPERSEDED
    published_by  VARCHAR(100) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by   VARCHAR(100),
    reviewed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX prog_factsheet_snapshot_country ON prog_factsheet_snapshot (country_code, status);

CREATE TABLE prog_factsheet_snapshot_text (
    snapshot_id  BIGINT      NOT NULL REFERENCES prog_factsheet_snapshot(id),
    lang         VARCHAR(5)  NOT NULL,
    body         TEXT        NOT NULL,   -- the sheet as JSON, in this language
    PRIMARY KEY (snapshot_id, lang)
);
