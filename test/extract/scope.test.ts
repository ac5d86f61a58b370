import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { headingLevel, unitLabelLine } from '../../src/extract/sections.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

/** Each record of a synthetic notice's body as [expression, lead, co, where the units came from]. */
function units(body: string): Array<[string, string[], string[], string]> {
  const { documents } = extractText(gazetteDocument({ body }), 'scope.txt', CLOCK, { explain: true });
  return documents[0].expressions.flatMap((e) => (e.outcome === 'record' ? [[e.expression, e.record.lead, e.record.co, e.units_from]] : []));
}

describe('heading levels', () => {
  it.each([
    ['第二章 总则', 0],
    ['三、保障措施', 1],
    ['(四)集中整治阶段', 2],
    ['5.完善台账', 3],
    ['(6)建立制度', 4],
    ['③做好宣传', 5],
    ['2018年6月底前完成', null],
    ['1.2021年5月底前完成摸底', 3],
    ['2、2020年底前建成', 3],
    // Negative: a decimal opening a line is no number of an item.
    ['1.5倍以上的补助', null],
    ['各县区要加强领导', null],
  ])('%s → %s', (text, level) => {
    expect(headingLevel(text)).toBe(level);
  });
});

describe('a labelled unit line on its own', () => {
  it.each([
    ['牵头单位:县卫健局', { units: { lead: ['县卫健局'], co: [] }, leads: true }],
    ['牵头单位:县卫健局、县医保局', { units: { lead: ['县卫健局', '县医保局'], co: [] }, leads: true }],
    ['协办单位:县财政局、城关镇', { units: { lead: [], co: ['县财政局', '城关镇'] }, leads: false }],
    ['责任单位:县水利局、县农业农村局', { units: { lead: ['县水利局'], co: ['县农业农村局'] }, leads: true }],
    ['责任单位:各乡镇要在月底前上报。', null],
    ['工作要求:认真组织', null],
  ])('%s', (line, expected) => {
    expect(unitLabelLine(line)).toEqual(expected);
  });
});

describe('units of a section: labelled lines below a title', () => {
  it('items under a title and its 牵头/协办 lines take those units', () => {
    const body = [
      '城南污水管网改造工程',
      '牵头单位:区住建局',
      '协办单位:区财政局、南湖街道',
      '进度安排',
      '上半年:完成管网勘测。',
      '下半年:完成主管铺设。',
    ].join('\n');
    expect(units(body)).toEqual([
      ['上半年', ['区住建局'], ['区财政局', '南湖街道'], 'section'],
      ['下半年', ['区住建局'], ['区财政局', '南湖街道'], 'section'],
    ]);
  });

  it('an item naming its own units keeps them', () => {
    const body = ['城南污水管网改造工程', '牵头单位:区住建局', '1.区水务局要在9月底前完成泵站选址。', '2.10月底前完成主管铺设。'].join('\n');
    expect(units(body)).toEqual([
      ['在9月底前', ['区水务局'], [], 'subject'],
      ['10月底前', ['区住建局'], [], 'section'],
    ]);
  });

  it('the units do not leak past the next heading as high as the one above the label', () => {
    const body = [
      '(一)老旧小区改造',
      '牵头单位:区住建局',
      '1.9月底前完成立项。',
      '(二)背街小巷整治',
      '1.11月底前完成路面修复。',
    ].join('\n');
    expect(units(body)).toEqual([
      ['9月底前', ['区住建局'], [], 'section'],
      ['11月底前', [], [], 'none'],
    ]);
  });

  it('the next label starts a new section', () => {
    const body = ['老旧小区改造', '牵头单位:区住建局', '三季度完成立项。', '背街小巷整治', '牵头单位:区城管局', '四季度完成路面修复。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([
      ['三季度', ['区住建局']],
      ['四季度', ['区城管局']],
    ]);
  });

  it('a label right under a dated item closes that item and opens no section', () => {
    const body = ['1.9月底前完成立项审批。', '责任单位:区发改委', '2.11月底前完成路面修复。'].join('\n');
    expect(units(body)).toEqual([
      ['9月底前', ['区发改委'], [], 'list'],
      ['11月底前', [], [], 'none'],
    ]);
  });
});

