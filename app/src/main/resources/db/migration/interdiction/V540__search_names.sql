-- The search box's name map (see InterdictionSearch and workspace NameIndex): the screening
-- engine's key of each name part, and what it leads to — an intd_person.name_key (source
-- 'person'), a seizure arrest id ('arrest') or a lookout id ('lookout'). Filled and kept up to
-- date by the application from the source tables, by id.
CREATE TABLE intd_search_name (
    source      VARCHAR(20)  NOT NULL,
    token       VARCHAR(100) NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    person_key  VARCHAR(300) NOT NULL,
    PRIMARY KEY (source, token, ref)
);
CREATE INDEX intd_search_name_person_idx ON intd_search_name (source, person_key);

-- How far each source has been read (its highest id indexed).
CREATE TABLE intd_search_mark (
    source   VARCHAR(20) PRIMARY KEY,
    last_id  BIGINT      NOT NULL
);
