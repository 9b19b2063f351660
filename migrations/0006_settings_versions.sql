-- Versioned baselines and targets.
--
-- A mission's settings (baselines, targets, indicator weights, KPI weights) are kept as
-- versions, each effective from a period until the next one's; a period is scored under the
-- version in force at it. Versions are never changed or removed, so a published score's
-- settings_version_id always names the settings it was computed under.
--
-- Each baseline says where it comes from: 'typed' (a value an admin typed), 'window' (the mean
-- of the approved values in the periods baseline_from..baseline_to, worked out when scoring;
-- drafts and submitted assessments never feed it), or 'first_value' (the mission's first assessed
-- value, in period baseline_from, written down once when the catalog's "first assessed value"
-- default was retired, and never worked out again).
--
-- The settings in force become version 1, effective from the mission's first period. Where a
-- mission relied on the retired default, the value it gave is written into version 1, so no score
-- moves; the audit trail says so for each such mission.

CREATE TABLE settings_versions (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  mission_id        INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  effective_from    TEXT NOT NULL,
  -- Same numbering as assessments.period_ordinal.
  effective_ordinal INTEGER NOT NULL,
  created_at        TEXT NOT NULL,
  created_by        INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX settings_versions_mission ON settings_versions (mission_id, effective_ordinal, id);

CREATE TABLE settings_version_targets (
  version_id      INTEGER NOT NULL REFERENCES settings_versions (id) ON DELETE CASCADE,
  indicator_id    TEXT NOT NULL,
  baseline        REAL,
  baseline_source TEXT NOT NULL DEFAULT 'typed' CHECK (baseline_source IN ('typed', 'window', 'first_value')),
  baseline_from   TEXT,
  baseline_to     TEXT,
  target          REAL,
  weight          REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
  PRIMARY KEY (version_id, indicator_id)
) WITHOUT ROWID;

CREATE TABLE settings_version_kpi_weights (
  version_id INTEGER NOT NULL REFERENCES settings_versions (id) ON DELETE CASCADE,
  kpi_id     TEXT NOT NULL,
  weight     REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (version_id, kpi_id)
) WITHOUT ROWID;

-- Version 1 of every mission, effective from the period of its start date.
INSERT INTO settings_versions (mission_id, effective_from, effective_ordinal, created_at, created_by)
  SELECT id,
    CASE period_type
      WHEN 'month' THEN substr(start_date, 1, 7)
      ELSE printf('%sQ%d', substr(start_date, 1, 4), (CAST(substr(start_date, 6, 2) AS INTEGER) + 2) / 3)
    END,
    CASE period_type
      WHEN 'month' THEN CAST(substr(start_date, 1, 4) AS INTEGER) * 12 + CAST(substr(start_date, 6, 2) AS INTEGER) - 1
      ELSE CAST(substr(start_date, 1, 4) AS INTEGER) * 4 + (CAST(substr(start_date, 6, 2) AS INTEGER) + 2) / 3 - 1
    END,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    NULL
  FROM missions ORDER BY id;

INSERT INTO settings_version_targets (version_id, indicator_id, baseline, target, weight)
  SELECT v.id, t.indicator_id, t.baseline, t.target, t.weight
  FROM mission_targets t JOIN settings_versions v ON v.mission_id = t.mission_id;

-- Every KPI weight explicit: a mission without one had the default, 0.25.
INSERT INTO settings_version_kpi_weights (version_id, kpi_id, weight)
  SELECT v.id, k.kpi_id,
    coalesce((SELECT w.weight FROM mission_kpi_weights w WHERE w.mission_id = v.mission_id AND w.kpi_id = k.kpi_id), 0.25)
  FROM settings_versions v
  CROSS JOIN (SELECT 'violence_reduction' AS kpi_id UNION ALL SELECT 'dispute_resolution'
              UNION ALL SELECT 'local_capacity' UNION ALL SELECT 'civilian_protection') k;

-- The retired default: a count indicator without a baseline took the mission's first assessed
-- value (any status, earliest period). Write that value down where a mission relied on it.
CREATE TEMP TABLE first_values AS
  SELECT v.id AS version_id, v.mission_id, i.indicator_id,
    (SELECT av.value FROM assessments a JOIN assessment_values av ON av.assessment_id = a.id
      WHERE a.mission_id = v.mission_id AND av.indicator_id = i.indicator_id
      ORDER BY a.period_ordinal LIMIT 1) AS value,
    (SELECT a.period FROM assessments a JOIN assessment_values av ON av.assessment_id = a.id
      WHERE a.mission_id = v.mission_id AND av.indicator_id = i.indicator_id
      ORDER BY a.period_ordinal LIMIT 1) AS period
  FROM settings_versions v
  CROSS JOIN (SELECT 'violent_incidents' AS indicator_id UNION ALL SELECT 'conflict_fatalities'
              UNION ALL SELECT 'civilian_casualties') i
  WHERE NOT EXISTS (SELECT 1 FROM settings_version_targets t
                    WHERE t.version_id = v.id AND t.indicator_id = i.indicator_id AND t.baseline IS NOT NULL);
DELETE FROM first_values WHERE value IS NULL;

INSERT INTO settings_version_targets (version_id, indicator_id, baseline, baseline_source, baseline_from, target, weight)
  SELECT version_id, indicator_id, value, 'first_value', period, NULL, 1 FROM first_values WHERE true
  ON CONFLICT (version_id, indicator_id) DO UPDATE
    SET baseline = excluded.baseline, baseline_source = 'first_value', baseline_from = excluded.baseline_from;

INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'update', 'targets', mission_id, NULL,
    json_object(
      'note', 'Baselines written down at migration: the first assessed value the catalog default gave, so no score moves',
      'baselines', json_group_object(indicator_id, json_object('baseline', value, 'period', period)))
  FROM first_values GROUP BY mission_id ORDER BY mission_id;

DROP TABLE first_values;
DROP TABLE mission_targets;
DROP TABLE mission_kpi_weights;

CREATE TRIGGER settings_versions_insert_data_version AFTER INSERT ON settings_versions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_versions_update_data_version AFTER UPDATE ON settings_versions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_versions_delete_data_version AFTER DELETE ON settings_versions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_targets_insert_data_version AFTER INSERT ON settings_version_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_targets_update_data_version AFTER UPDATE ON settings_version_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_targets_delete_data_version AFTER DELETE ON settings_version_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_kpi_weights_insert_data_version AFTER INSERT ON settings_version_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_kpi_weights_update_data_version AFTER UPDATE ON settings_version_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_version_kpi_weights_delete_data_version AFTER DELETE ON settings_version_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
