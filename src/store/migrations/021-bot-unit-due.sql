-- The bot's reading index: which live obligations a unit has, by due date. "/upcoming for my units"
-- is a range on (unit, due) here instead of every obligation of the unit looked up one by one
-- (tens of thousands at a million obligations). Kept by triggers on the ledger's own tables, so the
-- import code needs no change and the index cannot drift from what it indexes.
CREATE TABLE bot_unit_due (
  unit          TEXT NOT NULL,          -- as in obligation_units (normalised, not resolved)
  due           TEXT NOT NULL,          -- YYYY-MM-DD; '' for recurring and sla obligations
  kind          TEXT NOT NULL,
  obligation_id TEXT NOT NULL,
  PRIMARY KEY (unit, due, obligation_id)
) WITHOUT ROWID;
CREATE INDEX bot_unit_due_obligation ON bot_unit_due(obligation_id);

INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id)
  SELECT u.unit, coalesce(o.due, ''), o.kind, o.id
  FROM obligation_units u JOIN obligations o ON o.id = u.obligation_id
  WHERE o.withdrawn_at IS NULL;

CREATE TRIGGER bot_unit_due_unit_added AFTER INSERT ON obligation_units
BEGIN
  INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id)
    SELECT NEW.unit, coalesce(o.due, ''), o.kind, o.id FROM obligations o
    WHERE o.id = NEW.obligation_id AND o.withdrawn_at IS NULL;
END;

-- A unit named twice on one obligation (lead and co) stays until both rows are gone.
CREATE TRIGGER bot_unit_due_unit_removed AFTER DELETE ON obligation_units
WHEN NOT EXISTS (SELECT 1 FROM obligation_units WHERE obligation_id = OLD.obligation_id AND unit = OLD.unit)
BEGIN
  DELETE FROM bot_unit_due WHERE obligation_id = OLD.obligation_id AND unit = OLD.unit;
END;

CREATE TRIGGER bot_unit_due_obligation_changed AFTER UPDATE OF due, kind, withdrawn_at ON obligations
BEGIN
  DELETE FROM bot_unit_due WHERE obligation_id = NEW.id;
  INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id)
    SELECT u.unit, coalesce(NEW.due, ''), NEW.kind, NEW.id FROM obligation_units u
    WHERE u.obligation_id = NEW.id AND NEW.withdrawn_at IS NULL;
END;

CREATE TRIGGER bot_unit_due_obligation_deleted AFTER DELETE ON obligations
BEGIN
  DELETE FROM bot_unit_due WHERE obligation_id = OLD.id;
END;
