-- The results framework: indicators per program, a target per fiscal year, and the values
-- entered by hand (with their review) for indicators no module records. Actuals of every other
-- indicator are computed from the records of the module that keeps them, never stored here.

CREATE TABLE res_indicator (
    id              BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    program_code    VARCHAR(40)   NOT NULL,   -- the program office's code, e.g. KZ-CN
    code            VARCHAR(40)   NOT NULL UNIQUE,
    measure         VARCHAR(40)   NOT NULL,   -- what the actual counts, or MANUAL
    scope           VARCHAR(40),              -- narrows the measure, e.g. CHECKPOINT or CROSSING
    unit            VARCHAR(20)   NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    name_ru         VARCHAR(300),
    name_kk         VARCHAR(300),
    definition_en   VARCHAR(2000) NOT NULL,
    definition_ru   VARCHAR(2000),
    definition_kk   VARCHAR(2000),
    baseline        NUMERIC(18,3),
    baseline_year   INTEGER,
    cost_per_unit   BOOLEAN       DEFAULT FALSE NOT NULL,  -- show funding divided by the actual
    on_factsheet    BOOLEAN       DEFAULT FALSE NOT NULL,  -- a public aggregate for the fact sheet
    sort_order      INTEGER       NOT NULL,
    illustrative    BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE INDEX res_indicator_program ON res_indicator (program_code, sort_order);

CREATE TABLE res_target (
    indicator_id    BIGINT        NOT NULL REFERENCES res_indicator(id),
    fiscal_year     INTEGER       NOT NULL,
    target          NUMERIC(18,3) NOT NULL,
    set_by          VARCHAR(100)  NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_id, fiscal_year)
);

-- A value typed in by one program-office user and approved or rejected by another. The actual
-- of a year is its latest approved value; pending and rejected values never count.
CREATE TABLE res_manual_value (
    id              BIGINT        DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    indicator_id    BIGINT        NOT NULL REFERENCES res_indicator(id),
    fiscal_year     INTEGER       NOT NULL,
    amount          NUMERIC(18,3) NOT NULL,
    note            VARCHAR(1000),
    status          VARCHAR(10)   NOT NULL,   -- PENDING, APPROVED, REJECTED
    entered_by      VARCHAR(100)  NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by     VARCHAR(100),
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    review_note     VARCHAR(1000),
    illustrative    BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE INDEX res_manual_value_indicator ON res_manual_value (indicator_id, fiscal_year);
CREATE INDEX res_manual_value_status ON res_manual_value (status);
