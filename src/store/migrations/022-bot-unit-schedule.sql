-- The reading index also carries a recurring duty's schedule (its rule, and its start: the spec's
-- start, else the document date), so "my units' recurring duties" is read from the index alone
-- rather than a lookup in obligations and documents per duty.
ALTER TABLE bot_unit_due ADD COLUMN rrule TEXT;
ALTER TABLE bot_unit_due ADD COLUMN start TEXT;

UPDATE bot_unit_due SET
  rrule = (SELECT o.rrule FROM obligations o WHERE o.id = bot_unit_due.obligation_id),
  start = (SELECT coalesce(o.start, d.issued) FROM obligations o JOIN documents d ON d.id = o.document_id WHERE o.id = bot_unit_due.obligation_id)
WHERE kind = 'recurring';

DROP TRIGGER bot_unit_due_unit_added;
CREATE TRIGGER bot_unit_due_unit_added AFTER INSERT ON obligation_units
BEGIN
  INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id, rrule, start)
    SELECT NEW.unit, coalesce(o.due, ''), o.kind, o.id, o.rrule,
           CASE WHEN o.kind = 'recurring' THEN coalesce(o.start, (SELECT issued FROM documents WHERE id = o.document_id)) END
    FROM obligations o
    WHERE o.id = NEW.obligation_id AND o.withdrawn_at IS NULL;
END;

DROP TRIGGER bot_unit_due_obligation_changed;
CREATE TRIGGER bot_unit_due_obligation_changed AFTER UPDATE OF due, kind, rrule, start, document_id, withdrawn_at ON obligations
BEGIN
  DELETE FROM bot_unit_due WHERE obligation_id = NEW.id;
  INSERT OR IGNORE INTO bot_unit_due (unit, due, kind, obligation_id, rrule, start)
    SELECT u.unit, coalesce(NEW.due, ''), NEW.kind, NEW.id, NEW.rrule,
           CASE WHEN NEW.kind = 'recurring' THEN coalesce(NEW.start, (SELECT issued FROM documents WHERE id = NEW.document_id)) END
    FROM obligation_units u
    WHERE u.obligation_id = NEW.id AND NEW.withdrawn_at IS NULL;
END;
