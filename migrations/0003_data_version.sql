-- A counter moved forward by every change to the data scores rest on, so a scored response can
-- be cached by it and answered with 304 Not Modified while it stands. It is kept by triggers, so
-- no write path, import or other process can forget it. PRAGMA data_version would not do: it
-- only notices commits from other connections, and the server writes on the one it reads from.

CREATE TABLE data_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE TRIGGER missions_insert_data_version AFTER INSERT ON missions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER missions_update_data_version AFTER UPDATE ON missions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER missions_delete_data_version AFTER DELETE ON missions
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_targets_insert_data_version AFTER INSERT ON mission_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_targets_update_data_version AFTER UPDATE ON mission_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_targets_delete_data_version AFTER DELETE ON mission_targets
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_kpi_weights_insert_data_version AFTER INSERT ON mission_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_kpi_weights_update_data_version AFTER UPDATE ON mission_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER mission_kpi_weights_delete_data_version AFTER DELETE ON mission_kpi_weights
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_insert_data_version AFTER INSERT ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_update_data_version AFTER UPDATE ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_delete_data_version AFTER DELETE ON assessments
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_values_insert_data_version AFTER INSERT ON assessment_values
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_values_update_data_version AFTER UPDATE ON assessment_values
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_values_delete_data_version AFTER DELETE ON assessment_values
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_challenges_insert_data_version AFTER INSERT ON assessment_challenges
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_challenges_update_data_version AFTER UPDATE ON assessment_challenges
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_challenges_delete_data_version AFTER DELETE ON assessment_challenges
  BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
