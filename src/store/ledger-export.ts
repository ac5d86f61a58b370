import type { Db } from './db.ts';
import { OBLIGATION_COLUMNS, OBLIGATION_FROM, toObligation, type StoredObligation } from './rows.ts';

/** Reads for the service's HTTP endpoints: the ledger export and /healthz. */

export interface LedgerFilter {
  /** Only obligations naming one of these (normalised) unit names. */
  names?: string[];
  /** Due dates within [from, to], ISO dates. Recurring duties are all returned for the caller to expand; sla ones only when no range is given. */
  from?: string;
  to?: string;
}

/** Live obligations for the ledger export, in due-date order (recurring and sla ones after). */
export function ledgerObligations(db: Db, filter: LedgerFilter): StoredObligation[] {
  const dated = filter.from !== undefined || filter.to !== undefined;
  const rows = db
    .prepare(
      `SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM}
        WHERE o.withdrawn_at IS NULL
          AND (@names IS NULL OR o.id IN (SELECT obligation_id FROM obligation_units WHERE unit IN (SELECT value FROM json_each(@names))))
          AND (o.kind = 'recurring'
               OR (o.kind = 'sla' AND NOT @dated)
               OR (o.due IS NOT NULL AND (@from IS NULL OR o.due >= @from) AND (@to IS NULL OR o.due <= @to)))
        ORDER BY o.due IS NULL, o.due, o.source, o.line`,
    )
    .all({
      names: filter.names === undefined ? null : JSON.stringify(filter.names),
      dated: dated ? 1 : 0,
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
  return rows.map(toObligation);
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
