import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, countyTaskNotice, pipeTable, tabTable } from './table-text.ts';

/**
 * Task tables in the layouts documents print them in: Markdown pipe tables, tab rows (text taken from PDF), pipe rows that
 * lost their leading pipe (web pages), one cell per line; columns in every order (the units before the task, the time
 * first); the header words of each column; time cells of every form; unit cells of several units, marked or not. Each
 * case is the records the spec asks for, as "expression|due or rule|lead|co".
 */
type Case = [string, string, string[]];

const six = [['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
  ['1', '推进数字政府建设', '建成一体化政务服务平台', '县数据局', '县财政局、县发改局', '2023年底前'],
  ['2', '优化营商环境', '压减审批时限', '县行政审批局', '县市场监管局', '2023年6月底']];
const sixWant = ['2023年底前|2023-12-31|县数据局|县财政局、县发改局', '2023年6月底|2023-06-30|县行政审批局|县市场监管局'];
const unitsFirst = [['序号', '责任单位', '工作任务', '完成时间'],
  ['1', '县教育局、县财政局', '完成校舍改造', '2023年9月底前'],
  ['2', '县卫健委', '建成社区医院', '2023年12月']];
const unitsFirstWant = ['2023年9月底前|2023-09-30|县教育局|县财政局', '2023年12月|2023-12-31|县卫健委|'];
const timeFirst = [['时间节点', '工作任务', '责任部门'],
  ['2023年4月底前', '制定实施方案', '县发改局'],
  ['2023年10月底前', '开展中期评估', '县统计局、县发改局']];
const timeFirstWant = ['2023年4月底前|2023-04-30|县发改局|', '2023年10月底前|2023-10-31|县统计局|县发改局'];

const header = (time: string, unit: string) => [['序号', '工作任务', unit, time], ['1', '完成项目验收', '县住建局', '2023年11月底前']];
const QUARTER = 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1';

const cases: Case[] = [
  ['md six columns', pipeTable(six), sixWant],
  ['tsv six columns', tabTable(six), sixWant],
  ['perline six columns', cellPerLine(six), sixWant],
  ['md units first', pipeTable(unitsFirst), unitsFirstWant],
  ['tsv units first', tabTable(unitsFirst), unitsFirstWant],
  ['perline units first', cellPerLine(unitsFirst), unitsFirstWant],
  ['md time first', pipeTable(timeFirst), timeFirstWant],
  ['tsv time first', tabTable(timeFirst), timeFirstWant],
  ['perline time first', cellPerLine(timeFirst), timeFirstWant],
  ...['完成时限', '完成时间', '时间节点', '时间安排', '进度安排', '时限要求'].map((t): Case => [`tsv header ${t}`, tabTable(header(t, '责任单位')), ['2023年11月底前|2023-11-30|县住建局|']]),
  ...['责任单位', '责任部门', '牵头单位', '牵头部门', '责任主体', '主责单位'].map((u): Case => [`tsv header ${u}`, tabTable(header('完成时限', u)), ['2023年11月底前|2023-11-30|县住建局|']]),
  ...['配合单位', '协办单位'].map((u): Case => [`tsv co header ${u}`, tabTable([['序号', '工作任务', '牵头单位', u, '完成时限'], ['1', '完成项目验收', '县住建局', '县财政局', '2023年11月底前']]), ['2023年11月底前|2023-11-30|县住建局|县财政局']]),
  ...['完成时限', '时间安排', '进度安排'].map((t): Case => [`md header ${t}`, pipeTable(header(t, '责任部门')), ['2023年11月底前|2023-11-30|县住建局|']]),
  // an empty cell under a unit column inherits the one above (a merged cell)
  ['tsv merged units', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局、县财政局', '2023年6月底前'], ['2', '完成项目乙', '', '2023年9月底前']]),
    ['2023年6月底前|2023-06-30|县住建局|县财政局', '2023年9月底前|2023-09-30|县住建局|县财政局']],
  // time cell forms
  ...([
    ['2023年底前', '2023-12-31'], ['2023年6月', '2023-06-30'], ['2023年6月底', '2023-06-30'], ['持续推进', '2023-12-31'], ['长期坚持', '2023-12-31'],
    ['每季度', QUARTER], ['2023—2025年', '2025-12-31'], ['2023年6月至12月', '2023-12-31'], ['6月底前', '2023-06-30'], ['2023年12月31日前', '2023-12-31'],
    ['2023.6', '2023-06-30'], ['2023年三季度', '2023-09-30'], ['2023年下半年', '2023-12-31'], ['每月', 'FREQ=MONTHLY;BYMONTHDAY=-1'], ['全年', '2023-12-31'],
    ['2023年6月-12月', '2023-12-31'], ['2023年6月—2023年12月', '2023-12-31'], ['年底前', '2023-12-31'], ['2023年内', '2023-12-31'],
  ] as const).flatMap(([cell, due]): Case[] => [
    [`tsv time ${cell}`, tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', '县住建局', cell]]), [`${cell}|${due}|县住建局|`]],
    [`md time ${cell}`, pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', '县住建局', cell]]), [`${cell}|${due}|县住建局|`]],
  ]),
  ['tsv staged cell', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '建设智慧平台', '县数据局', '分阶段:2023年6月底前完成方案;12月底前完成验收']]),
    ['2023年6月底前|2023-06-30|县数据局|', '12月底前|2023-12-31|县数据局|']],
  ['md staged cell', pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '建设智慧平台', '县数据局', '2023年6月底前完成方案,12月底前完成验收']]),
    ['2023年6月底前|2023-06-30|县数据局|', '12月底前|2023-12-31|县数据局|']],
  // unit cells
  ...([
    ['县住建局、县财政局、县自然资源局', '县住建局', '县财政局、县自然资源局'],
    ['县住建局,县财政局', '县住建局', '县财政局'],
    ['县住建局;县财政局', '县住建局', '县财政局'],
    ['县住建局 县财政局', '县住建局', '县财政局'],
    ['牵头:县住建局 配合:县财政局', '县住建局', '县财政局'],
    ['牵头:县住建局;配合:县财政局、县民政局', '县住建局', '县财政局、县民政局'],
    ['县住建局牵头,县财政局配合', '县住建局', '县财政局'],
    ['县住建局(牵头)、县财政局', '县住建局', '县财政局'],
    ['牵头单位:县住建局;配合单位:县财政局', '县住建局', '县财政局'],
    ['各乡镇、县直有关部门', '各乡镇', '县直有关部门'],
  ] as const).flatMap(([cell, lead, co]): Case[] => [
    [`tsv units ${cell}`, tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', cell, '2023年6月底前']]), [`2023年6月底前|2023-06-30|${lead}|${co}`]],
    [`md units ${cell}`, pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', cell, '2023年6月底前']]), [`2023年6月底前|2023-06-30|${lead}|${co}`]],
  ]),
  // section rows
  ['tsv section rows full width', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['一、优化营商环境', '', '', ''], ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['二、推进数字政府', '', '', ''], ['2', '建成政务平台', '', '2023年底前']]),
    ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县行政审批局|']],
  ['md section rows', pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['一', '优化营商环境', '', ''], ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['二', '推进数字政府', '', ''], ['2', '建成政务平台', '县数据局', '2023年底前']]),
    ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|']],
  ['md section row spanning', pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['一、优化营商环境', '', '', ''], ['1', '压减审批时限', '县行政审批局', '2023年6月底前']]),
    ['2023年6月底前|2023-06-30|县行政审批局|']],
  // a cell broken over two lines, as text taken from PDF gives it
  ['tsv multiline task', ['序号\t工作任务\t责任单位\t完成时限', '1\t完成老旧小区改造\t县住建局\t2023年10月底前', '2\t建成城市书房', '和社区阅读点\t县文旅局\t2023年12月底前'].join('\n'),
    ['2023年10月底前|2023-10-31|县住建局|', '2023年12月底前|2023-12-31|县文旅局|']],
  // headers of two rows or spaced names, a person's column beside the units, rows that lost a cell to a merge
  ['tsv two-row header', ['序号\t工作任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', '1\t完成项目验收\t县住建局\t县财政局\t2023年6月底前'].join('\n'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
  ['md two-row header', ['| 序号 | 工作任务 | 责任单位 | | 完成时限 |', '| --- | --- | --- | --- | --- |', '| | | 牵头单位 | 配合单位 | |', '| 1 | 完成项目验收 | 县住建局 | 县财政局 | 2023年6月底前 |'].join('\n'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
  ['tsv spaced header', tabTable([['序 号', '工 作 任 务', '责 任 单 位', '完 成 时 限'], ['1', '完成项目验收', '县住建局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv time with verb', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', '县住建局', '2023年6月底前完成']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv 责任单位及责任人', tabTable([['序号', '主要任务', '责任单位及责任人', '完成时限'], ['1', '完成项目验收', '县住建局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv 责任领导 beside units', tabTable([['序号', '工作任务', '责任领导', '责任单位', '完成时限'], ['1', '完成项目验收', '张三', '县住建局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv 具体负责单位', tabTable([['序号', '工作任务', '具体负责单位', '完成时限'], ['1', '完成项目验收', '县住建局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv 责任单位 note first leads', tabTable([['序号', '工作任务', '责任单位(列第一位的为牵头单位)', '完成时限'], ['1', '完成项目验收', '县住建局、县财政局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
  ['tsv empty number column', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['', '完成项目验收', '县住建局', '2023年6月底前'], ['', '完成项目评估', '县财政局', '2023年9月底前']]), ['2023年6月底前|2023-06-30|县住建局|', '2023年9月底前|2023-09-30|县财政局|']],
  ['tsv merged time cell collapsed', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局', '2023年6月底前'], ['2', '完成项目乙', '县财政局']]), ['2023年6月底前|2023-06-30|县住建局|']],
  ['tsv merged unit cell collapsed', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局', '2023年6月底前'], ['2', '完成项目乙', '2023年9月底前']]), ['2023年6月底前|2023-06-30|县住建局|', '2023年9月底前|2023-09-30|县住建局|']],
  ['tsv 年度 plan table', tabTable([['序号', '工作内容', '时间安排', '责任科室'], ['1', '组织年度考核', '每年12月', '办公室']]), ['每年12月|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1|办公室|']],
  ['tsv unit cell 各乡镇(街道)', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', '各乡镇(街道)、县住建局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|各乡镇(街道)|县住建局']],
  ['tsv units 分别负责', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目验收', '县住建局、县财政局按职责分工负责', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局、县财政局|']],
  ['perline section row', cellPerLine([['序号', '工作任务', '责任单位', '完成时限'], ['一、优化营商环境'], ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['二、推进数字政府'], ['2', '建成政务平台', '县数据局', '2023年底前']]),
    ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|']],
  ['perline five', cellPerLine(six.map((r) => r.filter((_, i) => i !== 2))), sixWant],
  // tables that set no duty
  ['neg contact table', tabTable([['序号', '单位', '联系人', '电话'], ['1', '县住建局', '张三', '1234567']]), []],
];

const renderedRows = ['序号 | 工作任务 | 责任单位 | 完成时限 |'];
const bothRows = ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'];
const rendered: Case[] = [
  ['pipe rows without their leading pipe', [...renderedRows, '1 | 压减审批时限 | 县行政审批局 | 2023年6月底前 |', '2 | 建成政务平台 | 县数据局 | 2023年底前 |'].join('\n'), bothRows],
  ['a section row padded with pipes', [...renderedRows, '一、优化营商环境 | |||', '1 | 压减审批时限 | 县行政审批局 | 2023年6月底前 |', '2 | 建成政务平台 | 县数据局 | 2023年底前 |'].join('\n'), bothRows],
  ['lone pipes between the rows', [...renderedRows, '|', '1 | 压减审批时限 | 县行政审批局 | 2023年6月底前 |', '|', '2 | 建成政务平台 | 县数据局 | 2023年底前 |', '|'].join('\n'), bothRows],
  ['a row whose unit cell was merged into the one above', [...renderedRows, '1 | 压减审批时限 | 县行政审批局 | 2023年6月底前 |', '2 | 建成政务平台 | 2023年底前 |'].join('\n'), ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县行政审批局|']],
  ['a framed section row of one cell', ['| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| 一、优化营商环境 |', '| 1 | 压减审批时限 | 县行政审批局 | 2023年6月底前 |', '| 2 | 建成政务平台 | 县数据局 | 2023年底前 |'].join('\n'), bothRows],
];

function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'layouts.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`);
}

describe('task tables in every layout', () => {
  it.each([...cases, ...rendered])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('a section row of a tab table, its tabs lost', () => {
  const header = '序号\t工作任务\t责任单位\t完成时限';

  it.each([
    [
      'a section row before each group of rows',
      [header, '一、优化营商环境', '1\t压减审批时限\t县行政审批局\t2023年6月底前', '二、推进数字政府', '2\t建成政务平台\t县数据局\t2023年底前'].join('\n'),
      ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
    ],
    ['a section row numbered in brackets', [header, '（一）优化营商环境', '1\t压减审批时限\t县行政审批局\t2023年6月底前'].join('\n'), ['2023年6月底前|2023-06-30|县行政审批局|']],
  ])('keeps the table going past %s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });

  it.each([
    ['a heading followed by prose', [header, '1\t压减审批时限\t县行政审批局\t2023年6月底前', '三、工作要求', '各乡镇要于2023年9月底前报送进展情况。'].join('\n')],
    ['a heading naming a year', [header, '1\t压减审批时限\t县行政审批局\t2023年6月底前', '一、2023年目标', '各乡镇要于2023年9月底前报送进展情况。'].join('\n')],
  ])('ends the table at %s', (_name, body) => {
    expect(records(body)).toEqual(['2023年6月底前|2023-06-30|县行政审批局|', '于2023年9月底前|2023-09-30|各乡镇|']);
  });
});

describe('a cell that says it holds what the cell above holds (同上)', () => {
  it.each([
    [
      'a unit column',
      tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局、县财政局', '2023年6月底前'], ['2', '完成项目乙', '同上', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局', '2023年9月底前|2023-09-30|县住建局|县财政局'],
    ],
    [
      '牵头单位 and 配合单位 columns, spaced and closed by a full stop',
      pipeTable([['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ['1', '完成项目甲', '县住建局', '县财政局', '2023年6月底前'], ['2', '完成项目乙', '同 上', '同上。', '2023年9月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局', '2023年9月底前|2023-09-30|县住建局|县财政局'],
    ],
    [
      'a deadline column, read at the row that writes it as a merged cell is',
      tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局', '2023年6月底前'], ['2', '完成项目乙', '县财政局', '同上']]),
      ['2023年6月底前|2023-06-30|县住建局|'],
    ],
    [
      'the first row, under no cell: no unit',
      tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '同上', '2023年6月底前']]),
      ['2023年6月底前|2023-06-30||'],
    ],
  ])('in %s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });

  it('is the whole cell: a task opening with 同上 keeps its words', () => {
    const body = tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成项目甲', '县住建局', '2023年6月底前'], ['2', '同上级部门做好数据对接', '县数据局', '2023年9月底前']]);
    const text = gazetteDocument({ body, title: '某县人民政府办公室关于印发2023年重点工作任务分工方案的通知', issued: '2023 年 3 月 1 日' });
    expect(extractText(text, 'same.txt').obligations.map((o) => [o.task, o.lead])).toEqual([
      ['完成项目甲', ['县住建局']],
      ['同上级部门做好数据对接', ['县数据局']],
    ]);
  });
});
