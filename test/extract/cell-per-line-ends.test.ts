import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, countyTaskNotice } from './table-text.ts';

/**
 * Where a table copied one cell a line begins and ends: a header with no column numbering the rows, whose run of names
 * would run on into the first row's short cells, and a table whose rows are numbered, followed by the notice's issuer
 * and date, short lines too. Each case is the records the spec asks for, as "expression|due|lead|co".
 */

function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'per-line.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`);
}

describe('a cell-per-line table', () => {
  it.each([
    [
      'with no number column: the header is as wide as puts each date under 完成时限',
      cellPerLine([['工作任务', '责任单位', '完成时限'], ['开展专项整治', '县行政审批局', '2023年6月底前'], ['建成政务平台', '县数据局', '2023年底前']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
    ],
    [
      'with no number column and a 配合单位 column',
      cellPerLine([['重点工作', '牵头单位', '配合单位', '完成时间'], ['开展专项整治', '县市场监管局', '县公安局', '2023年6月底前'], ['建成政务平台', '县数据局', '县财政局', '2023年底前'], ['完善考核办法', '县委组织部', '县人社局', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县市场监管局|县公安局', '2023年底前|2023-12-31|县数据局|县财政局', '2023年9月底前|2023-09-30|县委组织部|县人社局'],
    ],
    [
      'with no number column, a deadline first',
      cellPerLine([['完成时限', '工作任务', '责任单位'], ['2023年4月底前', '制定实施方案', '县发改局'], ['2023年10月底前', '开展中期评估', '县统计局']]),
      ['2023年4月底前|2023-04-30|县发改局|', '2023年10月底前|2023-10-31|县统计局|'],
    ],
    [
      'numbered, its deadline second, then the issuer and the date: no row of theirs',
      cellPerLine([['序号', '完成时限', '工作任务', '责任单位'], ['1', '2023年6月底前', '压减审批时限', '县行政审批局'], ['2', '2023年底前', '建成政务平台', '县数据局']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
    ],
    [
      'numbered, its last row short of its empty last cell: the row is kept',
      cellPerLine([['序号', '工作任务', '责任单位', '完成时限', '备注'], ['1', '压减审批时限', '县行政审批局', '2023年6月底前', '无'], ['2', '建成政务平台', '县数据局', '2023年底前']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
    ],
    [
      'numbered, its deadline last, then the issuer and the date',
      cellPerLine([['序号', '工作任务', '责任单位', '完成时限'], ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['2', '建成政务平台', '县数据局', '2023年底前']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
    ],
    // A row one cell short, the cell it left empty (a 责任领导 left blank) dropped in copying (辽中 2024 分解表): the rows go
    // on at their numbers; read at the header's width, the table ended after its first row and the later rows had no units.
    [
      'numbered, a row short of an empty person cell, the rows after it full',
      cellPerLine([['序号', '主要工作举措', '牵头单位', '配合单位', '责任领导'], ['一、做大做强主导产业'], ['1', '2023年6月底前实现三产融合发展。', '县农业农村局', '县发展改革局、县工业和信息化局'], ['2', '2023年9月底前推动签约项目开工建设。', '县经济开发区管委会', '县自然资源局、县生态环境局', '冯冬昌'], ['3', '2023年底前打造再生资源产业集群。', '县经济开发区管委会', '县自然资源局', '冯冬昌']]),
      ['2023年6月底前|2023-06-30|县农业农村局|县发展改革局、县工业和信息化局', '2023年9月底前|2023-09-30|县经济开发区管委会|县自然资源局、县生态环境局', '2023年底前|2023-12-31|县经济开发区管委会|县自然资源局'],
    ],
    [
      'numbered, a middle row short of its empty last cell',
      cellPerLine([['序号', '工作任务', '责任单位', '完成时限', '备注'], ['1', '压减审批时限', '县行政审批局', '2023年6月底前', '无'], ['2', '建成政务平台', '县数据局', '2023年底前'], ['3', '完善考核办法', '县委组织部', '2023年9月底前', '无']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|', '2023年9月底前|2023-09-30|县委组织部|'],
    ],
    // Negative: rows full at the header's width, then the issuer's lines, hold no next number: the table ends at its last row.
    [
      'numbered at its width, a count in a cell that is no next number',
      cellPerLine([['序号', '工作任务', '数量', '责任单位', '完成时限'], ['1', '新建公厕', '5', '县住建局', '2023年6月底前'], ['2', '改造农贸市场', '2', '县商务局', '2023年底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年底前|2023-12-31|县商务局|'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

const H = ['序号', '工作任务', '责任单位', '完成时限'];
const next = ['', '三、保障措施', '', '各单位要高度重视，切实加强组织领导，明确分管领导和具体责任人，细化工作措施，确保各项任务按期完成。'].join('\n');

describe('a cell-per-line table with no number column, the document going on under a heading after it', () => {
  it.each([
    ['its deadline last', `${cellPerLine([['工作任务', '责任单位', '完成时限'], ['开展专项整治', '县行政审批局', '2023年6月底前'], ['建成政务平台', '县数据局', '2023年底前']])}\n${next}`,
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|']],
    ['its units last', `${cellPerLine([['工作任务', '完成时限', '责任单位'], ['开展专项整治', '2023年6月底前', '县行政审批局'], ['建成政务平台', '2023年底前', '县数据局']])}\n${next}`,
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|']],
    // A heading with dated rows under it is the table's own.
    ['group rows inside it', cellPerLine([['工作任务', '责任单位', '完成时限'], ['一、优化营商环境'], ['开展专项整治', '县行政审批局', '2023年6月底前'], ['二、推进数字政府'], ['建成政务平台', '县数据局', '2023年底前']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('a numbered cell-per-line table whose row left out a merged cell\'s line', () => {
  it.each([
    ['the unit cell merged with the row above: it inherits', cellPerLine([H, ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成改造', '2023年9月底前'], ['3', '完成拨付', '县财政局', '2023年12月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年9月底前|2023-09-30|县住建局|', '2023年12月底前|2023-12-31|县财政局|']],
    ['the deadline merged with the row above: read at its own row', cellPerLine([H, ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成改造', '县财政局'], ['3', '完成拨付', '县发改局', '2023年12月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年12月底前|2023-12-31|县发改局|']],
    ['the last row short of its unit cell, the notice signed below', cellPerLine([H, ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成拨付', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年9月底前|2023-09-30|县住建局|']],
    ['a row short of its co cell', cellPerLine([['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成拨付', '县财政局', '各乡镇', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年9月底前|2023-09-30|县财政局|各乡镇']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('a numbered cell-per-line table whose task cell opens with a date of its own', () => {
  it.each([
    ['the first row', cellPerLine([H, ['1', '2023年6月底前完成方案制定', '县住建局', '2023年12月底前'], ['2', '完成拨付', '县财政局', '2023年9月底前']]),
      ['2023年12月底前|2023-12-31|县住建局|', '2023年9月底前|2023-09-30|县财政局|']],
    ['the last row', cellPerLine([H, ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '2023年6月底前完成方案制定', '县财政局', '2023年12月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|', '2023年12月底前|2023-12-31|县财政局|']],
    // A group row and its sub-rows are no runs of a line a column: their rows still end at their deadlines.
    ['a group row over sub-rows', cellPerLine([H, ['1', '优化营商环境'], ['1.1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['1.2', '推行告知承诺制', '县司法局', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年9月底前|2023-09-30|县司法局|']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
