import { describe, expect, it } from 'vitest';
import { columnRole } from '../../src/extract/blocks.ts';
import { extractText } from '../../src/extract/index.ts';
import { labelRole } from '../../src/extract/role-labels.ts';
import { unitLabelLine } from '../../src/extract/sections.ts';
import { parseUnitList } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

// One vocabulary of unit-role labels, read alike in brackets and cells, on label lines, in table headers and where a
// label line stands on its own. Synthetic cases written from the real forms read (audit-texts/vocab): 处室 and 科室 are
// a department's own offices, named under the same labels (广东省卫健委 2021 台账 "责任处室" column: 疾控处, 财务处;
// 池州 "责任科室" column; 周村 2021 "责任科室、单位"; 江汉 2022 "逐项明确责任科室"; "明確牽頭科室,其他科室積極配合…
// 責任科室需要其他多個科室協作配合"); 协助 is help to the one in charge ("科室需要其它科室协助完成工作的,由承担主要工作
// 任务的科室…提出协助要求"); 主要责任单位 are the principal ones beside the others (华容 2021 "主要责任单位要…主动对接其他
// 责任单位", 灵璧 2021 "牵头责任单位:… / 主要协作单位:…").

const records = (body: string) => extractText(gazetteDocument({ body }), 'labels.txt').obligations;

describe('the role a label gives its units', () => {
  it.each([
    ['牵头单位', 'lead'],
    ['牵头责任单位', 'lead'],
    ['主办部门', 'lead'],
    ['主责处室', 'lead'],
    ['主要责任单位', 'lead'],
    ['牵头', 'lead'],
    ['配合部门', 'co'],
    ['协同责任单位', 'co'],
    ['协助科室', 'co'],
    ['主要协作单位', 'co'],
    ['协办处室', 'co'],
    ['配合', 'co'],
    ['责任单位', 'units'],
    ['责任处室', 'units'],
    ['具体实施单位', 'units'],
    ['落实部门', 'units'],
    ['责任主体', 'units'],
  ])('%s: %s', (label, role) => expect(labelRole(label)).toBe(role));
});

describe('a list in brackets or a cell, read by its labels', () => {
  it.each([
    ['牵头处室:法规处;配合处室:财务处、人事处', { lead: ['法规处'], co: ['财务处', '人事处'] }],
    // Parted by a space alone, as 牵头单位 and 配合单位 are.
    ['牵头科室:办公室 协助科室:财务科', { lead: ['办公室'], co: ['财务科'] }],
    ['牵头单位:县司法局;协助单位:县财政局', { lead: ['县司法局'], co: ['县财政局'] }],
    // Those who carry the work out beside the one who leads it.
    ['牵头单位:县司法局;实施单位:各乡镇', { lead: ['县司法局'], co: ['各乡镇'] }],
    // Helpers named first: the lead is the one labelled so.
    ['主要协作单位:县财政局;牵头单位:县司法局', { lead: ['县司法局'], co: ['县财政局'] }],
    // A list under one unranked label: the first-listed leads.
    ['责任科室:办公室、财务科', { lead: ['办公室'], co: ['财务科'] }],
    ['责任处室:规划处', { lead: ['规划处'], co: [] }],
    ['承办处室:办公室', { lead: ['办公室'], co: [] }],
    ['责任主体:各县区政府', { lead: ['各县区政府'], co: [] }],
  ])('%s', (text, units) => expect(parseUnitList(text)).toEqual(units));

  // Negatives: an event's host, those attending, a person and a contact are no units responsible.
  it.each(['主办方:市文联', '参加单位:各乡镇', '责任领导:张三;配合单位:县财政局', '联系人:张三'])('%s', (text) => expect(parseUnitList(text)).toBeNull());
});

