import * as z from './zod-chinese.ts';
import { isValidDay } from './calendar/dates.ts';

/**
 * An ISO calendar date (YYYY-MM-DD), always meant in Asia/Shanghai, and a real one: 2018-02-30,
 * 2018-13-45 and 0000-00-00 are refused by value, never rolled over into another date.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')
  .superRefine((s, ctx) => {
    const [year, month, day] = s.split('-').map(Number);
    if (year < 1 || !isValidDay(year, month, day)) ctx.addIssue({ code: 'custom', message: `${s} 不是真实的日期` });
  });

export const ObligationKind = z.enum(['once', 'recurring', 'relative', 'sla', 'ongoing']);
export type ObligationKind = z.infer<typeof ObligationKind>;

/** Each kind as a person reads it (the extract table, --explain, the ledger CSV). */
export const KIND_NAMES: Record<ObligationKind, string> = {
  once: '一次性',
  recurring: '周期性',
  relative: '自发文起算',
  sla: '办理时限',
  ongoing: '全年工作',
};

/** A period counted from an event that has no calendar date of its own ("收到申请材料起3个工作日内"). */
export const Within = z
  .object({
    /** 0 for the same day (当日, 当天, a period in minutes). */
    days: z.number().int().nonnegative(),
    workdays: z.boolean(),
    after: z.string().optional(),
    before: z.string().optional(),
  })
  .refine((w) => (w.after === undefined) !== (w.before === undefined), 'after 与 before 须有且只有一个');
export type Within = z.infer<typeof Within>;

/** A document's 文号 and title as the text gives them; null when it gives none (the spec's record). */
export const DocumentRef = z.object({
  number: z.string().nullable(),
  title: z.string().nullable(),
  issued: IsoDate.nullable(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** One dated obligation: the JSONL record of `shixian extract --format jsonl` (see the spec). */
export const Obligation = z
  .object({
    source: z.string(),
    line: z.number().int().positive(),
    expression: z.string().min(1),
    kind: ObligationKind,
    due: IsoDate.nullable(),
    rrule: z.string().nullable(),
    start: IsoDate.nullable(),
    within: Within.nullable(),
    target: z.boolean(),
    lead: z.array(z.string()),
    co: z.array(z.string()),
    task: z.string(),
    doc: DocumentRef,
    /** The PDF page the line begins on; records from text, Word or HTML have none. */
    page: z.number().int().positive().optional(),
  })
  .superRefine((o, ctx) => {
    const need = (ok: boolean, message: string) => ok || ctx.addIssue({ code: 'custom', message });
    switch (o.kind) {
      case 'recurring':
        need(o.rrule !== null && o.due === null, '周期性事项(recurring)应有 rrule、没有 due');
        break;
      case 'sla':
        need(o.within !== null && o.due === null, '办理时限事项(sla)应有 within、没有 due');
        break;
      default:
        need(o.due !== null && o.rrule === null, `${o.kind} 事项应有 due、没有 rrule`);
    }
  });
export type Obligation = z.infer<typeof Obligation>;

/** Where a record stands in the file it came from, as a person looks it up: "公报.pdf 第3页 第41行". */
export function sourcePlace(o: Pick<Obligation, 'source' | 'line' | 'page'>): string {
  return `${o.source}${o.page === undefined ? '' : ` 第${o.page}页`} 第${o.line}行`;
}