describe('units of a stage: the subject of its body', () => {
  it('a stage heading on its own line takes the first subject of the paragraphs below it', () => {
    const body = [
      '三、实施步骤',
      '(一)自查自纠阶段(5月20日前)',
      '各乡镇要组织辖区企业开展自查,建立问题清单。',
      '(二)督导检查阶段(5月21日-7月31日)',
      '市应急管理局将会同有关部门开展督导检查。',
      '(三)总结提升阶段(8月)',
      '对整治情况进行梳理总结。',
    ].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([
      ['5月20日前', ['各乡镇'], 'section'],
      ['5月21日-7月31日', ['市应急管理局'], 'section'],
      ['8月', [], 'none'], // a month heading a stage is its deadline; the body names no subject
    ]);
  });

  it('a stage whose body follows in the same paragraph reads it there, skipping 一是… with no subject', () => {
    const body = '(一)部署发动阶段(2019年4月1日至4月15日)。一是召开全县动员会议。各乡镇人民政府建立工作专班,制定实施方案。';
    expect(units(body).map(([e, lead, co, source]) => [e, lead, co, source])).toEqual([
      ['2019年4月1日至4月15日', ['各乡镇人民政府'], [], 'section'],
    ]);
  });

  it.each([
    ['a colon after its dated bracket', '(二)排查整治阶段(2019年6月至9月):各乡镇按照职责分工,全面开展排查。', ['2019年6月至9月', ['各乡镇'], 'section']],
    ['a colon after 阶段 with the date in the title', '(三)2020年3月底前验收阶段:县农业局组织逐项验收。', ['2020年3月底前', ['县农业局'], 'section']],
    ['a colon whose body names no unit', '(三)总结阶段(2019年12月):对照目标逐项总结。', ['2019年12月', [], 'none']],
    // An undated title before the colon: the date is the body's own, and so is its subject.
    ['a colon after an undated title', '(一)准备阶段:各村于2019年4月底前完成摸底登记。', ['于2019年4月底前', ['各村'], 'subject']],
  ])('a stage paragraph with %s: a colon closing a dated title opens the body as 。 does', (_name, body, expected) => {
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([expected]);
  });

  it('a stage body is prose: a signature line below it names no subject', () => {
    const body = '(三)验收阶段(2019年11月底前)。对各项任务逐项验收。';
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([['2019年11月底前', [], 'none']]);
  });

  it('a stage body stops at the next heading of its level: a later stage\'s subject is not borrowed', () => {
    const body = ['(一)摸底排查阶段(6月底前)', '对全区闲置土地逐宗核查。', '(二)集中处置阶段(7月至10月)', '区自然资源局要依法处置闲置土地。'].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([
      ['6月底前', [], 'none'],
      ['7月至10月', ['区自然资源局'], 'section'],
    ]);
  });

  it('a numbered item that is a task, not a stage title, takes nothing from the paragraph below', () => {
    const body = ['1.2019年6月底前完成数据普查工作。', '各区县要加强组织领导。'].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([['2019年6月底前', [], 'none']]);
  });
});

describe('units of a stage with no number: its name opens the paragraph before a colon or its time', () => {
  it.each([
    ['a name, its time, a colon, then a step with no subject and one with', '四、实施步骤\n动员部署阶段(2031年3月上旬):召开全县动员大会。各乡镇制定实施方案。', [['2031年3月上旬', ['各乡镇'], 'section']]],
    ['第N阶段, a colon, a name, then its time', '四、实施步骤\n第三阶段:检查验收(2031年12月中旬)。县农业局对各乡镇进行验收。', [['2031年12月中旬', ['县农业局'], 'section']]],
    ['its body on the line below', '第一阶段:宣传发动(2031年3月1日至3月10日)\n各村要张贴宣传标语。', [['2031年3月1日至3月10日', ['各村'], 'section']]],
    // Negatives: the body ends at the next stage and at a numbered heading; its units are not borrowed from there.
    ['the next stage\'s subject', '第一阶段:摸底(2031年3月)\n全面摸清底数。\n第二阶段:整治(2031年4月至6月)\n县环保局组织整治。', [['2031年3月', [], 'none'], ['2031年4月至6月', ['县环保局'], 'section']]],
    ['a numbered heading\'s subject', '整治阶段(2031年5月至6月):全面整治。\n五、保障措施\n县财政局要保障经费。', [['2031年5月至6月', [], 'none']]],
  ])('%s', (_name, body, expected) => {
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual(expected);
  });

  it.each([
    // 分阶段 names how the work runs, not a stage: what stands after it is no stage's body.
    ['分阶段', '本次活动分阶段(2031年3月至5月):\n县文明办要加强督导。', [['2031年3月至5月', [], 'none']]],
    // A stage named inside a sentence, not opening it: the sentence's own subject is the unit.
    ['a stage named in a sentence', '在集中整治阶段,各乡镇要于2031年6月底前完成整改。县住建局负责验收。', [['于2031年6月底前', ['各乡镇'], 'subject']]],
  ])('a paragraph that is no stage heading: %s', (_name, body, expected) => {
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual(expected);
  });
});

