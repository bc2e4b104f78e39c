-- The search box for TIP caseworkers (see TraffickingSearch): victims' names are encrypted, so
-- each name part is indexed as a keyed search token, HMAC-SHA256 of the screening engine's key of
-- the part under a key derived from the ring's key `key_id`. No name is stored here.
CREATE TABLE tip_search_token (
    key_id   VARCHAR(32) NOT NULL,
    token    CHAR(64)    NOT NULL,
    case_id  BIGINT      NOT NULL,
    PRIMARY KEY (key_id, token, case_id)
);

CREATE TABLE tip_search_mark (
    source   VARCHAR(20) PRIMARY KEY,
    last_id  BIGINT      NOT NULL
);
