import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { type RecogniseContext, recognise } from '../../src/extract/recognise.ts';
import { ParagraphLayout } from '../../src/extract/layout.ts';
import { dropReason, readParagraph } from '../../src/extract/paragraph.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// Procedural rules mostly show no date of their own; the year is 2018 where one is needed.
const undated: RecogniseContext = { year: 2018, docDate: null };
const dated: RecogniseContext = { year: 2018, docDate: '2018-03-20' };

function found(sentence: string, context: RecogniseContext = undated) {
  const n = normalise(sentence);
  return recognise(n.text, context).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
}

const sla = (days: number, workdays = false) => ({ kind: 'sla', days, workdays });

describe('periods counted from an event (sla)', () => {
  it.each([
    ['办事机构收到申请材料之日起五个工作日内作出决定', '5个工作日内', sla(5, true), { after: '办事机构收到申请材料' }],
    ['主办单位要在接到交办件的15日内答复', '15日内', sla(15), {}],
    ['督办事项自交办之日起2个月内办结', '2个月内', sla(60), {}],
    ['各部门接到通知后一个月内报送名单', '1个月内', sla(30), {}],
    ['事故发生后,乡镇政府必须在2小时内报告', '2小时内', sla(1), { after: '事故发生' }],
    ['重大事项须在事发后1小时内报告,书面材料24小时内报送', '24小时内', sla(1), { after: '事发' }],
    ['突发事件发生后,有关部门须在30小时内书面报告', '30小时内', sla(2), {}],
    ['险情发生后15分钟内电话报告县值班室', '15分钟内', sla(0), {}],
    ['承办科室受理后,一般事项3至5个工作日办结', '3至5个工作日', sla(5, true), {}],
    ['受理登记后的1—5日内转交责任部门', '1—5日内', sla(5), {}],
    ['收到群众来信后,简单事项2个工作日办结', '2个工作日', sla(2, true), {}],
    ['接到投诉后,一般事项办理时间不超过7天', '不超过7天', sla(7), {}],
    ['受理后,办理期限为2个月', '期限为2个月', sla(60), {}],
    ['审批事项时限为材料齐全后7个工作日', '7个工作日', sla(7, true), { after: '材料齐全' }],
    ['承办時限為受理之日後5個工作日', '5个工作日', sla(5, true), { after: '受理' }],
    ['对群众反映的问题,相关部门要在3个工作日内作出回应', '3个工作日内', sla(3, true), { after: '群众反映的问题' }],
    ['材料应于会前3个工作日送达', '会前3个工作日', sla(3, true), { before: '会议召开' }],
    ['各单位在会后5个工作日内报告落实情况', '5个工作日内', sla(5, true), { after: '会议召开' }],
    ['承办部门要于会后10日内报送纪要', '10日内', sla(10), { after: '会议召开' }],
    ['会议材料应于会议召开5日前送达', '5日前', sla(5), { before: '会议召开' }],
    ['会议通知一般在会前2~3天发出', '会前2~3天', sla(2), {}],
    ['工作人员要提前30分钟到达会场', '提前30分钟', sla(0), {}],
    ['咨询件要当天受理,当天答复', '当天', sla(0), {}],
    ['咨询事项能当天答复的当天答复,不能当天答复的,应在3个工作日内答复', '当天', sla(0), {}],
    ['上午收到的公文当日登记,下午收到的公文次日上午登记', '当日', sla(0), {}],
    ['受理当天办结', '当天', sla(0), {}],
    ['收到报告当日转交责任单位', '当日', sla(0), {}],
    ['下午收到的文件应在下一个工作日内分送', '下1个工作日内', sla(1, true), {}],
  ])('%s → %s', (sentence, text, value, extra) => {
    const match = found(sentence).find((f) => f.text === text);
    expect(match).toMatchObject({ ...value, ...extra });
    expect(match).not.toHaveProperty('due');
  });

  it.each([
    ['重大安全事故30分钟内向县应急局电话报告,2小时内书面报告', ['30分钟内', 0, '重大安全事故发生'], ['2小时内', 1, '重大安全事故发生']],
    ['较大突发事件1小时内向市政府报告,4小时内报送书面材料', ['1小时内', 1, '较大突发事件发生'], ['4小时内', 1, '较大突发事件发生']],
    ['2、森林火灾30分钟内向林业局报告,1小时内书面报告', ['30分钟内', 0, '森林火灾发生'], ['1小时内', 1, '森林火灾发生']],
  ])('%s: a period right after the incident counts from it', (sentence, ...expected) => {
    const all = found(sentence, dated);
    expect(all.map((f) => [f.text, f.kind === 'sla' && f.days, f.kind === 'sla' && f.after])).toEqual(expected);
  });

  it.each([
    ['重大险情发生后,事发地政府须在30分钟内电话报告,2小时内书面报告', ['30分钟内', 0, '重大险情发生'], ['2小时内', 1, '重大险情发生']],
    ['突发事件发生后,事发单位要在1小时内报告,3小时内报送书面材料', ['1小时内', 1, '突发事件发生'], ['3小时内', 1, '突发事件发生']],
    ['五、重大火灾发生后,15分钟内电话报告', ['15分钟内', 0, '重大火灾发生']],
    ['(3)群众投诉受理后,5个工作日内答复', ['5个工作日内', 5, '群众投诉受理']],
    ['2、对于群众反映的问题,相关部门要在3个工作日内作出回应', ['3个工作日内', 3, '群众反映的问题']],
  ])('%s: 事发地, 事发单位 and the item number are not the event', (sentence, ...expected) => {
    const all = found(sentence, dated);
    expect(all.map((f) => [f.text, f.kind === 'sla' && f.days, f.kind === 'sla' && f.after])).toEqual(expected);
  });

  it.each([
    // The incident is the subject of what was achieved, not the start of a period.
    ['全市安全事故起数比上年下降10%'],
    // An incident that is not right before the period does not anchor it.
    ['各地要总结事故教训,研究制定防范措施'],
  ])('%s: no period from an incident', (sentence) => expect(found(sentence, dated).filter((f) => f.kind === 'sla')).toEqual([]));

  it.each([
    ['自领导小组审定之日起,各责任单位在10个工作日内报送方案', '10个工作日内', sla(10, true), { after: '领导小组审定' }],
    ['从专题会议决定之日起,相关部门在15日内完成整改', '15日内', sla(15), { after: '专题会议决定' }],
    ['原则上自市长批示之日起,承办单位在3个工作日内反馈', '3个工作日内', sla(3, true), { after: '市长批示' }],
  ])('%s: 自…之日起 anchors a period past the subject', (sentence, text, value, extra) => {
    expect(found(sentence, dated).find((f) => f.text === text)).toMatchObject({ ...value, ...extra });
  });

  it.each([
    // A document's own date is no event: the period counts from the document.
    ['自本通知印发之日起,各地在30日内报送名单', '30日内', { kind: 'relative', due: '2018-04-19' }],
  ])('%s: 自…印发之日起 still counts from the document', (sentence, text, value) => {
    expect(found(sentence, dated).find((f) => f.text === text)).toMatchObject(value);
  });

  it('counts a period from the event named earlier in the passage', () => {
    const all = found('承办单位接到转办件,一般件5个工作日内反馈;急件3个工作日内反馈;特急件当日反馈。');
    expect(all.map((f) => [f.text, f.kind === 'sla' && f.days])).toEqual([
      ['5个工作日内', 5],
      ['3个工作日内', 3],
      ['当日', 0],
    ]);
  });

  it('counts from the document only when the text speaks of the document or sets a goal', () => {
    expect(found('本通知印发之日起10日内报送', dated)).toMatchObject([{ kind: 'relative', due: '2018-03-30' }]);
    expect(found('各单位应在10日内报送整改情况', dated)).toMatchObject([{ kind: 'relative', due: '2018-03-30' }]);
    expect(found('各单位应在10日内报送整改情况', undated)).toMatchObject([{ kind: 'sla', days: 10 }]);
  });

  it.each([
    ['事故发生后,事发单位须于当日报告,次日上午10时前报送书面材料', '次日上午10时前', 1],
    ['事故发生后,事发单位须于当日16时前报告', '当日16时前', 0],
    ['突发事件发生后,应当日17:00前报告县应急局', '当日17:00前', 0],
  ])('a clock time closed by 前 is the hour of that day: %s', (sentence, text, days) => {
    expect(found(sentence).filter((f) => f.text === text).map((f) => f.kind === 'sla' && f.days)).toEqual([days]);
  });
  it('a clock time with no 前 is when something happens, no deadline: 事故发生后,县政府于当日16时召开会议', () => {
    expect(found('事故发生后,县政府于当日16时召开会议').filter((f) => f.kind !== 'none')).toEqual([]);
  });
  it('当天 right after a date is that date\'s day, counted from no event: 报送时间为5月5日、6月5日当天17:00之前', () => {
    expect(found('每月5日报送一次。报送时间为5月5日、6月5日当天17:00之前').filter((f) => f.kind === 'sla')).toEqual([]);
  });

  it.each([
    ['可延长30日', '可延长30日'], // a permission
    ['经批准可以延长1个月办结', '可以延长'],
    ['延长期限最长不得超过30日', '最长不得超过'], // a cap on an extension
    ['5个工作日内不能办结的,应当说明理由', '5个工作日内不能办结的'], // a trigger clause
    ['3个月内难以办结的,要通报原因', '3个月内难以办结的'],
    // The period a case is framed by, with 在 or 如果 before it, as a rule's late case is ("二十日内不能作出决定的,经本行政
    // 机关负责人批准,可以延长十日", 行政许可法; "复议机关不能在六十日内给答复的,则可以延长…", xiaozhentang, audit-texts
    // rules1): the duty is the one the clause before states; the case's own step is a permission.
    ['如果不能在20日内作出决定的,经县政府批准可延长10日', '不能在20日内作出决定的'],
    ['不能在规定的5个工作日内办结的,经批准可以延长5个工作日', '不能在5个工作日内办结的'],
    ['在省人代会召开前报送', 'an event with no count'],
    ['本办法自即日起施行', 'an effective date'],
    ['会议当日16时前报到', 'a clock time'],
    ['各站点按时报送当日情况', "the day's figures, object of the verb"],
    ['值班人员汇总当天数据', "the day's figures, object of the verb"],
    ['统计當日信息', "the day's figures, object of the verb"],
    ['离校2年内未就业的高校毕业生', 'a description'],
    ['15日办结', 'a day of the month, no period'],
    ['5月完成了改造', 'a past event'],
  ])('%s is no obligation (%s)', (sentence) => {
    expect(found(sentence).filter((f) => f.kind !== 'none')).toEqual([]);
  });

  it('names why a permission, cap or trigger clause is dropped', () => {
    const reasons = (sentence: string) => recognise(normalise(sentence).text, undated, true).filter((m) => m.value.kind === 'none').map((m) => m.value.kind === 'none' && m.value.reason);
    expect(reasons('经批准可延长1个月办结')).toEqual(['permission']);
    expect(reasons('延长期限不得超过30日')).toEqual(['cap']);
    expect(reasons('5个工作日内不能办结的,应当说明理由')).toEqual(['trigger-clause']);
  });

  it('keeps a period that is all its brackets hold as the limit of the step before', () => {
    const text = '由办公厅会议处填写办理卡,送相关处室提出审核意见(1个工作日)。';
    const [f] = readParagraph({ text, line: 1, breaks: [] }, { ...undated, documentUnits: null });
    expect(f.match.value).toMatchObject(sla(1, true));
  });
});

