-- The search box: the screening engine's key of each trainee name part (see TrainingSearch and
-- workspace NameIndex), filled by the application from trn_trainee by id.
CREATE TABLE trn_search_name (
    source      VARCHAR(20)  NOT NULL,
    token       VARCHAR(100) NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    person_key  VARCHAR(300) NOT NULL,
    PRIMARY KEY (source, token, ref)
);
CREATE INDEX trn_search_name_person ON trn_search_name (source, person_key);

CREATE TABLE trn_search_mark (
    source   VARCHAR(20) PRIMARY KEY,
    last_id  BIGINT      NOT NULL
);

CREATE INDEX trn_trainee_service_number ON trn_trainee (service_number);
