import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { Obligation } from '../../src/obligation.ts';
import { gazetteDocument, recordsOf } from './gazette-text.ts';
import { openingUnitAt, parseUnitList, splitUnits, subjectAt } from '../../src/extract/units.ts';

/** The records of a one-document gazette with this body, each checked against the schema. */
function records(body: string): Obligation[] {
  const { obligations } = extractText(gazetteDocument({ body }), 'units.txt');
  return obligations.map((o) => Obligation.parse(o));
}

function onlyUnits(body: string) {
  const all = records(body);
  expect(all).toHaveLength(1);
  return { lead: all[0].lead, co: all[0].co };
}

describe('unit attribution', () => {
  it.each([
    [
      'a 责任单位 list: the first leads',
      '一、2018年6月底前完成全省数据共享平台建设。(责任单位:省发改委、省经信委,省财政厅)',
      { lead: ['省发改委'], co: ['省经信委', '省财政厅'] },
    ],
    [
      'A牵头, B、C配合',
      '二、2018年9月底前完成能源规划编制(省发改委牵头,省经信委、省财政厅配合)。',
      { lead: ['省发改委'], co: ['省经信委', '省财政厅'] },
    ],
    [
      'A、B牵头, C参与',
      '(五)2018年9月底前完成能源规划编制。(省发改委、省统计局牵头,省经信委参与)',
      { lead: ['省发改委', '省统计局'], co: ['省经信委'] },
    ],
    [
      '按职责分工负责: every unit leads',
      '三、2018年10月底前完成专项清理(省发改委、省财政厅按职责分工负责)。',
      { lead: ['省发改委', '省财政厅'], co: [] },
    ],
    [
      '分别负责: every unit leads',
      '(四)2018年6月底前完成清理(省发改委、省经信委、省财政厅分别负责)。',
      { lead: ['省发改委', '省经信委', '省财政厅'], co: [] },
    ],
    [
      'the subject of the sentence',
      '各设区市要在2018年10月底前完成市级平台建设。',
      { lead: ['各设区市'], co: [] },
    ],
    [
      'a subject after the date',
      '2018年12月底前,各市、县(市、区)政府完成辖区内排查。',
      { lead: ['各市、县(市、区)政府'], co: [] },
    ],
    [
      'a subject of two units, one with a comma inside: a subject list, all lead',
      '省级有关单位和各市、县(市、区)政府要在2018年6月底前完成清理。',
      { lead: ['省级有关单位', '各市、县(市、区)政府'], co: [] },
    ],
    [
      '由A牵头 after the date',
      '2018年6月底前,由省发改委牵头完成规划编制。',
      { lead: ['省发改委'], co: [] },
    ],
    [
      'an explicit list over the subject',
      '各设区市要在2018年10月底前完成平台建设(责任单位:省经信委、各设区市政府)。',
      { lead: ['省经信委'], co: ['各设区市政府'] },
    ],
    [
      'names with an enumeration comma inside kept whole',
      '四、2018年11月底前完成电网改造(责任单位:省发改委(省能源局)、各市、县(市、区)政府)。',
      { lead: ['省发改委(省能源局)'], co: ['各市、县(市、区)政府'] },
    ],
    [
      'a recipient of a report is in neither list',
      '省级有关部门于每年3月1日前将上年度工作情况报省政府办公厅。',
      { lead: ['省级有关部门'], co: [] },
    ],
    [
      'recipients of a list are in neither list',
      '各地于2018年9月底前将名单报省政府办公厅、省财政厅。',
      { lead: ['各地'], co: [] },
    ],
    [
      'full-width brackets and colon',
      '（一）2018年6月底前完成平台建设。（责任单位：省发改委、省财政厅）',
      { lead: ['省发改委'], co: ['省财政厅'] },
    ],
    [
      'traditional characters: names as written',
      '(一)2018年6月底前完成數據共享平台建設。(責任單位:省發改委、省財政廳)',
      { lead: ['省發改委'], co: ['省財政廳'] },
    ],
    [
      'traditional 牽頭 and 配合',
      '(二)2018年9月底前完成清理(省發改委牽頭,省財政廳配合)。',
      { lead: ['省發改委'], co: ['省財政廳'] },
    ],
  ])('%s', (_name, body, units) => expect(onlyUnits(body)).toEqual(units));

  it('gives a document-wide assignment to every item that names no units', () => {
    const all = records(
      [
        '全省数据共享工作由省经信委牵头,省发改委、省财政厅等单位积极配合。',
        '',
        '一、2018年12月底前完成平台迁移。',
        '',
        '二、每季度报送进展情况。',
        '',
        '三、2018年9月底前完成目录编制(责任单位:省大数据局)。',
      ].join('\n'),
    );
    expect(all.map((o) => [o.expression, o.lead, o.co])).toEqual([
      ['2018年12月底前', ['省经信委'], ['省发改委', '省财政厅']],
      ['每季度', ['省经信委'], ['省发改委', '省财政厅']],
      ['2018年9月底前', ['省大数据局'], []],
    ]);
  });

  it('gives the 责任主体 of a document to its items that name none', () => {
    const all = records('三、推进改革。县(市、区)政府是林业改革的责任主体。\n\n1.2018年12月底前完成确权登记。');
    expect(all.map((o) => [o.due, o.lead, o.co])).toEqual([['2018-12-31', ['县(市、区)政府'], []]]);
  });
});