describe('bare months, stages and copying artefacts', () => {
  const once = (due: string) => ({ kind: 'once', due });
  it.each([
    ['5月完成全部改造任务', '5月', once('2018-05-31')],
    ['6月份启动第二批试点', '6月份', once('2018-06-30')],
    ['该项目3月建成后投入使用', '3月', once('2018-03-31')],
    ['今年8月31日前全部办结', '今年8月31日前', once('2018-08-31')],
    ['明年3月底前完成', '明年3月底前', once('2019-03-31')],
    ['集中整治阶段(4月-5月中旬)', '4月-5月中旬', once('2018-05-20')],
    ['5月下旬-8月开展集中攻坚', '5月下旬-8月', once('2018-08-31')],
    ['第二阶段(7月16日至8月31日)', '7月16日至8月31日', once('2018-08-31')],
    ['突击整治周从2012年3月5日至3月20日', '2012年3月5日至3月20日', once('2012-03-20')],
    ['集中宣传月从2012年3月5日至3月底', '2012年3月5日至3月底', once('2012-03-31')],
    ['试点阶段(2010年3月-2010年7月)', '2010年3月-2010年7月', once('2010-07-31')],
    ['试点阶段(2010年3月——2010年7月)', '2010年3月——2010年7月', once('2010-07-31')],
    ['突击整治阶段(2007年12月11日---2008年1月31日)', '2007年12月11日---2008年1月31日', once('2008-01-31')],
    ['各地于4月28前报送', '于4月28前', once('2018-04-28')],
    ['各县区要在2020年9月30前完成', '在2020年9月30前', once('2020-09-30')],
    ['于2020年5月、10月分别组织检查', '10月', once('2020-10-31')],
    ['四、2018年11月、12月分别开展第三方评估', '12月', once('2018-12-31')],
    ['2016 年 6 底前完成改造', '2016年6底前', once('2016-06-30')],
    ['分别于615日、1215日前报送进展', '615日', once('2018-06-15')],
    ['各乡镇要在6月底前完成清查,并于430日前报送清查结果', '在6月底前', once('2018-06-30')], // the well-formed date beside it stands
    ['各乡镇要在6月底前完成清查,并于430日前报送清查结果', '430日前', once('2018-04-30')],
    ['快报于111日前报送,年报于1231日前报送', '1231日前', once('2018-12-31')],
    ['所有建议须于2008年9月31日前办结', '于2008年9月31日前', once('2008-09-30')],
    ['3月初完成部署', '3月初', once('2018-03-10')],
    ['总结验收阶段(11月中下旬)', '11月中下旬', once('2018-11-30')],
    ['2019年11月上中旬完成验收', '2019年11月上中旬', once('2019-11-20')],
    ['9月份明确各子项目的牵头单位和配合单位', '9月份', once('2018-09-30')], // a step that names who does what
    ['7月确定试点乡镇的责任单位', '7月', once('2018-07-31')],
    ['10月落实专项资金', '10月', once('2018-10-31')],
    ['须于本年度1月15日前报送', '于本年度1月15日前', once('2018-01-15')], // a day of a month, not a period of 15 days
  ])('%s → %s', (sentence, text, value) => {
    expect(found(sentence)).toContainEqual(expect.objectContaining({ text, ...value }));
  });

  it.each([
    ['2019年1月1日至12月31日,对坚持不裁员的企业给予稳岗补贴'], // a policy window
    ['5月份以来,各地成效明显'],
    ['1月、2月、3月的数据均已上报'],
    ['今年5月,我市召开了动员大会'],
    ['111日前报送'], // 1月11日 or 11月1日: no single reading
    ['快报于111日前报送'], // nor a count of 111 days before the word in front
    ['各乡镇于115日前报送2018年年报'], // 1月15日 or 11月5日
    ['专项报表于121日前报送'], // 1月21日 or 12月1日
    ['4月28'], // a day with no 日 and no 前 is nothing
    ['3月成立的专班负责日常调度'], // the month describes the noun: what was done
    ['5月印发的通知要求各地自查'],
    ['8月明确了分管领导'],
  ])('%s is no deadline', (sentence) => {
    expect(found(sentence).filter((f) => f.kind !== 'none')).toEqual([]);
  });
});

describe('a time that is all its brackets hold, opens an item, a node or a span', () => {
  const read = (text: string, ctx: RecogniseContext = undated) =>
    readParagraph({ text: normalise(text).text, line: 1, breaks: [] }, { ...ctx, documentUnits: null }).map((f) => f.match.value);
  const once = (due: string, target = false) => ({ kind: 'once', due, target });
  it.each([
    ['第一次督查(4月)的重点是整改落实', once('2018-04-30')],
    ['宣传发动阶段(2019年3月)', once('2019-03-31')],
    ['1.2018年12月成立工作专班', once('2018-12-31')],
    ['(2)2019年3月各单位报送实施方案', once('2019-03-31')],
    ['创建阶段(2018年12月起至2019年获得省级称号止)', once('2019-12-31', true)],
    ['提升阶段(获得省级称号起至2020年获得国家级称号止)', once('2020-12-31', true)],
    ['按照“10月前完成主体工程、11月组织验收”的节点要求', once('2018-11-30')],
    ['请于每月10日(本月于6月12日)之前报送进度', once('2018-06-12')],
    ['2017年完成改造300户;2018年完成改造500户;2019年全面完成', once('2017-12-31', true)],
  ])('%s', (sentence, value) => {
    expect(read(sentence)).toContainEqual(expect.objectContaining(value));
  });

  it.each([
    ['上月(4月)全市完成投资10亿元'],
    ['第一次检查(4月)已经结束'],
    ['去年3月底前完成摸底、4月开始整改,成效明显'],
    ['根据省政府通知(2018年4月)要求开展工作'],
    ['1.2016年12月成立了工作小组'],
    ['1.2018年12月,我市召开了动员大会'],
    ['2019年3月,省政府印发实施意见'], // a date opening a paragraph with no item number is as often background
    ['考核阶段(2018年12月起至获得省级称号止)'], // an event with no year ends it: no date
    ['1月、2月、3月的数据'],
    ['2015年完成改造300户;2016年完成改造500户;2017年全面完成'], // a sequence that ends before the plan year
  ])('%s is no record', (sentence) => {
    expect(read(sentence).filter((v) => v.kind === 'once')).toEqual([]);
  });

  it('a count a day is a daily duty, a count of days is not', () => {
    expect(found('一天三次接收电子公文')).toEqual([expect.objectContaining({ text: '1天3次', kind: 'recurring', rrule: 'FREQ=DAILY' })]);
    expect(found('限一天内办结').filter((f) => f.kind === 'recurring')).toEqual([]);
  });
});

