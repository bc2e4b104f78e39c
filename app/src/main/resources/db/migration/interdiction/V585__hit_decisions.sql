-- An inspection logged "cleared" although screening or a lookout hit: the officer decides, and
-- the decision is kept (keep it cleared, with the reason, or change the result).
CREATE TABLE intd_hit_decision (
    inspection_id  BIGINT       PRIMARY KEY REFERENCES intd_inspection(id),
    result_before  VARCHAR(10)  NOT NULL,
    result_after   VARCHAR(10)  NOT NULL,
    note           VARCHAR(1000),
    decided_by     VARCHAR(100) NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
