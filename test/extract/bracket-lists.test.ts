import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { lastRecord as last } from './last-record.ts';

// Unit lists in brackets closing an item, in the wordings real plans use: "(A牵头,B、C配合)" (官渡 2016),
// "(牵头单位:A;责任单位:B、C)" (鄂政发〔2018〕26号, 武汉 2018), "(牽頭單位:A;配合單位:B)" (穗府辦〔2006〕19號),
// "(A、B牵头,C及D按职责分工负责)" (咸阳 2022), "(A、B…按职责分工负责)" (粤府办〔2023〕5号), "(A牵头负责)".

const units = (body: string) => {
  const o = last(body);
  return [o.lead, o.co];
};

describe('the labels and markers of a bracketed list', () => {
  it.each([
    ['1.完成整合,2018年6月底前完成。(主责单位:市发改委;协办单位:市财政局)', [['市发改委'], ['市财政局']]],
    ['1.完成整合,2018年6月底前完成。(牵头单位:市发改委;协同单位:市财政局、市税务局)', [['市发改委'], ['市财政局', '市税务局']]],
    ['1.完成整合,2018年6月底前完成。(牵头责任单位:市发改委;协同责任单位:市财政局)', [['市发改委'], ['市财政局']]],
    // The order of the groups does not make the helpers lead.
    ['1.完成整合,2018年6月底前完成。(协同单位:市财政局;牵头单位:市发改委)', [['市发改委'], ['市财政局']]],
    ['1.推介项目,2018年6月底前完成。(省发展改革委牵头负责)', [['省发展改革委'], []]],
    ['1.完成清理,2018年9月底前完成。(市发改委、市财政局按照职责分工分别负责)', [['市发改委', '市财政局'], []]],
    // Unchanged forms beside them.
    ['1.完成整合,2018年6月底前完成。(牵头单位:市发改委;责任单位:市财政局、市税务局)', [['市发改委'], ['市财政局', '市税务局']]],
    ['1.完成清理,2018年9月底前完成。(市发改委牵头,市财政局、市税务局参与)', [['市发改委'], ['市财政局', '市税务局']]],
    // Negative: 负责 alone after two units is no 牵头: the first-listed leads.
    ['1.完成清理,2018年9月底前完成。(市发改委、市财政局负责)', [['市发改委'], ['市财政局']]],
    // The roles parted by an enumeration comma: "A牵头、B" was the name of one helper.
    ['1.完成清理,2018年9月底前完成。(市发改委牵头、市财政局配合)', [['市发改委'], ['市财政局']]],
    ['1.完成清理,2018年9月底前完成。(市发改委牵头、市财政局、市税务局配合)', [['市发改委'], ['市财政局', '市税务局']]],
    ['1.完成清理,2018年9月底前完成。(市发改委负责、市财政局配合)', [['市发改委'], ['市财政局']]],
    ['1.完成清理,2018年9月底前完成。(市发改委、市财政局牵头、各县区配合)', [['市发改委', '市财政局'], ['各县区']]],
    // Negative: an enumeration comma between names stays one group.
    ['1.完成清理,2018年9月底前完成。(市发改委、市财政局、市税务局配合)', [[], ['市发改委', '市财政局', '市税务局']]],
  ])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// A department's own offices as a table's unit column: 责任处室 (广东省卫生健康委 2021 台账), 责任科室 (周村 2021's 责任科室、单位).
describe('责任处室 and 责任科室 columns name the units of each row', () => {
  const row = (header: string, cell: string) =>
    extractText(gazetteDocument({ body: `| 序号 | 工作任务 | ${header} | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 完成预算编制 | ${cell} | 2018年6月底前 |` }), 't.txt').obligations[0];
  it.each([
    ['责任处室', '预算处', ['预算处']],
    ['责任科室', '综合科', ['综合科']],
  ])('%s', (header, cell, lead) => expect(row(header, cell).lead).toEqual(lead));
  // Negative: a column of persons in charge names no unit; the row's units come from its unit column.
  it('督办领导 beside 责任科室', () => {
    const o = extractText(gazetteDocument({ body: '| 序号 | 工作任务 | 责任科室 | 督办领导 | 完成时间 |\n| --- | --- | --- | --- | --- |\n| 1 | 完成统计上报 | 综合科 | 王五 | 2018年6月底前 |' }), 't.txt').obligations[0];
    expect([o.lead, o.co]).toEqual([['综合科'], []]);
  });
});

describe('a units cell holding its own labels', () => {
  it('牵头:A 配合:B、C', () => {
    const o = extractText(gazetteDocument({ body: '| 序号 | 工作任务 | 责任单位 | 完成时间 |\n| --- | --- | --- | --- |\n| 1 | 完成社区改造 | 牵头:县住建局 配合:县财政局、县民政局 | 2018年6月底前 |' }), 't.txt').obligations[0];
    expect([o.lead, o.co]).toEqual([['县住建局'], ['县财政局', '县民政局']]);
  });
});

// Brackets holding labelled fields (责任单位, 责任领导, 完成时限), parted by ; or by a space alone, as a sentence of their own
// after the item (广州 2006 and 武汉 2018 put the bracket after the item's stop) or inside it.
describe('labelled fields in brackets: the units, the time and the item they close', () => {
  const record = (body: string) => {
    const o = last(body);
    return [o.due, o.lead, o.co, o.task];
  };
  it.each([
    ['2.建立审批系统。(责任单位:市工信局;完成时限:2018年9月底前)', ['2018-09-30', ['市工信局'], [], '建立审批系统']],
    ['4.开展专项检查。(市市场监管局牵头,市公安局配合,2018年11月底前完成)', ['2018-11-30', ['市市场监管局'], ['市公安局'], '开展专项检查']],
    ['5.制定实施细则。(责任单位:市司法局 时间:2018年5月底前)', ['2018-05-31', ['市司法局'], [], '制定实施细则']],
    ['6.建立制度。(责任领导:张三;责任单位:市发改委;完成时限:2018年4月底前)', ['2018-04-30', ['市发改委'], [], '建立制度']],
  ])('%s', (body, expected) => expect(record(body)).toEqual(expected));

  // Negative: a bracket dating a document cited is no deadline.
  it('a cited document\'s date in brackets', () => {
    const { obligations } = extractText(gazetteDocument({ body: '根据《关于开展专项检查的通知》(2018年5月31日)要求,现将有关事项通知如下。' }), 't.txt');
    expect(obligations).toEqual([]);
  });
});