describe('compound recurrences', () => {
  const rule = (rrule: string) => ({ kind: 'recurring', rrule });
  it.each([
    ['每个季度第一个月的20日前报送上季度情况', '每个季度第1个月的20日前', rule('FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=20')],
    ['每季度最后一个月的25日前上报', '每季度最后1个月的25日前', rule('FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=25')],
    ['每月10日、20日前报送进度', '每月10日、20日前', rule('FREQ=MONTHLY;BYMONTHDAY=10,20')],
    ['每月15号之前完成', '每月15号之前', rule('FREQ=MONTHLY;BYMONTHDAY=15')],
    ['每两个月召开一次例会', '每2个月', rule('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1')],
    ['每两月通报一次', '每2月', rule('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1')],
    ['月报:月后15日前报送', '月后15日前', rule('FREQ=MONTHLY;BYMONTHDAY=15')],
    ['各乡镇于次月5日前报送上月数据', '次月5日前', rule('FREQ=MONTHLY;BYMONTHDAY=5')],
    ['每月上旬报送上月情况', '每月上旬', rule('FREQ=MONTHLY;BYMONTHDAY=10')],
    ['每月下旬召开调度会', '每月下旬', rule('FREQ=MONTHLY;BYMONTHDAY=-1')],
    ['各地每两周报送一次进展', '每2周', rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR')],
    ['季报:季后10日内报送', '季后10日内', rule('FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10')],
    ['二季度季后6日报送', '2季度季后6日', { kind: 'once', due: '2018-07-06' }],
    ['四季度季后10日报送', '4季度季后10日', { kind: 'once', due: '2019-01-10' }],
  ])('%s → %s', (sentence, text, value) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, ...value })]);
  });

  it('a yearly duty gives its frequency to the second date of the sentence', () => {
    expect(found('每年的2月15日前报送年度报告,3月20日前在网站公布').map((f) => f.kind === 'recurring' && f.rrule)).toEqual([
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=15',
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=20',
    ]);
    // A later sentence is a date of its own.
    expect(found('每年的2月15日前报送年度报告。今年3月20日前完成清理。').map((f) => f.kind)).toEqual(['recurring', 'once']);
  });

  it('a monthly duty named as 每月的… takes the day 月初 gives later in the sentence', () => {
    expect(found('每月的检查采取抽查方式,在月初由组长抽取3个单位')).toEqual([
      expect.objectContaining({ text: '月初', kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10' }),
    ]);
  });

  it.each([
    ['节日期间每天17时前报告值班情况', '每天'],
    ['汛期每日报告雨情', '每日'],
    ['春节假期期间,各单位每天向值班室报告安全情况', '每天'],
    ['整治周内每天通报进展', '每天'],
    ['每天报送疫情数据', '每天'],
    ['各乡镇每日17时前将值班情况报县应急局', '每日17时前'],
    ['每日8:30前报送前一日数据', '每日8:30前'],
  ])('a daily duty, bounded to a stretch of time or not, is one on each day: %s', (sentence, text) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, kind: 'recurring', rrule: 'FREQ=DAILY' })]);
  });

  it('the days a daily duty runs on are its season, not a date of their own', () => {
    expect(found('6月1日至6月30日每日报送排查进度').map((f) => f.kind === 'recurring' && f.rrule)).toEqual(['FREQ=DAILY']);
    expect(found('6月1日至6月30日为排查阶段,各乡镇每日报送进度').map((f) => f.kind)).toEqual(['once', 'recurring']);
  });

  it.each([
    ['第四季度(11月份)完成', '第4季度(11月份)', '2018-11-30'],
    ['在上半年结束时和年终进行督查', '在上半年结束时', '2018-06-30'],
    ['在上半年结束时和年终进行督查', '年终', '2018-12-31'],
  ])('%s → %s', (sentence, text, due) => {
    expect(found(sentence)).toContainEqual(expect.objectContaining({ text, kind: 'once', due }));
  });

  it('年终考核 names an appraisal, not a date', () => expect(found('做好年终考核')).toEqual([]));
  it.each([['对2020年度民生工程进行年终推进'], ['各部门开展年终盘点'], ['组织年终督查']])('%s: 年终 names the kind of an activity a verb takes', (sentence) =>
    expect(found(sentence)).toEqual([]));
  it.each([['将验收结果纳入年终全镇目标管理考核体系'], ['列入年终绩效评价内容'], ['作为年终评先评优的重要依据'], ['计入年终综合评分']])(
    '%s: after a verb that files a thing under a heading, 年终 opens the heading, a noun',
    (sentence) => expect(found(sentence)).toEqual([]),
  );
  it.each([['各乡镇在年终进行盘点'], ['确保年终前完成'], ['年终进行督查'], ['将整改情况于年终前纳入台账']])('%s: 年终 sets the time', (sentence) =>
    expect(found(sentence).map((f) => f.text)).toEqual([expect.stringContaining('年终')]));
  it.each([['将日常工作纳入全年工作考核'], ['召开全年工作会议'], ['确保完成全年工作任务'], ['研究全年工作重点']])('%s: 全年工作 names an appraisal, a meeting or tasks', (sentence) =>
    expect(found(sentence).filter((f) => f.kind === 'ongoing')).toEqual([]));
  // With 的 after it the year's work qualifies a noun: 海西 2020 ("第四季度是全年工作的收官阶段"), 亳州 2025 ("是全年工作的军令状"),
  // a 政法 speech ("是我们筹划2013年全年工作的重要指南"), a company's report ("指出了全年工作的总体要求").
  it.each([['第四季度是全年工作的收官阶段,是决战年度目标任务的冲刺阶段'], ['《政府工作报告》是全年工作的军令状'], ['是我们筹划全年工作的重要指南'], ['报告指出了全年工作的总体要求'], ['要把安全生产作为全年工作的重中之重']])(
    '%s: 全年工作的 qualifies a noun, no year-round duty',
    (sentence) => expect(found(sentence).filter((f) => f.kind === 'ongoing')).toEqual([]),
  );
  it.each([['宣传教育,全年工作'], ['各乡镇要抓好秸秆禁烧,全年工作,常抓不懈']])('%s: 全年工作 without 的 still marks year-round work', (sentence) =>
    expect(found(sentence)).toContainEqual(expect.objectContaining({ kind: 'ongoing', due: '2018-12-31' })));
  it('每季 is quarterly', () => expect(found('年度工作情况每季反馈一次')).toEqual([expect.objectContaining({ rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1' })]));
  it('what can or cannot be done the same day is a condition', () => {
    expect(found('咨询事项能当天答复的当天答复,不能当天答复的,应在3个工作日内答复').map((f) => f.text)).toEqual(['当天', '3个工作日内']);
  });
  it('全年工作总结 names a report, not year-round work', () => expect(found('全年工作总结于12月25日前报送').map((f) => f.text)).toEqual(['于12月25日前']));
  it('本月 is the month of a dated notice; 当月 is each month', () => {
    expect(found('请各部门于本月25日前报送名单', dated)).toEqual([expect.objectContaining({ kind: 'once', due: '2018-03-25' })]);
    expect(found('请各部门于本月25日前报送名单', undated)).toEqual([]);
    expect(found('请各部门于本月底前报送名单', dated)).toEqual([expect.objectContaining({ kind: 'once', due: '2018-03-31' })]);
    expect(found('各县要在本季度末前完成自查', dated)).toEqual([expect.objectContaining({ kind: 'once', due: '2018-03-31' })]);
    expect(found('请各部门于本月底前报送名单', undated)).toEqual([]);
    expect(found('各县于当月25日前报送当月数据', dated)).toEqual([expect.objectContaining({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25' })]);
  });
  it('每月最后一个工作日前 is the month’s end, not a count back', () => {
    expect(found('各单位在每月最后一个工作日前报送月报')).toEqual([expect.objectContaining({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' })]);
  });
  it('次月 after an event with no date sets nothing', () => expect(found('项目验收合格后次月10日前拨付资金')).toEqual([]));
});

describe('year-round work in a dated plan', () => {
  it.each([['常态工作'], ['全年工作'], ['长期坚持'], ['六、全年完成河道清淤100万方'], ['各地要加强监测,全年新增就业1万人']])('%s is ongoing to the plan year’s end', (sentence) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ kind: 'ongoing', due: '2018-12-31' })]);
  });
  it.each([['全年共完成河道清淤100万方'], ['全年累计完成投资10亿元'], ['确保完成全年任务'], ['全年完成了造林任务'], ['于12月25日前将半年进展、全年完成情况报送督查室']])('%s reports a year or names its tasks', (sentence) => {
    expect(found(sentence).filter((f) => f.kind === 'ongoing')).toEqual([]);
  });
});

describe('dates a plan states around its own year', () => {
  const once = (due: string) => expect.objectContaining({ kind: 'once', due });
  it('a year-end before the plan year, with no 前, tells what was done', () => {
    expect(found('2017年底,全市建成美丽河湖10条')).toEqual([]);
    expect(found('2017年底前完成清理')).toEqual([once('2017-12-31')]); // a deadline issued late is still one
    expect(found('2017年上半年,全市完成投资50亿元')).toEqual([]);
    expect(found('2017年上半年前完成清理')).toEqual([once('2017-06-30')]);
    expect(found('完成时限:2017年底')).toEqual([once('2017-12-31')]); // a deadline label sets it
  });
  it.each([
    ['市河长办每季度通报一次,年底组织考核', ['每季度', '年底']],
    ['县政府办公室每季度通报1次,年底进行评比表彰', ['每季度', '年底']],
    ['5月进行督查', ['5月']],
    // A deed done, or a year-end that names an appraisal (纳入年底考核, 年底考核结果).
    ['5月进行了督查', []],
    ['年底考核结果作为评优依据', []],
    ['各乡镇每月自查,结果纳入年底考核', ['每月']],
  ])('年底 or a month before a step of the plan is its date: %s', (sentence, texts) => {
    expect(found(sentence).map((f) => f.text)).toEqual(texts);
  });
  it('a month inside a list that one 底前 closes is a month-end', () => {
    expect(found('各县于6月、9月、12月底前分别报送工作进展')).toEqual([once('2018-06-30'), once('2018-09-30'), once('2018-12-31')]);
  });
});

describe('a duty inside brackets', () => {
  const read = (text: string) => readParagraph({ text, line: 1, breaks: [] }, { ...undated, documentUnits: null }).map((f) => f.match.value);
  it('is kept when the brackets set it with a modal of their own', () => {
    expect(read('督查时间:9月至12月(到各单位督查在每月15号之前必须完成)。')).toContainEqual(expect.objectContaining({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }));
  });
  it('is dropped when the brackets only cite a date in passing', () => {
    expect(read('根据《通知》(2016年6月底前印发)的要求开展工作。')).toEqual([]);
  });
});

describe('dates in lists and years in plans', () => {
  const once = (due: string, target = false) => ({ kind: 'once', due, target });
  it('a date inside a list closed by one 前 takes the list’s year and frame', () => {
    expect(found('各单位要于2016年4月15日、7月15日及2017年1月15日前报送').map((f) => f.kind !== 'none' && 'due' in f && f.due)).toEqual([
      '2016-04-15',
      '2016-07-15',
      '2017-01-15',
    ]);
  });
  it.each([['市政府将于年中、年末进行督查'], ['各单位于年中和年末分别报送工作总结'], ['于上半年及年末各开展一次检查']])(
    'the second of a list of period words (%s) is a date as the first is',
    (sentence) => expect(found(sentence)).toContainEqual(expect.objectContaining({ text: '年末', ...once('2018-12-31') })),
  );
  // 年末 after 和 and a noun, with no period word before it, is still no date: 年末盘点 names a kind of work.
  it('年末 after a noun joined by 和 stays no date', () => expect(found('统筹推进日常工作和年末盘点')).toEqual([]));
  it.each([
    ['2019年基本完成改造任务', '2019年', once('2019-12-31', true)],
    ['2020年,巩固提升成果', '2020年', once('2020-12-31', true)],
    ['(一)2021年,全县完成农村改厕1500户', '2021年', once('2021-12-31', true)],
    ['②2022年基本实现全覆盖', '2022年', once('2022-12-31', true)],
  ])('a year opening a clause of a plan is a target: %s', (sentence, text, value) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, ...value })]);
  });
  it.each([['2016年全省完成改造1000户'], ['编制“十三五”规划纲要'], ['在省人代会召开前报送'], ['(一)2016年,全省完成改造1000户']])('%s is no record', (sentence) => {
    expect(found(sentence).filter((f) => f.kind !== 'none')).toEqual([]);
  });
  it('names an event with no count as the reason', () => {
    expect(recognise(normalise('在省人代会召开前报送').text, undated, true).map((m) => m.value)).toEqual([{ kind: 'none', reason: 'event-without-count' }]);
  });
});

describe('起 after a time: the time a duty starts from, unless it opens 起草', () => {
  it.each([
    ['县发改局于6月底前起草实施方案', '于6月底前', '2018-06-30'],
    ['各乡镇要在9月30日前起草完成本地实施意见', '在9月30日前', '2018-09-30'],
    ['市司法局于2018年10月起草完成条例草案', '于2018年10月', '2018-10-31'],
  ])('%s: a deadline to draft', (sentence, text, due) => {
    expect(found(sentence, dated).map((m) => [m.text, m.kind, m.kind === 'once' ? m.due : null])).toEqual([[text, 'once', due]]);
  });
  it.each([['自2018年5月起,每月10日前报送'], ['于今年5月起施行'], ['从2018年10月起开展专项整治']])('%s: a starting point', (sentence) => {
    expect(found(sentence, dated).filter((m) => m.kind === 'once')).toEqual([]);
  });
});

describe('named reasons for what the paragraph drops', () => {
  const reasons = (text: string) => {
    const layout = new ParagraphLayout(text);
    return recognise(text, undated, true).map((m) => (m.value.kind === 'none' ? m.value.reason : dropReason(layout, m)));
  };
  it.each([
    ['根据《2018年6月底前完成清理的通知》开展工作', 'citation'],
    ['2018年6月底前已完成验收', 'past-event'],
    ['第一季度:已完成设计方案交底工作', 'past-event'],
    ['在2019年4月9日召开的交办会上作出部署', 'past-event'],
    ['5月底进行了改办', 'past-event'],
    ['6月底前召开过两次推进会', 'past-event'],
    ['以2019年3月末为清查时点', 'reference-date'],
    ['每月不低于50元的补贴', 'entitlement'],
    ['每年按不低于5%的比例提高补助', 'entitlement'],
    ['每月按工资的8%缴纳', 'entitlement'],
    ['每年按10%的比例递增', 'entitlement'],
    ['每个月发放不低于300元的补助', 'entitlement'],
  ])('%s → %s', (sentence, reason) => {
    expect(reasons(normalise(sentence).text)).toContain(reason);
  });
  it('gives null for an obligation', () => expect(reasons('各地要在2018年6月底前完成')).toEqual([null]));
  // A period that is all its quotation marks hold names a reform or a goal by its length.
  it.each([
    ['深化一般企业投资项目“最多80天”改革'],
    ['在去年“最多90天”改革的基础上推进'],
    ['全市纳入监测的开工前审批“最多50天”完成项目数为156个'],
    ['值得注意的是,“最多90天”时间由政府审批时间、中介服务时间组成'],
    ['低风险小型项目“最多15个工作日”改革'],
    ['“‘最多80天’需要依靠各涉审部门对审批事项的提速增效'],
  ])('a quoted period names a reform: %s', (sentence) => {
    expect(reasons(normalise(sentence).text)).toContain('quoted-name');
  });
  it.each([
    ['收到申请材料后“3个工作日内办结”'], // the quotation opens with the period and goes on: a duty
    ['各部门在收到申请之日起3个工作日内办结'],
    ['“十四五”期间完成改造任务'], // a date quoted whole still dates
  ])('a period not quoted whole keeps its reading: %s', (sentence) => {
    expect(reasons(normalise(sentence).text)).not.toContain('quoted-name');
  });
  it('reads an unquoted period beside a quoted one as a duty', () =>
    expect(reasons(normalise('审批时间压缩至“最多80天”以内的项目,于3个工作日内报送').text)).toEqual(['quoted-name', null]));
  it.each([
    ['县市场监管局每年按不低于15%的比例开展抽查'],
    ['市住建局每季度按5%的比例进行检查'],
    ['区农业局每年按20%比例抽检'],
  ])('%s: a share of the work checked is no rate', (sentence) => expect(reasons(normalise(sentence).text)).toEqual([null]));

  it.each([
    ['一季度免报,其余季度于季后10日内报送', 'exempt'],
    ['季报于季后10日内报送(四季度免报)', 'exempt'],
    ['第二季度:项目设计方案仍需优化调整', 'progress-report'],
    ['第三季度:两个项目已开始招标', 'progress-report'],
    ['第一季度:正在开展方案设计', 'progress-report'],
    ['目前已完成第一季度培训任务', 'progress-report'],
    ['各单位将第三季度及全年任务完成情况报送督查室', 'report-period'],
    ['年度报告涵盖上年度1月1日起至12月31日止的工作情况', 'report-period'],
    ['6月底前报送上半年工作情况', 'report-period'],
    ['汇总第一季度统计数据', 'report-period'],
    ['严格遵循“年初公布、年中检查、年底兑现”的原则', 'slogan'],
    ['本通知自印发之日起施行,有效期至2021年1月31日', 'policy-window'],
    ['对2019年6月30日前申报的企业,优先审核', 'trigger-clause'],
    ['按照“年初建账、逐月查账、年底交账”的督查制度', 'slogan'],
    ['一季度工作完成情况于4月10日前报送', 'report-period'],
    ['上半年工作总结于7月5日前报送', 'report-period'],
    ['现将2018年上半年重点工作完成情况及下半年工作目标报告如下', 'report-period'],
    ['现将下半年工作目标报告如下', 'report-period'],
    ['二、下半年工作目标', 'report-period'],
    ['预计1-6月份,完成地区生产总值10.3亿元,同比增长14.4%', 'report-period'],
    ['重点项目1-5月完成投资2亿元,占年度投资计划45.2%', 'report-period'],
    ['简要报告每月工作情况及存在的问题,单月十日前送达', 'report-period'],
    ['县统计局于每季度末汇总每季度经济运行数据', 'report-period'],
    ['各单位于年底前提交每年工作总结', 'report-period'],
    // a fronted object: the request or the manner follows the noun phrase the period opens
    ['分别于7月5日、10月5日前将上半年、前三季度的自查情况以书面形式报送', 'report-period'],
    ['第四季度的报表请各单位于1月10日前完成填报', 'report-period'],
    ['填报第四季度报表时,请在系统中选择12月', 'report-period'],
    ['做好第三季度报表的汇总上报工作', 'report-period'],
    ['上半年工作情况由各乡镇于7月5日前报送', 'report-period'],
    // the object 对 fronts before 进行 (对X情况进行督查): the period opens it
    ['县考核办对各镇前三季度目标任务完成情况进行督查', 'report-period'],
    ['县督查室将对上半年重点工作落实情况进行专项督查', 'report-period'],
    ['据测算,我市老年人口到2020年将有可能达到110万人左右', 'forecast'],
    ['全市用水量到2025年可能会超过10亿立方米', 'forecast'],
  ])('a period that is no deadline: %s → %s', (sentence, reason) => {
    expect(reasons(normalise(sentence).text)).toContain(reason);
  });

  it.each([
    ['第一季度工作进展:完成设计招标工作'], // a schedule headed 进展 still sets dates
    ['第二季度:组织开展教师集体研修'],
    ['第三季度:对已排查的隐患完成整改'], // 已 inside a noun phrase reports nothing
    ['对已建成项目于第四季度组织验收'],
    ['第三季度报送工作情况'], // the report's own deadline
    ['2019年第三季度对省预算内投资完成情况进行检查'], // a time a preposition follows dates the clause it opens
    ['三季度就整改情况进行专项督查'],
    ['各乡镇要按时报送每季度整治数据'], // no other time: the report is quarterly
    ['各部门要简要报告每月工作情况'],
    ['2019年在改革上取得决定性进展'],
    ['6月底前完成整改情况核查'], // closed by 前: a deadline
    ['三季度完成数据中心建设'], // 数据中心 goes on as another noun
    ['第四季度召开总结表彰会'], // a step with its own verb
    ['下半年以乡镇为单位开展排查'], // 以 after a period, no noun of a report between
    ['下半年制定工作计划'], // a step that makes a plan
    ['力争上半年实现地区生产总值同比增长7%'], // figures set as a goal
    ['按照“11月前全面完成、12月查漏补缺”任务节点要求'], // a quoted schedule
    ['对2019年6月30日前未完成整改的,要约谈主要负责人'], // no 的 right after: a date of the condition read as it is
    ['各单位每月报告工作情况'], // before the verb, 每月 says when
    ['各乡镇要每季度报送统计数据'],
    ['县应急局报告每月1次'], // a count after it: how often
    ['各单位将每月工作情况报县政府'], // 将 puts the report's own time nowhere else
    ['力争到2020年有可能改造的地区全部完成改造'], // a goal set, whatever the forecast
    ['各地要在2020年底前排查可能存在的隐患'], // 可能 of what is to be looked for, a duty
    ['编制小组对发展环境进行分析预测,2004年11月底前完成规划总体思路'], // 预测 as work to do
  ])('a period that is a deadline keeps its record: %s', (sentence) => {
    expect(reasons(normalise(sentence).text).filter((r) => r !== null && r !== 'no-obligation-verb')).toEqual([]);
    expect(found(sentence).length).toBeGreaterThan(0);
  });
});

describe('a bare month whose step names the units as its object', () => {
  it('is a record, and a 责任单位 line below the item still gives it its units', () => {
    const body = ['(五)制订标准规范。9 月份明确各子项目编制的责任单位和配合单位,开展编制工作。', '责任单位:县发改局、县财政局'].join('\n');
    const [record, ...more] = extractText(gazetteDocument({ body }), 'steps.txt').obligations;
    expect(more).toEqual([]);
    expect(record).toMatchObject({ expression: '9 月份', due: '2018-09-30', lead: ['县发改局'], co: ['县财政局'] });
  });
});

describe('截至 closes a count at a date: a state, not a time to act', () => {
  const reasonsAsOf = (sentence: string, docDate: string | null = '2020-03-01') => {
    const text = normalise(sentence).text;
    const layout = new ParagraphLayout(text);
    return recognise(text, { year: 2020, docDate }, true).map((m) => (m.value.kind === 'none' ? m.value.reason : dropReason(layout, m, docDate)));
  };
  it.each([
    ['截至2020年6月底,全县已完成改造1200户', 'progress-report'],
    ['截至2020年6月底,全县累计建成污水管网80公里', 'progress-report'],
    ['截止到2020年6月30日,共排查隐患320处', 'progress-report'],
    ['各乡镇要于9月底前将截至2020年6月底的完成情况报县政府', 'report-period'],
    ['以上统计数据截至2020年6月30日。', 'reference-date'],
    ['截至2019年12月底,全县农村污水治理覆盖率达到85%', 'past-event'], // before the document's date
  ])('%s → %s', (sentence, reason) => expect(reasonsAsOf(sentence)).toContain(reason));

  it.each([
    ['各乡镇要截至2020年6月底前完成全部改造任务'], // 前 closes it: a deadline
    ['截至2020年12月底,全县农村污水治理覆盖率达到90%以上'], // still to come, nothing reached yet: a target
    ['网上报名截止到2020年6月30日。'], // 截止 closes a time to act
    ['截至2020年12月底,各部门要全部完成清理,已完成的要做好验收'], // a duty word before the state
    ['截至2020年9月底,各部门共同完成清理任务'], // 共同 is together, not a count
  ])('%s keeps its record', (sentence) => {
    expect(reasonsAsOf(sentence).filter((r) => r !== null)).toEqual([]);
    expect(found(sentence).length).toBeGreaterThan(0);
  });
});

describe('limits that bound no step: a late case\'s outer cap, a length restated in brackets, a least gap', () => {
  it.each([
    ['个别难度大不能如期答复的,要说明原因,但正式答复最迟不得超过6个月'],
    ['确实无法按期办结的,经批准后办理时间最长不超过30日'],
    ['距离上一次巡查结束时间要大于96小时(4天)'],
    ['两次巡查间隔不少于3天'],
  ])('%s sets nothing', (sentence) => expect(found(sentence)).toEqual([]));

  it.each([
    ['不能按期办结的,应在3个工作日内说明原因', '3个工作日内'], // a step the late case must take
    ['承办单位一般在15个工作日内答复,最迟不得超过30个工作日', '15个工作日内'], // no late case: the first limit stays
    ['提出审核意见(1个工作日)', '1个工作日'], // a period all the brackets hold, after a step
    ['至少提前3天通知', '提前3天'],
  ])('%s keeps %s', (sentence, text) => expect(found(sentence).map((f) => f.text)).toContain(text));
});

describe('a process cut to a length counts from its own start, not from the document', () => {
  const dated = { year: 2019, docDate: '2019-03-20' };
  it.each([
    ['办理时限缩短至5个工作日', '缩短至5个工作日', 5],
    ['总体审批时限压缩到21个工作日', '压缩到21个工作日', 21],
    // A year alone sets no target: the limit is in force.
    ['根据2018年的规定,审批时限压缩至8个工作日', '压缩至8个工作日', 8],
  ])('%s', (sentence, text, days) =>
    expect(found(sentence, dated).filter((f) => f.text === text)).toEqual([expect.objectContaining({ kind: 'sla', days, workdays: true })]));
  it('a notice\'s own period still counts from the notice', () =>
    expect(found('各地要在30日内报送方案', dated)).toEqual([expect.objectContaining({ kind: 'relative' })]));
});

describe('a process time cut to a length under a dated target is what the target achieves, no period of its own', () => {
  const dated = { year: 2019, docDate: '2019-03-20' };
  it.each([
    ['到2019年6月底,全流程审批时间压缩至90个工作日以内', '到2019年6月底'],
    ['2019年上半年全省工程建设项目审批时间压缩至100个工作日以内', '2019年上半年'],
    ['2019年底前实现企业投资项目开工前审批最多80天', '2019年底前'],
    ['力争年内将不动产登记时间缩短至5个工作日', '年内'],
  ])('%s', (sentence, target) => expect(found(sentence, dated).map((f) => f.text)).toEqual([target]));
  // Negative: a time limit with no cut word stays under a dated target ("2019年底前…受理后3个工作日内办结").
  it('a period to act within stays', () =>
    expect(found('2019年底前全面推行,审批部门受理后3个工作日内办结', dated).map((f) => f.text)).toContain('3个工作日内'));
});

describe('the term a benefit, a status or a contract runs is no time to act', () => {
  const dated = { year: 2017, docDate: '2017-03-01' };
  it.each([
    ['对招用就业困难人员的企业给予社会保险补贴,补贴期限最长不超过3年'],
    ['对创业担保贷款给予贴息,贴息期限不超过2年'],
    ['见习期限一般为3至6个月,最长不超过12个月'],
    ['认定证书的有效期最长为3年'],
  ])('%s', (sentence) => expect(found(sentence, dated)).toEqual([]));
  // Negatives: a term of work is a time to act within; a period named with no term stays.
  it.each([
    ['整改期限为30日,逾期未整改的依法处理', '期限为30日'],
    ['各地要在3个月内完成清理', '3个月内'],
    ['承办单位办理期限为3个月', '期限为3个月'],
  ])('%s keeps %s', (sentence, text) => expect(found(sentence, dated).map((f) => f.text)).toContain(text));
});

describe('the term a policy runs is no time to act', () => {
  const records = (body: string) =>
    extractText(gazetteDocument({ body, title: '某市人民政府关于稳就业的若干措施' }), 'policy.txt').obligations.map((o) => o.expression);
  it.each([
    ['实施阶段性降低医疗保险费率政策,实施期限至2021年12月31日。'],
    ['原阶段性下调工伤保险费率政策实施至2021年4月30日。'],
    ['将失业保险浮动费率政策实施期限延长至2022年4月30日。'],
    ['2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策。'],
    ['小微企业暂免征收保障金,执行期限至2022年12月31日。'],
  ])('%s', (body) => expect(records(body)).toEqual([]));

  it.each([
    ['各企业整改期限至2021年6月30日。', ['至2021年6月30日']], // a term of work is a deadline
    ['各区要于2021年6月30日前完成政策申报。', ['于2021年6月30日前']],
    ['到2022年,全市建成零工市场10个。', ['到2022年']],
    ['2021年5月1日至5月31日开展政策宣传月活动。', ['2021年5月1日至5月31日']], // a stage of work about a policy
  ])('%s keeps its record', (body, expressions) => expect(records(body)).toEqual(expressions));
});

describe('a season the rules hold in is no stage of work', () => {
  const reasonsIn = (sentence: string) => {
    const text = normalise(sentence).text;
    const layout = new ParagraphLayout(text);
    return recognise(text, dated, true).map((m) => (m.value.kind === 'none' ? m.value.reason : dropReason(layout, m, dated.docDate)));
  };
  it.each([
    ['汛期(5月1日—9月30日)实行24小时值班制度'],
    ['主汛期(6月15日至8月31日),各乡镇要加强巡查'],
    ['供暖期(11月15日至次年3月15日)内,供热企业要确保室温达标'],
    ['禁渔期(3月1日-6月30日)严禁捕捞作业'],
    ['森林防火期为每年10月1日至次年4月30日'],
    ['主汛期6—8月各乡镇实行24小时值班'],
    // The part of a season when danger peaks, and the dates stated first with the season after 为/是.
    ['防汛关键期为7月16日至8月15日'],
    ['进入防汛关键期(7月16日至8月15日)后,水库实行24小时值守'],
    ['每年9月至次年4月30日为森林特别防护期'],
    ['每年11月15日至翌年的4月15日为森林防火期'],
    ['5月1日至9月30日是汛期'],
    ['防火戒严期为每年5月'],
    ['10月1日至10月31日为高火险期,林区严禁野外用火'],
    // A season of the year stated by 为: a list of the seasons a rule holds in.
    ['春季通常为3月15日至6月15日,秋季为9月15日至11月15日'],
    // The season named, then its dates restated by 就是 or 即.
    ['南方防火期只有一个,就是每年11月15日至翌年的4月15日'],
    ['主汛期即为6月1日至8月31日'],
    // The time a ban or a permission holds, stated by 为 either way round, or a list of windows the sentence makes it.
    ['10月1日至次年5月31日为秸秆禁烧期'],
    ['禁烧工作重点时段为5月20日至6月30日、10月20日至12月31日'],
    ['午收(5月25日至6月25日)、秋收(9月25日至10月25日)和重大活动保障期间为秸秆禁烧重点时段'],
    ['夏季禁烧(6月1日-6月30日)、秋季禁烧(10月1日-10月31日)为禁烧重点时段,确保不出现火点'],
    ['燃放时间为1月28日至2月12日'],
    ['春节期间允许燃放时间为1月22日至2月5日'],
    // A prohibition with no one charged, over the span.
    ['3月2日至19日全国“两会”期间,禁止任何形式的露天焚烧秸秆行为'],
    ['6月1日至8月31日,禁止在河道内采砂'],
  ])('%s: every date is the season\'s window', (sentence) => {
    const reasons = reasonsIn(sentence);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((r) => r !== 'policy-window' && r !== 'reference-date')).toEqual([]);
  });

  it.each([
    ['(一)动员部署阶段(5月1日—5月31日):各乡镇制定实施方案'], // a stage of work
    ['各乡镇要在汛前(4月30日前)完成隐患排查'], // a deadline before the season
    ['汛期各乡镇要于6月1日前完成物资储备'], // a deadline set in the season, not its dates
    ['汛期6月底前完成河道清障'], // a single date after the season is a deadline in it
    ['集中整治期(2018年5月—8月),各地全面排查'], // 整治期 is a stage
    ['5月1日至5月31日为自查阶段,各乡镇对照清单逐项自查'], // a stage of work named after 为
    ['春季:3月至5月,各乡镇完成造林任务'], // a season heading a stage, not stated by 为
    ['防汛关键期(7月15日前)各水库完成除险加固'], // a deadline 前 closes, set in the season
    ['各乡镇要在6月30日前完成防护设施建设,为防汛关键期做好准备'], // the season named in another clause
    ['(一)宣传发动阶段。夏季:5月20日至5月24日,各村制定禁烧工作措施'], // a stage of a ban campaign
    ['全面禁烧阶段(5月25日至6月30日),各村实行24小时巡查'], // 阶段 names a stage
    ['整治时间为5月1日至6月30日'], // the time of a campaign of work
    ['6月1日至6月15日为排查阶段、6月16日至6月30日为整改阶段'], // a list of stages
    ['各乡镇于5月20日前完成禁烧宣传,为禁烧重点时段做好准备'], // a deadline before the window
    ['6月1日至6月30日期间,各乡镇要开展排查,严禁走过场'], // work charged in the span; the ban is on how it is done
    ['3月20日至4月10日期间,各县应组织清理秸秆残余物,严禁点烧'],
  ])('%s keeps its record', (sentence) => expect(reasonsIn(sentence)).toContain(null));

  it('seasons given as the time of a stage date the stage, each of them', () =>
    expect(reasonsIn('(二)全面禁烧阶段。时间:夏收期间(6月5日—6月30日)、秋收期间(10月1日—10月31日)')).toEqual([null, null]));
});

