import type { Obligation } from '../obligation.ts';
import { normaliseUnitName } from '../units/names.ts';
import type { Db } from './db.ts';
import { assignIds, documentKey } from './identity.ts';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

/** What a correction may change; line and page are left out, so a record that only moved is unchanged. */
function contentOf(o: Obligation): string {
  return JSON.stringify([o.expression, o.kind, o.due, o.rrule, o.start, o.within, o.target, o.lead, o.co, o.task, o.doc.title ?? '', o.doc.issued]);
}

/**
 * Stores one gazette's records (all from one source file) in one transaction (a savepoint when the
 * caller already holds one, as `shixian import` does for its whole run). Records already in the
 * ledger are updated in place; those the same source or the same documents held before but this
 * edition does not are marked withdrawn (kept, with their done marks and reminder log). An unchanged
 * record costs one read: rewriting it would fire the bot index's triggers for nothing.
 */
export function importObligations(db: Db, source: string, records: Obligation[], at: Date): ImportReport {
  const now = at.toISOString();
  const withIds = assignIds(records);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, withdrawn: 0 };

  const upsertDocument = db.prepare(
    `INSERT INTO documents (id, number, title, issued, source) VALUES (@id, @number, @title, @issued, @source)
     ON CONFLICT(id) DO UPDATE SET number = excluded.number, title = excluded.title, issued = excluded.issued, source = excluded.source
     WHERE (number, title, issued, source) IS NOT (excluded.number, excluded.title, excluded.issued, excluded.source)`,
  );
  const existing = db.prepare('SELECT content, withdrawn_at, document_id, source, line, page FROM obligations WHERE id = ?');
  // A record that only moved (a re-wrapped edition, another file name) keeps its content and units.
  const move = db.prepare('UPDATE obligations SET document_id = @document_id, source = @source, line = @line, page = @page WHERE id = @id');
  const insert = db.prepare(
    `INSERT INTO obligations (id, document_id, source, line, page, expression, kind, due, rrule, start, within, target, lead, co, task, content, imported_at, updated_at)
     VALUES (@id, @document_id, @source, @line, @page, @expression, @kind, @due, @rrule, @start, @within, @target, @lead, @co, @task, @content, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE obligations SET document_id = @document_id, source = @source, line = @line, page = @page, expression = @expression, kind = @kind,
       due = @due, rrule = @rrule, start = @start, within = @within, target = @target, lead = @lead, co = @co, task = @task,
       content = @content, updated_at = @now,
       withdrawn_at = NULL
     WHERE id = @id`,
  );
  const clearUnits = db.prepare('DELETE FROM obligation_units WHERE obligation_id = ?');
  const addUnit = db.prepare('INSERT OR IGNORE INTO obligation_units (obligation_id, unit, role) VALUES (?, ?, ?)');
  const previous = db.prepare(
    `SELECT id FROM obligations WHERE withdrawn_at IS NULL
       AND (source = ? OR document_id IN (SELECT value FROM json_each(?)))`,
  );
  const withdraw = db.prepare('UPDATE obligations SET withdrawn_at = ? WHERE id = ?');
  const bumpVersion = db.prepare(
    "INSERT INTO scheduler_state (key, value) VALUES ('ledger_version', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
  );

  db.transaction(() => {
    const documentIds = new Set<string>();
    for (const { id, record } of withIds) {
      const documentId = documentKey(record.doc);
      if (!documentIds.has(documentId)) {
        // The ledger keeps a 文号 or title the text does not give as ''.
        upsertDocument.run({ id: documentId, number: record.doc.number ?? '', title: record.doc.title ?? '', issued: record.doc.issued, source });
        documentIds.add(documentId);
      }
      const row = {
        id,
        document_id: documentId,
        source,
        line: record.line,
        page: record.page ?? null,
        expression: record.expression,
        kind: record.kind,
        due: record.due,
        rrule: record.rrule,
        start: record.start,
        within: record.within === null ? null : JSON.stringify(record.within),
        target: record.target ? 1 : 0,
        lead: JSON.stringify(record.lead),
        co: JSON.stringify(record.co),
        task: record.task,
        content: contentOf(record),
        now,
      };
      const before = existing.get(id) as { content: string; withdrawn_at: string | null; document_id: string; source: string; line: number; page: number | null } | undefined;
      if (before && before.content === row.content && before.withdrawn_at === null) {
        report.unchanged++;
        if (before.document_id !== documentId || before.source !== source || before.line !== record.line || before.page !== row.page) move.run(row);
        continue;
      }
      if (!before) {
        insert.run(row);
        report.added++;
      } else {
        update.run(row);
        report.updated++;
      }
      clearUnits.run(id);
      for (const unit of record.lead) addUnit.run(id, normaliseUnitName(unit), 'lead');
      for (const unit of record.co) addUnit.run(id, normaliseUnitName(unit), 'co');
    }
    const current = new Set(withIds.map((r) => r.id));
    const before = previous.pluck().all(source, JSON.stringify([...documentIds])) as string[];
    for (const id of before) {
      if (current.has(id)) continue;
      withdraw.run(now, id);
      report.withdrawn++;
    }
    // Tells the scheduler to plan the current send time again (see LEDGER_VERSION in scheduler/pass.ts).
    if (report.added + report.updated > 0) bumpVersion.run();
  })();
  return report;
}
