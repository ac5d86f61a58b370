import { stringify } from 'csv-stringify/sync';
import { KIND_NAMES, type Obligation } from '../obligation.ts';
import { describeRule } from '../plan/rule-text.ts';
import type { StoredObligation } from '../store/rows.ts';

/** One row of the ledger export: the obligation and the date it is listed under. */
export interface LedgerRow {
  obligation: StoredObligation;
  /** The due date, or for a recurring duty the occurrence that brought it into the range asked for. */
  dueDate: string | null;
}

const COLUMNS = ['编号', '文号', '文件标题', '发文日期', '任务', '类型', '到期日', '周期规则', '办理时限', '目标', '牵头单位', '配合单位', '时限原文', '来源', '页', '行'];

/**
 * A cell Excel or LibreOffice would run as a formula (CSV injection) gets a leading single quote,
 * OWASP's rule: gazette text and imported `.jsonl` records are not ours to trust.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const asText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * The ledger (台账) as CSV for Excel, chunk by chunk as the rows come: UTF-8 with a BOM, without
 * which Excel reads Chinese as the local ANSI code page; CRLF line ends; fields quoted where needed
 * by csv-stringify.
 */
export function* renderLedgerCsv(chunks: Iterable<LedgerRow[]>): Generator<string> {
  yield stringify([], { bom: true, header: true, columns: COLUMNS, record_delimiter: 'windows' });
  for (const rows of chunks) yield stringify(rows.map(fields), { record_delimiter: 'windows', cast: { string: asText } });
}

function fields({ obligation: o, dueDate }: LedgerRow): Array<string | number> {
  return [
    o.id,
    o.doc.number,
    o.doc.title,
    o.doc.issued ?? '',
    o.task,
    KIND_NAMES[o.kind],
    dueDate ?? '',
    o.rrule === null ? '' : describeRule(o.rrule),
    o.within ? describeWithin(o.within) : '',
    o.target ? '是' : '',
    o.lead.join('、'),
    o.co.join('、'),
    o.expression,
    o.source,
    o.page ?? '',
    o.line,
  ];
}

function describeWithin(w: NonNullable<Obligation['within']>): string {
  const span = `${w.days}个${w.workdays ? '工作日' : '日'}`;
  return w.after !== undefined ? `${w.after}起${span}内` : `${w.before}${span}前`;
}
