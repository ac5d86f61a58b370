import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';
import { cellPerLine } from './table-text.ts';

/**
 * A table with no unit column whose task cell closes on the item's own list, as an item in prose does ("压减审批时限
 * (县行政审批局牵头,县司法局配合)", "建成政务平台(责任单位:县数据局)"): the list gives the row's units, where the
 * notice's addressees stood in, and is no part of the task. Negatives: brackets that name no unit, a unit column beside
 * them (the column speaks), a row with no bracket (the addressees).
 */
const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const H = ['序号', '工作任务', '完成时限'];

type Case = [string, string, Array<[string, string[], string[], string]>];
const cases: Case[] = [
  ['a lead and a helper, pipe', pipe([H, ['1', '压减审批时限（县行政审批局牵头，县司法局配合）', '2023年6月底前']]), [['2023年6月底前', ['县行政审批局'], ['县司法局'], '压减审批时限']]],
  ['a labelled list, pipe', pipe([H, ['1', '建成政务平台（责任单位：县数据局、县财政局）', '2023年底前']]), [['2023年底前', ['县数据局'], ['县财政局'], '建成政务平台']]],
  ['负责 after a full stop, tab', tab([H, ['1', '压减审批时限。（县行政审批局负责）', '2023年6月底前']]), [['2023年6月底前', ['县行政审批局'], [], '压减审批时限']]],
  ['one cell a line', cellPerLine([H, ['1', '压减审批时限（县行政审批局牵头）', '2023年6月底前'], ['2', '建成政务平台（县数据局负责）', '2023年底前']]), [
    ['2023年6月底前', ['县行政审批局'], [], '压减审批时限'],
    ['2023年底前', ['县数据局'], [], '建成政务平台'],
  ]],
  ['two milestones share the list', pipe([H, ['1', '建成政务平台（县数据局牵头）', '2023年6月底前完成一期；2023年底前完成二期']]), [
    ['2023年6月底前', ['县数据局'], [], '建成政务平台:完成一期'],
    ['2023年底前', ['县数据局'], [], '建成政务平台:完成二期'],
  ]],
  // Negatives.
  ['a bracket that names no unit', pipe([H, ['1', '建成政务平台（一期）', '2023年底前']]), [['2023年底前', ['各市、县(市、区)人民政府', '省政府直属各单位'], [], '建成政务平台（一期）']]],
  ['no bracket: the addressees', pipe([H, ['1', '压减审批时限', '2023年6月底前']]), [['2023年6月底前', ['各市、县(市、区)人民政府', '省政府直属各单位'], [], '压减审批时限']]],
  ['a unit column beside the bracket speaks', pipe([['序号', '工作任务', '责任单位', '完成时限'], ['1', '压减审批时限（县行政审批局牵头）', '县司法局', '2023年6月底前']]), [['2023年6月底前', ['县司法局'], [], '压减审批时限（县行政审批局牵头）']]],
];

describe('a task cell closing on its own unit list, in a table with no unit column', () => {
  it.each(cases)('%s', (_name, body, want) => {
    const got = recordsOf({ body: `现将任务清单印发给你们。\n\n${body}` }).map((r) => [r.expression, r.lead, r.co, r.task]);
    expect(got).toEqual(want);
  });
});
