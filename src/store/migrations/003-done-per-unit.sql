-- Completion is per unit: each unit reports its own done (a member of a group lead, such as one
-- provincial unit of 省级单位, for itself only). `unit` is the canonical name of the unit that reported
-- it; '*' closes the occurrence for every unit (a done from before this migration, or an admin's).
CREATE TABLE done_reports (
  obligation_id TEXT NOT NULL REFERENCES obligations(id),
  occurrence    TEXT NOT NULL,         -- the occurrence's due date, YYYY-MM-DD
  unit          TEXT NOT NULL DEFAULT '*',
  done_by       TEXT NOT NULL,
  done_at       TEXT NOT NULL,         -- ISO instant
  PRIMARY KEY (obligation_id, occurrence, unit)
) WITHOUT ROWID;
INSERT INTO done_reports (obligation_id, occurrence, unit, done_by, done_at)
  SELECT obligation_id, occurrence, '*', done_by, done_at FROM done_occurrences;
DROP TABLE done_occurrences;
ALTER TABLE done_reports RENAME TO done_occurrences;
