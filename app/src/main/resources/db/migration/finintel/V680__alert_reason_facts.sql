-- The facts a detected alert's reason is made of (the engine's AlertFacts: which sentence and its
-- values), so pages word the reason in the reader's language; the English reason stays for the
-- record, exports and alerts that came without facts.
ALTER TABLE fin_alert ADD COLUMN reason_facts VARCHAR(4000);
