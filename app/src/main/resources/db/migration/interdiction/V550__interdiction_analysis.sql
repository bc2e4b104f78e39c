-- Interdiction analysis: risk targeting rules (every version kept) and the scores they gave,
-- movements between posts (legs between consecutive sightings) with the usual travel time per
-- pair of posts. The movement tables are summaries rebuilt from intd_inspection and intd_person;
-- the targeting tables are records of their own.

-- A version of the targeting rules. Editing a rule writes a whole new version; none is changed.
CREATE TABLE intd_rule_set (
    version     INTEGER      PRIMARY KEY,
    created_by  VARCHAR(100) NOT NULL,
    agency_code VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(500) NOT NULL
);

CREATE TABLE intd_rule (
    id          BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    version     INTEGER      NOT NULL REFERENCES intd_rule_set(version),
    code        VARCHAR(40)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,  -- what the rule looks at (RuleKind)
    parameter   VARCHAR(500) NOT NULL,  -- a list of words or a threshold, as the kind needs
    weight      INTEGER      NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    description VARCHAR(300) NOT NULL,
    UNIQUE (version, code)
);

-- The score an inspection was given when it was logged, and the rules that fired for it.
CREATE TABLE intd_risk_score (
    inspection_id BIGINT  PRIMARY KEY REFERENCES intd_inspection(id),
    version       INTEGER NOT NULL,
    score         INTEGER NOT NULL,
    scored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE intd_risk_fired (
    inspection_id BIGINT        NOT NULL REFERENCES intd_inspection(id),
    rule_code     VARCHAR(40)   NOT NULL,
    weight        INTEGER       NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (inspection_id, rule_code)
);
CREATE INDEX intd_risk_fired_rule_idx ON intd_risk_fired (rule_code, inspection_id);

-- One leg: a vehicle (V, by plate key) or person (P, by document number, else name key and birth
-- date) seen at one post and next at another within the leg window.
CREATE TABLE intd_movement (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    subject         CHAR(1)      NOT NULL,
    subject_key     VARCHAR(220) NOT NULL,
    from_inspection BIGINT       NOT NULL,
    to_inspection   BIGINT       NOT NULL,
    from_post       BIGINT       NOT NULL,
    to_post         BIGINT       NOT NULL,
    from_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    to_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes         INTEGER      NOT NULL,
    unusual         VARCHAR(5)             -- FAST, SLOW or null when within the usual range
);
CREATE INDEX intd_movement_subject_idx ON intd_movement (subject, subject_key, to_at);
CREATE INDEX intd_movement_pair_idx ON intd_movement (from_post, to_post, minutes);
CREATE INDEX intd_movement_unusual_idx ON intd_movement (unusual, to_at);
CREATE INDEX intd_movement_to_idx ON intd_movement (to_at);

-- The usual travel time between two posts, from the vehicle legs: quartiles and Tukey fences.
CREATE TABLE intd_pair_norm (
    from_post   BIGINT  NOT NULL,
    to_post     BIGINT  NOT NULL,
    legs        INTEGER NOT NULL,
    q1          NUMERIC(12,2) NOT NULL,
    median      NUMERIC(12,2) NOT NULL,
    q3          NUMERIC(12,2) NOT NULL,
    low_fence   NUMERIC(12,2) NOT NULL,
    high_fence  NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (from_post, to_post)
);

-- How far the movement summary has read the inspections and persons.
CREATE TABLE intd_analysis_state (
    name            VARCHAR(40) PRIMARY KEY,
    last_inspection BIGINT      NOT NULL,
    last_person     BIGINT      NOT NULL,
    refreshed_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO intd_analysis_state (name, last_inspection, last_person) VALUES ('movements', 0, 0);

-- The first rule set: weights a targeting analyst starts from and tunes with the hit rates.
INSERT INTO intd_rule_set (version, created_by, agency_code, created_at, note)
VALUES (1, 'system', 'CDC_MOI', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'initial rules');
INSERT INTO intd_rule (version, code, kind, parameter, weight, enabled, description) VALUES
 (1, 'LOOKOUT', 'ACTIVE_LOOKOUT', '', 50, TRUE, 'plate or person on an active lookout reaching this post'),
 (1, 'PLATE_SEIZED_BEFORE', 'PLATE_PRIOR_SEIZURE', '', 40, TRUE, 'a seizure was made from this vehicle before'),
 (1, 'PERSON_SEIZED_BEFORE', 'PERSON_PRIOR_SEIZURE', '', 40, TRUE, 'a traveller was on an inspection that ended in a seizure'),
 (1, 'TRAVEL_TIME', 'TRAVEL_TIME_ANOMALY', '', 25, TRUE, 'time since the previous post is outside the usual range'),
 (1, 'ROUTE_SEIZURES', 'ROUTE_PRIOR_SEIZURES', '2', 15, TRUE, 'at least N seizures in the last year on this declared route'),
 (1, 'CONCEALMENT', 'CONCEALMENT_PATTERN', '2', 20, TRUE, 'the cargo matches a concealment used in at least N seizures in the last year'),
 (1, 'FREQUENT', 'PLATE_FREQUENT', '8', 10, TRUE, 'vehicle seen at least N times at the posts in the last 30 days'),
 (1, 'ORIGIN', 'DECLARED_ORIGIN', 'Osh, Dushanbe, Khorog, Karakol, Tokmok', 15, TRUE, 'declared origin near a production or trafficking area'),
 (1, 'CARGO', 'CARGO_WORDS', 'onions, melons, dried fruit, fruit and vegetables', 10, TRUE, 'perishable cargo often used as cover'),
 (1, 'PLATE_COUNTRY', 'PLATE_COUNTRY', 'KG, TJ, AF', 10, TRUE, 'vehicle registered in a transit country');
