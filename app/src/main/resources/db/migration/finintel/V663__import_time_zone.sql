-- The zone an import's local times were read in (see ImportZones). Imports made before the zone
-- was kept were read as UTC, so that is what they keep.
ALTER TABLE fin_import ADD COLUMN time_zone VARCHAR(40) DEFAULT 'UTC' NOT NULL;
