-- Watchlists screened against: one row per list (UN, OFAC, national lists).
CREATE TABLE wl_list (
    id           BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    name         VARCHAR(40)  NOT NULL UNIQUE,
    format       VARCHAR(20)  NOT NULL,  -- UN_XML, OFAC_CSV, NATIONAL_CSV
    description  VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every uploaded version of a list. At most one per list is ACTIVE; the engine is rebuilt from
-- the active versions' source files on start-up, so they are kept byte for byte.
CREATE TABLE wl_version (
    id             BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    list_id        BIGINT       NOT NULL REFERENCES wl_list(id),
    seq_no         INTEGER      NOT NULL,  -- 1, 2, 3 ... within the list
    sha256         CHAR(64)     NOT NULL,  -- the engine's list version: SHA-256 of the source
    source_name    VARCHAR(300) NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_count    INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,  -- STAGED, ACTIVE, RETIRED
    compared_with  BIGINT       REFERENCES wl_version(id),
    added_count    INTEGER      NOT NULL,
    changed_count  INTEGER      NOT NULL,
    removed_count  INTEGER      NOT NULL,
    activated_by   VARCHAR(100),
    activated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT wl_version_sha UNIQUE (list_id, sha256),
    CONSTRAINT wl_version_seq UNIQUE (list_id, seq_no)
);
CREATE INDEX wl_version_status ON wl_version(status);

-- The source files of a version (UN: xml; OFAC: sdn, alt, add, comments; national: csv).
CREATE TABLE wl_version_file (
    version_id  BIGINT       NOT NULL REFERENCES wl_version(id) ON DELETE CASCADE,
    part        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(300) NOT NULL,
    content     BYTEA        NOT NULL,
    PRIMARY KEY (version_id, part)
);

-- What a version added, changed and removed compared with the version active when it came in.
CREATE TABLE wl_version_change (
    id          BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    version_id  BIGINT        NOT NULL REFERENCES wl_version(id) ON DELETE CASCADE,
    kind        VARCHAR(10)   NOT NULL,  -- ADDED, CHANGED, REMOVED
    entry_id    VARCHAR(100)  NOT NULL,
    entry_name  VARCHAR(500)  NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX wl_version_change_by_version ON wl_version_change(version_id, kind);

-- A batch screening of an uploaded CSV: progress while it runs, the result file when done.
-- Only its owner (account and agency) may read it.
CREATE TABLE wl_batch (
    id                BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    owner_account_id  BIGINT        NOT NULL,
    owner_username    VARCHAR(100)  NOT NULL,
    owner_agency      VARCHAR(40)   NOT NULL,
    file_name         VARCHAR(300)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,  -- RUNNING, DONE, FAILED
    total_rows        INTEGER       NOT NULL,
    done_rows         INTEGER       NOT NULL,
    hit_rows          INTEGER       NOT NULL,
    error_rows        INTEGER       NOT NULL,
    list_versions     VARCHAR(2000),
    failure           VARCHAR(1000),
    result_csv        BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX wl_batch_owner ON wl_batch(owner_account_id);

CREATE TABLE wl_batch_error (
    batch_id  BIGINT        NOT NULL REFERENCES wl_batch(id) ON DELETE CASCADE,
    line      INTEGER       NOT NULL,
    message   VARCHAR(500)  NOT NULL,
    PRIMARY KEY (batch_id, line)
);
