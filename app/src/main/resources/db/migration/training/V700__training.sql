-- Training: centers, courses and their curricula, sessions, trainees, enrolment, attendance,
-- certificates and the annual plan. Written for both H2 (PostgreSQL mode) and PostgreSQL 15.

-- A place where the program trains officers, hosted (and edited) by one agency.
CREATE TABLE trn_center (
    id                 BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL UNIQUE,
    name               VARCHAR(200)  NOT NULL,
    venue              VARCHAR(300)  NOT NULL,
    city               VARCHAR(100)  NOT NULL,
    hosting_agency     VARCHAR(40)   NOT NULL,
    classrooms         INTEGER       NOT NULL,
    dormitory_beds     INTEGER       NOT NULL,
    session_capacity   INTEGER       NOT NULL,
    sessions_per_year  INTEGER       NOT NULL,
    notes              VARCHAR(2000),
    illustrative       BOOLEAN       DEFAULT FALSE NOT NULL
);

-- Equipment the program provided to a center, referenced by the program office's equipment
-- register (serial number or register id); the register itself belongs to the program module.
CREATE TABLE trn_center_equipment (
    id             BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    center_id      BIGINT        NOT NULL REFERENCES trn_center(id),
    equipment_ref  VARCHAR(100)  NOT NULL,
    description    VARCHAR(300)  NOT NULL,
    provided_on    DATE,
    CONSTRAINT trn_center_equipment_once UNIQUE (center_id, equipment_ref)
);

CREATE TABLE trn_course (
    id                  BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL UNIQUE,
    center_id           BIGINT        NOT NULL REFERENCES trn_center(id),
    title               VARCHAR(300)  NOT NULL,
    topic               VARCHAR(300)  NOT NULL,
    program_code        VARCHAR(40)   NOT NULL,
    target_audience     VARCHAR(300)  NOT NULL,
    hours               INTEGER       NOT NULL,
    -- completion rule: share of days attended and post-test mark needed for a certificate
    min_attendance_pct  INTEGER       DEFAULT 80 NOT NULL,
    pass_mark           NUMERIC(5,2)  DEFAULT 70 NOT NULL,
    illustrative        BOOLEAN       DEFAULT FALSE NOT NULL
);

-- A curriculum version: a draft until someone approves it; sessions teach approved versions.
CREATE TABLE trn_curriculum_version (
    id           BIGINT         DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    course_id    BIGINT         NOT NULL REFERENCES trn_course(id),
    version_no   INTEGER        NOT NULL,
    changes      VARCHAR(4000)  NOT NULL,
    approved_by  VARCHAR(200),
    approved_on  DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trn_curriculum_version_no UNIQUE (course_id, version_no)
);

CREATE TABLE trn_session (
    id                     BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    course_id              BIGINT        NOT NULL REFERENCES trn_course(id),
    center_id              BIGINT        NOT NULL REFERENCES trn_center(id),
    curriculum_version_id  BIGINT        NOT NULL REFERENCES trn_curriculum_version(id),
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    capacity               INTEGER       NOT NULL,
    status                 VARCHAR(20)   NOT NULL,  -- SCHEDULED, COMPLETED, CANCELLED
    completed_on           DATE,
    illustrative           BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trn_session_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX trn_session_center ON trn_session(center_id, starts_on);

CREATE TABLE trn_session_instructor (
    id            BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    session_id    BIGINT        NOT NULL REFERENCES trn_session(id),
    name          VARCHAR(200)  NOT NULL,
    organisation  VARCHAR(200)  NOT NULL
);

-- An officer who is or was trained; known across centers and years by agency and service number.
CREATE TABLE trn_trainee (
    id              BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    agency_code     VARCHAR(40)   NOT NULL,
    service_number  VARCHAR(40)   NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    gender          CHAR(1)       NOT NULL,  -- F, M
    rank_title      VARCHAR(100),
    cadet           BOOLEAN       DEFAULT FALSE NOT NULL,
    illustrative    BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT trn_trainee_key UNIQUE (agency_code, service_number)
);

-- A nomination of a trainee to a session: enrolled, on the waiting list (in queue order) or
-- withdrawn; after the session, completed or not.
CREATE TABLE trn_enrolment (
    id                  BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    session_id          BIGINT        NOT NULL REFERENCES trn_session(id),
    trainee_id          BIGINT        NOT NULL REFERENCES trn_trainee(id),
    nominated_by        VARCHAR(40)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,  -- ENROLLED, WAITLISTED, WITHDRAWN
    queue_no            BIGINT        NOT NULL,
    nominated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    pre_test            NUMERIC(5,2),
    post_test           NUMERIC(5,2),
    outcome             VARCHAR(20),             -- COMPLETED, NOT_COMPLETED
    CONSTRAINT trn_enrolment_once UNIQUE (session_id, trainee_id)
);
CREATE INDEX trn_enrolment_trainee ON trn_enrolment(trainee_id);

CREATE TABLE trn_attendance (
    enrolment_id  BIGINT   NOT NULL REFERENCES trn_enrolment(id),
    attended_on   DATE     NOT NULL,
    present       BOOLEAN  NOT NULL,
    PRIMARY KEY (enrolment_id, attended_on)
);

CREATE TABLE trn_certificate (
    id              BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    enrolment_id    BIGINT        NOT NULL UNIQUE REFERENCES trn_enrolment(id),
    code            VARCHAR(20)   NOT NULL UNIQUE,
    issued_on       DATE          NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(100),
    revoke_reason   VARCHAR(1000)
);

-- How many sessions a center plans to hold in a U.S. fiscal year (October to September).
CREATE TABLE trn_annual_plan (
    center_id         BIGINT   NOT NULL REFERENCES trn_center(id),
    fiscal_year       INTEGER  NOT NULL,
    sessions_planned  INTEGER  NOT NULL,
    PRIMARY KEY (center_id, fiscal_year)
);
