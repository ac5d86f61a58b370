import type { Db } from './db.ts';
import { OBLIGATION_COLUMNS, OBLIGATION_FROM, toObligation, type StoredObligation } from './rows.ts';

/** Reads for the service's HTTP endpoints: the ledger export and /healthz. */

export interface LedgerFilter {
  /** Only obligations naming one of these (normalised) unit names. */
  names?: string[];
  /** Due dates within [from, to], ISO dates, either open. */
  from?: string;
  to?: string;
}

/** Where the previous page of dated obligations ended. */
export interface LedgerCursor {
  due: string;
  rowid: number;
}

/**
 * One page of the live obligations with a due date (once, relative, ongoing) in the filter, in
 * due-date order. Keyset paging on (due, rowid) follows the obligations_due index, so each page is a
 * short index range whatever the ledger's size, and a large export never holds the ledger in memory.
 */
export function datedObligationsPage(db: Db, filter: LedgerFilter, after: LedgerCursor | null, limit: number): Array<{ obligation: StoredObligation; cursor: LedgerCursor }> {
  // With units, the page is drawn from those units' rows (obligation_units_unit index) and sorted: a
  // unit's obligations are few. Without, it walks the obligations_due index in order.
  const ofUnits =
    filter.names === undefined
      ? ''
      : 'AND o.rowid IN (SELECT x.rowid FROM obligation_units u JOIN obligations x ON x.id = u.obligation_id WHERE u.unit IN (SELECT value FROM json_each(@names)))';
  const rows = db
    .prepare(
      `SELECT ${OBLIGATION_COLUMNS}, o.rowid AS row_id FROM ${OBLIGATION_FROM}
        WHERE o.withdrawn_at IS NULL AND o.due IS NOT NULL
          AND (@from IS NULL OR o.due >= @from) AND (@to IS NULL OR o.due <= @to)
          AND (@afterDue IS NULL OR (o.due, o.rowid) > (@afterDue, @afterRowid))
          ${ofUnits}
        ORDER BY o.due, o.rowid
        LIMIT @limit`,
    )
    .all({
      ...(filter.names === undefined ? {} : { names: JSON.stringify(filter.names) }),
      from: filter.from ?? null,
      to: filter.to ?? null,
      afterDue: after?.due ?? null,
      afterRowid: after?.rowid ?? null,
      limit,
    }) as Array<{ row_id: number; due: string }>;
  return rows.map((row) => ({ obligation: toObligation(row), cursor: { due: row.due, rowid: row.row_id } }));
}

/**
 * The live obligations without a due date in the filter's units: recurring ones (for the caller to
 * expand into the range), and `sla` ones unless `withSla` is false. Few beside the dated ones.
 */
export function undatedObligations(db: Db, filter: Pick<LedgerFilter, 'names'>, withSla: boolean): StoredObligation[] {
  return db
    .prepare(
      `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM}
        WHERE o.withdrawn_at IS NULL AND (o.kind = 'recurring' OR (o.kind = 'sla' AND @withSla))
          AND (@names IS NULL OR o.id IN (SELECT obligation_id FROM obligation_units WHERE unit IN (SELECT value FROM json_each(@names))))
        ORDER BY o.source, o.line`,
    )
    .all({ names: filter.names === undefined ? null : JSON.stringify(filter.names), withSla: withSla ? 1 : 0 })
    .map(toObligation);
}

/** A cheap read that fails when the database cannot be read, with the figures /healthz shows. */
export function ledgerHealth(db: Db): { obligations: number; documents: number; outboxPending: number; outboxFailed: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM obligations WHERE withdrawn_at IS NULL) AS obligations,
              (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM outbox WHERE status = 'pending') AS outboxPending,
              (SELECT count(*) FROM outbox WHERE status = 'failed') AS outboxFailed`,
    )
    .get() as { obligations: number; documents: number; outboxPending: number; outboxFailed: number };
}
