-- The search box: the screening engine's key of each party name part (see FinintelSearch and
-- workspace NameIndex), filled by the application from fin_party by id; and account numbers
-- looked up without their bank.
CREATE TABLE fin_search_name (
    source      VARCHAR(20)  NOT NULL,
    token       VARCHAR(100) NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    person_key  VARCHAR(300) NOT NULL,
    PRIMARY KEY (source, token, ref)
);
CREATE INDEX fin_search_name_person ON fin_search_name (source, person_key);

CREATE TABLE fin_search_mark (
    source   VARCHAR(20) PRIMARY KEY,
    last_id  BIGINT      NOT NULL
);

CREATE INDEX fin_account_number ON fin_account (account_no);