describe('central and provincial names', () => {
  it.each([
    ['各省、自治区、直辖市人民政府,国务院各部委、各直属机构', ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']],
    ['教育部、财政部、银保监会', ['教育部', '财政部', '银保监会']],
    ['新疆生产建设兵团、海关总署', ['新疆生产建设兵团', '海关总署']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it('全部 and 社会 are words, not units', () => {
    expect(subjectAt('全部完成')).toBeNull();
    expect(subjectAt('社会各界积极参与')).toBeNull();
  });
});

describe('one 各 over several nouns', () => {
  it.each([
    ['各乡镇、办事处', ['各乡镇、办事处']],
    ['各地、州、市', ['各地、州、市']],
    ['各部门、单位和县财政局', ['各部门、单位', '县财政局']],
    ['各乡镇、办事处、县林场管理委员会', ['各乡镇、办事处', '县林场管理委员会']],
    // Negative: a named unit after 各… is a unit of its own, and a 各 of its own starts a new one.
    ['各县(市、区)、市直各部门', ['各县(市、区)', '市直各部门']],
    ['县财政局、县统计局', ['县财政局', '县统计局']],
  ])('%s', (text, names) => {
    expect(splitUnits(text)).toEqual(names);
  });
});

describe('a 各 inside a name over the bare nouns after it', () => {
  it.each([
    ['各区人民政府,市政府各委、办、局', ['各区人民政府', '市政府各委、办、局']],
    ['各县人民政府,行署各局、委、办、处', ['各县人民政府', '行署各局、委、办、处']],
    ['各县(区)人民政府,各省级开发区,市政府各委、办、局,各直属机构', ['各县(区)人民政府', '各省级开发区', '市政府各委、办、局', '各直属机构']],
    ['区政府各委、办、局,有关单位', ['区政府各委、办、局', '有关单位']],
    // Negative: a name with a determiner of its own, or a 各 of its own, is a unit of its own.
    ['市政府各部门、区政府', ['市政府各部门', '区政府']],
    ['县政府各部门、各直属机构', ['县政府各部门', '各直属机构']],
    ['市政府各委办局、县财政局', ['市政府各委办局', '县财政局']],
    ['县财政局、办、局', ['县财政局', '办', '局']],
  ])('%s', (text, names) => {
    expect(splitUnits(text)).toEqual(names);
  });

  it('a notice to 市政府各委、办、局 asks each addressee, the 委、办、局 as one', () => {
    const text = gazetteDocument({ body: '一、请于2020年3月底前报送工作计划。' }).replace('各市、县(市、区)人民政府,省政府直属各单位:', '各区人民政府,市政府各委、办、局:');
    const all = extractText(text, 'units.txt').obligations;
    expect(all.map((o) => [o.due, o.lead, o.co])).toEqual([['2020-03-31', ['各区人民政府', '市政府各委、办、局'], []]]);
  });
});

describe('及时 after a unit is no 及 joining another', () => {
  it.each([
    ['县业务主管部门及时提出用款计划', ['县业务主管部门']],
    ['各乡镇及时上报', ['各乡镇']],
    // Negative: 及 between two units still joins them.
    ['县财政局及县审计局要于6月底前完成', ['县财政局', '县审计局']],
  ])('%s', (clause, names) => {
    expect(subjectAt(clause)).toEqual(names);
  });
});

describe('where a subject starts and ends', () => {
  it.each([
    ['一是县直各单位要在6月底前报送。', ['县直各单位']],
    ['二是各牵头单位于9月底前完成。', ['各牵头单位']],
    ['县指挥部决定对各乡镇开展督查。', ['县指挥部']],
    ['办信处、来访接待室要在3日内办结。', ['办信处', '来访接待室']],
  ])('%s', (clause, names) => {
    expect(subjectAt(clause)).toEqual(names);
  });

  it.each([['好处在于减少环节。'], ['此处应当注明。']])('%s names no unit', (clause) => {
    expect(subjectAt(clause)).toBeNull();
  });
});

describe('units listed together as the subject of a sentence', () => {
  it.each([
    ['a duty word after the list: each must act', '市教育局、市卫健委要于2021年5月底前完成校园体检。', { lead: ['市教育局', '市卫健委'], co: [] }],
    ['和 joins list members too', '各乡镇、县开发区和县直有关部门应当在2022年4月底前报送自查报告。', { lead: ['各乡镇', '县开发区', '县直有关部门'], co: [] }],
    ['请 before the list', '请县财政局、县审计局于2022年3月10日前反馈意见。', { lead: ['县财政局', '县审计局'], co: [] }],
    ['a list opening a numbered item', '(2)县农业局与县林业局汇总台账,2020年9月底前上报。', { lead: ['县农业局', '县林业局'], co: [] }],
    ['a note in brackets after the list is no part of a name', '各街道、县高新区(详见附件)要于2023年6月底前完成排查。', { lead: ['各街道', '县高新区'], co: [] }],
    ['涉及 before the list qualifies it', '突发事件发生后,涉及的乡镇和县级部门必须在2小时内报告县政府。', { lead: ['乡镇', '县级部门'], co: [] }],
    ['a unit receiving the report is no subject', '县商务局、县市场监管局要于每月5日前将数据报县统计局。', { lead: ['县商务局', '县市场监管局'], co: [] }],
    ['于 and the day right after the list, with no modal: each must act', '各县(市、区)、市直各单位于2019年3月15日前填报统计表,报市统计局。', { lead: ['各县(市、区)', '市直各单位'], co: [] }],
    ['于 after a list joined by 和', '县林业局和县水利局于每年11月底前报送年度工作总结。', { lead: ['县林业局', '县水利局'], co: [] }],
    ['a list opening its sentence before a preposition: each must act', '各乡镇、县直各部门对辖区隐患进行全面排查,2022年5月底前完成整改。', { lead: ['各乡镇', '县直各部门'], co: [] }],
    ['a list opening its sentence before 将', '县委、县政府及县整治领导小组将对整治情况进行验收,2022年9月10日前通报结果。', { lead: ['县委', '县政府', '县整治领导小组'], co: [] }],
    ['a list opening its sentence before 根据', '各级各部门、各职能组根据实施方案开展创建,2022年8月底前全面完成。', { lead: ['各级各部门', '各职能组'], co: [] }],
    // Negatives: a plan's milestone names no one addressed, and a responsibility list keeps the first-listed convention.
    ['a milestone with no duty word: the first-listed leads', '2021年6月底前,县发改局和县财政局完成项目清理。', { lead: ['县发改局'], co: ['县财政局'] }],
    ['a list heading what follows its colon: the first-listed leads', '县发改局、县财政局:2022年6月底前完成项目清理。', { lead: ['县发改局'], co: ['县财政局'] }],
    ['a milestone whose time comes after the list without 于: the first-listed leads', '县发改局和县财政局2021年6月底前完成项目清理。', { lead: ['县发改局'], co: ['县财政局'] }],
    ['a 责任单位 bracket: the first-listed leads', '(三)2021年8月底前完成改造(责任单位:县住建局、县城管局)。', { lead: ['县住建局'], co: ['县城管局'] }],
    ['A牵头, B配合 after a subject-like opening', '县卫健委牵头,县医保局配合,2021年10月底前完成结算改革。', { lead: ['县卫健委'], co: ['县医保局'] }],
  ])('%s', (_name, body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('organisations that are no organ of government (社会组织, 基层组织, 农村集体经济组织) are units', () => {
  it.each([
    ['社会组织应当于每年5月31日前报送上一年度工作报告', ['社会组织']],
    ['基层组织要在每月5日前报送进度', ['基层组织']],
    ['农村集体经济组织要于6月底前完成清产核资', ['农村集体经济组织']],
    ['各群团组织要按季度报送工作情况', ['各群团组织']],
    ['村民自治组织每年公开一次账目', ['村民自治组织']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // Negatives: 组织 after a name that does not take it is the verb; an organisation after a verb is its object.
  it.each([
    ['各乡镇组织于3月底前开展自查', ['各乡镇']],
    ['县民政局组织开展社会组织年检', ['县民政局']],
    ['引导社会组织参与社区治理', null],
    ['加强基层组织建设', null],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('one 各 over nouns joined by 和', () => {
  it.each([
    ['各区县政府和地区管委会', ['各区县政府和地区管委会']],
    ['各乡镇和街道', ['各乡镇和街道']],
    // Negatives: a noun with a level, a place or 有关 of its own is a unit of its own.
    ['各县政府和市水务集团', ['各县政府', '市水务集团']],
    ['各乡镇和有关部门', ['各乡镇', '有关部门']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it('reads the same in a subject', () => {
    expect(subjectAt('各区县政府和地区管委会建立工作机构。')).toEqual(['各区县政府和地区管委会']);
    expect(subjectAt('各乡镇和县直部门建立工作机构。')).toEqual(['各乡镇', '县直部门']);
  });
});

describe('a unit opening a clause with a verb of its own', () => {
  // [clause, names with evidence asked for, names without]
  it.each([
    ['审批部门受理后', ['审批部门'], ['审批部门']],
    ['承办单位接到转办件', ['承办单位'], ['承办单位']],
    ['信访科收到材料时,登记', ['信访科'], ['信访科']],
    ['市长热线办公室核实后,答复', ['市长热线办公室'], ['市长热线办公室']],
    ['文秘科抽取档案', null, ['文秘科']],
    ['行政机关年度报告应涵盖', null, ['行政机关']],
    ['信访科归档材料;收到后', null, ['信访科']],
    ['市财政局的意见后', null, null],
    // A bracket naming the unit's counterpart belongs to the name; any other bracket ends it.
    ['乡镇政府(街道办事处)接到申请后', ['乡镇政府(街道办事处)'], ['乡镇政府(街道办事处)']],
    ['区教育局(区体育局)收到材料后,答复', ['区教育局(区体育局)'], ['区教育局(区体育局)']],
    ['审批科(服务中心、分中心)受理后', ['审批科(服务中心、分中心)'], ['审批科(服务中心、分中心)']],
    ['市财政局(盖章)材料后', null, null],
    ['市卫健委(2019年版)接到通知后', null, null],
  ])('%s', (clause, withEvidence, without) => {
    expect(openingUnitAt(clause, true)).toEqual(withEvidence);
    expect(openingUnitAt(clause, false)).toEqual(without);
  });

  it.each([
    ['审批部门踏勘核实后,答复', ['审批部门']],
    ['审批部门踏勘核实,答复后', null],
  ])('%s: the clause end read from an index a caller passes, as from the text', (clause, names) => {
    const breaks = [...clause].flatMap((ch, i) => (',;。:'.includes(ch) ? [i] : []));
    const fromIndex = (at: number) => breaks.find((b) => b >= at) ?? clause.length;
    expect(openingUnitAt(clause, true, fromIndex)).toEqual(names);
  });
});

describe('an item list naming its groups by label', () => {
  it.each([
    ['(三)2020年底前完成改造任务。(牵头单位:市住建局;配合单位:市财政局、市自然资源局)', { lead: ['市住建局'], co: ['市财政局', '市自然资源局'] }],
    ['(四)2020年9月底前建成平台(牵头单位:市大数据局、市政务办;配合单位:市财政局)。', { lead: ['市大数据局', '市政务办'], co: ['市财政局'] }],
    ['(五)2020年6月底前完成清查。(牵头单位:市国资委;完成时限:2020年6月底前)', { lead: ['市国资委'], co: [] }],
    // Negative: one label alone is a 责任单位 list, the first-listed leading.
    ['(六)2020年8月底前完成验收。(责任单位:市水务局、市农业农村局)', { lead: ['市水务局'], co: ['市农业农村局'] }],
  ])('%s', (body, units) => {
    const all = records(body);
    expect(all.length).toBeGreaterThan(0);
    expect({ lead: all[0].lead, co: all[0].co }).toEqual(units);
  });
});

describe('a list that marks its lead in brackets, or says its units act each on their own', () => {
  it.each([
    ['(三)2019年底前完成改造任务。(责任单位:县住建局(牵头)、县财政局)', { lead: ['县住建局'], co: ['县财政局'] }],
    ['(四)2019年10月底前完成普查。(责任单位:县统计局、县民政局(牵头单位)、县公安局)', { lead: ['县民政局'], co: ['县统计局', '县公安局'] }],
    ['县农业农村局、县林业局按各自职责于2020年底前完成确权。', { lead: ['县农业农村局', '县林业局'], co: [] }],
    ['县农业农村局、县林业局分别于2020年底前完成确权。', { lead: ['县农业农村局', '县林业局'], co: [] }],
    // Negatives: a bracket that is part of a name marks nothing, and a milestone says nothing of each.
    ['(五)2019年底前完成能源规划。(责任单位:省发改委(省能源局)、省财政厅)', { lead: ['省发改委(省能源局)'], co: ['省财政厅'] }],
    ['2020年底前,县农业农村局、县林业局完成确权。', { lead: ['县农业农村局'], co: ['县林业局'] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('a list label in its other spellings is no part of a name', () => {
  it.each([
    // 主要责任单位 name the principal ones, who lead as 牵头单位 do (role-labels.ts): all of them.
    ['(一)2019年6月底前完成平台建设。(主要责任单位:市大数据局、市财政局)', { lead: ['市大数据局', '市财政局'], co: [] }],
    ['(二)2019年6月底前完成平台建设。(具体实施单位:各区县政府)', { lead: ['各区县政府'], co: [] }],
    ['(三)2019年6月底前完成平台建设。(牵头:市大数据局;配合:市财政局)', { lead: ['市大数据局'], co: ['市财政局'] }],
    ['4.2019年6月底前完成平台建设。【责任单位:市大数据局、市财政局】', { lead: ['市大数据局'], co: ['市财政局'] }],
    ['1.校园环境整治活动(2019年4月5日—4月20日)(主要负责部门:少先队大队部负责)', { lead: ['少先队大队部'], co: [] }],
    // Negatives: brackets naming a task or a date give no units.
    ['(五)2019年6月底前完成平台建设(主要任务:数据归集)。', { lead: [], co: [] }],
    ['6.2019年6月底前完成平台建设。【时间节点:2019年6月】', { lead: [], co: [] }],
  ])('%s', (body, units) => {
    const all = records(body);
    expect(all.length).toBeGreaterThan(0);
    expect({ lead: all[0].lead, co: all[0].co }).toEqual(units);
  });
});

describe('等部门 after a whole name closes the list', () => {
  it.each([
    ['县教育局、县卫健委等部门', ['县教育局', '县卫健委']],
    ['市发改委等单位', ['市发改委']],
    // Negative: names sharing the head of 等部门 keep it.
    ['建设、财政等部门', ['建设、财政等部门']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it('a subject list closed by 等部门 and addressed by a duty word: all lead', () => {
    expect(onlyUnits('县教育局、县卫健委等部门要于2019年6月底前完成排查。')).toEqual({ lead: ['县教育局', '县卫健委'], co: [] });
  });
});

describe('two distributives written without a separator, each with its own 各', () => {
  it.each([
    ['各地各相关部门(单位)', ['各地', '各相关部门(单位)']],
    ['各市各有关部门', ['各市', '各有关部门']],
    ['各县(市、区)各部门', ['各县(市、区)', '各部门']],
    ['各乡镇各村', ['各乡镇', '各村']],
    ['各地区各部门、各直属机构', ['各地区', '各部门', '各直属机构']],
    // Negatives: 各级 only spans the next noun's levels; a 各 inside a name or after a non-distributive is no break.
    ['各级各部门', ['各级各部门']],
    ['市直各部门', ['市直各部门']],
    ['县政府各部门', ['县政府各部门']],
    ['各部门、单位', ['各部门、单位']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it.each([
    ['各地各部门要于6月底前报送。', ['各地', '各部门']],
    ['各市各有关单位(部门)要在9月底前完成自查。', ['各市', '各有关单位(部门)']],
    ['各级各部门要于6月底前报送。', ['各级各部门']],
    // 各自 is a word of the predicate, not a second unit.
    ['各县各自制定方案。', null],
  ])('as a subject: %s', (clause, names) => expect(subjectAt(clause)).toEqual(names));

  it.each([
    ['addressed: each must act', '各地各有关部门要于2021年6月底前报送自查报告。', { lead: ['各地', '各有关部门'], co: [] }],
    ['按照任务分工: each acts on its share', '2021年6月底前,各市各有关部门按照任务分工完成自查。', { lead: ['各市', '各有关部门'], co: [] }],
    ['a milestone: the first-listed leads', '2021年6月底前,各地各部门完成自查。', { lead: ['各地'], co: ['各部门'] }],
  ])('in a record, %s', (_name, body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('a unit one numbered member of a ";" list charges is not the next one\'s', () => {
  it.each([
    [
      'the member after 由A负责 names no one',
      '1.2021年6月底前完成公园规划编制,由市体育局负责;2.2021年9月底前完成健身点建设。',
      [{ lead: ['市体育局'], co: [] }, { lead: [], co: [] }],
    ],
    [
      'a charge in its own member still counts',
      '(1)2021年5月底前完成方案编制;(2)2021年7月底前完成招标,由市住建局负责。',
      [{ lead: [], co: [] }, { lead: ['市住建局'], co: [] }],
    ],
    // Negative: with no number after the ;, one sentence's charge covers its clauses as before.
    [
      'no numbered member: the charge reaches across the ;',
      '由市住建局负责,2021年5月底前完成方案编制;2021年7月底前完成招标。',
      [{ lead: ['市住建局'], co: [] }, { lead: ['市住建局'], co: [] }],
    ],
  ])('%s', (_name, body, units) => expect(records(body).map((r) => ({ lead: r.lead, co: r.co }))).toEqual(units));

  it('the task stops before the next member\'s number', () => {
    expect(records('1.2021年6月底前完成公园规划编制;2.2021年9月底前完成健身点建设。')[0].task).toBe('完成公园规划编制');
  });
});

describe('该/此/上述/本单位 point back to something named before: no name of a unit', () => {
  it.each([['该场馆要于6月底前对外开放。'], ['此单位应当在10日内答复。'], ['上述部门要于9月底前完成整改。'], ['本单位要于8月底前完成自查。'], ['该中心须在3个工作日内办结。']])(
    '%s',
    (clause) => expect(subjectAt(clause)).toBeNull(),
  );
  it.each([
    // Negatives: a place's own body, and names that only contain 本 or 该 further in, are names.
    ['本市各区人民政府要于6月底前报送。', ['本市各区人民政府']],
    ['市体育中心要在7月底前完成检修。', ['市体育中心']],
    ['县基本建设办公室要于9月底前完成。', ['县基本建设办公室']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('a bracket alone before a predicate names no unit', () => {
  it.each([
    ['(县)要完成整改'],
    ['(市、区)负责落实'],
    ['(略)等单位配合'],
  ])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a count with its measure word is no unit', () => {
  it.each([['全县共排查隐患320处,整改到位。'], ['新建学校12所。']])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
  // Negative: a number inside a name (120急救中心) leaves it a name.
  it('县120急救中心 is a name', () => expect(subjectAt('县120急救中心要于6月底前完成更新。')).toEqual(['县120急救中心']));
});

describe('部署, 签署 end words, not names', () => {
  it('a plan\'s 决策部署 is no unit', () => expect(subjectAt('区委、政府重大决策部署落实情况,每月5日前上报。')).toBeNull());
  // Negatives: 署 after another character heads a name.
  it.each([['海关总署要于6月底前完成。', ['海关总署']], ['市审计署驻地办事处要在9月底前报送。', ['市审计署驻地办事处']]])('%s', (clause, names) =>
    expect(subjectAt(clause)).toEqual(names),
  );
});

describe('a name that opens with a word also said of duties (应急, 开发, 统一) is a name', () => {
  // 应急 (emergency) opens 应急管理部 and the bodies named after it, as 开发区 and 统一战线 open theirs: the modal 应
  // and the verbs 开发, 统一 are other words.
  it.each([
    ['应急管理部要于6月底前完成排查。', ['应急管理部']],
    ['应急管理局、公安局要于6月底前完成排查。', ['应急管理局', '公安局']],
    ['公安局、应急管理局要于6月底前完成排查。', ['公安局', '应急管理局']],
    ['应急管理部门要于6月底前完成排查。', ['应急管理部门']],
    ['开发区管委会要于6月底前完成排查。', ['开发区管委会']],
    ['统一战线工作部要于6月底前完成排查。', ['统一战线工作部']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it.each([
    ['1.2021年6月底前完成排查。(应急管理部牵头,公安部、住房城乡建设部配合)', { lead: ['应急管理部'], co: ['公安部', '住房城乡建设部'] }],
    ['1.2021年6月底前完成排查。(责任处室:应急处、监督处)', { lead: ['应急处'], co: ['监督处'] }],
    ['1.2021年6月底前完成排查。(应急管理部、公安部按职责分工负责)', { lead: ['应急管理部', '公安部'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
  // Negatives: a noun phrase opening with 应急 or 开发 names no body, and a duty's 应 after a name still ends it.
  it.each([['应急处置工作要于6月底前完成。'], ['应急物资储备库要于6月底前建成。'], ['开发利用工作要于6月底前完成。'], ['统一部署,6月底前完成。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
  it('各乡镇应于6月底前完成 keeps 各乡镇', () => expect(subjectAt('各乡镇应于6月底前完成排查。')).toEqual(['各乡镇']));
});

describe('federations, schools, broadcasters and the like are named by heads of their own', () => {
  it.each([
    ['各高校要于6月底前报送名单。', ['各高校']],
    ['各中小学向新生的父母发放入学通知书。', ['各中小学']],
    ['各幼儿园要于6月底前完成自查。', ['各幼儿园']],
    ['县委党校要于6月底前完成培训。', ['县委党校']],
    ['县广播电视台要于6月底前完成播出。', ['县广播电视台']],
    ['市气象台要于6月底前完成更新。', ['市气象台']],
    ['县社科联要于6月底前完成评审。', ['县社科联']],
    ['县农商行要于6月底前完成投放。', ['县农商行']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it.each([
    ['责任单位:省工商联、省外事侨务办、省工商局', { lead: ['省工商联'], co: ['省外事侨务办', '省工商局'] }],
    ['责任单位:县教育局、各中小学', { lead: ['县教育局'], co: ['各中小学'] }],
  ])('%s', (list, units) => expect(parseUnitList(list)).toEqual(units));
  // Negatives: the pupils and graduates of a school are no body.
  it.each([['初中学生要于6月底前完成体检。'], ['小学生要于6月底前完成接种。'], ['高校毕业生就业工作要于6月底前完成。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
});

describe('协助, 协作, 协办 and 参与 after a name start its predicate, as 配合 does', () => {
  // The word of helping ends the helper's name: "县发改局协作县财政局" is no name of one body.
  it.each([['县发改局协作县财政局于6月底前完成排查。'], ['县审计局参与各乡镇于6月底前完成自查。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
  // The unit helped (协助, 配合), named right after the word, acts: "县发改局协助各乡镇" names 各乡镇 as the subject.
  it.each([
    ['县发改局协助各乡镇于6月底前完成排查。', ['各乡镇']],
    ['县财政局积极配合县发改局于6月底前完成排查。', ['县发改局']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // A duty to help (要协助) is the subject's own: it acts (清欠 2005: 有关地方政府要协助法院于2005年年底前执结).
  it.each([
    ['有关地方政府要协助法院于2005年年底前执结。', ['有关地方政府']],
    ['县财政局要积极配合县发改局,于6月底前完成排查。', ['县财政局']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('a bracketed list read as its sentence would be: 会同 and 负责落实', () => {
  // Those 会同 joins act with the unit before it, which leads, as "A会同B完成…" reads in a sentence; 负责落实 and
  // 负责实施 answer for the work as 负责 does.
  it.each([
    ['省发改委会同省财政厅负责', { lead: ['省发改委'], co: ['省财政厅'] }],
    ['省发改委会同有关部门负责', { lead: ['省发改委'], co: ['有关部门'] }],
    ['省发改委、省财政厅会同各市政府负责', { lead: ['省发改委', '省财政厅'], co: ['各市政府'] }],
    ['各市、县(市、区)政府负责落实', { lead: ['各市、县(市、区)政府'], co: [] }],
    ['县住建局、县财政局负责实施', { lead: ['县住建局'], co: ['县财政局'] }],
  ])('%s', (list, units) => expect(parseUnitList(list)).toEqual(units));
  // Negatives: 会同 before no unit, or with no unit before it, is no list.
  it.each([['会同省财政厅负责'], ['省发改委会同研究']])('%s', (list) => expect(parseUnitList(list)).toBeNull());
});

describe('实行 after a name starts its predicate', () => {
  it('a body putting a system in force is the subject', () => expect(subjectAt('各乡镇实行一周一报制度。')).toEqual(['各乡镇']));
});

describe('an adverb of norm (原则上, 一般) between a subject and its duty or schedule leaves the subject', () => {
  it.each([
    ['承办单位一般应在15天内办结。', ['承办单位']],
    ['各县(市、区)原则上应于2016年9月底前完成摸底。', ['各县(市、区)']],
    ['市领导小组原则上每季度召开一次会议。', ['市领导小组']],
    ['各成员单位一般每季度报送一次工作进展。', ['各成员单位']],
    ['各乡镇原则上每月报送一次信息。', ['各乡镇']],
    ['市政府办公室一般于每月5日前通报情况。', ['市政府办公室']],
    // Negatives: a meeting is no unit; 一般 opening a noun (一般公共预算) is no adverb, so no subject ends before it.
    ['会议原则上每周召开一次。', []],
    ['市财政局一般公共预算收入于2016年底前完成目标。', []],
  ])('%s', (body, lead) => expect(onlyUnits(body).lead).toEqual(lead));
  it('一般 before a noun keeps a name from ending there', () => expect(subjectAt('市财政局一般公共预算收入')).toBeNull());
});

describe('a parenthesis nested in a unit list, written 〔…〕, parts no units', () => {
  it.each([
    ['1.2016年6月底前完成规划编制。(责任单位:省发展改革委,各市、县〔市、区〕政府)', { lead: ['省发展改革委'], co: ['各市、县〔市、区〕政府'] }],
    ['2.2016年9月底前出台细则。(省财政厅牵头,省级有关单位,各市、县〔市、区〕政府配合)', { lead: ['省财政厅'], co: ['省级有关单位', '各市、县〔市、区〕政府'] }],
    ['3.2016年底前完成摸底调查。〔责任单位:省民政厅、省财政厅〕', { lead: ['省民政厅'], co: ['省财政厅'] }],
    ['4.各市、县〔市、区〕政府要于2016年10月底前完成自查。', { lead: ['各市、县〔市、区〕政府'], co: [] }],
    // Negative: a document number's year in brackets is no list; the item's own list still reads.
    ['5.按照《通知》(浙政办发〔2016〕28号)要求,2016年底前完成清理。(责任单位:省商务厅)', { lead: ['省商务厅'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('the remark that the first-listed unit leads, however worded or bracketed, is no part of the list', () => {
  it.each([
    ['1.年底前为企业减负100亿元以上。\n责任单位:市经信局、市财政局、市发展改革委(列第一位者为工作牵头单位或汇总单位,下同)', { lead: ['市经信局'], co: ['市财政局', '市发展改革委'] }],
    ['2.年底前完成支出压减。\n责任单位:省政府办公厅、省财政厅牵头,省商务厅、省文化和旅游厅(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同)', { lead: ['省政府办公厅', '省财政厅'], co: ['省商务厅', '省文化和旅游厅'] }],
    ['3.年底前完成清理。\n责任单位:省财政厅、省商务厅(列第一位的为牵头单位)', { lead: ['省财政厅'], co: ['省商务厅'] }],
    ['4.6月底前完成规划编制。(责任单位:市自然资源局、市发展改革委;列第一位者为牵头单位,下同)', { lead: ['市自然资源局'], co: ['市发展改革委'] }],
    ['5.9月底前完成验收。(责任单位:市住建局、市财政局,列第一位者为工作牵头单位或汇总单位,下同)', { lead: ['市住建局'], co: ['市财政局'] }],
    // Negative: a bracket that says something else of a unit stays with it and is no remark.
    ['6.9月底前完成验收。(责任单位:市住建局、县(市、区)政府)', { lead: ['市住建局'], co: ['县(市、区)政府'] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('组成 after a name starts its predicate', () => {
  it('a body forming groups is the subject', () => expect(subjectAt('市领导小组组成若干个督查组,于9月底前开展督查。')).toEqual(['市领导小组']));
  // Negative: 组成人员 is a noun after the name, no predicate.
  it('组成人员 is no predicate', () => expect(subjectAt('市领导小组组成人员名单见附件。')).toBeNull());
});

describe('a heading, a page label, a time or a verb\'s object joined before a subject is no part of its name', () => {
  it.each([
    ['an item number and its heading on the line before the body', '(四)强化信息报送 市专项办公室要于每月5日前报送进展。', null],
    ['a page note in square brackets', '[接上页](三)加强督导 县督导组要于6月底前完成督导。', null],
    ['a stage heading with its time in brackets', '二、步骤(一)部署阶段(3月)各乡镇成立工作专班。', null],
    ['a reposting label', '转自县融媒体中心发布时间:2023-05-06', null],
    ['发布时间 is a noun, not a predicate', '县融媒体中心发布时间:2023-05-06', null],
    ['a time opening the clause', '全年对各乡镇开展两轮检查。', null],
    ['the object of 对', '今年市督查组对各乡镇开展督查。', null],
    ['one who approves (经…审定后) is a condition, not the actor', '经分管县领导审定后报送县政府。', null],
    // Negatives: words of names that hold these characters stay names.
    ['应对 in a name', '县应对气候变化领导小组要于6月底前完成评估。', ['县应对气候变化领导小组']],
    ['对口 in a name', '市对口支援办公室要于9月底前报送。', ['市对口支援办公室']],
    ['经 opening a name of the economy', '县经信局要于6月底前完成摸排。', ['县经信局']],
    ['a bracket of levels in a name', '各县(市、区)要于5月底前报送。', ['各县(市、区)']],
  ])('%s', (_name, clause, names) => expect(subjectAt(clause)).toEqual(names));

  it.each([
    [
      'a stage heading\'s time in brackets: the body\'s subject after the bracket',
      '二、工作步骤(一)动员阶段(2022年3月)各乡镇人民政府制定工作方案。',
      { lead: ['各乡镇人民政府'], co: [] },
    ],
    [
      'the subject after a stage heading carries to the later clauses',
      '(二)整治阶段(2022年4月-6月)各乡镇人民政府组织开展排查,并于2022年5月底前报送阶段报告。',
      { lead: ['各乡镇人民政府'], co: [] },
    ],
    [
      'one who approves in a later clause does not take over from the subject',
      '各牵头单位要制定实施方案,经分管市领导审定后于2022年3月10日前报送市政府。',
      { lead: ['各牵头单位'], co: [] },
    ],
  ])('%s', (_name, body, units) => {
    const all = records(body);
    expect(all.length).toBeGreaterThan(0);
    expect({ lead: all[all.length - 1].lead, co: all[all.length - 1].co }).toEqual(units);
  });
});

describe('结合部 is a zone between places, not a body', () => {
  it.each([
    ['县城乡结合部及国道沿线整治指挥部', ['县城乡结合部及国道沿线整治指挥部']],
    // Negatives: 及 between two bodies still parts them; 综合部 heads a name.
    ['县环保局及县林业局', ['县环保局', '县林业局']],
    ['公司综合部及财务部', ['公司综合部', '财务部']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));
});

describe('one 各 over a body and a list of levels sharing one head', () => {
  it.each([
    ['各行署、市、县政府', ['各行署、市、县政府']],
    ['各盟、市、旗人民政府', ['各盟、市、旗人民政府']],
    // Negatives: a level pair with no 各 before it is one name of its own; a body with a place of its own stays apart.
    ['省林业局、市、县政府', ['省林业局', '市、县政府']],
    ['各乡镇、县财政局', ['各乡镇', '县财政局']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it('reads the same in a subject', () => expect(subjectAt('各行署、市、县政府对辖区开展检查。')).toEqual(['各行署、市、县政府']));
});

describe('a routine kept by each of a subject list: all lead', () => {
  it.each([
    ['每季度 right after the list', '试点乡镇和县直有关部门每季度报送工作进展情况。', { lead: ['试点乡镇', '县直有关部门'], co: [] }],
    ['每月 right after the list', '县发改局、县财政局每月10日前报送项目台账。', { lead: ['县发改局', '县财政局'], co: [] }],
    // Negative: a milestone after the list says nothing of each.
    ['a milestone keeps the first-listed convention', '2022年6月底前,县发改局和县财政局完成项目清理。', { lead: ['县发改局'], co: ['县财政局'] }],
  ])('%s', (_name, body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('参加 closing a clause names those who take part, as 参与 does', () => {
  it.each([
    ['县安委会每半年组织一次检查,由县安委会领导带队,相关成员单位参加。', { lead: ['县安委会'], co: ['相关成员单位'] }],
    ['县应急局每季度开展一次演练,县消防大队参加。', { lead: ['县应急局'], co: ['县消防大队'] }],
    // Negative: 参加 with an object is the subject's own act, naming no one else.
    ['县应急局每季度参加一次培训。', { lead: ['县应急局'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('a full stop ends a unit list in brackets: what follows is a remark', () => {
  it.each([
    [
      '(三)2023年底前建成网上办事大厅。(牵头单位:市大数据局;责任单位:市直有关部门,各区政府。以下任务均需各区落实,不再一一列出)',
      { lead: ['市大数据局'], co: ['市直有关部门', '各区政府'] },
    ],
    // Negative: a group of its own after the full stop is still a group.
    ['(四)2023年底前建成网上办事大厅。(牵头单位:市大数据局。配合单位:市财政局)', { lead: ['市大数据局'], co: ['市财政局'] }],
  ])('%s', (body, units) => {
    const all = records(body);
    expect({ lead: all[0].lead, co: all[0].co }).toEqual(units);
  });
});

describe('a head alone after a name shares its determiners', () => {
  it.each([
    ['市直有关部门、单位', ['市直有关部门、单位']],
    ['省级相关部门和单位', ['省级相关部门和单位']],
    // Negatives: a name with a head and words of its own stays apart.
    ['市直有关部门、各区政府', ['市直有关部门', '各区政府']],
    ['县财政局、县审计局', ['县财政局', '县审计局']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));
});

describe('a sending verb with 至 is no part of a name', () => {
  it('填表单位 本制度发至县级部门: a heading run into a clause, not a name', () => expect(subjectAt('填表单位本制度发至县级民政部门')).toBeNull());
});

describe('a paragraph opening by a time with no subject goes on from the sentence above', () => {
  it.each([
    ['各承办单位务必于2021年6月30日之前办结省级建议。\n于2021年8月31日之前办结区级建议。', ['各承办单位', '各承办单位']],
    ['县财政局要于2022年5月底前完成清理。\n并于2022年6月底前报送结果。', ['县财政局', '县财政局']],
    // Negatives: a paragraph naming its own subject keeps it; one not opening by a time takes nothing from above.
    ['各承办单位务必于2021年6月30日之前办结省级建议。\n于2021年8月31日之前,县政府督查室完成督查。', ['各承办单位', '县政府督查室']],
    ['各承办单位务必于2021年6月30日之前办结省级建议。\n2021年8月31日之前办结区级建议。', ['各承办单位', undefined]],
  ])('%s', (body, leads) => expect(records(body).map((r) => r.lead[0])).toEqual(leads));
});

describe('a subject carried from an earlier sentence brings those it acts with (会同)', () => {
  it.each([
    [
      '1.县发改局会同县财政局、县统计局组成编制小组,2022年3月底前完成总体思路。2022年6月底前完成规划草案。',
      [
        { lead: ['县发改局'], co: ['县财政局', '县统计局'] },
        { lead: ['县发改局'], co: ['县财政局', '县统计局'] },
      ],
    ],
    // Negative: a sentence with a subject of its own takes no one from the sentence before.
    [
      '1.县发改局会同县财政局组成编制小组,2022年3月底前完成总体思路。县统计局2022年6月底前完成数据核对。',
      [
        { lead: ['县发改局'], co: ['县财政局'] },
        { lead: ['县统计局'], co: [] },
      ],
    ],
  ])('%s', (body, units) => expect(records(body).map((r) => ({ lead: r.lead, co: r.co }))).toEqual(units));
});

describe('times joined by 和, 及, 、 or 至 share the task after the last of them', () => {
  it.each([
    ['各乡镇要于2022年6月底和12月底报送阶段报告。', ['报送阶段报告', '报送阶段报告']],
    ['各单位要于2022年4月15日、7月15日及10月15日前报送季度进展。', ['报送季度进展', '报送季度进展', '报送季度进展']],
    // Negative: times in clauses of their own keep their own tasks.
    ['各乡镇要于2022年6月底前完成排查,12月底前完成整改。', ['完成排查', '完成整改']],
  ])('%s', (body, tasks) => expect(records(body).map((r) => r.task)).toEqual(tasks));
});

describe('units before a colon name who does what follows', () => {
  it.each([
    ['市发改委:2023年底前完成项目资金拨付。', { lead: ['市发改委'], co: [] }],
    ['(二)县住建局、县财政局:2023年9月底前完成改造。', { lead: ['县住建局', '县财政局'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
  // Negative: a list's label before a colon is a role, not a unit.
  it.each([['责任单位:县住建局'], ['牵头部门:县财政局']])('%s names no subject', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a list of helpers only leaves the lead to the sentence', () => {
  it.each([
    ['市卫健委牵头,2023年5月底前完成应急预案修订(市疾控中心参与)。', { lead: ['市卫健委'], co: ['市疾控中心'] }],
    ['县应急局要于2023年6月底前完成演练(县消防大队、各乡镇配合)。', { lead: ['县应急局'], co: ['县消防大队', '各乡镇'] }],
    // Negatives: a list with a lead of its own wins over the subject; a plain list's first unit leads.
    ['县应急局要于2023年6月底前完成演练(县消防大队牵头,各乡镇配合)。', { lead: ['县消防大队'], co: ['各乡镇'] }],
    ['2023年6月底前完成演练(县消防大队、各乡镇)。', { lead: ['县消防大队'], co: ['各乡镇'] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('the offices of the 河长制 and its kind are charged by name', () => {
  it.each([
    ['县级河长每季度巡河不少于1次。', { lead: ['县级河长'], co: [] }],
    ['村(社区)级网格员每天巡查不少于1次。', { lead: ['村(社区)级网格员'], co: [] }],
    ['乡级林长每月巡林不少于2次。', { lead: ['乡级林长'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('a clause that opens with a verb, or holds one, names no unit', () => {
  it.each([
    ['采取现场督办和电话督办相结合,每月都要掌握最新进展情况。', { lead: [], co: [] }],
    ['讨论市政府专题会,一般每月召开4至5次。', { lead: [], co: [] }],
    ['事项办结后,应当在10个工作日内向申请人送达有关证件。', { lead: [], co: [] }],
    ['1.本次大会设有试片室(湖南宾馆一层)。\n2.讲者在会议开始前15分钟到会场。', { lead: [], co: [] }],
    // A clause forbidding (不得…, 严禁…) names what may not be done, no unit: the units required before it still act.
    [
      '市政府明确要求,各县市区党委政府要落实三个必须:必须按照整改标准强力推进,不得降低标准、不得按部就班;必须在2018年3月15日前全面完成整改任务。',
      { lead: ['各县市区党委政府'], co: [] },
    ],
    ['严禁各单位超标准配备,2018年6月底前完成清理。', { lead: [], co: [] }],
    // Negatives: an office named 办 (扶贫办, 督查办) still acts, before a verb of its own or after 由.
    ['县扶贫办要于2018年6月底前完成核查。', { lead: ['县扶贫办'], co: [] }],
    ['县委督查办每月通报一次进展。', { lead: ['县委督查办'], co: [] }],
    ['县政务服务办受理申请后,应当在5个工作日内办结。', { lead: ['县政务服务办'], co: [] }],
    ['县采购办应当于2018年6月底前公布采购目录。', { lead: ['县采购办'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

// 处 running on into 处置, 处理 or 处罚 is the verb of handling a matter, not an office named 处 (综合处), as 办 into 办结
// is: "应急处置结束后5天内报告", "网络安全事件处置工作结束后,网络运营者应当于30日内…", "事故处置完毕后24小时内形成完整报告"
// were each led by a unit "应急处", "网络安全事件处", "事故处".
describe('a matter handled (处置, 处理, 处罚) before a period names no office', () => {
  it.each([
    ['应急处置结束后5日内报告。', { lead: [], co: [] }],
    ['事故处置完毕后24小时内形成完整报告。', { lead: [], co: [] }],
    ['事件处置结束后15个工作日内,事发地乡镇政府要形成书面报告。', { lead: ['事发地乡镇政府'], co: [] }],
    ['案件处理完毕后5个工作日内,县纪委要将结果报市纪委。', { lead: ['县纪委'], co: [] }],
    ['行政处罚决定作出后7日内,县市场监管局应当公示。', { lead: ['县市场监管局'], co: [] }],
    // Negatives: an office named 处 still acts, before a verb of its own or handling a matter itself.
    ['省政府办公厅综合处要于2018年6月底前完成汇总。', { lead: ['省政府办公厅综合处'], co: [] }],
    ['省财政厅预算处收到申请后,应当在5个工作日内办结。', { lead: ['省财政厅预算处'], co: [] }],
    ['省应急厅应急指挥处处理报告后,应当在1小时内向厅领导报告。', { lead: ['省应急厅应急指挥处'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

// 办 after the manner of holding an event (缓办, 简办, 延办, 停办, 不办) is the verb, as 承办 and 交办 are, not an office named 办
// (扶贫办, 县委办): the slogan "喜事缓办、丧事简办、宴会不办" of 2020-2022 notices on weddings and funerals, as a heading, led the
// items under it. Real (audit-texts audit12/17, 38, 39): 婚丧倡议 "一、倡导婚事缓办" over "对于确实不能延后延期的,要提前10天向属地
// 村(居)委会报备" and "二、倡导丧事简办。" over "办理丧事的要在24小时内向属地村(居)委会报备" (led by 倡导婚事缓办, 倡导丧事简办); 荣昌
// 2022 "一、喜事缓办。…二、丧事简办。…三、宴会不办。"; 达州, 镇江 2022 "提倡“喜事缓办、丧事简办、宴会不办”"; 汝阳 2021 "提倡“红事”
// 缓办、“白事”简办"; 秦皇台乡 2022 "盡量喜事延辦、不辦"; 内蒙古 2020 "“红事”停办,“白事”从简"; a 紅白喜事 reply "1、喜事緩辦。…2、
// 喪事簡辦。".
describe('办 after the manner of holding an event names no office', () => {
  const leadsOf = (body: string) => recordsOf({ body }).map((r) => [r.expression, r.lead]);
  it.each([
    ['一、倡导婚事缓办\n对于确实不能延后延期的,要提前10天向属地村(居)委会报备。', [['提前10天', []]]],
    ['二、丧事简办。\n办理丧事的要在24小时内向属地村(居)委会报备。', [['24小时内', []]]],
    ['三、提倡喜事缓办、丧事简办、宴会不办,确需举办的,要提前3天向村委会报备。', [['提前3天', []]]],
    ['一、尽量喜事延办、不办\n确需举办的,要提前3天向村委会报备。', [['提前3天', []]]],
    // Offices named 办 still lead: under their heading, and as a sentence's subject.
    ['五、县防控办\n于2018年4月20日前报送排查情况。', [['于2018年4月20日前', ['县防控办']]]],
    ['县扶贫办要于2018年6月底前完成核查。', [['于2018年6月底前', ['县扶贫办']]]],
    ['县委办、县政府办于2018年5月底前完成督查。', [['于2018年5月底前', ['县委办', '县政府办']]]],
  ])('%s', (body, expected) => expect(leadsOf(body)).toEqual(expected));
});

describe('a post a duty is laid on by name is the one who acts', () => {
  it.each([
    ['单位负责人接到报告后,应当于1小时内向县应急管理局报告。', { lead: ['单位负责人'], co: [] }],
    ['项目法人(项目部)负责人应于1小时内向主管单位报告。', { lead: ['项目法人(项目部)负责人'], co: [] }],
    ['党委(党组)书记每年至少上党课1次。', { lead: ['党委(党组)书记'], co: [] }],
    ['基层党委书记每年至少讲1次党课。', { lead: ['基层党委书记'], co: [] }],
    ['县长要于2023年6月底前主持召开专题会议。', { lead: ['县长'], co: [] }],
    ['各乡镇主要负责同志要于2023年6月底前完成遍访。', { lead: ['各乡镇主要负责同志'], co: [] }],
    ['县级领导干部每年要走访所联系的村。', { lead: ['县级领导干部'], co: [] }],
    ['各乡镇党委书记、乡镇长每季度至少专题研究一次。', { lead: ['各乡镇党委书记', '乡镇长'], co: [] }],
    ['局长每月巡查一次。', { lead: ['局长'], co: [] }],
    // 以 opens the predicate "以A为B" as a verb does: the unit before it acts.
    ['党支部以每月1天为相对固定的时间,组织党员集中学习。', { lead: ['党支部'], co: [] }],
    // Negatives: 负责 of a duty still ends the name before it; a post inside the name of a meeting, or the object of a
    // verb, acts in nothing; 以上 stays in the name it is part of.
    ['县财政局负责,2023年6月底前完成。', { lead: ['县财政局'], co: [] }],
    ['县长办公会议每月召开一次。', { lead: [], co: [] }],
    ['明确责任人,2023年6月底前完成整改。', { lead: [], co: [] }],
    ['县级以上人民政府每年向本级人大常委会报告。', { lead: ['县级以上人民政府'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('负责人 is a person, not 负责 charging the unit before it; 或 parts alternatives, never a name', () => {
  it.each([
    ['县安委会每年开展检查不少于2次,由县安委会领导或成员单位负责人带队,相关部门参与。', { lead: ['县安委会'], co: ['相关部门'] }],
    // Negative: 由X负责 still charges X.
    ['2023年6月底前完成检查,由县应急局负责。', { lead: ['县应急局'], co: [] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
  // A或B is no one name: each alternative is a name of its own.
  it('A或B names two', () => expect(subjectAt('县安委会领导或成员单位要带队检查。')).toEqual(['县安委会领导', '成员单位']));
});

describe('此项工作由A牵头 charges its own item, not the whole document', () => {
  it('a later item naming its own subject keeps it, and one naming none takes nothing from it', () => {
    const body = [
      '1.此项工作由市教育局牵头,市财政局配合,于2023年6月底前完成。',
      '2.各开发区管委会参照执行,于2023年8月底前报送落实情况。',
      '3.2023年9月底前完成验收。',
    ].join('\n');
    expect(records(body).map((r) => [r.lead, r.co])).toEqual([
      [['市教育局'], ['市财政局']],
      [['各开发区管委会'], []],
      [[], []],
    ]);
  });
  // Negative: a statement on the whole work still gives the units of items naming none.
  it('全市…工作由A牵头 assigns the document', () => {
    const body = ['全市营商环境提升工作由市发改委牵头,市商务局配合。', '1.2023年9月底前完成验收。'].join('\n');
    expect(records(body).map((r) => [r.lead, r.co])).toEqual([[['市发改委'], ['市商务局']]]);
  });
});

describe('a task that is only its verb takes the topic named before the time', () => {
  it.each([
    ['2022年度全县安全生产考核在2023年1月20日前完成。', '2022年度全县安全生产考核完成'],
    ['咨询类留言应当天受理。', '咨询类留言受理'],
    // Negatives: a subject before the time is no topic; a verb with its object needs none.
    ['各承办单位应在2023年3月10日前办结。', '办结'],
    ['各承办单位应在2023年3月10日前办结全部建议。', '办结全部建议'],
  ])('%s', (body, task) => expect(records(body)[0].task).toBe(task));
});

describe('a sentence that only sets a time dates the work of the sentence after it', () => {
  it.each([
    [
      '(二)集中整治阶段。时间:2021年6月5日至6月30日。各村、各企业要按照分工开展排查。',
      { lead: ['各村', '各企业'], co: [], task: '按照分工开展排查' },
    ],
    [
      '(一)动员阶段。时间安排:2021年3月1日至3月15日。县农业局要召开动员会议。',
      { lead: ['县农业局'], co: [], task: '召开动员会议' },
    ],
    // Negative: a time with its own verb keeps its own task and takes no actor from the next sentence.
    [
      '(一)动员阶段。2021年3月15日前召开动员会议。县农业局要做好保障。',
      { lead: [], co: [], task: '召开动员会议' },
    ],
  ])('%s', (body, want) => {
    const [r] = records(body);
    expect({ lead: r.lead, co: r.co, task: r.task }).toEqual(want);
  });

  it('a stray 、 before the duty word still closes the list', () => expect(subjectAt('镇政府、各行政村、要按照分工开展巡查')).toEqual(['镇政府', '各行政村']));
});

describe('承办, 交办, 举办… are verbs of handling a matter, not an office', () => {
  it.each([['区长办公会等会议决策事项承办落实情况要在30个工作日内上报。'], ['上级交办事项要在5个工作日内办结。']])('%s names no unit', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
  // Negatives: an office named by 办 stays one.
  it.each([
    ['县扶贫办要于6月底前报送。', ['县扶贫办']],
    ['市政府办要在3日内办结。', ['市政府办']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('a group label parted from the group before it by a space alone still opens a group', () => {
  it.each([
    ['(一)2023年12月底前建成平台。(牵头单位:市大数据局 配合单位:市财政局、市网信办)', { lead: ['市大数据局'], co: ['市财政局', '市网信办'] }],
    ['(二)2023年10月底前完成改造。牵头单位:市住建局 责任单位:各县市区政府', { lead: ['市住建局'], co: ['各县市区政府'] }],
    // Negative: one label alone is an ordinary list, the first-listed leading.
    ['(三)2023年10月底前完成改造。(责任单位:市住建局、市财政局)', { lead: ['市住建局'], co: ['市财政局'] }],
  ])('%s', (body, units) => expect(onlyUnits(body)).toEqual(units));
});

describe('由X承担, 由X具体实施 charge X as 由X负责 does', () => {
  it.each([
    ['具体工作由市商务局承担,2023年9月底前完成。', ['市商务局']],
    ['由市人社局具体实施,2023年8月底前完成招聘。', ['市人社局']],
    // Negative: 由于 gives a reason, not an agent.
    ['由于资金紧张,2023年8月底前完成招聘。', []],
  ])('%s', (body, lead) => expect(onlyUnits(body).lead).toEqual(lead));
});

describe('a bare verb after a time opening its clause takes the work of the clause before', () => {
  it.each([
    ['1.完成老旧小区改造,2023年10月底前完成。', '完成老旧小区改造'],
    // Negatives: a clause naming a unit says who, not what; a verb with its object needs nothing.
    ['1.县住建局牵头,2023年10月底前完成。', '完成'],
    ['1.完成老旧小区改造,2023年10月底前完成验收。', '完成验收'],
  ])('%s', (body, task) => expect(records(body)[0].task).toBe(task));
});

describe('组织部 is an office, not 组织 starting a predicate; A要求B…: B acts', () => {
  it.each([
    ['县委组织部要于2023年11月30日前上报考核名单。', ['县委组织部']],
    ['县委组织部要求各乡镇在2023年11月30日前上报考核名单。', ['各乡镇']],
    ['市政府责成市住建局于2023年9月底前完成整改。', ['市住建局']],
    // Negatives: 组织 before a unit still organises it; 要 alone is the subject's own duty.
    ['县林业局组织各乡镇于2023年9月底前完成普查。', ['县林业局']],
    ['县委组织部要在2023年11月30日前上报各乡镇考核名单。', ['县委组织部']],
  ])('%s', (body, lead) => expect(onlyUnits(body).lead).toEqual(lead));
});

describe('要求B or 责成B opening a clause, with no one requiring before it: B acts, not the subject carried from before', () => {
  it.each([
    ['各乡镇、各部门要认真贯彻落实本通知精神。要求各责任单位分别于2023年6月30日前报送整改情况。', ['各责任单位']],
    ['市政府要加强领导。责成市住建局于2023年9月底前完成整改。', ['市住建局']],
    ['各县要高度重视,要求各乡镇于2023年10月底前完成摸底。', ['各乡镇']],
    // Negatives: 要求 naming no unit, or 要求 as a noun, leaves the duty with the subject before it.
    ['各乡镇要加强领导,要求在2023年6月30日前完成整改。', ['各乡镇']],
    ['各乡镇要按照工作要求于2023年6月30日前完成整改。', ['各乡镇']],
  ])('%s', (body, lead) => expect(onlyUnits(body).lead).toEqual(lead));
});

describe('a list of units before 的 owns the document a clause dates and sends', () => {
  it.each([
    ['1.县财政局、县审计局的年度报告应于每年3月1日前报送县政府。', ['县财政局', '县审计局']],
    ['市财政局的工作方案应于2023年3月底前报市政府。', ['市财政局']],
    // Negative: what is not a document a unit hands in (意见) names no owner.
    ['县财政局、县审计局的意见应于2023年3月底前报市政府。', []],
  ])('%s', (body, lead) => expect(onlyUnits(body).lead).toEqual(lead));
});

describe('等 with a count closes a list as 等 alone does', () => {
  it.each([
    ['市应急局等12个部门', ['市应急局']],
    ['县教育局、县卫健委等三家单位', ['县教育局', '县卫健委']],
    // Negative: names sharing the head of 等部门 keep it.
    ['建设、财政等部门', ['建设、财政等部门']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));
});

describe('a level with the body standing for it in brackets (村(社区), 镇(街道)) names that level\'s bodies', () => {
  it.each([
    ['各镇(街道)、村(社区)要在2023年每月底前报送排查台账。', ['各镇(街道)、村(社区)']],
    ['村(社区)要于2023年6月底前完成排查。', ['村(社区)']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // Negative: a bracket holding a note, not a body, makes no name of a level.
  it('村(试点) names no unit', () => expect(subjectAt('村(试点)要于2023年6月底前完成排查。')).toBeNull());
});

describe('在办 is a matter being handled, not an office', () => {
  it('a time clause of work in hand names no unit: the subject carries from the clause before', () =>
    expect(onlyUnits('热线办对承办单位的办理情况进行回访,回访工作在办结后3个工作日内完成。').lead).toEqual(['热线办']));
  // Negative: an office named by 办 stays one.
  it('县督查办 is a name', () => expect(subjectAt('县督查办要于每月5日前通报。')).toEqual(['县督查办']));
});

describe('a line that only sets a time is for the work of the line after it', () => {
  it('the next line\'s actor leads and its first sentence is the task', () => {
    const body = ['(一)动员部署阶段', '时间:2023年3月1日-3月15日。', '各乡镇要成立工作专班,制定实施方案。'].join('\n');
    expect(records(body).map((r) => [r.lead, r.task])).toEqual([[['各乡镇'], '成立工作专班,制定实施方案']]);
  });
  // Negatives: a time line with work of its own keeps it; a line after with no actor gives none.
  it('a line with its own work keeps it', () => {
    const body = ['(一)动员部署阶段', '2023年3月15日前完成摸底。', '各乡镇要成立工作专班。'].join('\n');
    expect(records(body).map((r) => [r.lead, r.task])).toEqual([[[], '完成摸底']]);
  });
  it('a line after that names no actor gives no unit', () => {
    const body = ['(一)动员部署阶段', '时间:2023年3月1日-3月15日。', '全面部署整治工作。'].join('\n');
    expect(records(body).map((r) => [r.lead, r.task])).toEqual([[[], '全面部署整治工作']]);
  });
});

describe('至少 after a name starts its predicate (a target for each of a group)', () => {
  it.each([
    ['各地级城市至少有1个区实现垃圾分类全覆盖。', ['各地级城市']],
    ['各设区市至少建成1个示范片区。', ['各设区市']],
    ['各乡镇至少配备2名专职人员。', ['各乡镇']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // A noun that is no unit before 至少 makes no name of the words up to it.
  it('其他各区至少有1个街道… names no unit', () => expect(subjectAt('其他各区至少有1个街道建成示范片区。')).toBeNull());
});

describe('a unit joined by 和 or 及 to a noun that is no unit names what a clause covers, not its subject', () => {
  it.each([['全市机关企事业单位和公共场所生活垃圾强制分类达到全覆盖。'], ['县属国有企业及其下属网点服务质量全面提升。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
  it.each([
    // Units joined by 和 or 及 stay a list of units, and a unit opening the noun after 和 keeps the first.
    ['省发改委和省财政厅要在6月底前完成。', ['省发改委', '省财政厅']],
    ['各县区及市直部门要在6月底前完成。', ['各县区', '市直部门']],
    ['市政府各部门及有关单位和县政府年度报告于1月底前上报。', ['市政府各部门', '有关单位']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('a 专班 (a task force) is a body', () => {
  it.each([
    ['各镇(街)、各专班要于每周二前报送工作动态。', ['各镇(街)', '各专班']],
    ['县级工作专班要每月召开一次例会。', ['县级工作专班']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('bare levels under one 各 share the body named after the last of them', () => {
  it.each([
    ['各省、自治区、直辖市民政厅(局)', ['各省、自治区、直辖市民政厅(局)']],
    ['各市、县、区财政局', ['各市、县、区财政局']],
    // A level opening a group of its own (市直各部门) is a name of its own; so is a name with its own level,
    // after one level alone under 各.
    ['各区、市直各部门', ['各区', '市直各部门']],
    ['各街道、县高新区', ['各街道', '县高新区']],
    ['省发改委、市财政局', ['省发改委', '市财政局']],
  ])('%s', (text, names) => {
    expect(splitUnits(text)).toEqual(names);
    expect(subjectAt(`${text}要于3月底前报送。`)).toEqual(names);
  });
});

describe('要求 and 成立 are verbs of a clause, never inside a name', () => {
  it.each([['工作要求各乡镇要加强领导。'], ['专门成立各级整治行动领导小组,']])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('建设 opens a name only as the noun of a field (建设部门, 建设、财政等部门), not as a verb', () => {
  it.each([['建设主管部门要于6月底前完成检查。', ['建设主管部门']]])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it('建设“无欠薪”县(市、区) is a verb and its object', () => expect(subjectAt('建设“无欠薪”县(市、区)')).toBeNull());
});

describe('cities named by their rank or group are units, as 各设区市 is', () => {
  it.each([
    ['地级及以上城市要于2020年底前建成分类系统。', ['地级及以上城市']],
    ['其他设区城市至少有1个区实现全覆盖。', ['其他设区城市']],
    ['46个重点城市基本建成分类系统。', ['46个重点城市']],
    ['不设区城市至少有2个街道建成示范片区。', ['不设区城市']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // A city named by a quality is no group of bodies, and a count of other places is still no name.
  it.each([['海绵城市建设面积达到20%。'], ['智慧城市建设要加快推进。'], ['3个试点县完成验收。']])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a town named by its name is its government; 自然 and 自治 open names', () => {
  it.each([
    ['昌化镇、天目山镇', ['昌化镇', '天目山镇']],
    ['龙头乡、锦城街道', ['龙头乡', '锦城街道']],
    ['自然资源和规划局、自治区民政厅', ['自然资源和规划局', '自治区民政厅']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));
  // Words ending in 镇 or 乡 that name no town, and a deed done (了), are no names.
  it.each([['城镇要加快发展。'], ['全镇要于6月底前完成。'], ['城乡要统筹发展。'], ['特色小镇要于年底前建成。'], ['说明了龙头镇存在的问题。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
});

describe('建设 naming the field of a body, and 报送单位, are parts of names', () => {
  it.each([
    ['各县住房城乡建设主管部门要在每周二前报送。', ['各县住房城乡建设主管部门']],
    ['各县建设局于6月5日前报送。', ['各县建设局']],
    ['各市县信息报送单位要在每周二前报送。', ['各市县信息报送单位']],
    // 建设 as the verb after a subject, and 报送 as a verb inside a clause, end the name before them.
    ['各县要加快建设步伐,于6月底前完成。', ['各县']],
    ['各县建设示范村3个。', ['各县']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('a service window (窗口) acts as a unit', () => {
  it.each([['综合受理窗口要在3个工作日内办结。', ['综合受理窗口']]])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it('窗口期 is a time, not a unit', () => expect(subjectAt('窗口期要于6月底前结束。')).toBeNull());
});

describe('a frame after a subject (遵照, 对照, 围绕, 针对…) starts its predicate', () => {
  it.each([
    ['各乡镇遵照上述分工,按季度开展自查。', ['各乡镇']],
    ['各牵头单位、责任单位遵照各自职责范围,按季度逐项自查。', ['各牵头单位、责任单位']],
    ['县财政局对照问题清单,于6月底前完成整改。', ['县财政局']],
    ['各部门围绕年度目标,每月报送工作进展。', ['各部门']],
    ['市住建局针对排查出的隐患,在10个工作日内完成整改。', ['市住建局']],
    ['各单位本着节约的原则,于9月底前完成清理。', ['各单位']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // Negatives: the frame opening the clause names no subject of its own; its object is no subject either.
  it.each([['遵照县政府要求,于6月底前报送。'], ['对照问题清单,逐项整改。'], ['围绕各乡镇的需求开展培训。']])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a verb judging what a case is opens a condition, not a name', () => {
  it.each([['认为不属于本单位办理的,应当在十日内退回。'], ['不属于本机关职权范围的,不予受理。'], ['符合本部门规定的,予以办理。']])('%s', (clause) =>
    expect(subjectAt(clause)).toBeNull(),
  );
  // Negatives: a unit the condition picks out, its head after 的, is a name.
  it.each([
    ['符合条件的单位要于6月底前提出申请。', ['符合条件的单位']],
    ['属于本辖区的企业应于每月5日前报送。', ['属于本辖区的企业']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it('the sentence before names the actor of the conditional duty', () =>
    expect(onlyUnits('第四条 承办单位收到交办件后,应当及时登记。认为不属于本单位办理的,应当在十日内提出转送意见,退回交办机关。')).toEqual({
      lead: ['承办单位'],
      co: [],
    }));
});

describe('a unit named by the inspection or audit it undergoes (被检查单位) is a unit', () => {
  it.each([
    ['被检查单位应在检查结束后20个工作日内完成整改。', ['被检查单位']],
    ['被巡察党组织要在反馈后1个月内报送整改方案。', ['被巡察党组织']],
    ['被巡视地区、单位将在反馈后2个月内报送整改情况。', ['被巡视地区、单位']],
    ['被审计单位应当在30日内书面报告整改结果。', ['被审计单位']],
    ['各级党组织要于6月底前完成换届。', ['各级党组织']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  // Negatives: 被 as the passive of another verb (被列为, 被评为, 被考核为) names no unit; the unit inspected after
  // 向 or 对 is an object; a person of the unit is no unit.
  it.each([
    ['被列为试点单位的要于6月底前报送方案。'],
    ['被评为先进单位。'],
    ['被考核为不合格单位要限期整改。'],
    ['向被检查单位反馈检查结果。'],
    ['对被审计单位进行回访。'],
    ['基层党组织建设要加强。'],
  ])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a time in brackets right after another is an aside: both have the actor after the brackets', () => {
  const leads = (body: string) => records(body).map((r) => [r.expression, r.lead]);
  it.each([
    [
      'a season label with the other season in brackets',
      '(一)宣传发动阶段。夏季:5月20日至5月31日(秋季:9月20日至9月30日),各村结合实际,制定工作措施。',
      [['5月20日至5月31日', ['各村']], ['9月20日至9月30日', ['各村']]],
    ],
    [
      'a deadline with this round\'s own date in brackets',
      '各乡镇人民政府每月28日(本次于5月29日)之前,将进度表报送县交通局。',
      [['每月28日', ['各乡镇人民政府']], ['于5月29日', ['各乡镇人民政府']]],
    ],
    [
      'brackets with no time in them are skipped as well',
      '(二)集中整治阶段。6月1日至6月30日(具体以通知为准),各乡镇组织开展排查整治。',
      [['6月1日至6月30日', ['各乡镇']]],
    ],
  ])('%s', (_, body, expected) => expect(leads(body)).toEqual(expected));
  // Negatives: a unit list in the brackets still names the units; a time in brackets after words, not after a time,
  // is no aside; a subject named before the time keeps it.
  it.each([
    ['2019年6月底前完成平台建设(县大数据局牵头,县财政局配合)。', [['2019年6月底前', ['县大数据局']]]],
    ['各乡镇要按时(6月底前)完成排查整治,县应急局督导。', [['6月底前', ['各乡镇']]]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
});

describe('a sentence ended by an ASCII full stop leaves the next one its own subject', () => {
  it('the subject after the dot is read, and carried to the next line of the same list', () =>
    expect(records('(四)加强协调,及时反馈.各单位检查方案于7月底前报县安委办;\n每月25日前将汇总表报送县安委办;').map((r) => r.lead)).toEqual([['各单位'], ['各单位']]));
});

describe('the numbered items of one list that all open with one actor give it to an item of theirs that names none', () => {
  const leads = (body: string) => records(body).map((r) => r.lead);
  it.each([
    [
      'a rule set whose first item names who acts',
      '(二)办理时限\n1、县信访局各科室对紧急事项,应在收到交办单的当日答复;\n2、对一般事项,应在5个工作日内办结。',
      [['县信访局各科室'], ['县信访局各科室']],
    ],
    [
      'each item names the same office, 由 or 每个 before it',
      '五、评选办法\n1、由各区统计局组织实施。\n2、由每个区统计局向市局推荐先进集体2个。\n3、2024年5月15日前,将推荐表报市局综合处。',
      [['各区统计局']],
    ],
  ])('%s', (_, body, expected) => expect(leads(body)).toEqual(expected));
  it.each([
    [
      'items naming different actors share none',
      '二、工作安排\n1、县财政局于3月底前拨付资金。\n2、县住建局于5月底前完成验收。\n3、6月底前完成审计。',
      [['县财政局'], ['县住建局'], []],
    ],
    [
      'an item under another heading is of another list',
      '一、职责\n1、县财政局负责资金保障。\n二、时间安排\n1、6月底前完成审计。',
      [[]],
    ],
    [
      'an item opening with another unit, whatever its verb, ends the shared actor',
      '二、工作安排\n1、各村(社区)每月5日前报送排查情况。\n2、县政府办公室主任每年领衔办理1件建议。\n3、6月底前完成总结。',
      [['各村(社区)'], ['县政府办公室主任'], []],
    ],
    [
      'an item naming its own actor keeps it',
      '三、要求\n1、各乡镇要于3月底前完成摸底。\n2、县民政局要于4月底前完成复核。',
      [['各乡镇'], ['县民政局']],
    ],
  ])('%s', (_, body, expected) => expect(leads(body)).toEqual(expected));
});

describe('a notice asking its addressees themselves to act (请你们…) gives them the duties that name no one', () => {
  const leads = (body: string) => records(body).map((r) => r.lead);
  const addressees = ['各市、县(市、区)人民政府', '省政府直属各单位'];
  it.each([
    ['请你们定时上报旱情。现将有关事宜通知如下:\n一、报送方式\n5月5日上报第一期,以后每月5日报送一期。', [addressees, addressees]],
    ['请你单位及时组织自查。\n二、时间安排\n6月30日前完成自查报告。', [addressees]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
  // Negatives: a notice forwarding a text names 你们 before its 请, or asks only that the text be carried out;
  // a duty naming its own unit keeps it.
  it.each([
    ['现将《工作方案》印发给你们,请认真贯彻执行。\n一、6月30日前完成自查。', [[]]],
    ['请你们认真贯彻执行。\n一、6月30日前完成自查。', [[]]],
    ['现将《工作方案》印发给你们,请你们结合实际抓好落实。\n一、6月30日前完成自查。', [[]]],
    ['请你们定时上报旱情。\n一、县农业局于5月5日前上报第一期。', [['县农业局']]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
});

describe('a body\'s leadership team (领导班子, 班子成员) acts as its 领导 does', () => {
  it.each([
    ['省政府班子成员每年分别领衔办理1件建议。', ['省政府班子成员']],
    ['乡镇领导班子要于6月底前完成述职。', ['乡镇领导班子']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it('the clause after ; names its own subject, not the first clause\'s', () =>
    expect(onlyUnits('省政府主要领导定期听取办理工作情况;省政府班子成员每年分别领衔办理1件代表建议。')).toEqual({ lead: ['省政府班子成员'], co: [] }));
  // Negative: a team as the object of a verb, after 向 or 对, is no subject.
  it.each([['向被巡察党组织领导班子反馈巡察情况。'], ['对乡镇领导班子进行考核。']])('%s', (clause) => expect(subjectAt(clause)).toBeNull());
});

describe('a time of day after a name starts its predicate; an item number before a Chinese numeral is read as written', () => {
  it.each([
    ['秘书处上午到公文交换中心收取信件。', ['秘书处']],
    ['县应急局当日向市应急局报告。', ['县应急局']],
    ['各乡镇次日10时前报送排查情况。', ['各乡镇']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
  it('"2.一天4次" is item 2 of the list whose first item names its actor, not the decimal 2.1 its normalised form reads as', () =>
    expect(records('(一)收文工作\n1.秘书处上午到公文交换中心收取信件。\n2.一天4次接收电子公文。').map((r) => r.lead)).toEqual([['秘书处']]));
  // Negative: a time of day opening the clause names no one.
  it('上午 opening a clause is no name', () => expect(subjectAt('上午召开全县动员会。')).toBeNull());
});

describe('one 各 over the bodies of townships and villages, and over bare levels, in a subject', () => {
  it.each([
    ['各乡镇人民政府、街道办事处于3月15日前完成排查。', ['各乡镇人民政府、街道办事处']],
    ['各村委会、社区居委会要于3月底前建立台账。', ['各村委会、社区居委会']],
    ['各县区、乡镇政府要于4月底前报送。', ['各县区、乡镇政府']],
    ['各乡镇、村于3月20日前完成护林员配备。', ['各乡镇、村']],
    ['各乡(镇)、村要在5月底前完成。', ['各乡(镇)、村']],
    ['各乡、镇于6月底前上报。', ['各乡、镇']],
    ['各地、州、市要于3月底前报送。', ['各地、州、市']],
    ['各地、州、市人民政府要于3月底前报送。', ['各地、州、市人民政府']],
    // Negatives: a body of a level of its own (县财政局), a body named by more than its level (村民小组), no 各 before.
    ['各乡镇、县财政局要于4月底前完成。', ['各乡镇', '县财政局']],
    ['各乡镇、村民小组于4月底前完成。', ['各乡镇', '村民小组']],
    ['县政府办公室、街道办事处于4月底前完成。', ['县政府办公室', '街道办事处']],
    ['县政府、各乡镇于4月底前完成。', ['县政府', '各乡镇']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));

  it.each([
    ['各乡镇人民政府、街道办事处', ['各乡镇人民政府、街道办事处']],
    ['各乡镇人民政府、街道办事处,县直各单位', ['各乡镇人民政府、街道办事处', '县直各单位']],
    ['乡镇人民政府、街道办事处', ['乡镇人民政府', '街道办事处']],
  ])('a list: %s', (text, names) => expect(splitUnits(text)).toEqual(names));
});

describe('a level opening a name of its own after a 各-name is that name\'s, not a bare level', () => {
  it.each([
    ['各乡镇、县开发区要于4月底前完成。', ['各乡镇', '县开发区']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('the 前 closing a time, before a verb, opens no name', () => {
  it.each([
    ['前报县安委办,县安委办汇总后报县政府。', null],
    ['之前报送市政府办公室。', null],
    // Negatives: a place named with 前 is a name.
    ['前郭县人民政府要于5月底前完成。', ['前郭县人民政府']],
    ['前进街道于5月底前完成。', ['前进街道']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));

  it('a weekly report to a receiver names no unit of its own', () => {
    const all = records('排查情况实行周报制度,每周五前报县安委办,县安委办汇总后报县政府。');
    expect(all.map((r) => r.lead)).toEqual([[]]);
  });
});

describe('a sending verb after 前/后 inside a "name" makes it a clause', () => {
  it.each([
    ['各村汇总后报送镇政府,镇政府于5日内完成审核。', ['各村']],
    // Negative: a newspaper's office (日报社) holds 报 but no sending verb after 前/后.
    ['方案报请县政府审定后,各乡镇于6月底前实施。', null],
    ['县日报社要于6月底前完成改版。', ['县日报社']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));

  it('the unit that receives and sends on leads, not a name running through the receiver', () => {
    expect(onlyUnits('乡镇农机站受理后报县农业农村局审核,审核通过后于15个工作日内拨付补贴资金。')).toEqual({ lead: ['乡镇农机站'], co: [] });
  });
});

describe('the body a document names as 责任主体, after who says so or a frame, is the holder', () => {
  const leads = (body: string) => records(body).map((r) => r.lead);
  it.each([
    ['通知明确各级政府是突发事件信息报告的责任主体。\n\n1.较大事件须在事发后2小时内报告。', [['各级政府']]],
    ['按照“属地管理”的原则,事件发生地县(市、区)人民政府是信息报送的责任主体。\n\n1.较大事件须在事发后2小时内报告。', [['事件发生地县(市、区)人民政府']]],
    ['(一)突发事件发生地人民政府是信息报告的责任主体。\n\n1.较大事件须在事发后2小时内报告。', [['突发事件发生地人民政府']]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
  // Negatives: a clause after a comma that is no list of names holds nothing; an item naming its own unit keeps it.
  it.each([
    ['实行属地管理,谁主管谁负责是落实责任主体的原则。\n\n1.较大事件须在事发后2小时内报告。', [[]]],
    ['通知明确各级政府是信息报告的责任主体。\n\n1.县应急局须在事发后2小时内报告。', [['县应急局']]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
});

describe('各 over a province, a prefecture, a league or a banner is a unit, as 各地 and 各县 are', () => {
  it.each([
    ['各省要于6月底前报送进展情况。', ['各省']],
    ['各有关省要于每月5日前报送进度表。', ['各有关省']],
    ['各州、各旗要于6月底前完成。', ['各州', '各旗']],
    // Negatives: a longer name opening with 各省 stays whole.
    ['各省直单位要于6月底前报送。', ['各省直单位']],
    ['各省级部门要于6月底前报送。', ['各省级部门']],
  ])('%s', (clause, names) => expect(subjectAt(clause)).toEqual(names));
});

describe('units a whole document assigns are spelt as the document writes them', () => {
  it('a traditional text keeps its characters', () =>
    expect(records('縣(市、區)政府是林業改革的責任主體。\n\n1.2018年12月底前完成確權登記。').map((r) => r.lead)).toEqual([['縣(市、區)政府']]));
});

describe('the units a notice\'s preamble asks to act (请各…按照/于/及时…) act in its items that name no one', () => {
  const leads = (body: string) => records(body).map((r) => r.lead);
  it.each([
    ['请各有关县按照省里要求,认真做好统计工作,并及时报送进展情况。\n一、每月5日前报送进度统计表。', [['各有关县']]],
    ['為做好統計工作,請各有關縣按照要求向我廳報送進展情況。\n一、每月5日前報送進度統計表。', [['各有關縣']]],
    ['请各乡镇抓紧组织排查,并向县应急局报送情况。\n一、6月底前完成自查。', [['各乡镇']]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
  // Negatives: a request only to carry out a text, or one inside a numbered item, assigns nothing to the others.
  it.each([
    ['现将方案印发给你们,请各地认真贯彻执行。\n一、6月底前完成自查。', [[]]],
    ['现将方案印发给你们,请各地抓紧贯彻执行。\n一、6月底前完成自查。', [[]]],
    ['请各县(市、区)抓紧研究执行。\n一、6月底前完成自查。', [[]]],
    ['一、请各县于5月底前报送名单。\n二、县审计局于6月底前完成审计。\n三、7月底前完成总结。', [['各县'], ['县审计局'], []]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
});

describe('a report of what a notice or a meeting says (通知要求, 会议强调:) frames the sentence: its actor follows', () => {
  const leads = (body: string) => records(body).map((r) => r.lead);
  it.each([
    ['通知要求,各县(市、区)要成立工作专班。6月底前,要完成隐患整改。', [['各县(市、区)']]],
    ['会议强调:各乡镇要落实属地责任。9月底前,要全面完成排查。', [['各乡镇']]],
    ['《办法》明确,县政府办公室要加强督办。每季度通报一次办理情况。', [['县政府办公室']]],
  ])('%s', (body, expected) => expect(leads(body)).toEqual(expected));
  // Negative: a notice's own requirement with no actor after it leaves the next sentence without one.
  it('通知要求 with no actor after it names none', () => expect(leads('通知要求,加强组织领导。6月底前,要完成隐患整改。')).toEqual([[]]));
});