describe('units of a section: a statement charging one unit with its work', () => {
  it('a statement after numbered items speaks for their parent section only', () => {
    const body = [
      '(一)开展水质监测',
      '1.布设监测点位。3月底前完成点位布设。',
      '2.开展采样分析。6月底前完成首轮采样。',
      '水质监测工作由县生态环境分局负责。',
      '(二)推进河道清淤',
      '9月底前完成主河道清淤。',
    ].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([
      ['3月底前', ['县生态环境分局'], 'section'],
      ['6月底前', ['县生态环境分局'], 'section'],
      ['9月底前', [], 'none'],
    ]);
  });

  it('a statement under one heading speaks for that heading\'s section, not its parent', () => {
    const body = ['一、重点任务', '(一)整治农贸市场', '整治工作由区市场监管局负责。', '8月底前完成市场改造。', '(二)规范占道经营', '10月底前完成集中整治。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([
      ['8月底前', ['区市场监管局']],
      ['10月底前', []],
    ]);
  });

  it('an item naming its own subject keeps it, and a statement naming no unit charges nobody', () => {
    const body = ['(一)完善档案', '区档案馆要在5月底前完成目录整理。', '档案工作由区档案馆牵头负责。', '(二)做好宣传', '宣传工作由大家共同负责。', '7月底前完成宣传册印制。'].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([
      ['在5月底前', ['区档案馆'], 'subject'],
      ['7月底前', [], 'none'],
    ]);
  });
});

describe('a statement under a heading on how the whole work is run', () => {
  it('speaks for every item of the document that names no unit', () => {
    const body = ['一、组织领导', '普查工作由县统计局统一组织领导。', '二、普查时间', '普查在2019年10月底前完成。', '三、普查内容', '(一)人口情况。11月底前汇总上报。', '(二)住房情况。各乡镇要在12月底前完成入户登记。'].join('\n');
    expect(units(body).map(([e, lead, , source]) => [e, lead, source])).toEqual([
      ['在2019年10月底前', ['县统计局'], 'section'],
      ['11月底前', ['县统计局'], 'section'],
      ['在12月底前', ['各乡镇'], 'subject'],
    ]);
  });

  it('a statement under a heading on one task speaks for that section only', () => {
    const body = ['一、普查准备', '普查工作由县统计局统一组织领导。', '10月底前完成人员培训。', '二、普查登记', '11月底前完成入户登记。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([
      ['10月底前', ['县统计局']],
      ['11月底前', []],
    ]);
  });
});

describe('a statement charging the work inside a paragraph of dated items', () => {
  it('speaks for the items of that paragraph that name no unit, and for no other', () => {
    const body = ['一、规划编制', '2019年6月底前完成规划初稿,9月底前报批。编制工作由市发改委负责。', '二、项目建设', '2020年底前完成首批项目建设。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([
      ['2019年6月底前', ['市发改委']],
      ['9月底前', ['市发改委']],
      ['2020年底前', []],
    ]);
  });

  it('an item naming its own subject keeps it', () => {
    const body = ['各县要在2019年6月底前完成规划初稿。编制工作由市发改委负责。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([['在2019年6月底前', ['各县']]]);
  });
});

describe('a stage made of dated stages of its own', () => {
  it('takes no units from its first sub-stage; each sub-stage takes its own', () => {
    const body = ['(二)实施阶段(2019年3月至2019年12月)。', '1.试点阶段(2019年3月至5月)。', '(1)各试点县完成方案编制。', '2.推广阶段(2019年6月至12月)。', '(1)各县全面推开。'].join('\n');
    expect(units(body).map(([e, lead]) => [e, lead])).toEqual([
      ['2019年3月至2019年12月', []],
      ['2019年3月至5月', ['各试点县']],
      ['2019年6月至12月', ['各县']],
    ]);
  });
});

