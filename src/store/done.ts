import * as z from 'zod';
import type { Db } from './db.ts';
import { statement } from './statements.ts';

/**
 * Who reported an occurrence done. Completion is per unit (see ledger/completion.ts for what a
 * report closes); EVERY_UNIT closes it for all (a done kept from before completion was per unit, or
 * an admin's explicit 全部单位).
 */
export const EVERY_UNIT = '*';

export const DoneReport = z.object({
  obligation_id: z.string(),
  occurrence: z.string(),
  unit: z.string(),
  done_by: z.string(),
  done_at: z.string(),
  note: z.string().nullable(),
});
export type DoneReport = z.infer<typeof DoneReport>;

/**
 * Records that these units did one occurrence (who and when, and what was said). A unit that had
 * already reported keeps its first who/when: a repeat does not rewrite the record.
 */
export function reportDone(
  db: Db,
  report: { obligationId: string; occurrence: string; units: string[]; by: string; at: Date; note: string | null },
): { added: string[]; already: string[] } {
  const insert = statement(db, 'INSERT OR IGNORE INTO done_occurrences (obligation_id, occurrence, unit, done_by, done_at) VALUES (?, ?, ?, ?, ?)');
  const note = statement(db, 'INSERT OR REPLACE INTO bot_done_notes (obligation_id, occurrence, unit, note) VALUES (?, ?, ?, ?)');
  return db.transaction(() => {
    const added: string[] = [];
    const already: string[] = [];
    for (const unit of report.units) {
      const info = insert.run(report.obligationId, report.occurrence, unit, report.by, report.at.toISOString());
      if (info.changes === 0) {
        already.push(unit);
        continue;
      }
      added.push(unit);
      if (report.note !== null) note.run(report.obligationId, report.occurrence, unit, report.note);
    }
    return { added, already };
  })();
}

/** The done reports of these occurrences, keyed "obligation id|occurrence", in the order they were made. */
export function doneReports(db: Db, occurrences: Array<{ id: string; occurrence: string }>): Map<string, DoneReport[]> {
  const out = new Map<string, DoneReport[]>();
  if (occurrences.length === 0) return out;
  const rows = statement(
      db,
      `SELECT d.obligation_id, d.occurrence, d.unit, d.done_by, d.done_at, n.note
       FROM (SELECT DISTINCT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS occurrence FROM json_each(?)) k
       JOIN done_occurrences d ON d.obligation_id = k.id AND d.occurrence = k.occurrence
       LEFT JOIN bot_done_notes n ON n.obligation_id = d.obligation_id AND n.occurrence = d.occurrence AND n.unit = d.unit
       ORDER BY d.done_at, d.unit`,
    )
    .all(JSON.stringify(occurrences.map((o) => [o.id, o.occurrence])));
  for (const row of rows) {
    const r = DoneReport.parse(row);
    const key = `${r.obligation_id}|${r.occurrence}`;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** Every done report of these obligations, whatever the occurrence (a unit's calendar feed). */
export function doneReportsOfObligations(db: Db, ids: string[]): DoneReport[] {
  if (ids.length === 0) return [];
  return statement(
      db,
      `SELECT d.obligation_id, d.occurrence, d.unit, d.done_by, d.done_at, n.note
       FROM done_occurrences d
       LEFT JOIN bot_done_notes n ON n.obligation_id = d.obligation_id AND n.occurrence = d.occurrence AND n.unit = d.unit
       WHERE d.obligation_id IN (SELECT value FROM json_each(?))
       ORDER BY d.done_at, d.unit`,
    )
    .all(JSON.stringify(ids))
    .map((r) => DoneReport.parse(r));
}
