-- The movement pages read the legs of a period for one kind of subject and the posts of one
-- agency: one index holding every column they read lets PostgreSQL answer from the index alone.
DROP INDEX intd_movement_to_idx;
DROP INDEX intd_movement_unusual_idx;
CREATE INDEX intd_movement_period_idx ON intd_movement (subject, to_at, from_post, to_post, unusual, subject_key);
