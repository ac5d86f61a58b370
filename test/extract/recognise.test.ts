import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { RECOGNISERS, type RecogniseContext, fiveYearPlanEnd, nextMatch, recognise } from '../../src/extract/recognise.ts';

// The plan year is 2018 and the document is dated Tuesday 2018-03-20 unless a row says otherwise.
const ctx: RecogniseContext = { year: 2018, docDate: '2018-03-20' };

/** What recognise() finds in a sentence, each with the normalised text it matched. */
function found(sentence: string, context: RecogniseContext = ctx) {
  const n = normalise(sentence);
  return recognise(n.text, context).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
}

function expectOne(sentence: string, text: string, value: Record<string, unknown>, context: RecogniseContext = ctx) {
  const all = found(sentence, context);
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject({ text, ...value });
}

const once = (due: string, target = false) => ({ kind: 'once', due, target });

describe('date conventions (spec table)', () => {
  it.each([
    // YYYY年M月底前, YYYY年M月底, YYYY年M月末
    ['2018年6月底前完成省级部门系统整合', '2018年6月底前', once('2018-06-30')],
    ['2018年2月底完成验收', '2018年2月底', once('2018-02-28')],
    ['2016年2月末建成平台', '2016年2月末', once('2016-02-29')],
    // YYYY年M月D日前, 之前, 于…前: the named day itself
    ['2018年9月30日前报送省政府', '2018年9月30日前', once('2018-09-30')],
    ['各地2018年9月15日之前完成自查', '2018年9月15日之前', once('2018-09-15')],
    ['请于2018年11月1日前完成', '于2018年11月1日前', once('2018-11-01')],
    // YYYY年底前, YYYY年年底前, YYYY年末
    ['2018年底前完成清理', '2018年底前', once('2018-12-31')],
    ['2019年年底前实现全覆盖', '2019年年底前', once('2019-12-31')],
    ['2018年末全面建成', '2018年末', once('2018-12-31')],
    // 到YYYY年, 力争到YYYY年, YYYY年前: targets
    ['到2020年实现全覆盖', '到2020年', once('2020-12-31', true)],
    ['力争到2017年建成', '力争到2017年', once('2017-12-31', true)],
    ['2020年前建成省级平台', '2020年前', once('2020-12-31', true)],
    // YYYY—ZZZZ年: a span achieved within
    ['2015—2017年完成改造', '2015—2017年', once('2017-12-31', true)],
    ['力争2015—2017年全面完成', '力争2015—2017年', once('2017-12-31', true)],
    // five-year plans
    ['“十三五”期间完成改造', '“十三五”期间', once('2020-12-31', true)],
    ['“十三五”时期基本建成', '“十三五”时期', once('2020-12-31', true)],
    ['“十四五”期间全面完成', '“十四五”期间', once('2025-12-31', true)],
    // a stage, a month range
    ['第一阶段(2015年1月—2015年3月):动员部署', '2015年1月—2015年3月', once('2015-03-31')],
    ['2015年3月至2015年6月开展集中整治', '2015年3月至2015年6月', once('2015-06-30')],
    ['3月至6月开展自查', '3月至6月', once('2018-06-30')],
    // halves of the year
    ['上半年完成试点', '上半年', once('2018-06-30')],
    ['下半年全面推开', '下半年', once('2018-12-31')],
    ['2019年上半年完成', '2019年上半年', once('2019-06-30')],
    // quarters, in every way they are written
    ['一季度完成部署', '1季度', once('2018-03-31')],
    ['第一季度完成部署', '第1季度', once('2018-03-31')],
    ['第二季度完成', '第2季度', once('2018-06-30')],
    ['3季度完成', '3季度', once('2018-09-30')],
    ['四季度完成验收', '4季度', once('2018-12-31')],
    ['2019年第三季度完成', '2019年第3季度', once('2019-09-30')],
    // 上旬 / 中旬 / 下旬
    ['9月上旬完成', '9月上旬', once('2018-09-10')],
    ['9月中旬完成', '9月中旬', once('2018-09-20')],
    ['9月下旬完成', '9月下旬', once('2018-09-30')],
    ['2月下旬完成', '2月下旬', once('2018-02-28')],
    ['2019年4月上旬完成', '2019年4月上旬', once('2019-04-10')],
    // 年初 / 年中 / 年底
    ['年初制定计划', '年初', once('2018-01-31')],
    ['年中开展督查', '年中', once('2018-06-30')],
    ['年底前完成考核', '年底前', once('2018-12-31')],
    ['今年年底前完成改造', '今年年底前', once('2018-12-31')],
    ['今年底前完成改造', '今年底前', once('2018-12-31')],
    ['明年年底前完成验收', '明年年底前', once('2019-12-31')],
    ['明年底前完成验收', '明年底前', once('2019-12-31')],
    ['本年年末前完成', '本年年末前', once('2018-12-31')],
    // a month without a year takes the context year
    ['6月底前完成', '6月底前', once('2018-06-30')],
    ['3月1日前报送', '3月1日前', once('2018-03-01')],
  ])('%s → %s', (sentence, text, value) => expectOne(sentence, text, value));

  it.each([['对2015—2016年度退耕还林工程进行复查验收'], ['2018-2019年度冬春供暖期'], ['按2020至2021学年度安排']])(
    '%s: a span of years before 度 (年度, 学年度) labels what it covers, no span to achieve',
    (sentence) => expect(found(sentence)).toEqual([]),
  );

  it.each([
    ['二〇一八年十二月底前完成', '2018年12月底前', once('2018-12-31')],
    ['２０１８年６月底前完成', '2018年6月底前', once('2018-06-30')],
    ['2018 年 6 月底前完成', '2018年6月底前', once('2018-06-30')],
    ['於二〇一九年三月底前完成', '于2019年3月底前', once('2019-03-31')],
  ])('numbers and characters in every form: %s', (sentence, text, value) => expectOne(sentence, text, value));

  it('takes the year of its context for a month without one', () => {
    expectOne('6月底前完成', '6月底前', once('2015-06-30'), { year: 2015, docDate: '2015-03-16' });
    expectOne('四季度完成', '4季度', once('2015-12-31'), { year: 2015, docDate: '2015-03-16' });
  });

  it('reads two milestones in one sentence as two deadlines', () => {
    const all = found('2018 年 6 月底前完成省级部门系统整合,2018 年 12 月底前完成设区市政府系统整合');
    expect(all.map((f) => f.kind === 'once' && f.due)).toEqual(['2018-06-30', '2018-12-31']);
  });

  it.each([
    ['2018年10月', '2018年10月', once('2018-10-31')],
    ['10月', '10月', once('2018-10-31')],
    ['2018年', '2018年', once('2018-12-31')],
    ['2018年9月30日', '2018年9月30日', once('2018-09-30')],
  ])('in a deadline column a bare %s is a deadline', (cell, text, value) =>
    expectOne(cell, text, value, { ...ctx, deadlineCell: true }),
  );
});

