-- Trafficking in persons: victim cases aligned with IOM's Human Trafficking Case Data Standard.
-- Columns ending in _enc hold AES-256-GCM ciphertext ("v1:<key id>:<base64>"), never plaintext;
-- every other column holds codes, dates of events or bookkeeping, nothing that names a person.

CREATE TABLE tip_case (
  id                     BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
  reference              VARCHAR(30)  NOT NULL UNIQUE,
  agency_code            VARCHAR(40)  NOT NULL,
  status                 VARCHAR(20)  NOT NULL,
  illustrative           BOOLEAN      NOT NULL DEFAULT FALSE,
  consent_given          BOOLEAN      NOT NULL,
  consent_date           DATE,
  consent_withdrawn_on   DATE,
  identified_on          DATE         NOT NULL,
  registration_year      INT          NOT NULL,
  assessment             VARCHAR(20)  NOT NULL,
  gender                 VARCHAR(30)  NOT NULL,
  age_at_identification  INT,
  citizenship            VARCHAR(2),
  recruiter_relationship VARCHAR(30),
  given_name_enc         VARCHAR(2000),
  family_name_enc        VARCHAR(2000),
  birth_date_enc         VARCHAR(500),
  document_number_enc    VARCHAR(1000),
  contact_enc            VARCHAR(4000),
  interview_place_enc    VARCHAR(2000),
  notes_enc              VARCHAR(20000),
  created_by             VARCHAR(100) NOT NULL,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tip_case_agency ON tip_case (agency_code, status);

-- Multi-select picklists of the standard: methods of recruitment, methods of control, types of
-- exploitation.
CREATE TABLE tip_case_code (
  case_id BIGINT      NOT NULL REFERENCES tip_case (id),
  kind    VARCHAR(30) NOT NULL,
  code    VARCHAR(40) NOT NULL,
  PRIMARY KEY (case_id, kind, code)
);

-- The answers of the identification interview, one row per indicator asked.
CREATE TABLE tip_indicator_answer (
  case_id   BIGINT      NOT NULL REFERENCES tip_case (id),
  indicator VARCHAR(40) NOT NULL,
  answer    VARCHAR(10) NOT NULL,
  PRIMARY KEY (case_id, indicator)
);

-- Historic trafficking events: recruitment, transit, exploitation.
CREATE TABLE tip_event (
  id              BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
  case_id         BIGINT      NOT NULL REFERENCES tip_case (id),
  kind            VARCHAR(20) NOT NULL,
  event_date      DATE        NOT NULL,
  country         VARCHAR(2),
  place_enc       VARCHAR(2000),
  description_enc VARCHAR(20000),
  created_by      VARCHAR(100) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tip_event_case ON tip_event (case_id);

-- Referrals to assistance, with the history of their status.
CREATE TABLE tip_referral (
  id           BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
  case_id      BIGINT       NOT NULL REFERENCES tip_case (id),
  service      VARCHAR(30)  NOT NULL,
  provider_enc VARCHAR(2000),
  status       VARCHAR(20)  NOT NULL,
  referred_on  DATE         NOT NULL,
  responsible  VARCHAR(100) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tip_referral_case ON tip_referral (case_id);
CREATE INDEX tip_referral_responsible ON tip_referral (responsible, status);

CREATE TABLE tip_referral_status (
  id          BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
  referral_id BIGINT       NOT NULL REFERENCES tip_referral (id),
  status      VARCHAR(20)  NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by  VARCHAR(100) NOT NULL,
  note_enc    VARCHAR(20000)
);
CREATE INDEX tip_referral_status_referral ON tip_referral_status (referral_id);

-- Links to suspects and to interdiction or financial cases, as reference strings only.
CREATE TABLE tip_link (
  id            BIGINT DEFAULT nextval('kuzet_seq') PRIMARY KEY,
  case_id       BIGINT       NOT NULL REFERENCES tip_case (id),
  kind          VARCHAR(30)  NOT NULL,
  reference_enc VARCHAR(2000) NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tip_link_case ON tip_link (case_id);
