-- The search box's person hits (InterdictionSearch.personHits) count, per name key and birth
-- date, how often a person was inspected at the user's posts and when last: for a common name
-- ("Omarov") that is tens of thousands of intd_person rows. With the index on (name_key,
-- birth_date) alone PostgreSQL fetched every one of those rows from the table, scattered over
-- the year's pages. Holding post_id, inspected_at and name in the index lets it answer from the
-- index alone. It begins with the old index's columns, so it serves its look-ups too and
-- replaces it. (A plain key rather than INCLUDE, which H2 does not take.)
CREATE INDEX IF NOT EXISTS intd_person_name_seen_idx ON intd_person (name_key, birth_date, post_id, inspected_at, name);
DROP INDEX IF EXISTS intd_person_name_idx;
