-- One sequence for the whole application: ids never collide across modules.
CREATE SEQUENCE kuzet_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE idn_agency (
    code        VARCHAR(40)  PRIMARY KEY,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    name_kk     VARCHAR(200) NOT NULL,
    country     CHAR(2)      NOT NULL,
    kind        VARCHAR(20)  NOT NULL  -- LAW_ENFORCEMENT, TRAINING, DONOR, PARTNER
);

CREATE TABLE idn_account (
    id              BIGINT       DEFAULT nextval('kuzet_seq') PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(200),
    agency_code     VARCHAR(40)  NOT NULL REFERENCES idn_agency(code),
    status          VARCHAR(20)  NOT NULL,  -- ACTIVE, PENDING, DISABLED
    password_hash   VARCHAR(200),           -- null for accounts that only sign in through a provider
    failed_attempts INTEGER      DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    locale          VARCHAR(10),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE idn_account_role (
    account_id  BIGINT      NOT NULL REFERENCES idn_account(id) ON DELETE CASCADE,
    role        VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- A person known to an OpenID Connect provider, linked to one account.
CREATE TABLE idn_federated_identity (
    provider    VARCHAR(100) NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    account_id  BIGINT       NOT NULL REFERENCES idn_account(id) ON DELETE CASCADE,
    PRIMARY KEY (provider, subject)
);

-- Append-only and hash-chained: hash = SHA-256 of the previous hash and this row's fields.
CREATE TABLE idn_audit (
    seq          BIGINT       PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    agency_code  VARCHAR(40),
    action       VARCHAR(60)  NOT NULL,
    target_type  VARCHAR(60),
    target_id    VARCHAR(100),
    detail       VARCHAR(2000),
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);
CREATE INDEX idn_audit_actor ON idn_audit(actor);
CREATE INDEX idn_audit_action ON idn_audit(action);

-- The head of the chain: one row, locked while an entry is appended so entries never fork.
CREATE TABLE idn_audit_head (
    id        INTEGER  PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO idn_audit_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

INSERT INTO idn_agency (code, name_en, name_ru, name_kk, country, kind) VALUES
 ('BORDER_GUARDS', 'Border Guards', 'Пограничная служба', 'Шекара қызметі', 'KZ', 'LAW_ENFORCEMENT'),
 ('CDC_MOI', 'Committee on Drug Control, Ministry of Internal Affairs', 'Комитет по борьбе с наркобизнесом и контролю за оборотом наркотиков МВД', 'ІІМ Есірткі бизнесіне қарсы күрес және есірткі айналымын бақылау комитеті', 'KZ', 'LAW_ENFORCEMENT'),
 ('FINANCIAL_POLICE', 'Financial Police', 'Финансовая полиция', 'Қаржы полициясы', 'KZ', 'LAW_ENFORCEMENT'),
 ('PGO', 'Office of the Procurator General', 'Генеральная прокуратура', 'Бас прокуратура', 'KZ', 'LAW_ENFORCEMENT'),
 ('MIGRATION_POLICE', 'Migration Police', 'Миграционная полиция', 'Көші-қон полициясы', 'KZ', 'LAW_ENFORCEMENT'),
 ('MOI_LEGAL_INSTITUTE', 'Legal Institute of the Ministry of Internal Affairs, Karaganda', 'Карагандинский юридический институт МВД', 'ІІМ Қарағанды заң институты', 'KZ', 'TRAINING'),
 ('INL', 'Bureau of International Narcotics and Law Enforcement Affairs', 'Бюро по международным вопросам борьбы с наркотиками и правоохранительной деятельности', 'Есірткіге қарсы және құқық қорғау қызметі жөніндегі халықаралық бюро', 'US', 'DONOR'),
 ('UNODC', 'United Nations Office on Drugs and Crime', 'Управление ООН по наркотикам и преступности', 'БҰҰ Есірткі және қылмыс жөніндегі басқармасы', 'UN', 'PARTNER'),
 ('IOM', 'International Organization for Migration', 'Международная организация по миграции', 'Халықаралық көші-қон ұйымы', 'UN', 'PARTNER');
