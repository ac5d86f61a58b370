-- Completion is per unit (migration 3): a /done's note belongs to the unit that reported it.
CREATE TABLE bot_done_notes_by_unit (
  obligation_id TEXT NOT NULL,
  occurrence    TEXT NOT NULL,
  unit          TEXT NOT NULL DEFAULT '*',
  note          TEXT NOT NULL,
  PRIMARY KEY (obligation_id, occurrence, unit)
) WITHOUT ROWID;
INSERT INTO bot_done_notes_by_unit (obligation_id, occurrence, unit, note)
  SELECT obligation_id, occurrence, '*', note FROM bot_done_notes;
DROP TABLE bot_done_notes;
ALTER TABLE bot_done_notes_by_unit RENAME TO bot_done_notes;
