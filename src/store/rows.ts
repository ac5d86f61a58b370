import * as z from 'zod';
import { IsoDate, Obligation, ObligationKind, Within } from '../obligation.ts';

const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: '不是 JSON' });
      return z.NEVER;
    }
  }).pipe(schema);

/** An obligations row joined with its document, validated on the way out of SQLite. */
export const ObligationRow = z
  .object({
    id: z.string(),
    source: z.string(),
    line: z.number().int(),
    page: z.number().int().positive().nullable(),
    expression: z.string(),
    kind: ObligationKind,
    due: IsoDate.nullable(),
    rrule: z.string().nullable(),
    start: IsoDate.nullable(),
    within: jsonOf(Within).nullable(),
    target: z.number().transform((n) => n !== 0),
    lead: jsonOf(z.array(z.string())),
    co: jsonOf(z.array(z.string())),
    task: z.string(),
    doc_number: z.string(),
    doc_title: z.string(),
    doc_issued: IsoDate.nullable(),
    withdrawn_at: z.string().nullable(),
  })
  .transform(({ doc_number, doc_title, doc_issued, withdrawn_at, page, ...o }) => ({
    ...o,
    ...(page === null ? {} : { page }),
    doc: { number: doc_number, title: doc_title, issued: doc_issued },
    withdrawnAt: withdrawn_at,
  }));

/**
 * An obligation as the ledger holds it: the extracted record plus its stable id. The ledger stores a
 * 文号 or title the text did not give as '' (import maps null there), so its readers get strings.
 */
export type StoredObligation = Omit<Obligation, 'doc'> & {
  doc: { number: string; title: string; issued: Obligation['doc']['issued'] };
  id: string;
  withdrawnAt: string | null;
};

export const OBLIGATION_COLUMNS = `o.id, o.source, o.line, o.page, o.expression, o.kind, o.due, o.rrule, o.start, o.within, o.target,
  o.lead, o.co, o.task, d.number AS doc_number, d.title AS doc_title, d.issued AS doc_issued, o.withdrawn_at`;

export const OBLIGATION_FROM = 'obligations o JOIN documents d ON d.id = o.document_id';

export function toObligation(row: unknown): StoredObligation {
  return ObligationRow.parse(row);
}
