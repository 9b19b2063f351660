-- Frozen comparison reports: the payload exactly as it was built, so a report once shared can
-- be read again unchanged and set beside the same comparison built from today's data.

CREATE TABLE frozen_reports (
  id                  INTEGER PRIMARY KEY,
  title               TEXT NOT NULL,
  parameters          TEXT NOT NULL,   -- JSON: the comparison query (missions, from, to, approvedOnly)
  payload             TEXT NOT NULL,   -- JSON: the comparison report as built at created_at
  methodology_version TEXT NOT NULL,
  created_by          INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at          TEXT NOT NULL
);
CREATE INDEX frozen_reports_created_at ON frozen_reports (created_at);
