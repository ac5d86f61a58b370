/**
 * Gazettes built to find costs that grow faster than the text: one form each of a very long
 * paragraph, line, list or table. `records` is how many obligations each repetition holds, so a
 * test can check the count of any size and the bench can time the same text at several sizes.
 */
import { gazetteDocument } from './gazette-text.ts';

export interface PathologicalForm {
  name: string;
  /** A gazette of at least `bytes` UTF-8 bytes. */
  build(bytes: number): string;
  /** The obligations a gazette of `bytes` holds. */
  records(bytes: number): number;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** `unit` repeated to fill `bytes` inside one body made by `wrap`, with the repetitions counted. */
function repeated(name: string, unit: string, perUnit: number, wrap: (body: string) => string = (b) => b, joiner = ''): PathologicalForm {
  const count = (bytes: number) => Math.max(1, Math.ceil(bytes / utf8(unit + joiner)));
  return {
    name,
    build: (bytes) => gazetteDocument({ body: wrap(Array.from({ length: count(bytes) }, () => unit).join(joiner)) }),
    records: (bytes) => count(bytes) * perUnit,
  };
}

const UNIT_NAMES = ['省发改委', '省经信委', '省财政厅', '省人力社保厅', '省国土资源厅', '省环保厅', '省建设厅', '省交通运输厅'];

export const PATHOLOGICAL_FORMS: PathologicalForm[] = [
  // One sentence of recurring duties: every finding's sentence is the whole paragraph.
  repeated('recurring clauses in one paragraph', '各设区市每月10日前报送上月工作进展情况,', 1),
  // Deadline clauses separated by semicolons: one sentence, many clauses, each with a subject.
  repeated('deadline clauses in one sentence', '省发改委要在2018年6月底前完成方案编制;', 1),
  // Months without their year after a dated one: each month's year is read back from the dates before it.
  repeated('milestones without their year in one sentence', '省发改委2018年3月底前完成方案,6月底前完成验收;', 2),
  // No punctuation at all: no sentence, clause or list boundary anywhere.
  repeated('a line without punctuation', '各地2018年底前完成清理工作并抓好落实', 1),
  // One item whose closing list of responsible units is the whole paragraph.
  {
    name: 'a long unit list',
    build: (bytes) => {
      const names = Array.from({ length: Math.ceil(bytes / 14) }, (_, i) => UNIT_NAMES[i % UNIT_NAMES.length]).join('、');
      return gazetteDocument({ body: `(一)2018年底前完成平台建设。(责任单位:${names})` });
    },
    records: () => 1,
  },
  // A table of items, one deadline per row.
  repeated('a long table', '推进数据共享平台建设\t省发改委、省经信委\t2018年6月底前', 1, (rows) => `任务\t责任单位\t完成时限\n${rows}`, '\n'),
  // One header of very many columns and one row of half as many cells: a row placed by its cells' content.
  {
    name: 'a wide table with a short row',
    build: (bytes) => {
      const columns = Math.ceil(bytes / 20);
      const header = `任务\t完成时限${'\t备注'.repeat(columns)}`;
      const row = `${'推进建设\t'.repeat(Math.ceil(columns / 2))}2018年6月底前`;
      return gazetteDocument({ body: `${header}\n${row}` });
    },
    records: () => 0,
  },
  // Short names each on a line of their own, far more than a header holds: every line could start a cell-per-line table.
  repeated('many short name lines', '省人力社保厅', 0, (b) => b, '\n'),
  // Lines that each continue the one before: one paragraph of many input lines.
  repeated('many lines without a break', '推进公共数据平台建设各设区市要在2018年6月底前完成对接工作并', 1, (b) => b, '\n'),
];
