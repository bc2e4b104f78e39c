-- A watchlist hit keeps the screening explanation as facts (JSON of the engine's parts and
-- evidence), so the post's page words it in the reader's language; the English text stays for
-- the record and the API. Older hits have none and show their English text.
ALTER TABLE intd_hit ADD COLUMN explanation_facts VARCHAR(8000);
