import { describe, expect, it } from 'vitest';
import { columnLeadMark, columnRole } from '../../src/extract/blocks.ts';
import { extractText } from '../../src/extract/index.ts';
import { Obligation } from '../../src/obligation.ts';
import { gazetteDocument } from './gazette-text.ts';

function extract(body: string) {
  const text = gazetteDocument({ body });
  const obligations = extractText(text, 'table.txt').obligations.map((o) => Obligation.parse(o));
  return { text, lines: text.split('\n'), obligations };
}

const pipeTable = (header: string[], ...rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const read = (body: string) => extract(body).obligations.map((o) => [o.due, o.lead, o.co, o.task]);

describe('a column named with a note in brackets', () => {
  // The name is the words outside the brackets; the note says who leads, which only a 牵头单位 column changes.
  it.each([
    ['责任单位（列第一位的为牵头单位）', 'units'],
    ['责任部门（排在第一位的为牵头部门）', 'units'],
    ['责任部门(加*号为牵头部门,其余为参与部门)', 'units'],
    ['责任单位（部门）', 'units'],
    ['完成时限（年月）', 'deadline'],
    ['重点工作任务(杭州市2项牵头工作、19项配合工作)', 'task'],
    // A 牵头单位 column whose note says the first listed (or the marked one) leads lists helpers too.
    ['牵头单位（第一个为牵头单位）', 'units'],
    ['牵头单位（列首位的为牵头单位）', 'units'],
    ['牵头单位（标★的为牵头单位）', 'units'],
    // Negatives: a note that says nothing of who leads leaves the name's role; a name alone is read as before.
    ['牵头单位（第一批）', 'lead'],
    ['牵头单位', 'lead'],
    ['责任单位', 'units'],
    ['（责任单位）', 'units'],
  ])('%s is a %s column', (name, role) => expect(columnRole(name)).toBe(role));

  it.each([
    ['责任部门(加*号为牵头部门,其余为参与部门)', '*'],
    ['责任部门（加＊号的为牵头部门）', '*'],
    ['责任单位（标★的为牵头单位）', '★'],
    ['责任单位（带△的为牵头单位）', '△'],
    ['责任单位（列第一位的为牵头单位）', null],
    ['责任单位（*为新增单位）', null],
    ['责任单位', null],
  ])('%s marks its lead with %s', (name, mark) => expect(columnLeadMark(name)).toBe(mark));
});

describe('a pipe table whose unit column carries a note', () => {
  it('reads 责任单位（列第一位的为牵头单位）: the first leads, the others help', () => {
    const table = pipeTable(['序号', '工作任务', '责任单位（列第一位的为牵头单位）', '完成时限'], ['1', '完成系统整合', '县发改局、县财政局、县大数据中心', '2022年6月底前']);
    expect(read(table)).toEqual([['2022-06-30', ['县发改局'], ['县财政局', '县大数据中心'], '完成系统整合']]);
  });

  it('reads 牵头单位（第一个为牵头单位） as the note says: the first leads, not every unit', () => {
    const table = pipeTable(['序号', '工作任务', '牵头单位（第一个为牵头单位）', '完成时限'], ['1', '完成系统整合', '县发改局、县财政局', '2022年6月底前']);
    expect(read(table)).toEqual([['2022-06-30', ['县发改局'], ['县财政局'], '完成系统整合']]);
    // Without the note, a 牵头单位 column's units all lead, as before.
    const plain = pipeTable(['序号', '工作任务', '牵头单位', '完成时限'], ['1', '完成系统整合', '县发改局、县财政局', '2022年6月底前']);
    expect(read(plain)).toEqual([['2022-06-30', ['县发改局', '县财政局'], [], '完成系统整合']]);
  });

  it('reads the unit its note marks as the lead, wherever it stands, without the mark', () => {
    const table = pipeTable(
      ['序号', '任务名称', '责任部门（加*号为牵头部门，其余为参与部门）', '完成时间节点'],
      ['1', '加强农房建设管理', '区建管委*、区农业农村委、区规划资源局', '12月底'],
      ['2', '推进示范村建设', '区发改委、区农业农村委＊、区水务局等', '10月底'],
      // A row with no unit marked reads its list as any other: the first leads.
      ['3', '开展村庄设计', '区规划资源局、区农业农村委', '9月底'],
    );
    expect(read(table)).toEqual([
      ['2018-12-31', ['区建管委'], ['区农业农村委', '区规划资源局'], '加强农房建设管理'],
      ['2018-10-31', ['区农业农村委'], ['区发改委', '区水务局'], '推进示范村建设'],
      ['2018-09-30', ['区规划资源局'], ['区农业农村委'], '开展村庄设计'],
    ]);
  });

  it('keeps a bracket that is part of a unit name in the name, the mark after it aside', () => {
    const table = pipeTable(['序号', '工作任务', '责任单位（标★的为牵头单位）', '完成时限'], ['1', '完成电网改造', '省财政厅、省发展改革委（省能源局）★', '2022年12月底前']);
    expect(read(table)).toEqual([['2022-12-31', ['省发展改革委（省能源局）'], ['省财政厅'], '完成电网改造']]);
  });

  it('keeps a bracket in a unit name under a note that the first listed leads', () => {
    const table = pipeTable(['序号', '工作任务', '责任单位（列第一位的为牵头单位）', '完成时限'], ['1', '完成电网改造', '省发展改革委（省能源局）、省财政厅', '2022年12月底前']);
    expect(read(table)).toEqual([['2022-12-31', ['省发展改革委（省能源局）'], ['省财政厅'], '完成电网改造']]);
  });

  it('does not take a body row whose cells hold brackets for a header', () => {
    // "2022年6月底前（完成时限）" names a column only by the words in its brackets: a row, read under the header above.
    const table = pipeTable(['序号', '工作任务', '责任单位', '完成时限'], ['', '清理欠薪（专项）', '各乡镇（街道）', '2022年6月底前（完成时限）']);
    expect(read(table)).toEqual([['2022-06-30', ['各乡镇（街道）'], [], '清理欠薪（专项）']]);
  });
});

describe('a tab-separated table whose unit column carries a note', () => {
  it('reads its rows by the header, the note aside', () => {
    const tsv = ['序号\t工作任务\t责任单位（排在第一位的为牵头单位）\t完成时限（年月）', '1\t建成污水处理厂\t市住建局、市生态环境局\t2021年9月'].join('\n');
    expect(read(tsv)).toEqual([['2021-09-30', ['市住建局'], ['市生态环境局'], '建成污水处理厂']]);
  });
});

describe('a table copied one cell per line whose column name carries a note', () => {
  it('reads a name with its note on the same line as one column', () => {
    const body = ['序号', '', '重点工作任务（县2项牵头工作、3项配合工作）', '', '责任单位', '', '完成时限', '', '1', '', '建成城西污水处理厂', '', '县住建局、县生态环境分局', '', '2021年9月底前'].join('\n');
    expect(read(body)).toEqual([['2021-09-30', ['县住建局'], ['县生态环境分局'], '建成城西污水处理厂']]);
  });

  it('reads cells parted by pipes alone, the note of a name on lines of its own, and units over several lines', () => {
    const cells = (...rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => [c, '|'])).join('\n');
    const body = cells(
      ['序号', '任务名称', '责任部门\n(加*号为牵头部门,\n其余为参与部门)', '完成时间节点'],
      ['1', '加强农房\n建设管理', '区建管委*、\n区农业农村委、\n区规划资源局', '12月底'],
      ['2', '推进示范村建设', '区农业农村委*', '10月底'],
    );
    expect(read(body)).toEqual([
      ['2018-12-31', ['区建管委'], ['区农业农村委', '区规划资源局'], '加强农房建设管理'],
      ['2018-10-31', ['区农业农村委'], [], '推进示范村建设'],
    ]);
  });

  it('keeps a section row between pipe-parted cells apart from the cell above it', () => {
    const cells = (...rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => ['|', c])).join('\n');
    const body = [cells(['序号', '工作任务', '责任单位', '完成时限']), cells(['1', '建立联络机制', '县农业局', '2018 年 6 月底前']), '一、基础通用标准', cells(['2', '编制地方标准', '县市场监管局', '2018 年 9 月底前'])].join('\n');
    expect(read(body).map(([due, , , task]) => [due, task])).toEqual([
      ['2018-06-30', '建立联络机制'],
      ['2018-09-30', '编制地方标准'],
    ]);
  });
});
