-- Personal API tokens: only the SHA-256 of the token is stored; the token itself is shown once.
CREATE TABLE idn_api_token (
    id            BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES idn_account(id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    hint          VARCHAR(12)  NOT NULL,  -- the first characters, so a person can tell tokens apart
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idn_api_token_account ON idn_api_token(account_id);

-- Where a federated account waits until an administrator assigns its real agency.
INSERT INTO idn_agency (code, name_en, name_ru, name_kk, country, kind) VALUES
 ('UNASSIGNED', 'Not yet assigned', 'Ещё не назначено', 'Әлі тағайындалмаған', 'ZZ', 'NONE');