describe('a single time before the document\'s month, in a sentence with no word of duty, tells what was done', () => {
  const julyReport = { year: 2021, docDate: '2021-07-10' };
  const reasonsOn = (sentence: string) => {
    const text = normalise(sentence).text;
    const layout = new ParagraphLayout(text);
    return recognise(text, julyReport, true).map((m) => (m.value.kind === 'none' ? m.value.reason : dropReason(layout, m, julyReport.docDate)));
  };
  it.each([
    ['1.3月,召开全县安全生产工作会议,部署全年工作'],
    ['3.2021年5月,成立县安全生产专项整治领导小组'],
    ['4.5月上旬,县应急局牵头开展应急演练'],
    ['(二)4月底,全县完成隐患排查整治'],
    // Words that hold a modal's or 前's character without being one: no duty, no deadline.
    ['5.5月,按照县委的总体要求,全县启动应急响应'],
    ['6.4月,县城关镇在政府大楼前集中开展宣传,参与人数空前'],
    ['7.3月,制定工作要点,现将有关情况报告如下'],
  ])('%s', (sentence) => expect(reasonsOn(sentence)).toEqual(['past-event']));

  it.each([
    ['2.10月,组织开展安全生产大检查'], // after the document's month: a step to come
    ['1.7月,召开半年工作推进会'], // the document's own month
    ['3.5月底前完成隐患整改'], // 前 closes it: a deadline, recorded though issued late
    ['4.5月,各乡镇要完成自查'], // a duty word
    ['(一)排查阶段(2021年4月—5月)'], // a stage's span
    ['5.于2021年5月组织验收'], // 于 sets it as a time to act
    ['6.5月,县里要求各乡镇完成自查'], // 要求 as a verb is a duty
    ['7.5月,各乡镇汛前完成清淤'], // 前 after a season closes a time
  ])('%s keeps its record', (sentence) => expect(reasonsOn(sentence)).toContain(null));

  it('部署全年工作 names the year\'s work as a step\'s matter, no year-round duty', () => {
    expect(found('召开全县工作会议,部署全年工作').filter((f) => f.kind === 'ongoing')).toEqual([]);
    expect(found('宣传教育(全年工作)')).toContainEqual(expect.objectContaining({ kind: 'ongoing' }));
  });
});

