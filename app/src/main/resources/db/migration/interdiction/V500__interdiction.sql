-- Interdiction at the post: posts, inspections with their persons and hits, lookouts, alerts,
-- seizures in UNODC's individual-seizure shape, and the evidence's chain of custody.
-- Sized for millions of inspections: every query the posts and the analysis pages run is served
-- by an index on post, time, plate or person keys.

CREATE TABLE intd_post (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,  -- CHECKPOINT, CROSSING
    agency_code     VARCHAR(40)  NOT NULL,  -- CDC_MOI for checkpoints, BORDER_GUARDS for crossings
    section         VARCHAR(100) NOT NULL,  -- highway (M39) or border section (KZ-KG)
    region_iso      VARCHAR(10)  NOT NULL,  -- ISO 3166-2 legacy code of the 2009 oblast
    region_name     VARCHAR(100) NOT NULL,
    neighbour_iso2  CHAR(2),                -- crossings: the country across the border
    neighbour_post  VARCHAR(100),
    latitude        NUMERIC(9,6) NOT NULL,
    longitude       NUMERIC(9,6) NOT NULL,
    illustrative    BOOLEAN      NOT NULL,  -- placed for the demo, not a surveyed location
    note            VARCHAR(500),
    register_location VARCHAR(200),         -- the post as the program equipment register names it
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_post_agency_idx ON intd_post (agency_code);
CREATE INDEX intd_post_region_idx ON intd_post (region_iso);

-- Officers assigned to a post (usernames of accounts).
CREATE TABLE intd_post_staff (
    post_id     BIGINT       NOT NULL REFERENCES intd_post(id),
    username    VARCHAR(100) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, username)
);
CREATE INDEX intd_post_staff_user_idx ON intd_post_staff (username);

