-- Each user's home page arrangement: which panels, in which order, shown or hidden.
CREATE TABLE wsp_home_panel (
    account_id  BIGINT      NOT NULL,
    panel_id    VARCHAR(60) NOT NULL,
    position    INTEGER     NOT NULL,
    visible     BOOLEAN     NOT NULL,
    PRIMARY KEY (account_id, panel_id)
);