describe('a statement assigning the work of a section (工作由A牵头,B配合 / A是…责任主体): its scope', () => {
  const LED = '县公安局';
  const CO = ['县交通运输局', '县应急管理局'];
  it.each<[string, string[], Array<[string, string[], string[]]>]>([
    [
      'standing among the items of its section, it ends at the next section',
      ['一、整治内容', '(一)重点车辆整治', '重点车辆整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '1.5月底前完成客运车辆隐患排查。', '(二)农村道路整治', '2.8月底前完成劝导站建设。'],
      [['5月底前', [LED], CO], ['8月底前', [], []]],
    ],
    [
      'a numbered item making the statement heads the section it speaks for',
      ['一、整治内容', '(一)重点车辆整治。重点车辆整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '1.5月底前完成客运车辆隐患排查。', '(二)农村道路整治', '2.8月底前完成劝导站建设。'],
      [['5月底前', [LED], CO], ['8月底前', [], []]],
    ],
    [
      'a stage of another section takes nothing from it',
      ['一、重点车辆整治', '重点车辆整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '1.5月底前完成客运车辆隐患排查。', '二、工作步骤', '(一)总结验收阶段(11月)。全面总结整治情况。'],
      [['5月底前', [LED], CO], ['11月', [], []]],
    ],
    [
      'in a section of its own that holds no dated item, it speaks for the whole document',
      ['一、重点任务', '1.5月底前完成客运车辆隐患排查。', '2.8月底前完成劝导站建设。', '二、保障措施', '全县整治工作由县公安局牵头,县交通运输局、县应急管理局配合。'],
      [['5月底前', [LED], CO], ['8月底前', [LED], CO]],
    ],
    [
      'under a heading over how the work is run, it speaks for the whole document',
      ['一、组织领导', '全县整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '5月底前完成动员部署。', '二、重点任务', '1.8月底前完成劝导站建设。'],
      [['5月底前', [LED], CO], ['8月底前', [LED], CO]],
    ],
    [
      'in the preamble, it speaks for the whole document',
      ['全县整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。', '二、总结验收', '2.11月底前完成总结验收。'],
      [['5月底前', [LED], CO], ['11月底前', [LED], CO]],
    ],
    [
      'a 责任主体 standing among its section\'s items ends at the next section',
      ['一、林权改革', '各乡镇人民政府是林权改革的责任主体。', '1.6月底前完成确权登记。', '二、河道保洁', '2.9月底前完成河道清淤。'],
      [['6月底前', ['各乡镇人民政府'], []], ['9月底前', [], []]],
    ],
    [
      'an item of another section naming its own unit keeps it',
      ['一、重点车辆整治', '重点车辆整治工作由县公安局牵头,县交通运输局、县应急管理局配合。', '1.5月底前完成客运车辆隐患排查。', '二、农村道路整治', '2.县交通运输局于7月底前完成防护栏安装。'],
      [['5月底前', [LED], CO], ['于7月底前', ['县交通运输局'], []]],
    ],
  ])('%s', (_, lines, expected) => {
    expect(units(lines.join('\n')).map(([e, lead, co]) => [e, lead, co])).toEqual(expected);
  });
});

// The work assigned may be named as tasks (本方案各项任务由A牵头,…) as it is as work, and the units carrying it out after
// the one leading it (…,B负责实施 / 负责组织落实) are among those responsible as helpers are (the spec: units after 负责 go to co).
describe('a statement assigning the document’s tasks, and the units carrying them out', () => {
  it.each<[string, string[], Array<[string, string[], string[]]>]>([
    [
      '各项任务由A牵头,B、C配合',
      ['本方案各项任务由县公安局牵头,县交通运输局、县应急管理局配合。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。'],
      [['5月底前', ['县公安局'], ['县交通运输局', '县应急管理局']]],
    ],
    [
      '工作由A牵头,B负责实施',
      ['全县整治工作由县公安局牵头,各乡镇人民政府负责实施。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。'],
      [['5月底前', ['县公安局'], ['各乡镇人民政府']]],
    ],
    [
      '任务由A牵头,B负责组织落实',
      ['整治任务由县公安局牵头,各乡镇人民政府负责组织落实。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。'],
      [['5月底前', ['县公安局'], ['各乡镇人民政府']]],
    ],
    [
      'negative: 该任务 points at its own item, not at the document',
      ['该任务由县公安局牵头,县交通运输局配合。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。'],
      [['5月底前', [], []]],
    ],
    [
      'negative: a unit that only 负责 with no one leading before it assigns nothing here',
      ['各乡镇人民政府负责实施。', '一、重点任务', '1.5月底前完成客运车辆隐患排查。'],
      [['5月底前', [], []]],
    ],
  ])('%s', (_, lines, expected) => {
    expect(units(lines.join('\n')).map(([e, lead, co]) => [e, lead, co])).toEqual(expected);
  });
});

describe('a statement in the general provisions of a set of rules (第一章 总则) speaks for every chapter', () => {
  it.each<[string, string[], Array<[string, string[]]>]>([
    [
      '工作由A负责 in 总则: the items of later chapters take A',
      ['第一章 总则', '第一条 为规范政务信息报送,制定本办法。', '第二条 全市政务信息报送工作由市政府办公室负责。', '第二章 报送要求', '第三条 每月5日前报送上月政务信息。', '第三章 考核', '第四条 每年1月底前通报考核结果。'],
      [['每月5日前', ['市政府办公室']], ['每年1月底前', ['市政府办公室']]],
    ],
    [
      'a dated article in 总则 does not narrow it',
      ['第一章 总则', '第一条 全县清产核资工作由县农业农村局牵头,县财政局配合。', '第二条 2020年3月底前成立工作专班。', '第二章 工作程序', '第三条 2020年6月底前完成清查登记。'],
      [['2020年3月底前', ['县农业农村局']], ['2020年6月底前', ['县农业农村局']]],
    ],
    [
      'a 责任主体 of the whole document keeps the items it gave units',
      ['第一章 总则', '第一条 全市政务信息报送工作由市政府办公室负责。', '第二条 各县(市、区)人民政府是本行政区域政务信息报送工作的责任主体。', '第二章 报送要求', '第三条 每月5日前报送上月政务信息。'],
      [['每月5日前', ['各县(市、区)人民政府']]],
    ],
    [
      'negative: a statement in another chapter speaks for that chapter only',
      ['第一章 总则', '第一条 为规范政务信息报送,制定本办法。', '第二章 报送要求', '第二条 信息报送工作由市政府办公室负责。', '第三条 每月5日前报送上月政务信息。', '第三章 考核', '第四条 每年1月底前通报考核结果。'],
      [['每月5日前', ['市政府办公室']], ['每年1月底前', []]],
    ],
  ])('%s', (_, lines, expected) => {
    expect(units(lines.join('\n')).map(([e, lead]) => [e, lead])).toEqual(expected);
  });
});

describe('a 责任主体 named in a clause after a comma, or with 作为 (作为…的责任主体), speaks for the items that name no unit', () => {
  it.each<[string, string[], Array<[string, string[]]>]>([
    [
      'after a clause on who leads the work, in the first article',
      ['第一条 投诉举报办理工作在市政府办公室指导下进行,各区人民政府及市直各部门是办理工作的责任主体,对办理工作负责。', '第二条 投诉举报信件原则上在10个工作日内办结。'],
      [['10个工作日内', ['各区人民政府', '市直各部门']]],
    ],
    [
      'after a frame (按照…原则)',
      ['一、按照属地管理原则,各乡镇是秸秆禁烧工作的第一责任主体。', '二、发现火情后,应在1小时内到场处置。'],
      [['1小时内', ['各乡镇']]],
    ],
    [
      'with 作为 at the start of a sentence',
      ['一、各街道作为垃圾分类工作的责任主体,要健全工作机制。', '二、2025年6月底前完成分类设施建设。'],
      [['2025年6月底前', ['各街道']]],
    ],
    [
      'with 作为 after a comma',
      ['一、坚持属地负责,各县(市、区)政府作为整治工作的实施主体,统筹推进整治。', '二、2025年9月底前完成整治验收。'],
      [['2025年9月底前', ['各县(市、区)政府']]],
    ],
    // Negatives: the words before 是 or 作为 after a comma are not units alone.
    [
      'a verb and its object before 是, after a comma',
      ['一、坚持问题导向,完善县政府是整治工作的责任主体的考核机制。', '二、2025年6月底前完成整治。'],
      [['2025年6月底前', []]],
    ],
    [
      'a thing, not a body, before 作为',
      ['一、坚持问题导向,把群众满意度作为整治工作的责任主体考核内容。', '二、2025年6月底前完成整治。'],
      [['2025年6月底前', []]],
    ],
    [
      'an item naming its own unit keeps it',
      ['第一条 办理工作在市政府办公室指导下进行,各区人民政府是办理工作的责任主体。', '第二条 市政府办公室在3个工作日内完成转办。'],
      [['3个工作日内', ['市政府办公室']]],
    ],
  ])('%s', (_, lines, expected) => {
    expect(units(lines.join('\n')).map(([e, lead]) => [e, lead])).toEqual(expected);
  });
});

describe('a stage whose body opens with the unit that deploys or convenes it takes the subject after it', () => {
  it.each<[string, string, string[]]>([
    ['由X统一部署, then who acts', '(一)自查阶段(4月1日至4月20日)。由县消防救援大队统一部署,各乡镇组织开展自查。', ['各乡镇']],
    ['由X统一部署, then a list with a duty word', '(一)自查阶段(4月1日至4月20日)。由县消防救援大队统一部署,各乡镇、县直各部门要组织开展自查。', ['各乡镇', '县直各部门']],
    ['由X组织召开动员会后, then who acts', '(一)动员阶段(3月1日至3月10日)。由县政府组织召开动员会后,各乡镇制定实施方案。', ['各乡镇']],
    // Negatives: a body with no one acting after the host names no one; 由A牵头 is no host (below).
    ['a host alone', '(三)总结阶段(7月)。由县安委办统一部署,全面总结整治成效。', []],
  ])('%s', (_, line, lead) => {
    expect(units(`一、工作步骤\n${line}`).map(([, l]) => l)[0]).toEqual(lead);
  });

  it('由A牵头 is a marker of who leads, not a host: those who co-operate after it are not the subject', () => {
    const [[, lead]] = units('一、工作步骤\n(二)整改阶段(5月1日至6月30日)。由县安委办牵头,各乡镇配合,全面完成整改。');
    expect(lead).not.toContain('各乡镇');
  });
});

describe('…工作由A负责 (统一组织实施), B、C配合 assigns the work as 牵头 does', () => {
  it.each<[string, string, string[], string[]]>([
    ['由A负责, B、C配合', '全县养老服务提升工作由县民政局负责,县财政局、县卫健局配合。', ['县民政局'], ['县财政局', '县卫健局']],
    ['由A统一组织实施, B、C等部门协同配合', '全县养老服务提升工作由县民政局统一组织实施,县财政局、县卫健局等部门协同配合。', ['县民政局'], ['县财政局', '县卫健局']],
    // Negatives: an office's 日常工作 is the running of a group, and 此项工作 points back at its own item.
    ['日常工作由办公室负责', '领导小组日常工作由县民政局负责,各成员单位积极配合。', [], []],
    ['此项工作由A负责', '此项工作由县民政局负责,县财政局配合。', [], []],
  ])('%s', (_, statement, lead, co) => {
    const body = ['一、组织实施', statement, '二、主要任务', '1.2020年6月底前完成敬老院消防改造。'].join('\n');
    expect(units(body).map(([, l, c]) => [l, c])).toEqual([[lead, co]]);
  });
});

describe('items numbered right before a year (1.2021年5月底前…) are items of the lead-in above them', () => {
  it.each<[string, string, string[]]>([
    ['a subject list with a duty word: all lead', '一、各县(市、区)政府、市直各有关部门要做好以下工作:\n1.2021年5月底前完成就业困难人员摸底。\n2.2021年6月底前开发公益性岗位。', ['各县(市、区)政府', '市直各有关部门']],
    ['one unit', '一、各单位要按以下要求报送:\n1、2021年5月底前报送摸底情况。', ['各单位']],
  ])('%s', (_, body, lead) => {
    for (const [, l] of units(body)) expect(l).toEqual(lead);
  });

  it('negative: an item naming its own unit keeps it', () => {
    expect(units('一、各单位要做好以下工作:\n1.2021年5月底前县财政局拨付资金。').map(([, l]) => l)).toEqual([['县财政局']]);
  });
});

describe('an item naming its own units in a list of its own breaks the actor the numbered items share', () => {
  it('items that name none after items with different actors take none', () => {
    const body = ['1.此项工作由市教育局牵头,市财政局配合,于2023年6月底前完成。', '2.各开发区管委会于2023年8月底前报送落实情况。', '3.2023年9月底前完成验收。'].join('\n');
    expect(units(body).map(([, l]) => l)).toEqual([['市教育局'], ['各开发区管委会'], []]);
  });

  it('negative: items that agree still share their actor', () => {
    const body = ['1.各乡镇于2023年6月底前完成摸底。', '2.各乡镇于2023年8月底前报送台账。', '3.2023年9月底前完成验收。'].join('\n');
    expect(units(body).map(([, l]) => l)).toEqual([['各乡镇'], ['各乡镇'], ['各乡镇']]);
  });
});
