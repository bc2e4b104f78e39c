-- The notification center. A notification reaches the users of its audience: holders of one of
-- its roles, of its agency (any agency when NULL), and only its recipient when one is named.
CREATE TABLE wsp_notification (
    id          BIGINT        PRIMARY KEY,
    kind        VARCHAR(40)   NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    link        VARCHAR(500)  NOT NULL,
    recipient   VARCHAR(100),
    agency_code VARCHAR(40),
    source_key  VARCHAR(200)  UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wsp_notification_agency ON wsp_notification (agency_code, id);
CREATE INDEX wsp_notification_recipient ON wsp_notification (recipient, id);

CREATE TABLE wsp_notification_role (
    notification_id BIGINT      NOT NULL REFERENCES wsp_notification (id),
    role            VARCHAR(40) NOT NULL,
    PRIMARY KEY (notification_id, role)
);

-- What each user has done with a notification: opened it (read) or acknowledged it.
CREATE TABLE wsp_notification_state (
    notification_id BIGINT NOT NULL REFERENCES wsp_notification (id),
    account_id      BIGINT NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (notification_id, account_id)
);

-- Per user: the kinds shown on the home page (NULL: all) and "mark all read" as a high-water
-- mark, so marking thousands read is one row.
CREATE TABLE wsp_notification_pref (
    account_id   BIGINT       PRIMARY KEY,
    home_kinds   VARCHAR(400),
    read_through BIGINT       NOT NULL DEFAULT 0
);
