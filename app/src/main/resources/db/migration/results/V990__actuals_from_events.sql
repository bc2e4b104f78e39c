-- Actuals the results module keeps itself, from the events other modules publish (see
-- docs/architecture.md, "Events"): one row per source record, so that an event delivered twice
-- (a retry, a republication after a restart) counts once. The rows are filled at start from
-- each module's history too, which covers records made before these tables existed.

-- A seizure (interdiction's SeizureRecorded): its fiscal year in the program's zone.
CREATE TABLE res_seizure (
    seizure_id      BIGINT        PRIMARY KEY,
    fiscal_year     INTEGER       NOT NULL,
    post_kind       VARCHAR(20)   NOT NULL,   -- CHECKPOINT or CROSSING
    drug_type       VARCHAR(20)   NOT NULL,
    unit            VARCHAR(5)    NOT NULL,   -- KG, L or UNITS
    quantity        NUMERIC(14,3) NOT NULL
);

-- Officers of one agency and gender who completed a session (training's TrainingCompleted).
CREATE TABLE res_trained (
    session_id      BIGINT        NOT NULL,
    agency          VARCHAR(40)   NOT NULL,
    gender          VARCHAR(1)    NOT NULL,
    program_code    VARCHAR(40)   NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    officers        INTEGER       NOT NULL,
    PRIMARY KEY (session_id, agency, gender)
);

-- A victim's case (trafficking's VictimIdentified, VictimReferred): only its number, the year
-- of registration and whether it was referred to at least one service.
CREATE TABLE res_victim (
    case_id            BIGINT     PRIMARY KEY,
    registration_year  INTEGER    NOT NULL,
    referred           BOOLEAN    DEFAULT FALSE NOT NULL
);
