-- Import rewrites every row it sees; refresh the bot's index only when what it holds has changed, so
-- re-importing an unchanged gazette costs the index nothing on the obligations side.
DROP TRIGGER bot_unit_due_obligation_changed;
CREATE TRIGGER bot_unit_due_obligation_changed AFTER UPDATE OF due, kind, rrule, start, document_id, withdrawn_at ON obligations
WHEN OLD.due IS NOT NEW.due OR OLD.kind IS NOT NEW.kind OR OLD.rrule IS NOT NEW.rrule OR OLD.start IS NOT NEW.start
  OR OLD.document_id IS NOT NEW.document_id OR OLD.withdrawn_at IS NOT NEW.withdrawn_at
BEGIN
  DELETE FROM bot_unit_due WHERE obligation_id = NEW.id;
  INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id, rrule, start)
    SELECT u.unit, coalesce(NEW.due, ''), NEW.kind, NEW.id, NEW.rrule,
           CASE WHEN NEW.kind = 'recurring' THEN coalesce(NEW.start, (SELECT issued FROM documents WHERE id = NEW.document_id)) END
    FROM obligation_units u
    WHERE u.obligation_id = NEW.id AND NEW.withdrawn_at IS NULL;
END;

-- A recurring duty naming no start runs from its document's date: follow a corrected date.
CREATE TRIGGER bot_unit_due_document_dated AFTER UPDATE OF issued ON documents
WHEN OLD.issued IS NOT NEW.issued
BEGIN
  UPDATE bot_unit_due SET start = NEW.issued
  WHERE kind = 'recurring' AND obligation_id IN (SELECT id FROM obligations WHERE document_id = NEW.id AND start IS NULL);
END;