describe('a label line stands on its own after an item whose line does not close', () => {
  it.each([
    ['1.完成系统整合,2019年6月底前完成\n责任科室:办公室、信息科', ['办公室'], ['信息科']],
    ['1.完成系统整合,2019年6月底前完成\n责 任 处 室 ：规划处', ['规划处'], []],
    // Traditional characters are the same label once folded.
    ['1.完成系统整合,2019年6月底前完成\n協助單位：市財政局', [], ['市財政局']],
    ['1.完成系统整合,2019年6月底前完成\n參與單位：市財政局、市審計局', [], ['市財政局', '市審計局']],
    ['1.完成系统整合,2019年6月底前完成\n落实部门:各乡镇', ['各乡镇'], []],
  ])('%j', (body, lead, co) => {
    const [o] = records(body);
    expect([o.lead, o.co, o.task]).toEqual([lead, co, '完成系统整合']);
  });

  // Negatives: a host and a person are no unit labels, and a label word with no colon opens no label: the line goes
  // on with the sentence above it.
  it.each([
    ['1.举办全市书法展览,2019年6月底前完成\n主办方:市文联', '完成主办方:市文联'],
    ['1.完成系统整合,2019年6月底前完成\n责任领导:张三', '完成责任领导:张三'],
  ])('%j', (body, task) => {
    const [o] = records(body);
    expect([o.lead, o.co, o.task]).toEqual([[], [], task]);
  });
});

describe('a list closing an item\'s own line ends the item, as a label line does', () => {
  // "…完成整改。责任单位:A、B" with no mark after it: the next line, after a blank one or not, is the next item's, not
  // more of the list; an item's number may run into the year it opens with (2.2021年…).
  it.each([
    ['1.2021年9月底前完成整改。责任单位:县财政局、县民政局\n\n2.2021年10月底前完成评估。(牵头单位:县发改局)', [[['县财政局'], ['县民政局'], '完成整改'], [['县发改局'], [], '完成评估']]],
    ['1.2021年9月底前完成整改。责任单位:县财政局、县民政局\n2.2021年10月底前完成评估。', [[['县财政局'], ['县民政局'], '完成整改'], [[], [], '完成评估']]],
    ['1.2021年9月底前完成整改。责任科室:办公室、财务科\n\n各乡镇要于2021年10月底前完成评估。', [[['办公室'], ['财务科'], '完成整改'], [['各乡镇'], [], '完成评估']]],
  ])('%j', (body, expected) => expect(records(body).map((o) => [o.lead, o.co, o.task])).toEqual(expected));
  // Negatives: a list broken off at 、 goes on in the next line; a line that only mentions a unit list goes on too.
  it.each([
    ['1.2021年9月底前完成整改。责任单位:县财政局、\n县民政局', [[['县财政局'], ['县民政局'], '完成整改']]],
    ['1.2021年9月底前完成整改,各责任单位要把整改情况\n报县政府办公室。', [[[], [], '完成整改,各责任单位要把整改情况报县政府办公室']]],
  ])('%j', (body, expected) => expect(records(body).map((o) => [o.lead, o.co, o.task])).toEqual(expected));
});

