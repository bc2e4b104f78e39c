-- The program office: countries and their fact-sheet texts, organisations (partners and
-- host-government counterparts, keyed by agency code), programs, projects, activities, funding,
-- cost share, equipment with end-use checks, dated events, and officers trained as reported by
-- other modules. Narrative texts are data, one row per language; English is the fallback.

CREATE TABLE prog_country (
    code        VARCHAR(40)  PRIMARY KEY,          -- URL slug, e.g. kazakhstan
    iso2        CHAR(2)      NOT NULL UNIQUE,
    sort_order  INTEGER      DEFAULT 0 NOT NULL
);

-- The fact sheet's own texts for one country in one language.
CREATE TABLE prog_country_text (
    country_code  VARCHAR(40)   NOT NULL REFERENCES prog_country(code),
    lang          VARCHAR(5)    NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    bureau        VARCHAR(300)  NOT NULL,
    overview      VARCHAR(8000) NOT NULL,
    issued_on     DATE          NOT NULL,
    PRIMARY KEY (country_code, lang)
);

-- Partners and counterparts. The code is an agency code where the organisation has accounts.
CREATE TABLE prog_organisation (
    code          VARCHAR(40)  PRIMARY KEY,
    abbreviation  VARCHAR(40),
    name_en       VARCHAR(300) NOT NULL,
    name_ru       VARCHAR(300),
    name_kk       VARCHAR(300),
    kind          VARCHAR(20)  NOT NULL   -- DONOR, PARTNER, HOST_GOVERNMENT, US_GOVERNMENT
);

CREATE TABLE prog_funding_source (
    code          VARCHAR(20)  PRIMARY KEY,
    name_en       VARCHAR(200) NOT NULL,
    name_ru       VARCHAR(200),
    name_kk       VARCHAR(200)
);

CREATE TABLE prog_program (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,     -- e.g. KZ-TIP; named by OfficersTrained events
    country_code  VARCHAR(40)  NOT NULL REFERENCES prog_country(code),
    sort_order    INTEGER      DEFAULT 0 NOT NULL,
    on_factsheet  BOOLEAN      DEFAULT TRUE NOT NULL
);

CREATE TABLE prog_program_text (
    program_id   BIGINT        NOT NULL REFERENCES prog_program(id),
    lang         VARCHAR(5)    NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(8000) NOT NULL,  -- paragraphs separated by a blank line
    PRIMARY KEY (program_id, lang)
);

CREATE TABLE prog_project (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    program_id    BIGINT       NOT NULL REFERENCES prog_program(id),
    code          VARCHAR(40)  NOT NULL UNIQUE,
    title         VARCHAR(300) NOT NULL,
    description   VARCHAR(4000),
    start_date    DATE,
    end_date      DATE,
    status        VARCHAR(20)  NOT NULL,    -- PLANNED, ACTIVE, COMPLETED
    illustrative  BOOLEAN      DEFAULT FALSE NOT NULL
);

CREATE TABLE prog_project_org (
    project_id  BIGINT      NOT NULL REFERENCES prog_project(id) ON DELETE CASCADE,
    org_code    VARCHAR(40) NOT NULL REFERENCES prog_organisation(code),
    role        VARCHAR(20) NOT NULL,      -- IMPLEMENTING, COUNTERPART
    PRIMARY KEY (project_id, org_code, role)
);
CREATE INDEX prog_project_org_org ON prog_project_org(org_code, role);

CREATE TABLE prog_activity (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES prog_project(id),
    title         VARCHAR(300) NOT NULL,
    description   VARCHAR(4000),
    start_date    DATE,
    end_date      DATE,
    status        VARCHAR(20)  NOT NULL,
    illustrative  BOOLEAN      DEFAULT FALSE NOT NULL
);

-- A funding line: U.S. fiscal year (October to September), source, obligated and spent.
CREATE TABLE prog_funding (
    id            BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    program_id    BIGINT        NOT NULL REFERENCES prog_program(id),
    project_id    BIGINT        REFERENCES prog_project(id),
    fiscal_year   INTEGER       NOT NULL,
    source_code   VARCHAR(20)   NOT NULL REFERENCES prog_funding_source(code),
    obligated     NUMERIC(18,2) NOT NULL,
    spent         NUMERIC(18,2),
    currency      CHAR(3)       NOT NULL,
    note          VARCHAR(1000),
    illustrative  BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE INDEX prog_funding_year ON prog_funding(fiscal_year);

-- Cost share: in-kind or budget contributions of the host government, and what the donor gives.
CREATE TABLE prog_cost_share (
    id            BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    project_id    BIGINT        NOT NULL REFERENCES prog_project(id),
    contribution_year INTEGER   NOT NULL,
    side          VARCHAR(10)   NOT NULL,    -- HOST, DONOR
    kind          VARCHAR(30)   NOT NULL,
    contributor   VARCHAR(40)   NOT NULL REFERENCES prog_organisation(code),
    description   VARCHAR(2000) NOT NULL,
    valuation     NUMERIC(18,2),
    currency      CHAR(3),
    illustrative  BOOLEAN       DEFAULT FALSE NOT NULL
);

CREATE TABLE prog_equipment (
    id                BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    project_id        BIGINT        NOT NULL REFERENCES prog_project(id),
    item              VARCHAR(200)  NOT NULL,
    model             VARCHAR(200),
    serial_number     VARCHAR(100),
    item_value        NUMERIC(18,2),
    currency          CHAR(3),
    recipient         VARCHAR(40)   NOT NULL REFERENCES prog_organisation(code),
    recipient_unit    VARCHAR(200),
    location          VARCHAR(200)  NOT NULL,
    handover_date     DATE,
    handover_document VARCHAR(200),
    illustrative      BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE UNIQUE INDEX prog_equipment_serial ON prog_equipment(item, serial_number);
CREATE INDEX prog_equipment_location ON prog_equipment(location);

CREATE TABLE prog_end_use_check (
    id                BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    equipment_id      BIGINT        NOT NULL REFERENCES prog_equipment(id) ON DELETE CASCADE,
    checked_on        DATE          NOT NULL,
    checked_by        VARCHAR(200)  NOT NULL,
    present           BOOLEAN       NOT NULL,
    working           BOOLEAN       NOT NULL,
    used_as_intended  BOOLEAN       NOT NULL,
    note              VARCHAR(1000)
);

CREATE TABLE prog_event (
    id            BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    program_id    BIGINT        NOT NULL REFERENCES prog_program(id),
    project_id    BIGINT        REFERENCES prog_project(id),
    kind          VARCHAR(30)   NOT NULL,   -- STRATEGY_SESSION, STUDY_VISIT, TRAINING, HANDOVER, OTHER
    title         VARCHAR(300)  NOT NULL,
    held_on       DATE          NOT NULL,
    month_only    BOOLEAN       DEFAULT FALSE NOT NULL,   -- the source gives only month and year
    place         VARCHAR(300),
    participants  VARCHAR(2000),
    participant_count INTEGER,
    illustrative  BOOLEAN       DEFAULT FALSE NOT NULL
);

-- Officers trained, as published by other modules (OfficersTrained events); one row per source.
CREATE TABLE prog_officers_trained (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    source_ref    VARCHAR(200) NOT NULL UNIQUE,
    program_code  VARCHAR(40)  NOT NULL,
    agency_code   VARCHAR(40)  NOT NULL,
    fiscal_year   INTEGER      NOT NULL,
    officers      INTEGER      NOT NULL,
    women         INTEGER      NOT NULL,
    completed_on  DATE         NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
