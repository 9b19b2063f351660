-- migrate: foreign keys off
-- Published scores, and assessment ids that are never reused.
--
-- An approved assessment's score is stored as computed when it was approved, with the settings
-- it was scored under, so a number once quoted does not move when baselines, targets or other
-- assessments change. Reopening removes the row; approving again writes a new one.
--
-- The assessments table is rebuilt with AUTOINCREMENT (SQLite's documented rebuild: new table,
-- copy, drop, rename, with foreign keys off so the drop does not cascade into values,
-- challenges or published scores), so a deleted assessment's id never names another one.

CREATE TABLE assessments_lasting_ids (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  mission_id     INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  period         TEXT NOT NULL,
  -- Orders and filters periods in SQL: year × 4 + quarter − 1, or year × 12 + month − 1.
  period_ordinal INTEGER NOT NULL,
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  achievements   TEXT NOT NULL DEFAULT '',
  setbacks       TEXT NOT NULL DEFAULT '',
  lessons        TEXT NOT NULL DEFAULT '',
  author_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (mission_id, period)
);
INSERT INTO assessments_lasting_ids
  (id, mission_id, period, period_ordinal, status, achievements, setbacks, lessons, author_id, version, created_at, updated_at)
  SELECT id, mission_id, period, period_ordinal, status, achievements, setbacks, lessons, author_id, version, created_at, updated_at
  FROM assessments;
DROP TABLE assessments;
ALTER TABLE assessments_lasting_ids RENAME TO assessments;
CREATE INDEX assessments_mission_ordinal ON assessments (mission_id, period_ordinal);

-- Ids deleted before this migration are known only from the audit trail: start above them too.
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'assessments', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'assessments');
UPDATE sqlite_sequence
  SET seq = max(seq, (SELECT coalesce(max(entity_id), 0) FROM audit_log WHERE entity = 'assessment'))
  WHERE name = 'assessments';

-- Dropping the old table dropped its triggers (0003).
CREATE TRIGGER assessments_insert_data_version AFTER INSERT ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_update_data_version AFTER UPDATE ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_delete_data_version AFTER DELETE ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TABLE published_scores (
  assessment_id       INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
  score               TEXT NOT NULL,   -- JSON: overall, band, completeness, KPI and indicator scores, flags
  settings            TEXT NOT NULL,   -- JSON: the baselines, targets and weights it was scored under
  settings_version_id INTEGER,         -- the baseline/target version used, once settings are versioned
  methodology_version TEXT NOT NULL,
  published_at        TEXT NOT NULL,
  published_by        INTEGER REFERENCES users (id) ON DELETE SET NULL
);

CREATE TRIGGER published_scores_insert_data_version AFTER INSERT ON published_scores
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER published_scores_update_data_version AFTER UPDATE ON published_scores
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER published_scores_delete_data_version AFTER DELETE ON published_scores
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
