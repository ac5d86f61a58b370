import * as z from 'zod';
import { IsoDate } from '../obligation.ts';
import type { Db } from './db.ts';
import { statement } from './statements.ts';

/**
 * The scheduler's narrow reads: ids and dates only, so planning a day over a million obligations
 * touches index ranges and never materialises whole records.
 */

const DueRow = z.object({ id: z.string(), due: IsoDate });
export type DueRow = z.infer<typeof DueRow>;

/**
 * Told of a row the scheduler cannot use (a date that does not exist, an unparsable value: written
 * around the import checks, by hand or by an older version): the row is skipped, the rest planned.
 */
export type BadRow = (obligations: string[], error: string) => void;

function validRows<S extends z.ZodType>(schema: S, rows: unknown[], idsOf: (row: Record<string, unknown>) => string[], bad: BadRow): Array<z.infer<S>> {
  const out: Array<z.infer<S>> = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else bad(idsOf(row as Record<string, unknown>), parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return out;
}

const idOf = (row: Record<string, unknown>) => [String(row.id)];

/**
 * Occurrences done for every unit are left out in SQL: a primary-key probe per row, cheaper than
 * fetching and filtering. A unit's own done is the planner's to weigh (ledger/completion.ts).
 */
const OPEN = "NOT EXISTS (SELECT 1 FROM done_occurrences x WHERE x.obligation_id = o.id AND x.occurrence = o.due AND x.unit = '*')";

/** Open dated obligations due between two dates (both included). */
export function dueIdsBetween(db: Db, from: string, to: string, bad: BadRow): DueRow[] {
  const rows = statement(db, `SELECT id, due FROM obligations o WHERE withdrawn_at IS NULL AND due IS NOT NULL AND due BETWEEN ? AND ? AND ${OPEN}`).all(from, to);
  return validRows(DueRow, rows, idOf, bad);
}

/** Open dated obligations due on any of these dates. */
export function dueIdsOn(db: Db, dates: string[], bad: BadRow): DueRow[] {
  if (dates.length === 0) return [];
  const rows = statement(db, `SELECT id, due FROM obligations o WHERE withdrawn_at IS NULL AND due IS NOT NULL AND due IN (SELECT value FROM json_each(?)) AND ${OPEN}`).all(
    JSON.stringify(dates),
  );
  return validRows(DueRow, rows, idOf, bad);
}

const ScheduleRow = z.object({
  rrule: z.string(),
  start: IsoDate.nullable(),
  ids: z.string().transform((s) => s.split(',')),
});
export type ScheduleRow = z.infer<typeof ScheduleRow>;

/**
 * Live recurring obligations, grouped by schedule: the rule and where it starts (the spec's start,
 * else the document date; null when neither is known). A million duties share a few thousand.
 */
export function recurringSchedules(db: Db, bad: BadRow): ScheduleRow[] {
  const rows = statement(
      db,
      `SELECT o.rrule, coalesce(o.start, d.issued) AS start, group_concat(o.id) AS ids
       FROM obligations o JOIN documents d ON d.id = o.document_id
       WHERE o.withdrawn_at IS NULL AND o.kind = 'recurring'
       GROUP BY o.rrule, coalesce(o.start, d.issued)`,
    )
    .all();
  return validRows(ScheduleRow, rows, (row) => String(row.ids).split(','), bad);
}

const UnitRow = z.object({ id: z.string(), unit: z.string(), role: z.enum(['lead', 'co']) });

/** The units named on each obligation (normalised as stored), with their role. */
export function unitsOfObligations(db: Db, ids: string[]): Map<string, Array<{ unit: string; role: 'lead' | 'co' }>> {
  const out = new Map<string, Array<{ unit: string; role: 'lead' | 'co' }>>();
  if (ids.length === 0) return out;
  const rows = statement(db, 'SELECT obligation_id AS id, unit, role FROM obligation_units WHERE obligation_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids));
  for (const row of rows) {
    const r = UnitRow.parse(row);
    const list = out.get(r.id) ?? [];
    list.push({ unit: r.unit, role: r.role });
    out.set(r.id, list);
  }
  return out;
}

/** The oldest real due date in the ledger: a stored 0000-00-00 must not stretch the overdue series back to year 0. */
export function earliestDueDate(db: Db, bad: BadRow): string | null {
  const dues = statement(db, 'SELECT DISTINCT due FROM obligations WHERE withdrawn_at IS NULL AND due IS NOT NULL ORDER BY due').pluck();
  const unusable: Array<{ due: string; error: string }> = [];
  let earliest: string | null = null;
  for (const due of dues.iterate() as Iterable<string>) {
    const parsed = IsoDate.safeParse(due);
    if (parsed.success) {
      earliest = parsed.data;
      break;
    }
    unusable.push({ due, error: `due: ${parsed.error.issues[0].message}` });
  }
  for (const { due, error } of unusable) {
    bad(statement(db, 'SELECT id FROM obligations WHERE withdrawn_at IS NULL AND due = ?').pluck().all(due) as string[], error);
  }
  return earliest;
}

export function getState(db: Db, key: string): string | null {
  return (statement(db, 'SELECT value FROM scheduler_state WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}
