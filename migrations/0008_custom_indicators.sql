-- Indicators an admin adds to the catalog: for one mission, or for every mission when
-- mission_id is null. Values are stored in assessment_values under the slug, like a standard
-- indicator's. One with values is retired (retired_at), never deleted, so its history stays.
CREATE TABLE custom_indicators (
  id           INTEGER PRIMARY KEY,
  slug         TEXT NOT NULL UNIQUE,
  mission_id   INTEGER REFERENCES missions (id) ON DELETE CASCADE,
  name_en      TEXT NOT NULL,
  name_fr      TEXT NOT NULL,
  kpi_id       TEXT NOT NULL,
  unit         TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rating_1_5', 'number')),
  -- For the unit 'number' only: what it is counted in and the values it admits.
  unit_label   TEXT,
  min_value    REAL,
  max_value    REAL,
  direction    TEXT NOT NULL CHECK (direction IN ('lower_is_better', 'higher_is_better')),
  kind         TEXT NOT NULL CHECK (kind IN ('outcome', 'output')),
  help_en      TEXT NOT NULL DEFAULT '',
  help_fr      TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  retired_at   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX custom_indicators_mission ON custom_indicators (mission_id);
CREATE INDEX assessment_values_indicator ON assessment_values (indicator_id);

-- An indicator's KPI, unit or direction moves scores: cached scores must not outlive a change.
CREATE TRIGGER custom_indicators_insert_data_version AFTER INSERT ON custom_indicators
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER custom_indicators_update_data_version AFTER UPDATE ON custom_indicators
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER custom_indicators_delete_data_version AFTER DELETE ON custom_indicators
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
