-- A mission's conflict-event series: per period, what a UCDP GED file counts in the mission's
-- country (and areas), over the whole span the file covers, before and after the mission's
-- dates. A row is a period the file held whole: a row of zeros is a period without events, an
-- absent row a period no file has covered. A later file replaces the periods it covers and
-- leaves the others.

CREATE TABLE event_series (
  mission_id       INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  period           TEXT NOT NULL,
  -- Orders periods in SQL: year × 4 + quarter − 1, or year × 12 + month − 1.
  period_ordinal   INTEGER NOT NULL,
  events           INTEGER NOT NULL CHECK (events >= 0),
  -- Sums of UCDP's own estimates of the deaths: best, low and high. Low, high and the counts by
  -- type are null when the file had no such column (a hand-made extract), never 0.
  best             INTEGER NOT NULL CHECK (best >= 0),
  low              INTEGER CHECK (low >= 0),
  high             INTEGER CHECK (high >= 0),
  deaths_civilians INTEGER NOT NULL CHECK (deaths_civilians >= 0),
  -- Events by type_of_violence: 1 state-based, 2 non-state, 3 one-sided.
  state_based      INTEGER CHECK (state_based >= 0),
  non_state        INTEGER CHECK (non_state >= 0),
  one_sided        INTEGER CHECK (one_sided >= 0),
  -- The GED version of the file the period came from; null when the file did not say.
  ged_version      TEXT,
  imported_at      TEXT NOT NULL,
  PRIMARY KEY (mission_id, period)
) WITHOUT ROWID;
CREATE INDEX event_series_mission_ordinal ON event_series (mission_id, period_ordinal);
