import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { labelFields } from '../../src/extract/item-labels.ts';
import { unitsOfFields } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

// Label lines under an item, each on a line of its own or several on one line, in any order: who leads, who is
// responsible, who helps, the person in charge and the time. Synthetic cases written from the real forms read
// (滁州 2020 重点工作: "牵头负责领导:金力。/ 牵头责任单位:市发展改革委。/ 协同责任单位:…"; 蔡甸 2023 and 湖州 2020
// 责任分解: "责任单位:…" under each item; 运城 2017: a unit list on a line of its own after the item's points).

const records = (body: string) => extractText(gazetteDocument({ body }), 'labels.txt').obligations;

describe('a line of labels splits into its fields', () => {
  it.each([
    ['牵头单位:市发改委', [['lead', '市发改委']]],
    ['牵头单位:市发改委。配合单位:市财政局、市税务局。完成时限:2019年6月底前。', [['lead', '市发改委'], ['co', '市财政局、市税务局'], ['time', '2019年6月底前']]],
    ['责任单位:市司法局完成时限:2019年5月底前', [['units', '市司法局'], ['time', '2019年5月底前']]],
    ['牵头负责领导:金力。', [['person', '金力']]],
    ['牵头责任单位:市发展改革委。', [['lead', '市发展改革委']]],
    ['协同责任单位:市经信局、市商务局等,各县、市、区政府。', [['co', '市经信局、市商务局等,各县、市、区政府']]],
    ['主责单位:市水利局;协办单位:市财政局', [['lead', '市水利局'], ['co', '市财政局']]],
    ['责任主体:各县区人民政府', [['units', '各县区人民政府']]],
    ['时间节点:2021年6月底前', [['time', '2021年6月底前']]],
    // The division of the work, its list saying who leads and who helps (粤府〔2021〕22号, 2022 and 2023 分工方案).
    ['部门分工:省发展改革委牵头,各地、各部门配合。', [['units', '省发展改革委牵头,各地、各部门配合']]],
    ['责任分工:市财政局牵头,市税务局配合', [['units', '市财政局牵头,市税务局配合']]],
  ])('%s', (text, fields) => expect(labelFields(text)?.map((f) => [f.role, f.value])).toEqual(fields));

  // Negatives: a sentence that opens with a unit or a task, and a label with no colon, are no label lines.
  it.each(['市发改委牵头,市财政局配合', '完成全市政务服务事项梳理。', '责任单位要于6月底前报送', '时间安排', '明确工作措施、责任分工等', '三、责任分工'])('%s', (text) => expect(labelFields(text)).toBeNull());
});

describe('the units of an item\'s labels', () => {
  const spell = (name: string) => name;
  const units = (fields: Array<[string, string]>) => unitsOfFields(fields.map(([role, value]) => ({ role: role as 'lead', value, spell })));
  it.each([
    // 牵头 leads; a 责任单位 list beside it names the others responsible.
    [[['lead', '市发改委'], ['units', '市财政局、市税务局']], { lead: ['市发改委'], co: ['市财政局', '市税务局'] }],
    // A responsibility list alone: the first-listed leads.
    [[['units', '市经信局、市财政局、市发展改革委']], { lead: ['市经信局'], co: ['市财政局', '市发展改革委'] }],
    // Each acting on its own: all lead.
    [[['units', '市商务局、各县区政府按职责分工负责']], { lead: ['市商务局', '各县区政府'], co: [] }],
    // Any order: the helpers first, the lead after.
    [[['co', '市财政局'], ['lead', '市政务服务中心']], { lead: ['市政务服务中心'], co: ['市财政局'] }],
    // Helpers alone name no lead.
    [[['co', '市财政局']], { lead: [], co: ['市财政局'] }],
    // 各 governing levels stays one unit.
    [[['lead', '市发展改革委'], ['co', '市经信局,各县、市、区政府']], { lead: ['市发展改革委'], co: ['市经信局', '各县、市、区政府'] }],
    // Negative: 无 names no one.
    [[['co', '无']], null],
  ])('%j', (fields, expected) => expect(units(fields as Array<[string, string]>)).toEqual(expected));
});