CREATE TABLE intd_inspection (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    post_id         BIGINT       NOT NULL REFERENCES intd_post(id),
    inspected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    plate           VARCHAR(20)  NOT NULL,  -- as written
    plate_key       VARCHAR(20)  NOT NULL,  -- normalised: look-alike letters folded, no spaces
    plate_country   CHAR(2)      NOT NULL,
    vehicle_make    VARCHAR(60),
    vehicle_type    VARCHAR(20)  NOT NULL,
    cargo           VARCHAR(300),
    origin          VARCHAR(100),
    destination     VARCHAR(100),
    direction       VARCHAR(10)  NOT NULL,
    result          VARCHAR(10)  NOT NULL,  -- CLEARED, SEARCHED, DETAINED, SEIZED
    person_count    INTEGER      NOT NULL,
    hit_count       INTEGER      NOT NULL,
    duplicate_of    BIGINT,                 -- set when the officer confirmed a flagged duplicate
    screened        BOOLEAN      NOT NULL,  -- false when no watchlist screening was available
    officer         VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(40)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_inspection_post_time_idx ON intd_inspection (post_id, inspected_at);
CREATE INDEX intd_inspection_plate_time_idx ON intd_inspection (plate_key, inspected_at);
CREATE INDEX intd_inspection_time_idx ON intd_inspection (inspected_at);
CREATE INDEX intd_inspection_result_time_idx ON intd_inspection (result, inspected_at);

-- Driver and passengers. Post and time are copied from the inspection so that person histories,
-- movements between posts and rescreening read one table through one index.
CREATE TABLE intd_person (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    inspection_id   BIGINT       NOT NULL REFERENCES intd_inspection(id),
    post_id         BIGINT       NOT NULL,
    inspected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    role            VARCHAR(10)  NOT NULL,  -- DRIVER, PASSENGER
    name            VARCHAR(200) NOT NULL,  -- as written on the document, in its own script
    name_key        VARCHAR(200) NOT NULL,  -- Latin, folded, parts sorted: for history lookups
    document_type   VARCHAR(10)  NOT NULL,  -- PASSPORT, ID_CARD, OTHER, NONE
    document_number VARCHAR(20),
    document_country CHAR(3),
    birth_date      DATE,
    nationality     CHAR(3),
    sex             CHAR(1),
    from_mrz        BOOLEAN      NOT NULL
);
CREATE INDEX intd_person_inspection_idx ON intd_person (inspection_id);
CREATE INDEX intd_person_document_idx ON intd_person (document_number, inspected_at);
CREATE INDEX intd_person_name_idx ON intd_person (name_key, birth_date);
CREATE INDEX intd_person_time_idx ON intd_person (inspected_at);

CREATE TABLE intd_lookout (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    subject         VARCHAR(10)  NOT NULL,  -- VEHICLE, PERSON
    plate           VARCHAR(20),
    plate_key       VARCHAR(20),
    person_name     VARCHAR(200),
    name_key        VARCHAR(200),
    birth_date      DATE,
    document_number VARCHAR(20),
    reason          VARCHAR(1000) NOT NULL,
    scope           VARCHAR(10)  NOT NULL,  -- ALL, REGION, POSTS
    region_iso      VARCHAR(10),
    issued_by       VARCHAR(100) NOT NULL,
    issuer_agency   VARCHAR(40)  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX intd_lookout_plate_idx ON intd_lookout (plate_key, expires_at);
CREATE INDEX intd_lookout_document_idx ON intd_lookout (document_number, expires_at);
CREATE INDEX intd_lookout_name_idx ON intd_lookout (name_key, expires_at);
CREATE INDEX intd_lookout_expiry_idx ON intd_lookout (expires_at);

CREATE TABLE intd_lookout_post (
    lookout_id  BIGINT NOT NULL REFERENCES intd_lookout(id),
    post_id     BIGINT NOT NULL REFERENCES intd_post(id),
    PRIMARY KEY (lookout_id, post_id)
);

-- What a check found: a watchlist entry (with the list versions screened) or a lookout.
CREATE TABLE intd_hit (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    inspection_id   BIGINT       NOT NULL REFERENCES intd_inspection(id),
    person_id       BIGINT,
    kind            VARCHAR(10)  NOT NULL,  -- WATCHLIST, LOOKOUT
    found_by        VARCHAR(10)  NOT NULL,  -- LOGGING, RESCREEN
    list_name       VARCHAR(60),
    entry_id        VARCHAR(60),
    matched_name    VARCHAR(300),
    score           INTEGER      NOT NULL,
    explanation     VARCHAR(4000) NOT NULL,
    list_versions   VARCHAR(1000),
    lookout_id      BIGINT,
    found_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_hit_inspection_idx ON intd_hit (inspection_id);
CREATE INDEX intd_hit_person_idx ON intd_hit (person_id);
CREATE INDEX intd_hit_lookout_idx ON intd_hit (lookout_id);
CREATE INDEX intd_hit_time_idx ON intd_hit (found_at);

-- Live alerts, one row per audience: the post where it happened, and the lookout's issuer.
CREATE TABLE intd_alert (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,  -- LOOKOUT_MATCH, WATCHLIST_HIT, RESCREEN_HIT
    post_id         BIGINT       NOT NULL,
    agency_code     VARCHAR(40)  NOT NULL,  -- agency allowed to see it
    recipient       VARCHAR(100),           -- a username, or null for everyone at the post
    inspection_id   BIGINT       NOT NULL,
    hit_id          BIGINT       NOT NULL,
    lookout_id      BIGINT,
    summary         VARCHAR(500) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by VARCHAR(100),
    acknowledged_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX intd_alert_post_idx ON intd_alert (post_id, created_at);
CREATE INDEX intd_alert_recipient_idx ON intd_alert (recipient, created_at);

-- The post's answer to a lookout: what was done with the vehicle or person it stopped.
CREATE TABLE intd_lookout_feedback (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    lookout_id      BIGINT       NOT NULL REFERENCES intd_lookout(id),
    inspection_id   BIGINT       NOT NULL REFERENCES intd_inspection(id),
    action_taken    VARCHAR(30)  NOT NULL,
    note            VARCHAR(1000),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_lookout_feedback_idx ON intd_lookout_feedback (lookout_id);

-- One seizure in the fields of UNODC's individual drug seizure reporting.
CREATE TABLE intd_seizure (
    id                  BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    post_id             BIGINT        NOT NULL REFERENCES intd_post(id),
    inspection_id       BIGINT,
    lookout_id          BIGINT,
    seized_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    drug_type           VARCHAR(20)   NOT NULL,
    drug_detail         VARCHAR(200),
    quantity            NUMERIC(14,3) NOT NULL,
    unit                VARCHAR(5)    NOT NULL,  -- KG, L, UNITS
    purity_percent      NUMERIC(5,2),
    concealment         VARCHAR(200),
    transport_mode      VARCHAR(12)   NOT NULL,
    conveyance          VARCHAR(200),
    place               VARCHAR(200)  NOT NULL,
    origin_country      CHAR(2),
    origin_basis        VARCHAR(12),
    departure_country   CHAR(2),
    departure_basis     VARCHAR(12),
    transit_countries   VARCHAR(60),
    transit_basis       VARCHAR(12),
    destination_country CHAR(2),
    destination_basis   VARCHAR(12),
    recorded_by         VARCHAR(100)  NOT NULL,
    agency_code         VARCHAR(40)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_seizure_time_idx ON intd_seizure (seized_at);
CREATE INDEX intd_seizure_post_time_idx ON intd_seizure (post_id, seized_at);
CREATE INDEX intd_seizure_drug_time_idx ON intd_seizure (drug_type, seized_at);
CREATE INDEX intd_seizure_inspection_idx ON intd_seizure (inspection_id);
CREATE INDEX intd_seizure_lookout_idx ON intd_seizure (lookout_id);

CREATE TABLE intd_seizure_arrest (
    id          BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    seizure_id  BIGINT       NOT NULL REFERENCES intd_seizure(id),
    name        VARCHAR(200) NOT NULL,
    nationality CHAR(3)      NOT NULL,
    gender      CHAR(1)      NOT NULL,  -- M, F, X
    birth_date  DATE
);
CREATE INDEX intd_seizure_arrest_idx ON intd_seizure_arrest (seizure_id);

CREATE TABLE intd_seizure_file (
    id           BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    seizure_id   BIGINT       NOT NULL REFERENCES intd_seizure(id),
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intd_seizure_file_idx ON intd_seizure_file (seizure_id);

-- Chain of custody, append-only: each row is a hand-over (or the first taking into custody),
-- hash-chained to the row before it for the same seizure so that an edit is detectable.
CREATE TABLE intd_custody (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    seizure_id    BIGINT       NOT NULL REFERENCES intd_seizure(id),
    seq           INTEGER      NOT NULL,
    holder        VARCHAR(200) NOT NULL,  -- who holds the evidence from this moment
    holder_agency VARCHAR(40)  NOT NULL,
    held_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    handed_by     VARCHAR(200),           -- previous holder; null for the first entry
    purpose       VARCHAR(300),
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    prev_hash     CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    UNIQUE (seizure_id, seq)
);