describe('a report of work done tells what was done up to the end of the period its title names', () => {
  const report = (title: string, body: string) =>
    extractText(gazetteDocument({ title, body, number: '某政办〔2021〕3号', issued: '' }), 'report.txt').obligations.map((o) => o.expression);
  it.each([
    ['某县2025年1—6月国民经济和社会发展计划执行情况的报告', '1—6月,全县地区生产总值增长8.0%,固定资产投资增长10.9%。'],
    ['某县2025年1—6月国民经济和社会发展计划执行情况的报告', '上半年,全县上下认真执行县人大审议批准的发展计划,实现时间过半、任务过半。'],
    ['某县2021年上半年安全生产工作总结', '3.5月上旬,县应急局牵头开展应急演练。'],
  ])('%s: %s', (title, body) => expect(report(title, body)).toEqual([]));

  it.each([
    ['某县2021年上半年安全生产工作总结', '2.10月,组织开展安全生产大检查。', ['10月']], // after the period reported: a plan
    ['某县2021年上半年安全生产工作总结', '1.9月底前完成隐患整改。', ['9月底前']],
    ['某县2025年1—6月发展计划执行情况的报告', '(二)下半年,各乡镇要确保完成全年目标任务。', ['下半年']], // a duty word
    // Negative: 政府工作报告 plans the year as much as it reports; its months keep their dates.
    ['2021年某县政府工作报告', '3.5月,全面完成老旧小区改造。', ['5月']],
  ])('%s: %s keeps its record', (title, body, expressions) => expect(report(title, body)).toEqual(expressions));
});

describe('a meeting the clause says was held, with no object after its verb, is news of the past', () => {
  const undatedNews = { year: 2024, docDate: null };
  const reasonsIn = (sentence: string) => {
    const text = normalise(sentence).text;
    const layout = new ParagraphLayout(text);
    return recognise(text, undatedNews).map((m) => dropReason(layout, m, null));
  };
  it.each([
    ['2024年1月17日至19日,市第十六届人民代表大会第三次会议在市里召开,会议审议通过了《政府工作报告》。'],
    ['3月10日至11日下午,全区工作会议在区委礼堂隆重举行。'],
    ['2024年5月6日至8日,全市党务干部培训班在市委党校举办。'],
  ])('%s', (sentence) => expect(reasonsIn(sentence)).toEqual(['past-event']));

  it.each([
    ['(一)2024年5月,召开全县动员大会。'], // a plan: the verb takes its object
    ['5月10日至12日,全市培训班在党校举办,各单位要派员参加。'], // a notice asks something of its readers
    ['4月1日至4月30日,各乡镇开展自查。'], // a stage of work
  ])('%s keeps its record', (sentence) => expect(reasonsIn(sentence)).toContain(null));
  // A meeting to come is no news of the past; the day it is set for is an event all the same.
  it('会议定于2024年5月20日至21日在市政府召开。', () => expect(reasonsIn('会议定于2024年5月20日至21日在市政府召开。')).toEqual(['meeting-date']));
});

