-- The audit chain becomes keyed (HMAC-SHA256 under a key from configuration). Each entry names
-- the scheme its seal was made with, so entries written before keep their plain SHA-256 and stay
-- verifiable: 'sha256' for those, 'hmac:<key id>' for every entry written from now on.
ALTER TABLE idn_audit ADD COLUMN scheme VARCHAR(40) DEFAULT 'sha256' NOT NULL;
ALTER TABLE idn_audit ALTER COLUMN scheme DROP DEFAULT;
