-- A creating API call with an Idempotency-Key, and the answer it got: a client retrying after a
-- time-out gets the same answer again and nothing is created twice. Kept for a day.
CREATE TABLE web_idempotent_request (
    username      VARCHAR(100)  NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    endpoint      VARCHAR(300)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        INTEGER,
    location      VARCHAR(500),
    body          TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, idem_key, endpoint)
);
CREATE INDEX web_idempotent_request_created ON web_idempotent_request (created_at);
