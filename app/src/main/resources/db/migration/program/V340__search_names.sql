-- The search box: the screening engine's key of each word of a project's code and title (see
-- ProgramSearch and workspace NameIndex), filled by the application from prog_project.
CREATE TABLE prog_search_name (
    source      VARCHAR(20)  NOT NULL,
    token       VARCHAR(100) NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    person_key  VARCHAR(300) NOT NULL,
    PRIMARY KEY (source, token, ref)
);
CREATE INDEX prog_search_name_person ON prog_search_name (source, person_key);

CREATE TABLE prog_search_mark (
    source   VARCHAR(20) PRIMARY KEY,
    last_id  BIGINT      NOT NULL
);
