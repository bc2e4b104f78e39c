-- API tokens expire and carry a scope ('read:*', 'write:finintel,trafficking', ...). Tokens made
-- before keep what they could do ('write:*') and expire 90 days after this upgrade, so the
-- scripts using them keep working while their owners replace them.
ALTER TABLE idn_api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE idn_api_token ADD COLUMN scope VARCHAR(300) DEFAULT 'write:*' NOT NULL;
UPDATE idn_api_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY WHERE expires_at IS NULL;
ALTER TABLE idn_api_token ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE idn_api_token ALTER COLUMN scope DROP DEFAULT;

-- Raised when the password changes or is reset: sessions signed in under an older value end.
ALTER TABLE idn_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
