-- Missions and custom indicators carry a version, as assessments do: every write bumps it, and
-- an update names the version it was based on, so two admins editing at once cannot silently
-- overwrite each other (a stale version is refused).
ALTER TABLE missions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE custom_indicators ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