describe('a table column named by a label', () => {
  it.each([
    ['主要责任单位', 'lead'],
    ['牵头处室', 'lead'],
    // A header naming helpers beside the lead names no column of leads, whichever word names them.
    ['牵头单位/配合单位', 'co'],
    ['牵头单位、协办单位', 'co'],
    ['主要协作单位', 'co'],
    ['落实部门', 'units'],
    ['具体承办处室', 'units'],
    ['责任科室、单位', 'units'],
    ['主办方', 'other'],
    ['责任领导', 'other'],
  ])('%s is a %s column', (name, role) => expect(columnRole(name)).toBe(role));

  const table = (header: string[], ...rows: string[][]) =>
    [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

  it('principal units responsible all lead, beside their helpers', () => {
    const [o] = records(table(['序号', '工作任务', '主要责任单位', '配合单位', '完成时限'], ['1', '修订管理办法', '县司法局、县财政局', '县审计局', '2019年6月底前']));
    expect([o.lead, o.co]).toEqual([['县司法局', '县财政局'], ['县审计局']]);
  });

  it('a cell naming its groups by 处室 and 科室 labels', () => {
    const [a, b] = records(
      table(['序号', '工作任务', '责任单位', '完成时限'], ['1', '修订管理办法', '牵头处室:法规处;配合处室:财务处、人事处', '2019年6月底前'], ['2', '开展清查', '责任科室:办公室、财务科', '2019年10月底前']),
    );
    expect([a.lead, a.co, b.lead, b.co]).toEqual([['法规处'], ['财务处', '人事处'], ['办公室'], ['财务科']]);
  });
});

describe('a label line standing above a list of items', () => {
  it.each([
    ['牵头处室:法规处', { units: { lead: ['法规处'], co: [] }, leads: true }],
    // 主办, as 牵头, names leaders only.
    ['主办单位:县司法局、县财政局', { units: { lead: ['县司法局', '县财政局'], co: [] }, leads: true }],
    ['主要责任单位:县司法局、县财政局', { units: { lead: ['县司法局', '县财政局'], co: [] }, leads: true }],
    ['协助科室:财务科', { units: { lead: [], co: ['财务科'] }, leads: false }],
    ['协同责任单位:县审计局', { units: { lead: [], co: ['县审计局'] }, leads: false }],
    // Unranked: the first-listed leads.
    ['承办单位:县司法局、县财政局', { units: { lead: ['县司法局'], co: ['县财政局'] }, leads: true }],
    ['责任科室:办公室、财务科', { units: { lead: ['办公室'], co: ['财务科'] }, leads: true }],
    // Negatives: a host, those attending and a person are no unit labels.
    ['主办方:市文联', null],
    ['参加单位:各乡镇', null],
    ['责任领导:张三', null],
  ])('%s', (line, expected) => expect(unitLabelLine(line)).toEqual(expected));
});

describe('the labels of a bracket or a cell read as label lines are', () => {
  // One reading of the same labels wherever they stand: 牵头 leads wherever it is listed, a 责任单位 list follows the
  // first-listed convention ("列第一位的责任单位为牵头单位", 杭州 2020), helpers help.
  const body = (labels: string[]) => `1.完成管理办法修订,2019年底前完成(${labels.join(';')})。`;
  const lines = (labels: string[]) => `1.完成管理办法修订,2019年底前完成\n${labels.join('\n')}`;
  it.each([
    [['责任单位:县司法局、县财政局', '配合单位:县审计局'], ['县司法局'], ['县财政局', '县审计局']],
    [['责任单位:县财政局', '牵头单位:县司法局'], ['县司法局'], ['县财政局']],
    [['牵头单位:县司法局', '责任单位:县财政局、县审计局'], ['县司法局'], ['县财政局', '县审计局']],
    [['牵头处室:法规处', '配合处室:财务处'], ['法规处'], ['财务处']],
    [['责任单位:县司法局、县财政局按职责分工负责', '配合单位:县审计局'], ['县司法局', '县财政局'], ['县审计局']],
  ])('%j', (labels, lead, co) => {
    for (const text of [body(labels), lines(labels)]) {
      const [o] = records(text);
      expect([o.lead, o.co]).toEqual([lead, co]);
    }
  });

  it('in a cell', () => {
    const table = ['| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 修订管理办法 | 责任单位:县财政局;牵头单位:县司法局 | 2019年6月底前 |'].join('\n');
    const [o] = records(table);
    expect([o.lead, o.co]).toEqual([['县司法局'], ['县财政局']]);
  });
});

describe('one list under one label, in brackets, after the sentence or on a line', () => {
  // A label of those who lead names leaders only, as "A、B牵头" does (灵璧 2021 "牵头责任单位:县卫健委、县民政局"); an
  // unranked one follows the first-listed convention.
  const forms = (label: string) => [
    `1.完成规划修编,2019年底前完成(${label})。`,
    `1.完成规划修编,2019年底前完成。${label}。`,
    `1.完成规划修编,2019年底前完成\n${label}`,
  ];
  it.each([
    ['牵头单位:县司法局、县财政局', ['县司法局', '县财政局'], []],
    ['主办单位:县司法局、县财政局', ['县司法局', '县财政局'], []],
    ['主要责任单位:县司法局、县财政局', ['县司法局', '县财政局'], []],
    ['牵头处室:法规处、财务处', ['法规处', '财务处'], []],
    ['责任单位:县司法局、县财政局', ['县司法局'], ['县财政局']],
    ['责任处室:规划处', ['规划处'], []],
    ['具体实施单位:各乡镇', ['各乡镇'], []],
  ])('%s', (label, lead, co) => {
    for (const text of forms(label)) {
      const [o] = records(text);
      expect([o.lead, o.co, o.task]).toEqual([lead, co, '完成规划修编']);
    }
  });

  // Negative: a host named after the sentence is no unit responsible.
  it('主办方', () => {
    const [o] = records('1.完成规划修编,2019年底前完成。主办方:市文联。');
    expect([o.lead, o.co]).toEqual([[], []]);
  });
});

describe('a role word closing a list marks its units', () => {
  // The helpers' words mark the units before them as they label a list ("市建设局牵头,市发改委配合", 兰州; 协作 as in
  // 灵璧 2021 主要协作单位, 张家川 2016 "各协作和配合单位"); 参加 marks those taking part.
  it.each([
    ['市卫健委牵头,市财政局、市审计局协作', { lead: ['市卫健委'], co: ['市财政局', '市审计局'] }],
    ['市卫健委牵头,市财政局协办', { lead: ['市卫健委'], co: ['市财政局'] }],
    ['市卫健委牵头,市财政局参加', { lead: ['市卫健委'], co: ['市财政局'] }],
    ['市财政局协作', { lead: [], co: ['市财政局'] }],
    // Negative: a role word inside a name or a task is no mark.
    ['市卫健委牵头,建立协作机制', null],
  ])('%s', (text, units) => expect(parseUnitList(text)).toEqual(units));
});

describe('a statement assigning the work, its helpers named by any helper word', () => {
  const doc = (statement: string) => `${statement}\n一、重点任务\n1.5月底前完成客运车辆隐患排查。`;
  it.each([
    ['全县整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', ['县公安局'], ['县交通运输局', '县应急管理局']],
    ['全县整治工作由县公安局牵头,县交通运输局、县应急管理局协办。', ['县公安局'], ['县交通运输局', '县应急管理局']],
    ['全县整治工作由县公安局牵头,县交通运输局、县应急管理局等部门积极协作。', ['县公安局'], ['县交通运输局', '县应急管理局']],
    // Negative: a helper word in the work itself names no helper, and no statement.
    ['全县整治工作由县公安局牵头,建立协作机制。', [], []],
  ])('%s', (statement, lead, co) => {
    const [o] = records(doc(statement));
    expect([o.lead, o.co]).toEqual([lead, co]);
  });
});

it('helpers named before how they help', () => {
  const [o] = records('全县整治工作由县公安局牵头,各有关部门按照职责分工配合。\n一、重点任务\n1.5月底前完成客运车辆隐患排查。');
  expect([o.lead, o.co]).toEqual([['县公安局'], ['各有关部门']]);
});

describe('a lead\'s label in brackets after its name', () => {
  it.each([
    ['县住建局(牵头)、县财政局', { lead: ['县住建局'], co: ['县财政局'] }],
    ['法规处(牵头处室)、财务处、人事处', { lead: ['法规处'], co: ['财务处', '人事处'] }],
    ['县财政局、县住建局(主办单位)', { lead: ['县住建局'], co: ['县财政局'] }],
  ])('%s', (text, units) => expect(parseUnitList(text)).toEqual(units));
});