describe('a report of work is known by its heading, under a web page\'s own title or run into its first sentence', () => {
  const page = (...lines: string[]) => extractText(['某某范文网', '', ...lines, ''].join('\n'), 'page.txt').obligations.map((o) => o.expression);
  it.each([
    [['某县2021年上半年重点工作情况报告', '今年年初,我县迅速启动疫情防控响应,全面推广应用健康码。']],
    [['某镇2018年一季度工作情况汇报一季度,全镇上下认真贯彻落实党的十九大精神,完成主要目标任务。']], // run into the text
    [['防汛检查工作总结范文(通用7篇)', '2010年防汛检查工作总结', '3月8日至11日由水利局组成5个工作组,对全市山塘水库进行复查。']],
    [['**区棚改工作情况', '1-10月,全区完成棚户区改造2000户,按照“保障民生”的总体要求,强化责任。']], // a page titled 工作情况
    [['某乡2018年为民办实事工程情况报告', '上半年垦造耕地力度空前,在建项目16个。']], // 空前 closes no time
    [['某镇创文专项整治活动总结', '12月3日至8日,治理小组在政府大楼前集中,镇长作动员讲话。']], // 楼前 neither
    [['某区住建局2015年工作总结暨2016年工作计划今年以来,我局完成棚改1200户。', '1—11月,全区完成投资8亿元。']],
    [['某区住建局2015年工作总结', '到2015年年底,完成广场改造等11个项目施工。']], // a target inside the period reported
    [['2010年防汛检查工作总结', '市防指于2010年2月20日发出检查通知,部署全市检查任务。']], // 于 dates what was done
    // A table of where the year's work stands, named by its 进展/完成/落实 情况: its periods are those of the figures.
    [['某市2020年重点工作一季度进展情况表', '1-2月,全市固定资产投资同比下降12.7%,居全省第6位。']],
    [['某市2023年重点工作1-9月进展情况表', '截至6月底,省级下达资金37.76亿元,支出21.86亿元。']],
    [['某县2021年重点工作完成情况表', '1-11月,全县民间投资增长11.8%,交通投资下降2.5%。']],
    [['某局重点工作落实情况一览表', '8月7日,印发《平台建设导则(试行)》。']],
    [['某局重点工作推进情况(截至三季度)', '7月,全局4个项目获中央预算内资金补助。']],
  ])('%j tells what was done', (lines) => expect(page(...lines)).toEqual([]));

  it.each([
    [['某区住建局2015年工作总结暨2016年工作计划', '2016年3月底前,各街道要完成摸底。'], ['2016年3月底前']], // the plan after 暨
    [['某县2021年上半年工作总结', '下一步,各乡镇要在9月底前完成验收。'], ['在9月底前']], // a duty word
    [['某县2021年上半年工作总结', '2.10月,开展安全生产大检查。'], ['10月']], // after the period the report covers
    [['某区住建局2015年工作总结', '到2015年年底,力争完成11个项目施工。'], ['到2015年年底']], // a goal word
    [['某区住建局2015年工作总结', '到2016年年底,全面完成棚改任务。'], ['到2016年年底']], // a target after it
    // Negatives: a heading that asks for a report, and an item of a plan that sums up the year before.
    [['关于报送2021年上半年工作总结的通知', '请各乡镇于7月10日前报送上半年工作总结。'], ['于7月10日前']],
    [['某县2021年工作要点', '一、2020年工作总结', '1.3月,召开全县动员大会。'], ['3月']],
    // A table of progress keeps the deadlines its tasks are set by, and what comes after the period it covers.
    [['某市2023年重点工作1-9月进展情况表', '发布日期:2023-11-01', '1-2月,全市投资同比下降12.7%。2023年1月底前印发政策及实施细则,一季度前预兑政策资金。'], ['2023年1月底前', '一季度前']],
    [['某市2020年重点工作一季度进展情况表', '2.6月,召开全市项目推进会。'], ['6月']],
    // Negatives: a notice that asks for such a table, and a plan that lists where to report.
    [['关于报送2020年重点工作进展情况表的通知', '请各单位于4月5日前报送一季度进展情况。'], ['于4月5日前']],
    [['某县2021年重点工作落实情况督查方案', '1.3月,开展第一轮督查。'], ['3月']],
  ])('%j keeps its plans', (lines, expressions) => expect(page(...lines)).toEqual(expressions));
});

describe('a document that sets out work keeps the dates it tells, even those past when it was issued', () => {
  const dated = (title: string, body: string) =>
    extractText(gazetteDocument({ title, body, number: '某政办〔2019〕8号', issued: '2019年6月20日' }), 'late.txt').obligations.map((o) => o.expression);
  // Issued in late June: every time below fell before the document's month.
  it.each([
    ['某县2019年农村人居环境整治实施方案', '1.5月,召开全县动员大会,部署整治工作。', ['5月']],
    ['某县关于印发2019年秸秆禁烧工作方案的通知', '2.5月中旬,各乡镇制定具体方案。', ['5月中旬']],
    ['某县2019年河长制工作要点', '(三)截至2019年3月底,各乡镇完成摸底排查。', ['截至2019年3月底']],
    ['某县关于开展安全生产大检查的通知', '3.4月,县安委办组织督查。', ['4月']],
  ])('%s: %s', (title, body, expressions) => expect(dated(title, body)).toEqual(expressions));

  // Negatives: a report, a summary or a page with no title of a plan tells what was done.
  it.each([
    ['某县2019年上半年农村人居环境整治工作总结', '1.5月,召开全县动员大会,部署整治工作。'],
    ['某县农村人居环境整治工作进展情况的报告', '2.5月中旬,各乡镇制定具体方案。'],
    ['某县召开农村人居环境整治推进会', '截至2019年3月底,各乡镇完成摸底排查。'],
  ])('%s: %s', (title, body) => expect(dated(title, body)).toEqual([]));
});

describe('了 and 过 tell a deed done only as aspect marks, not inside 为了, 了解, 通过, 经过, 超过', () => {
  const records = (body: string) =>
    extractText(gazetteDocument({ body, issued: '2009年9月24日', title: '关于报送培训计划的通知' }), 'marks.txt').obligations.map((o) => o.expression);
  it.each([
    ['请各单位于2009年10月15日前将计划通过办公自动化系统发到本处。', ['于2009年10月15日前']],
    ['各单位要于2009年11月底前了解本单位培训需求。', ['于2009年11月底前']],
    ['各单位于2009年12月31日前完成自查,为了确保质量,要逐项核对。', ['于2009年12月31日前']],
    ['2009年10月底前经过公示后报送名单。', ['2009年10月底前']],
    ['办理时间不超过15个工作日。', ['不超过15个工作日']],
  ])('%s keeps its record', (body, expressions) => expect(records(body)).toEqual(expressions));

  it.each([
    ['2009年6月底前召开了全市动员大会。'],
    ['2009年5月底进行过一次全面排查。'],
  ])('%s tells what was done', (body) => expect(records(body)).toEqual([]));
});

describe('a period closed by 内 and followed by what must be done in it prescribes it, as a modal would', () => {
  const records = (body: string) =>
    extractText(gazetteDocument({ body, title: '某县人民政府办公室关于加强督查工作的通知' }), 'within.txt').obligations.map((o) => [o.expression, o.kind]);
  it.each([
    ['决策事项落实情况在30个工作日内上报。', [['30个工作日内', 'relative']]],
    ['整改结果15日内报县政府。', [['15日内', 'relative']]],
    ['群众投诉件收到后5个工作日内办结。', [['5个工作日内', 'sla']]],
  ])('%s', (body, expected) => expect(records(body)).toEqual(expected));

  it.each([
    ['去年群众诉求在3个工作日内办结的占90%。'], // a count of what was done so
    ['项目在3年内完成建设。'], // a plan's horizon, no limit of handling
    ['3个工作日内的材料一并归档。'], // the period names which papers
  ])('%s sets nothing', (body) => expect(records(body)).toEqual([]));
});

describe('a month opening an item numbered in brackets is the item\'s time, as after 1. or 一、', () => {
  const plan = { year: 2021, docDate: '2021-02-01' };
  const once = (due: string) => ({ kind: 'once', due, target: false });
  const foundIn = (sentence: string) => {
    const n = normalise(sentence);
    return recognise(n.text, plan).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
  };
  it.each([
    ['(一)3月份,召开全县安全生产工作会议', '3月份', once('2021-03-31')],
    ['(二)4月,开展安全生产大检查', '4月', once('2021-04-30')],
    ['②5月,组织应急演练', '5月', once('2021-05-31')],
  ])('%s', (sentence, text, value) => expect(foundIn(sentence)).toEqual([expect.objectContaining({ text, ...value })]));
  // Negatives: a month of a year before the plan's, and a month that 了 says was done.
  it.each([['(一)2019年3月,召开全县工作会议'], ['(二)4月,召开了全县工作会议']])('%s is no record', (sentence) =>
    expect(foundIn(sentence).filter((f) => f.kind === 'once')).toEqual([]),
  );
});