describe('periods from the document date and from events', () => {
  it.each([
    ['本通知印发之日起30日内报送', '印发之日起30日内', { kind: 'relative', due: '2018-04-19' }],
    ['本通知下发后10天内报送', '下发后10天内', { kind: 'relative', due: '2018-03-30' }],
    ['本意见印发后3年内完成', '印发后3年内', { kind: 'relative', due: '2021-03-20' }],
    ['力争3年内完成', '力争3年内', { kind: 'relative', due: '2021-03-20' }],
    // Qingming 04-05…04-07 off, Sunday 04-08 worked
    ['本意见印发后15个工作日内报送', '印发后15个工作日内', { kind: 'relative', due: '2018-04-11' }],
  ])('%s → %s', (sentence, text, value) => expectOne(sentence, text, value));

  it.each([
    // 2018-09-28 is the Friday before National Day; 09-29 and 09-30 were make-up working days
    ['本通知印发之日起5个工作日内报送', '印发之日起5个工作日内', '2018-10-10'],
    ['本通知印发之日起十五个工作日内报送', '印发之日起15个工作日内', '2018-10-24'],
  ])('counts working days over a holiday: %s', (sentence, text, due) =>
    expectOne(sentence, text, { kind: 'relative', due, beyondCalendar: false }, { year: 2018, docDate: '2018-09-28' }),
  );

  it.each([
    ['收到申请材料起3个工作日内办结', '3个工作日内', { kind: 'sla', days: 3, workdays: true, after: '收到申请材料' }],
    ['自收到申请之日起十五个工作日内作出决定', '15个工作日内', { kind: 'sla', days: 15, workdays: true, after: '收到申请' }],
    ['会议举行10日前通知参会单位', '10日前', { kind: 'sla', days: 10, workdays: false, before: '会议举行' }],
  ])('an event with no date gives an sla: %s', (sentence, text, value) => {
    expectOne(sentence, text, value);
    expect(found(sentence)[0]).not.toHaveProperty('due');
  });

  it('has no relative date without a document date', () => {
    expect(found('本通知印发之日起30日内报送', { year: 2018, docDate: null })).toEqual([]);
  });
});

