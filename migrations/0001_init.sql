-- CPEA initial schema. Forward only: never edit once landed; add 0002_... instead.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE missions (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  acronym           TEXT NOT NULL,
  country           TEXT NOT NULL,
  areas             TEXT NOT NULL DEFAULT '[]',    -- JSON array of admin-1 names
  mission_type      TEXT NOT NULL,
  lead_organisation TEXT NOT NULL,
  partners          TEXT NOT NULL DEFAULT '[]',    -- JSON array
  setting           TEXT NOT NULL,
  multi_ethnic      INTEGER NOT NULL DEFAULT 0 CHECK (multi_ethnic IN (0, 1)),
  mandate           TEXT NOT NULL DEFAULT '',
  start_date        TEXT NOT NULL,
  end_date          TEXT,
  period_type       TEXT NOT NULL DEFAULT 'quarter' CHECK (period_type IN ('quarter', 'month')),
  archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  illustrative      INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

CREATE TABLE mission_targets (
  mission_id   INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  indicator_id TEXT NOT NULL,
  baseline     REAL,
  target       REAL,
  weight       REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
  PRIMARY KEY (mission_id, indicator_id)
) WITHOUT ROWID;

CREATE TABLE mission_kpi_weights (
  mission_id INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  kpi_id     TEXT NOT NULL,
  weight     REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (mission_id, kpi_id)
) WITHOUT ROWID;

CREATE TABLE assessments (
  id             INTEGER PRIMARY KEY,
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
CREATE INDEX assessments_mission_ordinal ON assessments (mission_id, period_ordinal);

-- A missing row means "not measured"; a value is never stored as a stand-in zero.
CREATE TABLE assessment_values (
  assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  indicator_id  TEXT NOT NULL,
  value         REAL NOT NULL,
  provenance    TEXT NOT NULL CHECK (provenance IN ('manual', 'csv', 'ucdp_ged')),
  PRIMARY KEY (assessment_id, indicator_id)
) WITHOUT ROWID;

CREATE TABLE assessment_challenges (
  assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  challenge_id  TEXT NOT NULL,
  severity      INTEGER CHECK (severity BETWEEN 0 AND 4),
  note          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, challenge_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  before    TEXT,
  after     TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