describe('a duty more often than daily falls on every day', () => {
  it.each([
    ['每12小时报告一次水情', '每12小时', 'FREQ=DAILY'],
    ['每6小时或3小时(情况变化较快时)报告一次水情', '每6小时或3小时', 'FREQ=DAILY'],
    ['监测站每半小时报送一次雨情', '每半小时', 'FREQ=DAILY'],
    ['巡堤人员每隔两小时巡查一次', '每隔2小时', 'FREQ=DAILY'],
    ['每小时上报一次火情', '每小时', 'FREQ=DAILY'],
    ['险情发生后每30分钟续报一次', '每30分钟', 'FREQ=DAILY'],
    ['每24小时通报1次处置进展', '每24小时', 'FREQ=DAILY'],
    // Counted in days as N小时内 is: 48 hours are two days.
    ['每48小时巡查一次', '每48小时', 'FREQ=DAILY;INTERVAL=2'],
  ])('%s → %s', (sentence, text, rrule) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, kind: 'recurring', rrule })]);
  });

  it.each([
    ['每小时降雨量超过50毫米时启动预警'], // a rate of rain
    ['该设备每小时处理污水200吨'], // a capacity
    ['实行24小时值班制度'], // a shift, no pace
    ['两次巡查间隔要大于48小时'], // a least gap
  ])('%s: a rate or a shift is no duty', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe('an event named right before a period is what it counts from', () => {
  it.each([
    // A document named earlier in the sentence does not make the period count from the document.
    ['该厅下发通知,明确重大事件须在发生后15分钟内向省厅报告', dated, '15分钟内', { days: 0, after: '重大事件发生' }],
    ['本通知印发后,各地要在收到申请后5个工作日内办结', dated, '5个工作日内', { days: 5, workdays: true, after: '收到申请' }],
    ['本办法下发后,承办单位接到交办件后10日内答复', undated, '10日内', { days: 10, after: '承办单位接到交办件' }],
    // A period listed after one with its event counts from that event.
    ['事故发生后30分钟内电话报告、2小时内书面报告', undated, '2小时内', { days: 1, after: '事故发生' }],
    ['自受理之日起3个工作日内审核、10个工作日内办结', undated, '10个工作日内', { days: 10, workdays: true, after: '受理' }],
  ])('%s', (sentence, context, text, within) => {
    expect(found(sentence, context)).toContainEqual(expect.objectContaining({ text, kind: 'sla', ...within }));
  });

  it.each([
    // The document's own issue is no event: the period counts from the document's date.
    ['请各地于本通知印发后30日内报送方案', '印发后30日内', '2018-04-19'],
    ['本方案下发后,各县要在15日内制定细则', '15日内', '2018-04-04'],
  ])('%s: from the document', (sentence, text, due) => {
    expect(found(sentence, dated)).toContainEqual(expect.objectContaining({ text, kind: 'relative', due }));
  });
});

describe('a period named by its kind ends every time: a report due after it recurs', () => {
  it.each([
    ['季报应在季度结束后15日内报送', '季度结束后15日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15'],
    ['各单位于季度终了后10日内报送执行情况', '季度终了后10日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
    ['月报于月度终了后7日内报送', '月度终了后7日内', 'FREQ=MONTHLY;BYMONTHDAY=7'],
    ['半年报于半年度结束后20日内报送', '半年度结束后20日内', 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=20'],
    ['年报于年度结束后4个月内报送', '年度结束后4个月内', 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1'],
    ['季度结束后1个月内报送季度报告', '季度结束后1个月内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=-1'],
    ['每年度结束后3个月内报送年度报告', '每年度结束后3个月内', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    // The next month counted from the month's own end is every month's.
    ['月报在月度结束后的次月15日之前报送', '次月15日之前', 'FREQ=MONTHLY;BYMONTHDAY=15'],
  ])('%s → %s', (sentence, text, rrule) => {
    expect(found(sentence, dated)).toEqual([expect.objectContaining({ text, kind: 'recurring', rrule })]);
  });

  it.each([
    // One quarter named by its number, or this one, ends once.
    ['第一季度结束后15日内报送'],
    ['本季度结束后10日内报送'],
    // An event of no calendar: the next month after it is no day of every month.
    ['项目验收后次月10日前报送'],
  ])('%s: no recurring rule', (sentence) => {
    expect(found(sentence, dated).filter((f) => f.kind === 'recurring')).toEqual([]);
  });
});

describe('a bracket naming the quarter for the month sets a second report', () => {
  const monthly = (day: number) => `FREQ=MONTHLY;BYMONTHDAY=${day}`;
  const quarterly = (day: number) => `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`;
  it.each([
    ['月报、季报于次月(季度)10日内报送', [monthly(10), quarterly(10)]],
    ['月(季)报于次月(季)5日前报送', [monthly(5), quarterly(5)]],
    ['月报、季报于次月(次季度)15日前报送', [monthly(15), quarterly(15)]],
    // No bracket: the month's only.
    ['月报于次月10日前报送', [monthly(10)]],
  ])('%s', (sentence, rrules) => {
    expect(found(sentence).map((f) => f.kind === 'recurring' && f.rrule)).toEqual(rrules);
  });

  it('both reports are one sentence\'s duty, with its units and task', () => {
    const body = '各县统计局的月报、季报于次月(季度)10日内报送市统计局。';
    const records = extractText(gazetteDocument({ body }), 'reports.txt').obligations;
    expect(records.map((r) => [r.rrule, r.task])).toEqual([
      [monthly(10), expect.stringContaining('报送')],
      [quarterly(10), expect.stringContaining('报送')],
    ]);
    expect(records[0].expression).toBe(records[1].expression);
  });
});

describe('a span crossing the year\'s end closes in the next year', () => {
  it.each([
    ['集中整治阶段(12月10日—1月5日),各乡镇全面排查', '12月10日—1月5日', '2019-01-05'],
    ['本次活动从12月1日起至次年2月28日结束', '12月1日起至次年2月28日', '2019-02-28'],
    ['各乡镇要在12月至次年1月开展隐患排查', '12月至次年1月', '2019-01-31'],
    // 翌 reads as 次 in the normalised text.
    ['(11月—翌年2月)全面整改', '11月—次年2月', '2019-02-28'],
    ['2018年11月—2019年3月开展整治', '2018年11月—2019年3月', '2019-03-31'],
    // Within one year, the closing month's year is the opening one's.
    ['12月10日—12月20日开展自查', '12月10日—12月20日', '2018-12-20'],
    ['3月至6月开展排查', '3月至6月', '2018-06-30'],
  ])('%s → %s', (sentence, text, due) => {
    expect(found(sentence, dated)).toContainEqual(expect.objectContaining({ text, kind: 'once', due }));
  });
});

describe('下月 of a dated notice is the month after the notice\'s', () => {
  it.each([
    ['各乡镇于本月底前报送名单,下月10日前报送方案', '下月10日前', { kind: 'once', due: '2018-04-10' }],
    ['请于下个月5日前报送', '于下个月5日前', { kind: 'once', due: '2018-04-05' }],
    // After a frequency it is every month's.
    ['各单位每月汇总数据,下月5日前报送', '下月5日前', { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5' }],
  ])('%s → %s', (sentence, text, value) => {
    expect(found(sentence, dated)).toContainEqual(expect.objectContaining({ text, ...value }));
  });

  it('a notice dated in December looks to January', () =>
    expect(found('请于下月10日前报送', { year: 2018, docDate: '2018-12-05' })).toEqual([expect.objectContaining({ due: '2019-01-10' })]));

  it.each([['请于下月10日前报送'], ['下月5日前报送']])('%s in undated text sets no date', (sentence) => expect(found(sentence, undated)).toEqual([]));
});

describe('an outer limit after a duty\'s own period caps that duty', () => {
  it.each([
    ['重要信息应在事发后2小时内书面报告,最迟不得超过4小时', ['2小时内']],
    ['承办单位应在5个工作日内答复,最长不得超过10个工作日', ['5个工作日内']],
    // With no period before it, the limit is the duty's own.
    ['请示件办理时间最长不得超过7个工作日', ['不得超过7个工作日']],
    ['承办单位应在5个工作日内答复;重大事项办理时间不得超过15个工作日', ['5个工作日内', '不得超过15个工作日']],
  ])('%s', (sentence, texts) => {
    expect(found(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('a day 于 sets, then 将 and the verb that hands the thing in, in a sentence that asks', () => {
  it.each([
    ['请各单位抓紧做好总结工作,并于2月1号将材料上报团市委办公室', '于2月1号', '2018-02-01'],
    ['各乡镇要于3月10日将名单报送县政府办', '于3月10日', '2018-03-10'],
    ['请于4月20日将汇总表送交县统计局', '于4月20日', '2018-04-20'],
  ])('%s → %s', (sentence, text, due) => expect(found(sentence, dated)).toEqual([expect.objectContaining({ text, kind: 'once', due })]));
  it.each([
    ['我县于3月5日将整改报告上报市政府'], // no one asked: what was done
    ['县政府办于3月5日将材料上报了市政府'],
    ['各乡镇要把于3月10日将名单报送的情况汇总'], // 的 closes a noun phrase
  ])('%s sets no day', (sentence) => expect(found(sentence, dated).filter((f) => f.kind === 'once')).toEqual([]));
});

describe('the outer limit of an exceptional case is granted, not set', () => {
  it.each([
    ['对于涉及面广、处理难度大的建议,经市政府办公室同意,至迟不超过6个月办理完毕', []],
    ['承办单位应在3个月内答复;情况复杂确需延后的,报经同意,最迟不超过5个月', ['3个月内']],
    ['一般件在10个工作日内办结;个别疑难件最长不超过20个工作日', ['10个工作日内']],
    // With no exceptional case, the limit is the duty's own.
    ['请示件办理时间最长不得超过7个工作日', ['不得超过7个工作日']],
    ['承办单位收到提案后,至迟不超过3个月办理完毕', ['不超过3个月']],
    // An exceptional case with its own period, not an outer limit: a duty of its own.
    ['对个别复杂问题,承办单位应在15个工作日内书面说明', ['15个工作日内']],
  ])('%s', (sentence, texts) => {
    expect(found(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('a summary or report a step writes is its object, not a period it covers', () => {
  const reasons = (text: string) => {
    const layout = new ParagraphLayout(text);
    return recognise(text, dated, true).map((m) => (m.value.kind === 'none' ? m.value.reason : dropReason(layout, m, dated.docDate)));
  };
  it.each([['县整治办组织验收,12月上旬完成总结。'], ['各乡镇11月形成报告。'], ['各乡镇上半年完成总结。']])('%s keeps its record', (sentence) =>
    expect(reasons(normalise(sentence).text)).toEqual([null]));
  it.each([['各乡镇将第三季度完成情况报送县政府。'], ['各乡镇将上半年工作总结报送县政府。']])('%s: the period names what is covered', (sentence) =>
    expect(reasons(normalise(sentence).text)).toEqual(['report-period']));
});

describe('a stage that runs from the notice\'s day is due on its last day', () => {
  it.each([
    ['(一)动员部署阶段(即日起至3月31日)', '即日起至3月31日', '2018-03-31'],
    ['即日起至2018年12月31日,各乡镇开展专项整治', '即日起至2018年12月31日', '2018-12-31'],
    ['自本通知印发之日起至6月底,各地开展自查', '自本通知印发之日起至6月底', '2018-06-30'],
    ['从现在起到5月底,集中开展排查', '从现在起到5月底', '2018-05-31'],
  ])('%s → %s', (sentence, text, due) => {
    expect(found(sentence, dated)).toEqual([expect.objectContaining({ text, kind: 'once', due })]);
  });

  it.each([
    ['本办法自发布之日起至2020年12月31日施行'], // the term rules hold in
    ['即日起至12月31日,对购买新能源汽车的给予补贴'], // a policy's window
    ['禁火时间:即日起至10月10日'], // a ban's window
    ['即日起至5月底,林区严禁一切野外用火'],
  ])('%s: no deadline', (sentence) => {
    expect(found(sentence, dated).filter((f) => f.kind === 'once')).toEqual([]);
  });
});

describe('periods listed one per clause count from the event the first one names', () => {
  it('接单后30分钟内响应,2小时内到达现场,24小时内办结', () => {
    expect(found('承办单位应在接单后30分钟内响应,2小时内到达现场,24小时内办结').map((f) => f.kind === 'sla' && [f.days, f.after])).toEqual([
      [0, '接单'],
      [1, '接单'],
      [1, '接单'],
    ]);
  });
});

describe('a count after an event\'s end or start and its 前 counts back from the event', () => {
  it.each([
    ['承办单位应在办理时限届满前1个工作日提出延期申请', '届满前1个工作日', { days: 1, workdays: true, before: '办理时限届满' }],
    ['各单位须于合同到期前30日提出续签申请', '到期前30日', { days: 30, workdays: false, before: '合同到期' }],
    ['会议材料应于会议召开前3日送达', '召开前3日', { days: 3, before: '会议召开' }],
  ])('%s → %s', (sentence, text, within) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, kind: 'sla', ...within })]);
  });
  it('an event with no count sets nothing', () => expect(found('在会议召开前报送材料')).toEqual([]));

  // The event's day, its date or the event itself before 前, and 以前 or 之前 after the count, are the same count back.
  it.each([
    ['各单位请于会议召开之日前5个工作日报送材料', '召开之日前5个工作日', { days: 5, workdays: true, before: '会议召开之日' }],
    ['候选人在选举日期前五天向全村公布', '日期前5天', { days: 5, workdays: false, before: '选举日期' }],
    ['县财政局应在项目验收日期前10日提交报告', '日期前10日', { days: 10, before: '项目验收日期' }],
    ['各学校在开学前15天完成校舍安全检查', '开学前15天', { days: 15, before: '开学' }],
    ['用人单位应在合同终止之日前30日书面通知本人', '之日前30日', { days: 30, before: '合同终止之日' }],
    ['被许可人应在有效期届满前30日提出延续申请', '届满前30日', { days: 30, before: '有效期届满' }],
    ['名单应当在选举日的二十日以前公布', '20日以前', { days: 20, before: '选举日' }],
    ['村民选举委员会应在选举日的20日前公布选民名单', '20日前', { days: 20, before: '选举日' }],
    ['招标人应当在提交投标文件截止时间至少15日前,以书面形式通知所有收受人', '15日前', { days: 15, before: '提交投标文件截止时间' }],
  ])('%s → %s', (sentence, text, within) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ text, kind: 'sla', ...within })]);
  });
  it.each([
    ['之日前3日报送', 'no event named before 之日前'],
    ['两次检查间隔至少15日', 'a least gap, with no 前'],
    ['每月前5个工作日报送报表', 'the first days of a month'],
    ['补贴有效期为3年', 'how long a term runs'],
  ])('%s: no count back (%s)', (sentence) => {
    expect(found(sentence).filter((f) => f.kind === 'sla' && 'before' in f && f.before)).toEqual([]);
  });
});

describe('times that start, define or condition a duty are no deadline of their own', () => {
  it.each([
    // The time a duty starts from.
    ['自今年3月起,每月5日前报送上月情况', ['每月5日前']],
    ['从6月中旬起至汛期结束,每周一报送一次', ['每周一']],
    ['我部将于今年5月起,每月10日报送进展情况', ['每月10日']],
    // A date that defines which units are meant.
    ['2022年1月1日以前成立的合作社,于5月底前完成年报', ['于5月底前']],
    ['请2023年10月1日以前注册成立的单位于11月20日前提供资料', ['于11月20日前']],
    // A year in a clause closed by 的: a condition.
    ['请2023年达到规模以上标准的企业,于6月30日前提交资料', ['于6月30日前']],
    ['请各单位,2024年达到规定统计标准的,于11月20日前提供资料', ['于11月20日前']],
    // The month after an event a 的 phrase names: once for each unit, no monthly rule.
    ['企业于变更登记的次月10日前报送备案材料', []],
  ])('%s', (sentence, texts) => {
    expect(found(sentence, dated).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    ['3月起开始施工,5月底前完工', '5月底前'],
    ['各合作社于2022年1月1日以前完成年报', '于2022年1月1日以前'],
    ['地市级部门于2020年4月15日前将审核完成后的数据报送省厅', '于2020年4月15日前'],
    ['月报于次月10日前报送', '次月10日前'],
    ['2023年完成规上企业入库20家', '2023年'],
  ])('%s keeps %s', (sentence, text) => {
    expect(found(sentence, dated).map((f) => f.text)).toContain(text);
  });
});

describe('a bare year whose step is 实施 is a plan\'s milestone', () => {
  it('2018年实施…;2019年实施…;2020年全面完成', () => {
    expect(found('2018年实施危房改造300户;2019年实施剩余改造;2020年全面完成。', dated).map((f) => f.kind === 'once' && [f.due, f.target])).toEqual([
      ['2018-12-31', true],
      ['2019-12-31', true],
      ['2020-12-31', true],
    ]);
  });
  it.each([['2018年实施的项目已全部竣工'], ['自2018年实施以来,成效明显']])('%s: no milestone', (sentence) => expect(found(sentence, dated)).toEqual([]));
});

describe('a bracket opening its paragraph captions, it times no task', () => {
  it('(八月) under a table title', () => expect(found('(八月)', dated)).toEqual([]));
  it('a task then its month in brackets is timed', () => expect(found('第一次检查(4月)', dated)).toEqual([expect.objectContaining({ text: '4月', due: '2018-04-30' })]));
});

describe('每隔N skips N periods between: every N+1', () => {
  it.each([
    ['以后每隔一周报送一期', '每隔1周', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'],
    ['每隔两天巡查一次', '每隔2天', 'FREQ=DAILY;INTERVAL=3'],
    ['每隔一个月召开一次调度会', '每隔1个月', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1'],
  ])('%s → %s', (sentence, text, rrule) => expect(found(sentence)).toEqual([expect.objectContaining({ text, kind: 'recurring', rrule })]));
  it('a least gap is no schedule', () => expect(found('两次巡查间隔要大于一周')).toEqual([]));
});

describe('a day the report verb follows straight away is the day to report on', () => {
  it.each([
    ['二、报送方式:3月10日上报第一期,以后每月10日报送一期。', '3月10日', '2018-03-10'],
    ['2018年4月20日报送自查报告。', '2018年4月20日', '2018-04-20'],
  ])('%s → %s', (sentence, text, due) => expect(found(sentence, dated)).toContainEqual(expect.objectContaining({ text, kind: 'once', due })));
  it.each([['3月10日,县政府召开了推进会。'], ['3月10日上报的数据显示,进度较慢。'], ['具体报送时间为5月5日、6月5日。']])('%s: no record', (sentence) =>
    expect(found(sentence, dated).filter((f) => f.kind === 'once')).toEqual([]));
});

describe('dates in a bracket right after a frequency spell out its days', () => {
  it.each([
    ['各地须于每个季度月底(3、6、9、12月底)前上报', ['每个季度']],
    ['每季度末(3、6、9、12月底)前报送季度总结', ['每季度末']],
    ['每半年(6月、12月)报送一次', ['每半年']],
  ])('%s', (sentence, texts) => expect(found(sentence, dated).map((f) => f.text)).toEqual(texts));
  it('a second clause with its own task keeps its date', () =>
    expect(found('每季度末前报送;12月底前另报全年总结', dated).map((f) => f.text)).toEqual(['每季度末', '12月底前']));
});

describe('of two days offered, the later one bounds the duty', () => {
  it.each([
    ['窗口受理后,应于当日或次日上午下班前移交', 1, false],
    ['窗口受理后,应于当日或第二个工作日的上午下班前移交', 1, true],
    ['窗口受理后,应于当日移交', 0, false],
  ])('%s', (sentence, days, workdays) => expect(found(sentence)).toEqual([expect.objectContaining({ kind: 'sla', days, workdays })]));
});

describe('a weekly cadence that goes on from a first dated occurrence falls on its weekday', () => {
  // 2018-03-22 is a Thursday.
  it.each([
    ['3月22日上报第一期,以后每隔一周报送一期', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'],
    ['2018年3月22日前报送首期,此后每周报送一次', 'FREQ=WEEKLY;BYDAY=TH'],
    // No first occurrence before it, or a weekday named: as written.
    ['各乡镇以后每周报送一次', 'FREQ=WEEKLY;BYDAY=FR'],
    ['3月22日上报第一期,以后每周一报送', 'FREQ=WEEKLY;BYDAY=MO'],
  ])('%s', (sentence, rrule) => expect(found(sentence, dated).filter((f) => f.kind === 'recurring').map((f) => f.kind === 'recurring' && f.rrule)).toEqual([rrule]));
});

describe('a cap on how long a speech, a report at a meeting or a session lasts is no time to act', () => {
  it.each([
    ['其他与会人员发言应直述观点,一般应不超过5分钟', '不超过5分钟'],
    ['汇报单位书面汇报材料应控制在2000字左右,汇报时间不得超过10分钟', '不得超过10分钟'],
    ['汇报发言,原则上不超过10分钟;需要多媒体配合进行汇报的,原则上不超过15分钟', '不超过10分钟'],
    ['常务会议及各类专题会议等,汇报时间原则上不超过5分钟', '不超过5分钟'],
    ['每人发言不超过5分钟', '不超过5分钟'],
    ['会议时间一般不超过2小时', '不超过2小时'],
  ])('%s: %s is none', (sentence, text) => {
    const n = normalise(sentence);
    const all = recognise(n.text, undated, true).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
    expect(all.find((f) => f.text === text)).toMatchObject({ kind: 'none', reason: 'session-length' });
  });
  it.each([
    ['接到报警后,不超过30分钟到达现场', '不超过30分钟', 0],
    ['收到汇报材料后,审核时间不超过5天', '不超过5天', 5],
    ['接到投诉后,一般事项办理时间不超过7天', '不超过7天', 7],
  ])('%s: %s is still a period to act within', (sentence, text, days) => {
    expect(found(sentence).find((f) => f.text === text)).toMatchObject({ kind: 'sla', days });
  });
});

describe('a cap on how long a unit takes over a matter counts from the matter, in a dated document too', () => {
  it.each([
    ['县信访局办理信访事项不得超过60日', '不得超过60日', sla(60)],
    ['承办单位办理期限不准超过15个工作日', '不准超过15个工作日', sla(15, true)],
    ['行政许可统一办理的,办理时间不能超过45日', '不能超过45日', sla(45)],
    ['对请示性事项要及时研究处理,做出明确答复,时间不得超过15个工作日', '不得超过15个工作日', sla(15, true)],
  ])('%s → %s', (sentence, text, value) => {
    const match = found(sentence, dated).find((f) => f.text === text);
    expect(match).toMatchObject(value);
    expect(match).not.toHaveProperty('due');
  });
  it.each([
    ['情况复杂的,可以延长,但延长期限最长不得超过30日', '不得超过30日'],
    ['贴息期限不超过2年', '不超过2年'],
  ])('%s: %s is no duty', (sentence, text) => {
    expect(found(sentence, dated).filter((f) => f.text === text && f.kind !== 'none')).toEqual([]);
  });
  it('a period closed by 内 in a dated notice still counts from the notice', () => {
    expect(found('各地要在30日内报送自查报告', dated).find((f) => f.text === '30日内')).toMatchObject({ kind: 'relative', due: '2018-04-19' });
  });
});

describe('the day a meeting or a session is set for is an event, not a deadline', () => {
  const expressions = (body: string) =>
    extractText(gazetteDocument({ body, title: '某县人民政府办公室关于召开全县安全生产工作会议的通知' }), 'meeting.txt').obligations.map((o) => o.expression);
  it.each([
    ['经研究,定于2018年4月15日(星期日)上午9:00在县政府三楼会议室召开全县安全生产工作会议,会期半天。'],
    ['经研究,定于2018年12月29日(星期六)上午召开县政协常务委员会第十一次会议,时间半天。'],
    ['县人大常委会拟于4月下旬召开第十次会议,听取县政府专项工作报告。'],
    ['全县经济工作会议于2018年4月20日至21日举行,会期两天。'],
    ['县第九次代表大会定于2018年5月30日至6月2日在县城召开。'],
    ['政协第四届委员会第三次会议将于3月31日至4月2日召开。'],
  ])('%s', (body) => {
    expect(expressions(body)).toEqual([]);
  });
  it.each([
    ['定于4月15日召开全县安全生产工作会议,请各乡镇于4月12日前将参会人员名单报县应急局。', ['于4月12日前']],
    ['各乡镇要于4月底前召开动员大会,部署整治工作。', ['于4月底前']],
    ['各乡镇于4月20日前召开专题会议研究整改。', ['于4月20日前']],
  ])('%s: the duties it brings keep their dates', (body, expected) => {
    expect(expressions(body)).toEqual(expected);
  });
});