describe('year-round duties', () => {
  it.each([
    ['全年工作', '全年工作'],
    ['长期坚持', '长期坚持'],
  ])('%s is ongoing to the plan year end', (sentence, text) =>
    expectOne(sentence, text, { kind: 'ongoing', due: '2018-12-31' }),
  );

  it('a 全年 deadline cell is ongoing', () =>
    expectOne('全年', '全年', { kind: 'ongoing', due: '2018-12-31' }, { ...ctx, deadlineCell: true }));

  it.each([['按年度推进'], ['逐年推进'], ['长期开展'], ['常态化推进'], ['持续']])('a deadline cell that says only %s is ongoing', (cell) =>
    expectOne(cell, cell, { kind: 'ongoing', due: '2018-12-31' }, { ...ctx, deadlineCell: true }));

  it.each([['按年度推进'], ['逐年推进']])('%s in prose sets no date', (sentence) => expect(found(`各地要${sentence}改革`)).toEqual([]));
});

describe('recurring conventions (spec table)', () => {
  const QUARTERLY = 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1';
  it.each([
    ['每年3月1日前报送上年度工作情况', '每年3月1日前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'],
    ['每年3月底前报送', '每年3月底前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['次年3月底前报送上年度执行情况', '次年3月底前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['每年3月开展专项检查', '每年3月', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['每年年初报送工作计划', '每年年初', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1'],
    ['每年一季度报送', '每年1季度', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['次年一季度报送总结', '次年1季度', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['每季度报送进展情况', '每季度', QUARTERLY],
    ['每季度末报送', '每季度末', QUARTERLY],
    ['每季度報送', '每季度', QUARTERLY],
    ['每半年报送一次', '每半年', 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1'],
    ['每月报送工作动态', '每月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['每月5日前报送上月数据', '每月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['每月十五日前报送', '每月15日前', 'FREQ=MONTHLY;BYMONTHDAY=15'],
    // 每个月, with its measure word, is 每月
    ['议题每个月20日之前报送', '每个月20日之前', 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ['各村每个月至少巡查2次', '每个月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['每个月底报送台账', '每个月底', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['每个月上旬召开调度会', '每个月上旬', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    // 每月初, as M月初, is the 10th; 每月初一 is the lunar month's first day, no rule of work
    ['每月初报送上月工作情况', '每月初', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['每月月初召开调度会', '每月月初', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['每月初一开展巡查', '每月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['每半个月报送一次', '每半个月', 'FREQ=MONTHLY;BYMONTHDAY=15,-1'],
    ['每周报送进度', '每周', 'FREQ=WEEKLY;BYDAY=FR'],
    ['每周一报送进度', '每周一', 'FREQ=WEEKLY;BYDAY=MO'],
    ['每周星期三报送', '每周星期三', 'FREQ=WEEKLY;BYDAY=WE'],
    ['每周星期一、三上午为接待日', '每周星期一、三', 'FREQ=WEEKLY;BYDAY=MO,WE'],
    ['每周二和周五开展巡查', '每周二和周五', 'FREQ=WEEKLY;BYDAY=TU,FR'],
    ['每天报送疫情数据', '每天', 'FREQ=DAILY'],
    ['每年至少召开一次联席会议', '每年', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['每年不少于2次开展督查', '每年', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['每季度结束后15日内公开上一季度进展', '每季度结束后15日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15'],
    ['每月结束后10日内报送', '每月结束后10日内', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['每年初制定计划', '每年初', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1'],
    ['每年底前总结', '每年底前', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['每两年开展一次评估', '每2年', 'FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=-1'],
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));
});

describe('a day closed by 前 after its weekday or its hour', () => {
  // The weekday and hour are part of the day's time, so the task after it is what is done by then.
  it.each([
    ['请于3月15日(星期五)前报送修改意见', '于3月15日(星期五)前', once('2018-03-15')],
    ['请各单位于3月18日下午5时前将材料报县政府办公室', '于3月18日下午5时前', once('2018-03-18')],
    ['请于4月20日(周三)下班前反馈', '于4月20日(周三)下班前', once('2018-04-20')],
    ['各乡镇于3月22日17:00前报送统计表', '于3月22日17:00前', once('2018-03-22')],
    ['各单位于3月25日上午12点前报送', '于3月25日上午12点前', once('2018-03-25')],
    ['2018年3月26日(星期一)前报送', '2018年3月26日(星期一)前', once('2018-03-26')],
    ['各乡镇于每月28日15点前报送进度表', '每月28日15点前', { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=28' }],
    ['各单位于2019年6月18日(星期二)上午下班前反馈', '于2019年6月18日(星期二)上午下班前', once('2019-06-18')],
    ['请于2016年11月20日16点50分前确认', '于2016年11月20日16点50分前', once('2016-11-20')],
    // A weekday in brackets with no hour is the day's too.
    ['请各单位于4月2日(周五)将名单报送县政府办', '于4月2日(周五)', once('2018-04-02')],
  ])('%s → %s', (sentence, text, value) => expectOne(sentence, text, value));
});

describe('a year and month with the step right after it, as a month without its year', () => {
  it.each([
    ['各县区2019年10月完成改造任务', '2019年10月', once('2019-10-31')],
    ['各县区要2019年10月份启动验收', '2019年10月份', once('2019-10-31')],
  ])('%s → %s', (sentence, text, value) => expectOne(sentence, text, value));
  // Negatives: a step done (了), and a month and verb that describe a noun.
  it.each([['各县区2019年10月完成了改造任务'], ['2019年10月印发的通知要求各单位落实'], ['2019年10月,全县改造任务进展顺利']])('%s is no deadline', (sentence) => {
    expect(found(sentence).filter((f) => f.kind !== 'none' && f.kind !== 'rejected')).toEqual([]);
  });
});

describe('一周一报, 一月一调度: once in each period', () => {
  it.each([
    ['各乡镇实行一周一报制度', '1周一报', 'FREQ=WEEKLY;BYDAY=FR'],
    ['县督查室对重点项目实行一月一调度', '1月一调度', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['县政府对各乡镇一季一通报', '1季一通报', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));
  // Negative: 一次性 is all at once, not once a month.
  it('1月一次性完成 is January, not monthly', () => expect(found('2018年1月一次性完成清理').some((f) => f.kind === 'recurring')).toBe(false));
});

describe('a count of times in the week is how often, not which day', () => {
  const FRIDAY = 'FREQ=WEEKLY;BYDAY=FR';
  it.each([
    ['每周一次对重点企业开展巡查', '每周', FRIDAY],
    ['每周1、2次开展抽查', '每周', FRIDAY],
    ['每周二至三次开展督导', '每周', FRIDAY],
    ['每周两次向县政府报告', '每周', FRIDAY],
    ['每周1~2次发布水质信息', '每周', FRIDAY],
    ['每周一天到乡镇驻点', '每周', FRIDAY],
    ['每周三个工作日在大厅值守', '每周', FRIDAY],
    ['实行每周一报制度', '每周', FRIDAY],
    ['每周一报送上周数据', '每周一', 'FREQ=WEEKLY;BYDAY=MO'], // 报送 after the day: Monday's report
    ['坚持每周一报,及时掌握进度', '每周', FRIDAY], // 报 closing its phrase: one report a week
    ['各乡镇每周一报县整治办', '每周一', 'FREQ=WEEKLY;BYDAY=MO'], // 报 going on to where: Monday's report
    ['于每周五报至一级网格办', '每周五', 'FREQ=WEEKLY;BYDAY=FR'],
    ['每周三报区指挥部汇总', '每周三', 'FREQ=WEEKLY;BYDAY=WE'],
    // A span of days is each day in it.
    ['每周一至周五安排专人值班', '每周一至周五', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['每周星期一到星期三开放', '每周星期一到星期三', 'FREQ=WEEKLY;BYDAY=MO,TU,WE'],
    // Negatives: a named day stays a day.
    ['每周一上午召开例会', '每周一', 'FREQ=WEEKLY;BYDAY=MO'],
    ['每周三、五开展巡查', '每周三、五', 'FREQ=WEEKLY;BYDAY=WE,FR'],
    ['每周日前报送周报', '每周日', 'FREQ=WEEKLY;BYDAY=SU'],
    ['每周五下班前报送', '每周五下班前', 'FREQ=WEEKLY;BYDAY=FR'],
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));
});

describe('not obligations (spec)', () => {
  it.each([
    ['2019年1月1日至12月31日期间申领补贴'], // a policy window
    ['以2019年3月末为清查时点'], // a reference date
    ['本办法自发布之日起执行'], // an effective date
    ['从2018年4月1日起提高补贴标准'], // an effective date
    ['比2015年下降20.5%'], // a baseline
    ['政策每人每年只享受一次'], // an entitlement
    ['2014年全省完成改造1000户'], // a past event
    ['近年来我省取得明显成效'],
    ['培养期限为3年'], // a duration that bounds nothing
    ['公开上一季度工作情况'], // a quarter counted from another time
    ['离校2年内未就业的高校毕业生'], // a description, not a period to act in
    ['本办法自印发之日起30日后施行'], // an effective date
    ['2020年前后基本完成'], // about a year, not by it
  ])('%s', (sentence) => expect(found(sentence)).toEqual([]));
});

describe('fiveYearPlanEnd', () => {
  it.each([
    [11, 2010],
    [12, 2015],
    [13, 2020],
    [14, 2025],
  ])('十%d五 ends in %d', (ordinal, year) => expect(fiveYearPlanEnd(ordinal)).toBe(year));
});

describe('other ways of writing a date', () => {
  it.each([
    ['确保年内完成改造', '年内', '2018-12-31'],
    ['今年年内建成', '今年年内', '2018-12-31'],
    // A year named as a 年度 is the same year: within it is by its end.
    ['确保本年度内完成改造', '本年度内', '2018-12-31'],
    ['2019年度内完成改造', '2019年度内', '2019-12-31'],
    ['2019.6.30前完成', '2019.6.30前', '2019-06-30'],
  ])('%s → %s', (sentence, text, due) => expectOne(sentence, text, { kind: 'once', due }));

  it.each([
    ['2019.12', '2019-12-31'],
    ['2019/6/30', '2019-06-30'],
    ['2019-06', '2019-06-30'],
  ])('in a deadline column %s is a deadline', (cell, due) => expectOne(cell, cell, { kind: 'once', due }, { ...ctx, deadlineCell: true }));

  it.each([['版本2.0上线'], ['补贴提高到2.5万元'], ['1998.7.1出生'], ['制定2019年度内部审计计划'], ['报送年度内容'], ['在相应年度内完成经费支出'], ['在两个会计年度内完成调整'], ['半年度内完成专利网构建']])('%s is no date', (sentence) => expect(found(sentence)).toEqual([]));

  // A range written the same way is due at its end, as a stage "M月至N月" is; one separator runs through a date.
  it.each([
    ['2019.11—12', '2019-12-31'],
    ['2019.5—2020.6', '2020-06-30'],
    ['2019.11—2', '2020-02-29'], // a closing month before the opening one is in the next year
    ['2019.3~8', '2019-08-31'],
    ['2019.6.1—6.30', '2019-06-30'],
    ['2019.6.1—15', '2019-06-15'],
    ['2019.5—6.20', '2019-06-20'],
    ['2019.11-12', '2019-12-31'], // dotted: 11 to 12
    ['2019/3~5', '2019-05-31'],
  ])('in a deadline column the range %s is due %s', (cell, due) => expectOne(cell, cell, { kind: 'once', due }, { ...ctx, deadlineCell: true }));

  it.each([
    ['2019-11-12', '2019-11-12'], // dashed all through: a day, no range
    ['2019.6.30前完成', '2019-06-30'],
    ['2019.3 — 8', '2019-08-31'], // spaces around the dash, as PDF text has them
  ])('%s is due %s', (cell, due) => expect(found(cell, { ...ctx, deadlineCell: true }).map((f) => f.kind === 'once' && f.due)).toEqual([due]));

  it.each([['2019.6.30—6.1'], ['2019.6—13']])('%s is no range a date can end', (cell) =>
    expect(found(cell, { ...ctx, deadlineCell: true })).toEqual([]),
  );
});

describe('spans written short or with a dash typed as 一, and months that share a day', () => {
  it.each([
    ['11月1-15日为短表登记阶段', '11月1-15日', '2018-11-15'], // 日 written once for a span inside a month
    ['10月11至31日开展摸底', '10月11至31日', '2018-10-31'],
    ['(5月30日一6月4日)组织发动', '5月30日一6月4日', '2018-06-04'], // 一 before a digit can be no numeral
    ['(9月20日一9月30日)集中宣传', '9月20日一9月30日', '2018-09-30'],
    ['(5月一8月)开展集中整治', '5月一8月', '2018-08-31'],
  ])('%s → %s', (sentence, text, due) => expectOne(sentence, text, { kind: 'once', due }));

  it.each([
    ['每年1、4、7、10月8日之前报送', '每年1、4、7、10月8日之前', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=8'],
    ['每年1月、4月、7月、10月10日前报送', '每年1月、4月、7月、10月10日前', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
    ['每年6月和12月底前报送', '每年6月和12月底前', 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1'],
    ['每年3、5月开展检查', '每年3、5月', 'FREQ=YEARLY;BYMONTH=3,5;BYMONTHDAY=-1'], // uneven: those months yearly
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  // Negatives: 一 as a numeral, or after a day a digit does not follow; a count after a day.
  it.each([
    ['每月1日一次', '每月1日'],
    ['3月5日一早出发', null],
    ['5月一个月内完成', null],
  ])('%s is no span', (sentence, text) => expect(found(sentence).map((f) => f.text).filter((t) => t.includes('一') || t === text)).toEqual(text ? [text] : []));
});

describe('按月, 逐月, 按季, 按周 before a verb of reporting or follow-up are 每月, 每季度, 每周', () => {
  it.each([
    ['各乡镇要按月报送工作进展', '按月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['县指挥部逐月调度项目进展', '逐月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['县督查室按季通报各单位落实情况', '按季', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
    ['各街道按周更新台账', '按周', 'FREQ=WEEKLY;BYDAY=FR'],
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));
  // Negatives: a payment, a trend, a unit of account.
  it.each([['补贴按月发放到户'], ['投资额逐月递增'], ['按月份统计的数据见附表']])('%s is no duty', (sentence) => expect(found(sentence)).toEqual([]));
});

describe('a five-year plan\'s period over before the document\'s year is told, not set', () => {
  const in2017 = { year: 2017, docDate: '2017-06-28' };
  it('“十二五”期间 in a 2017 plan is the past', () => expect(found('“十二五”期间,党中央、国务院出台了一系列政策措施', in2017)).toEqual([]));
  it.each([
    ['“十三五”期间完成改造', '2020-12-31'],
    ['确保“十三五”末全面完成', '2020-12-31'],
  ])('%s in a 2017 plan is its target', (sentence, due) => expect(found(sentence, in2017)).toEqual([expect.objectContaining({ kind: 'once', due, target: true })]));
  it.each([['一、“十三五”时期老龄事业发展面临的形势'], ['二、“十三五”期间的主要任务']])('a heading naming the period\'s topic, %s, sets nothing', (heading) =>
    expect(found(heading, in2017)).toEqual([]),
  );
  it('a plan issued late in its own period keeps its end', () => expect(found('“十二五”期间完成改造', { year: 2012, docDate: '2012-03-01' })).toEqual([expect.objectContaining({ due: '2015-12-31' })]));
});

describe('至 opening a clause before a year is 到: a target', () => {
  it.each([
    ['加快基础设施建设,至2020年建成充电站1000余座', '至2020年'],
    ['至2025年,全市建成充电桩5万个', '至2025年'],
  ])('%s → %s', (sentence, text) => expectOne(sentence, text, { kind: 'once', due: `${text.slice(1, 5)}-12-31`, target: true }));
  it.each([['2015至2017年完成改造'], ['自2018年起至2020年每年开展评估'], ['2019年1月1日至2020年12月31日,对新招用人员给予补贴']])('%s: 至 inside a span is no target of its own', (sentence) =>
    expect(found(sentence).filter((f) => f.text.startsWith('至'))).toEqual([]),
  );
});

describe('a month opening the sentence under a stage\'s short heading is the stage\'s time', () => {
  const plan = { year: 2017, docDate: '2017-06-20' };
  it.each([
    ['(四)组织验收总结。2018年8月,省政府办公厅组织对试点工作评估验收。', '2018年8月', '2018-08-31'],
    ['(二)动员部署。9月,各县召开动员大会。', '9月', '2017-09-30'],
    ['3.评估验收:2018年10月,市政府办公室组织开展评估验收。', '2018年10月', '2018-10-31'],
    // A stage named by its ordinal, and a day as well as a month.
    ['第三阶段。9月26日,镇整治领导小组对各责任区进行检查验收。', '9月26日', '2017-09-26'],
    ['时间安排第一阶段:2017年7月10日,各村成立工作专班。', '2017年7月10日', '2017-07-10'],
    ['(二)集中整治。8月15日,各乡镇组织集中清理。', '8月15日', '2017-08-15'],
  ])('%s → %s', (sentence, text, due) => expectOne(sentence, text, { kind: 'once', due }, plan));

  // Negatives: background told under a heading (a month before the document's), what 了 says was done, a
  // month that describes a noun, and a month under a long sentence that is no heading.
  it.each([
    ['(一)基本情况。2017年3月,我市被列为全国试点。'],
    ['(二)推进实施。2018年5月,我省召开了推进会。'],
    ['(一)工作背景。2018年8月出台的办法继续执行。'],
    ['各地要高度重视试点工作,加强组织领导。2018年8月,省政府办公厅组织评估。'],
    ['第一阶段。3月3日,督导组到现场进行了检查。'],
    ['3月3日,督导组到新郑市检查整改情况。'],
  ])('%s is no record', (sentence) => expect(found(sentence, plan).filter((f) => f.kind === 'once')).toEqual([]));
});

describe('a report due within the first days of the next month or quarter', () => {
  it.each([
    ['月报于次月十日内报送', '次月10日内', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['季报于次季度十五日内报送', '次季度15日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15'],
    ['季报于次季首月10日前报送', '次季首月10日前', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
  ])('%s → %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  // The quarter in brackets sets the quarterly report beside the monthly one.
  it('月报、季报于次月(季度)五日内报送 → both', () =>
    expect(found('月报、季报于次月(季度)五日内报送')).toEqual([
      expect.objectContaining({ text: '次月(季度)5日内', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5' }),
      expect.objectContaining({ text: '次月(季度)5日内', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=5' }),
    ]));

  // Negatives: a next day counted from an event is an sla; a next quarter after an event sets no rule.
  it('收到通知次日起五日内报送 is counted from the event', () => expect(found('收到通知次日起五日内报送')).toEqual([expect.objectContaining({ kind: 'sla', days: 5 })]));
  it('验收后次季度10日前 sets no quarterly rule', () => expect(found('验收后次季度10日前报送').filter((f) => f.kind === 'recurring')).toEqual([]));
});

describe('每年 right before another frequency word only says that frequency goes on every year', () => {
  it.each([
    ['各单位每年每季度末报送统计报表', '每季度末', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
    ['各乡镇每年每月10日前报送进度', '每月10日前', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['县财政局每年每半年报送一次执行情况', '每半年', 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1'],
  ])('%s → only %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  // Negatives: 每年 with a duty of its own keeps its yearly rule, beside a later frequency in another clause.
  it.each([
    ['每年至少召开一次联席会议', ['每年']],
    ['每年开展一次评估,每季度报送进展', ['每年', '每季度']],
  ])('%s keeps %j', (sentence, texts) => expect(found(sentence).map((f) => f.text)).toEqual(texts));
});

describe('a frequency whose count is a maximum limits how often, and sets no duty', () => {
  // Real: "由县直部门和单位召开的全县性工作会议,原则上每年不超过1次" (county rules on meetings, 丰县, 镇巴), "每年不得超过1次",
  // "平均每月接受…督查检查考核不超过规定次数" (中办 2019).
  it.each([
    ['全县性工作会议原则上每年不超过1次'],
    ['各部门召开的专题会议每年不得超过2次'],
    ['对同一企业的检查每月最多1次'],
    ['每季度开展督查不超过1轮'],
  ])('%s gives no rule', (sentence) => expect(found(sentence).filter((f) => f.kind === 'recurring')).toEqual([]));

  // Negatives: a minimum, an exact count and a limit in a clause of its own leave the duty.
  it.each([
    ['每年至少召开一次联席会议', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['每年不少于2次开展演练', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['每月报送一次,每次不超过3页', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
  ])('%s keeps %s', (sentence, rrule) => expect(found(sentence).filter((f) => f.kind === 'recurring').map((f) => f.kind === 'recurring' && f.rrule)).toEqual([rrule]));
});

describe('a span right before a frequency word is the season the recurring duty runs in', () => {
  it.each([
    ['乡级河长每年的3月至12月每月巡查不少于1次', '每月', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['村级河长每年4月至10月每周巡河1次', '每周', 'FREQ=WEEKLY;BYDAY=FR'],
    ['5月1日至9月30日期间,每周五报送水情', '每周五', 'FREQ=WEEKLY;BYDAY=FR'],
  ])('%s → only %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  it.each([
    // A stage of work, then a duty of its own in another clause: both.
    ['3月至5月开展集中整治,每月报送进展', ['3月至5月', '每月']],
    // A span that closes a duty, then a frequency: both.
    ['4月至6月完成清理,各乡镇每季度报送', ['4月至6月', '每季度']],
  ])('%s keeps %j', (sentence, texts) => expect(found(sentence).map((f) => f.text)).toEqual(texts));
});

describe('a frequency word and its own due day in one clause', () => {
  const MONTHLY_5 = 'FREQ=MONTHLY;BYMONTHDAY=5';
  it.each([
    ['各区每月将报表于次月5日前报送市局', '次月5日前', MONTHLY_5],
    ['各单位每月把统计数据在次月5日前上报', '次月5日前', MONTHLY_5],
    ['各县每季度将台账于季后10日内报送', '季后10日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
    ['各区每月将当月数据于当月25日前报送', '于当月25日前', 'FREQ=MONTHLY;BYMONTHDAY=25'],
    ['各部门每年将总结于次年3月底前报送', '次年3月底前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    // A next clause that opens with the limit is the same duty's.
    ['各区每月报告1次,均限于次月5日前送达', '次月5日前', MONTHLY_5],
    ['各区每月开展巡查,并于次月5日前报送结果', '次月5日前', MONTHLY_5],
    ['各县每两个月报告1次,限于双月之10日前送达', '双月之10日前', 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=10'],
    ['各县每两月将情况于单月15日前报送', '单月15日前', 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15'],
    // A report whose next clause says its frequency again, with the day.
    ['各科室每月报送一篇信息,每月20日前报办公室', '每月20日前', 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ['各科室每周报送一篇工作信息,于每周四下班前报办公室', '每周四下班前', 'FREQ=WEEKLY;BYDAY=TH'],
    ['各县每周将巡查情况于每周五报送', '每周五', 'FREQ=WEEKLY;BYDAY=FR'],
    // A sentence that only says how often the report goes, then the next giving its day by the same frequency.
    ['议题每个月报送一次。议题主办单位在每个月20日之前,将议题报送市政府办公厅', '每个月20日之前', 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ['简报每周报送1次。各科室于每周四下班前将简报报送办公室', '每周四下班前', 'FREQ=WEEKLY;BYDAY=TH'],
  ])('%s is one rule on %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  it.each([
    // A next clause that does not open with the limit is a duty of its own.
    ['各区每月开展巡查,次月5日前报送结果', 2],
    ['各区每月开展巡查,各县于次月5日前报送结果', 2],
    // A duty that is no report, then another with its day: two duties.
    ['各区每月开展一次巡查,每月25日前报送巡查结果', 2],
    ['各科室每月报送一次,每季度召开一次例会', 2],
    // The next sentence with its own day is another duty when it reports nothing, or says more than a count before.
    ['各村每月巡查一次。各村于每月25日前召开村民会议', 2],
    ['各科室每月报送一次。每月25日前召开调度会', 2],
    ['各科室每月报送工作信息和典型经验一次。各科室于每月25日前报送统计报表', 2],
    // A day of another frequency is no day of this one; work done at the frequency, then 并 and the day of a report,
    // is two duties.
    ['各县每季度开展检查并于次月5日前报送', 2],
    ['各县每年开展检查并于每月5日前报送进度', 2],
    // A one-off date after a frequency word keeps both.
    ['各区每月报送进度,2018年6月底前完成', 2],
    // 双月 naming no day is no rule.
    ['本刊为双月刊,每期印发200份', 0],
  ])('%s keeps both', (sentence, count) => expect(found(sentence)).toHaveLength(count));
});

describe('从…起 before a duty opens its start, it is no deadline', () => {
  const Q1_20 = 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=20';
  it.each([
    ['从2018年第三季度起,各单位要在每个季度第1个月的20日前报送', '每个季度第1个月的20日前', Q1_20],
    ['自2019年第1季度起,各县每季度首月的20日前上报', '每季度首月的20日前', Q1_20],
    ['从2018年下半年开始,各区每月5日前报送台账', '每月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['自2018年7月份起,各区每月5日前报送台账', '每月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['从2019年起,各地每年3月底前报送总结', '每年3月底前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
  ])('%s keeps only the rule %s', (sentence, text, rrule) => expectOne(sentence, text, { kind: 'recurring', rrule }));

  it.each([
    // Without 从/自…起 the quarter and month are deadlines.
    ['2018年第三季度完成验收', '2018年第3季度', once('2018-09-30')],
    ['于2018年下半年完成验收', '于2018年下半年', once('2018-12-31')],
  ])('%s is a deadline', (sentence, text, value) => expectOne(sentence, text, value));
});

describe('a pattern searched by its core finds what its own exec finds', () => {
  /** Every match of a recogniser's pattern, as its exec finds them from the text's start. */
  function byExec(pattern: RegExp, text: string): string[] {
    const out: string[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(`${m.index}:${m.join('|')}`);
    return out;
  }
  function byCore(r: (typeof RECOGNISERS)[number], text: string): string[] {
    const out: string[] = [];
    for (let m = nextMatch(r, text, 0); m; m = nextMatch(r, text, r.pattern.lastIndex)) out.push(`${m.index}:${m.join('|')}`);
    return out;
  }
  const cored = RECOGNISERS.filter((r) => r.core);
  // Leads of every length right before a core, leads with no core, cores run together, cores at both ends.
  const sentences = [
    '力争到2020年底前完成,争取2019年6月底前建成,于2018年上半年启动',
    '截至2020年,在今年6月底前,到本年度年底前,至明年3月',
    '不得超过5个工作日,力争利用不得超过3年时间,争取用2至3个月,会前10日,提前1天',
    '力争到力争到2020年,于于于2019年12月31日前,在在年底前,力争争取3年内',
    '2018年2019年2020年,6月7月8月,5天6天7天,年底年末年终',
    '力争到,争取,利用,不超过,于在,今年本年度',
    '2020年',
    '力争',
  ];
  it.each(sentences)('%s', (sentence) => {
    const text = normalise(sentence).text;
    for (const r of cored) expect(byCore(r, text), r.name).toEqual(byExec(r.pattern, text));
  });
  it('on the sample gazettes', () => {
    const dir = new URL('../../data/gazettes/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = normalise(readFileSync(new URL(file, dir), 'utf8')).text;
      for (const r of cored) expect(byCore(r, text), `${file} ${r.name}`).toEqual(byExec(r.pattern, text));
    }
  });
});
