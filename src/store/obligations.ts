import * as z from 'zod';
import type { Db } from './db.ts';
import { statement } from './statements.ts';
import { OBLIGATION_COLUMNS, OBLIGATION_FROM, ObligationRow, toObligation, type StoredObligation } from './rows.ts';

/** Reading obligations. Withdrawn ones are left out unless asked for. */

const ACTIVE = 'o.withdrawn_at IS NULL';

const UnitRoles = z.array(z.object({ unit: z.string(), role: z.enum(['lead', 'co']) }));

/**
 * `names`: only obligations naming one of these normalised unit names (see UnitDirectory.namesReaching);
 * null: every obligation. The filter is an index lookup on obligation_units.
 */
const naming = (names: string[] | null) =>
  names === null ? '' : 'AND o.id IN (SELECT obligation_id FROM obligation_units WHERE unit IN (SELECT value FROM json_each(@names)))';

export function getObligation(db: Db, id: string): StoredObligation | null {
  const row = statement(db, `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM} WHERE o.id = ?`).get(id);
  return row === undefined ? null : toObligation(row);
}

/** The obligations of one document, by its 文号 (spaces ignored) or, for a document without one, its title. */
export function obligationsOfDocument(db: Db, numberOrTitle: string, opts: { includeWithdrawn?: boolean } = {}): StoredObligation[] {
  const key = numberOrTitle.normalize('NFKC').replace(/\s+/g, '').replace(/\[/g, '〔').replace(/\]/g, '〕');
  return statement(
      db,
      `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM}
       WHERE (d.id = @key OR d.number = @key OR d.title = @key) ${opts.includeWithdrawn ? '' : `AND ${ACTIVE}`}
       ORDER BY o.source, o.line, o.id`,
    )
    .all({ key })
    .map(toObligation);
}

/** Obligations whose task, expression, document number or title contains the text. */
export function searchObligations(db: Db, text: string, limit = 50): StoredObligation[] {
  const like = `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return statement(
      db,
      `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM}
       WHERE ${ACTIVE} AND (o.task LIKE @like ESCAPE '\\' OR o.expression LIKE @like ESCAPE '\\'
         OR d.number LIKE @like ESCAPE '\\' OR d.title LIKE @like ESCAPE '\\')
       ORDER BY o.due IS NULL, o.due, o.id LIMIT @limit`,
    )
    .all({ like, limit })
    .map(toObligation);
}

/** Active obligations naming any of these (normalised) unit names, with the role each name holds; dated ones first by due date. */
export function obligationsNamingUnits(db: Db, names: string[]): Array<StoredObligation & { roles: Array<{ unit: string; role: 'lead' | 'co' }> }> {
  const rows = statement(
      db,
      `SELECT ${OBLIGATION_COLUMNS}, json_group_array(json_object('unit', u.unit, 'role', u.role)) AS roles
       FROM obligation_units u JOIN obligations o ON o.id = u.obligation_id JOIN documents d ON d.id = o.document_id
       WHERE u.unit IN (SELECT value FROM json_each(?)) AND ${ACTIVE}
       GROUP BY o.id ORDER BY o.due IS NULL, o.due, o.id`,
    )
    .all(JSON.stringify(names)) as Array<{ roles: string }>;
  // A row gone bad under the import checks (a date that does not exist, written by hand) is left
  // out of a unit's feed instead of failing the whole feed; the scheduler lists it in /healthz.
  return rows.flatMap((r) => {
    const parsed = ObligationRow.safeParse(r);
    return parsed.success ? [{ ...parsed.data, roles: UnitRoles.parse(JSON.parse(r.roles)) }] : [];
  });
}

/** Active dated obligations (once, relative, ongoing) due between two dates, both included. */
export function obligationsDueBetween(db: Db, from: string, to: string, names: string[] | null = null): StoredObligation[] {
  return statement(db, `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM} WHERE ${ACTIVE} AND o.due BETWEEN @from AND @to ${naming(names)} ORDER BY o.due, o.id`)
    .all({ from, to, names: JSON.stringify(names ?? []) })
    .map(toObligation);
}

/** Active dated obligations due before a date (overdue unless done). */
export function obligationsDueBefore(db: Db, date: string, names: string[] | null = null): StoredObligation[] {
  return statement(db, `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM} WHERE ${ACTIVE} AND o.due < @date ${naming(names)} ORDER BY o.due, o.id`)
    .all({ date, names: JSON.stringify(names ?? []) })
    .map(toObligation);
}

/** Active obligations of one kind without a due date: 'recurring' (expanded by their rrule) or 'sla' (listed, never scheduled). */
export function undatedObligationsOf(db: Db, kind: 'recurring' | 'sla', names: string[] | null = null): StoredObligation[] {
  return statement(db, `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM} WHERE ${ACTIVE} AND o.kind = @kind ${naming(names)} ORDER BY o.source, o.line, o.id`)
    .all({ kind, names: JSON.stringify(names ?? []) })
    .map(toObligation);
}

export function countObligations(db: Db): number {
  return statement(db, `SELECT count(*) FROM obligations o WHERE ${ACTIVE}`).pluck().get() as number;
}

/** Every unit name the ledger holds (normalised, as written on obligations): the names people may use. */
export function unitNamesInLedger(db: Db): string[] {
  return z.array(z.string()).parse(statement(db, 'SELECT DISTINCT unit FROM obligation_units ORDER BY unit').pluck().all());
}