describe('label lines under an item give its units and its time', () => {
  it('部门分工 under an item: the unit marked 牵头 leads, those marked 配合 help, a 分管 leader names none', () => {
    const [a, b] = records('1.2021年6月底前出台支持政策。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。\n2.9月底前完成改造。\n分管省领导:张新\n部门分工:省商务厅牵头,省财政厅、省市场监管局配合。');
    expect([a.due, a.lead, a.co]).toEqual(['2021-06-30', ['省发展改革委'], ['各地', '各部门']]);
    expect([b.due, b.lead, b.co]).toEqual(['2018-09-30', ['省商务厅'], ['省财政厅', '省市场监管局']]);
  });

  it('unit labels on lines of their own, then the time', () => {
    const [o] = records('1.完成全市政务服务事项梳理。\n牵头单位:市政务服务中心\n责任单位:市发改委、市财政局\n完成时限:2018年6月底前');
    expect([o.due, o.lead, o.co, o.task]).toEqual(['2018-06-30', ['市政务服务中心'], ['市发改委', '市财政局'], '完成全市政务服务事项梳理']);
  });

  it('a person in charge between the item and its units names no unit', () => {
    const [o] = records('2.建立审批系统。\n责任领导:张三\n牵头单位:市政务服务中心\n配合单位:市工信局、市财政局\n完成时限:2018年9月底');
    expect([o.due, o.lead, o.co, o.task]).toEqual(['2018-09-30', ['市政务服务中心'], ['市工信局', '市财政局'], '建立审批系统']);
  });

  it('the time before the units', () => {
    const [o] = records('6.建立联席会议制度。\n完成时限:2018年4月底前\n牵头单位:市发改委\n配合单位:市财政局');
    expect([o.due, o.lead, o.co, o.task]).toEqual(['2018-04-30', ['市发改委'], ['市财政局'], '建立联席会议制度']);
  });

  it('several labels on one line, after a full stop or spaces', () => {
    const [a, b] = records('3.推进不动产登记。\n牵头单位：市自然资源局。配合单位：市税务局。完成时限：2018年10月底前。\n5.制定实施细则。\n责任单位：市司法局     完成时限：2018年5月底前');
    expect([a.lead, a.co, a.task]).toEqual([['市自然资源局'], ['市税务局'], '推进不动产登记']);
    expect([b.due, b.lead, b.co, b.task]).toEqual(['2018-05-31', ['市司法局'], [], '制定实施细则']);
  });

  it('labels in the sentence after the item, on its line', () => {
    const [o] = records('4.开展专项检查。牵头单位:市市场监管局;配合单位:市公安局;完成时限:2018年11月底前。');
    expect([o.lead, o.co, o.task]).toEqual([['市市场监管局'], ['市公安局'], '开展专项检查']);
  });

  it('a bare month under a time label is the month\'s last day, as in a deadline column', () => {
    const [o] = records('7.健全工作机制。\n责任单位:市司法局\n完成时间:2018年12月');
    expect([o.due, o.lead]).toEqual(['2018-12-31', ['市司法局']]);
  });

  it('a time the item states and its label restates is one record', () => {
    const all = records('4.开展专项检查,2018年11月底前完成。\n责任领导:张三\n责任单位:市市场监管局\n完成时限:2018年11月底前');
    expect(all.map((o) => [o.due, o.lead])).toEqual([['2018-11-30', ['市市场监管局']]]);
  });

  it('主责 and 协办 labels, and 责任主体', () => {
    const [a, b] = records('14.完成验收,2018年10月底前完成。\n主责单位:市水利局;协办单位:市财政局\n15.修订办法,2018年9月底前完成。\n责任主体:各县区人民政府');
    expect([a.lead, a.co]).toEqual([['市水利局'], ['市财政局']]);
    expect([b.lead, b.co]).toEqual([['各县区人民政府'], []]);
  });

  it('灵璧 2021: 牵头责任单位 names leaders, 主要协作单位 the helpers', () => {
    const [o] = records('1.落实积极应对人口老龄化国家战略,2018年底前建成县级养老服务指导中心。\n牵头责任单位:县卫健委、县民政局\n主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位');
    expect([o.lead, o.co]).toEqual([['县卫健委', '县民政局'], ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门', '有关直属单位']]);
  });

  it('with no unit label, the item\'s own actor is the time\'s', () => {
    const [a, b] = records('1.各乡镇要完成辖区内危房排查。\n完成时限:2018年6月底前\n2.县住建局负责完成全县农房鉴定。\n完成时限:2018年9月底前');
    expect([a.due, a.lead]).toEqual(['2018-06-30', ['各乡镇']]);
    expect([b.due, b.lead]).toEqual(['2018-09-30', ['县住建局']]);
  });

  it('milestones on the time line are steps of the item', () => {
    const all = records('6.完成项目验收。\n责任单位:县发改局\n时间要求:2018年11月底前完成初验,2018年12月底前完成终验');
    expect(all.map((o) => [o.due, o.task, o.lead])).toEqual([
      ['2018-11-30', '完成项目验收:完成初验', ['县发改局']],
      ['2018-12-31', '完成项目验收:完成终验', ['县发改局']],
    ]);
  });

  // Negative: an item naming no actor leaves the time to those the notice is addressed to.
  it('an item with no actor and no unit label', () => {
    const [o] = records('1.完成辖区内危房排查。\n完成时限:2018年6月底前');
    expect(o.lead).toEqual(['各市、县(市、区)人民政府', '省政府直属各单位']);
  });

  it('a label line wrapped at an enumeration comma goes on on the next line', () => {
    const [o] = records('1. 2018年底前建成市级数据共享平台。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局、\n市农业农村局、经开区管委会等,各县、市、区政府。');
    expect(o.co).toEqual(['市经信局', '市商务局', '市农业农村局', '经开区管委会', '各县、市、区政府']);
  });

  // Negative: a label line closed by its stop does not run into the next line.
  it('a label line closed by a stop stands alone', () => {
    const all = records('1. 2018年底前建成平台。\n牵头责任单位:市发展改革委。\n2. 2018年6月底前出台政策。\n牵头责任单位:市财政局。');
    expect(all.map((o) => o.lead)).toEqual([['市发展改革委'], ['市财政局']]);
  });

  // Negative: labels under a heading whose numbered items follow open a section; they are not the heading's alone.
  it('labels under a heading speak for the items below it', () => {
    const all = records('(一)重点车辆整治\n牵头单位:市公安局\n协办单位:市交通局\n1.2018年6月底前完成货车登记。\n2.2018年9月底前完成校车检查。');
    expect(all.map((o) => o.lead)).toEqual([['市公安局'], ['市公安局']]);
  });

  // Negative: the labels of one item are not the next item's own list.
  it('the next item\'s own labels are its own', () => {
    const all = records('1.完成梳理。\n牵头单位:市政务服务中心\n完成时限:2018年6月底前\n2.建立系统。\n牵头单位:市工信局\n完成时限:2018年9月底前');
    expect(all.map((o) => [o.due, o.lead, o.task])).toEqual([['2018-06-30', ['市政务服务中心'], '完成梳理'], ['2018-09-30', ['市工信局'], '建立系统']]);
  });
});

describe('a label naming a second kind of body in brackets, and a person\'s label beside the time', () => {
  // 延安 2018 科技局 分解: "责任领导:李建雄 / 牵头科室(单位):计划科、科技资源统筹中心基建办 / 完成时限:2018年12月" under each item,
  // the bracket naming the other kind of body the list may hold. A person's label names no unit, on a line of its own
  // or beside the time.
  it.each([
    ['1.加快孵化基地建设。\n责任领导:李建雄\n牵头科室(单位):计划科、科技资源统筹中心基建办\n完成时限:2018年12月', ['2018-12-31', ['计划科', '科技资源统筹中心基建办'], []]],
    ['1.加快孵化基地建设。\n责任单位(部门):市发改委、市财政局\n完成时限:2018年6月底前', ['2018-06-30', ['市发改委'], ['市财政局']]],
    ['1.加快孵化基地建设。\n牵头部门(单位):市发改委\n配合部门(单位):市财政局、市税务局\n完成时限:2018年6月底前', ['2018-06-30', ['市发改委'], ['市财政局', '市税务局']]],
    ['1.加快孵化基地建设,2018年6月底前完成。(牵头单位(部门):市发改委)', ['2018-06-30', ['市发改委'], []]],
    // The person and the time on one line: the person's label is no lead.
    ['1.完成全市项目梳理。\n责任领导:张三 完成时限:2018年6月底前', ['2018-06-30', [], []]],
    ['1.完成全市项目梳理。\n牵头领导:李四 时间节点:2018年9月底前\n责任单位:市科技局', ['2018-09-30', ['市科技局'], []]],
    // The item's own actor stays the time's.
    ['1.各乡镇要加快孵化基地建设。\n分管领导:张三 完成时限:2018年6月底前', ['2018-06-30', ['各乡镇'], []]],
    // Negatives: a sentence's subject with a bracket, and a post as a sentence's subject, are read as before.
    ['1.各牵头单位(部门)要于2018年6月底前制定方案。', ['2018-06-30', ['各牵头单位(部门)'], []]],
    ['1.县领导要于2018年6月底前完成走访。', ['2018-06-30', ['县领导'], []]],
  ])('%s', (body, expected) => {
    const [o, ...rest] = records(body);
    expect(rest).toEqual([]);
    expect([o.due, o.lead, o.co]).toEqual(expected);
  });
});

describe('the label lines of an item run on in its paragraph', () => {
  // A web copy runs an item's label lines on after its task ("…融合发展。 分管领导:… 部门分工:…", 广东 2023 分工方案's
  // news copy): from the first list label to the paragraph's end, labels only, read as the lines would be.
  it.each([
    ['1.完成项目梳理。牵头单位:市商务局。完成时限:2018年6月底前。', [['2018-06-30', ['市商务局'], []]]],
    ['1.2018年6月底前完成项目梳理。牵头单位:市商务局。责任单位:市编办、市发改委。', [['2018-06-30', ['市商务局'], ['市编办', '市发改委']]]],
    ['1.2018年6月底前完成项目梳理。牵头单位:市发改委。配合单位:各县(市、区)人民政府,市财政局。', [['2018-06-30', ['市发改委'], ['各县(市、区)人民政府', '市财政局']]]],
    ['1.完成项目梳理。责任领导:张三。责任单位:市财政局。完成时限:2018年6月底前。', [['2018-06-30', ['市财政局'], []]]],
    // The time label restating the item's own time: one record, in brackets as after the stop.
    ['1.2018年6月底前完成项目梳理。责任单位:市编办。完成时限:2018年6月底前。', [['2018-06-30', ['市编办'], []]]],
    ['1.2018年6月底前完成项目梳理。(责任单位:市编办;完成时限:2018年6月底前)', [['2018-06-30', ['市编办'], []]]],
    // A time label of its own beside the item's milestone: both recorded.
    ['1.完成项目梳理,2018年6月底前完成初验。牵头单位:市编办。完成时限:2018年12月底前。', [['2018-06-30', ['市编办'], []], ['2018-12-31', ['市编办'], []]]],
    // Negatives: a sentence after the list is no label, and keeps its own subject and time.
    ['1.2018年6月底前完成项目梳理。责任单位:市编办。各单位要于2018年9月底前报送总结。', [['2018-06-30', ['市编办'], []], ['2018-09-30', ['各单位'], []]]],
    ['1.2018年6月底前完成项目梳理。牵头单位:市商务局', [['2018-06-30', ['市商务局'], []]]],
  ])('%s', (body, expected) => expect(records(body).map((o) => [o.due, o.lead, o.co])).toEqual(expected));
});
