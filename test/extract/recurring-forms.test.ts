import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { type RecogniseContext, recognise } from '../../src/extract/recognise.ts';

// Forms of recurring duties in meeting, reporting and party-branch systems (例会制度, 报送制度, 主题党日制度),
// written from how such systems state their schedules. The document is dated Tuesday 2018-03-20.
const ctx: RecogniseContext = { year: 2018, docDate: '2018-03-20' };

/** The recurring rules recognise() finds in a sentence, each with the normalised text it matched. */
function rules(sentence: string) {
  const n = normalise(sentence);
  return recognise(n.text, ctx)
    .filter((m) => m.value.kind === 'recurring')
    .map((m) => ({ text: n.text.slice(m.start, m.end), rrule: m.value.kind === 'recurring' ? m.value.rrule : '' }));
}

const MONTH_END = 'FREQ=MONTHLY;BYMONTHDAY=-1';
const FRIDAY = 'FREQ=WEEKLY;BYDAY=FR';

describe('an ordinal weekday of every month (每月第一个周五)', () => {
  it.each([
    ['各党支部每月第一个周五开展主题党日活动', '每月第1个周五', 'FREQ=MONTHLY;BYDAY=1FR'],
    ['每月的第二个星期五为主题党日', '每月的第2个星期五', 'FREQ=MONTHLY;BYDAY=2FR'],
    ['支委会于每月最后一个星期五召开', '每月最后1个星期五', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['每月第一周星期五开展环境清扫', '每月第1周星期五', 'FREQ=MONTHLY;BYDAY=1FR'],
    ['机关每个月第三个周三召开例会', '每个月第3个周三', 'FREQ=MONTHLY;BYDAY=3WE'],
  ])('%s → %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // Without a weekday the ordinal names no day of the week: the month's rule stays the month's end.
  it.each([['各乡镇于每月最后一个工作日前报送月报'], ['每月第一周召开调度会']])('%s is 每月', (sentence) =>
    expect(rules(sentence)).toEqual([{ text: '每月', rrule: MONTH_END }]),
  );
});

describe('每星期, 每个星期, 每个周 are 每周', () => {
  it.each([
    ['主任办公会议原则上每个星期召开一次', '每个星期', FRIDAY],
    ['各乡镇每星期一上午报送上周工作情况', '每星期一', 'FREQ=WEEKLY;BYDAY=MO'],
    ['机关干部每个周五下午集中学习', '每个周五', FRIDAY],
    ['每星期二、四开放阅览室', '每星期二、四', 'FREQ=WEEKLY;BYDAY=TU,TH'],
    ['每星期两次到村督导', '每星期', FRIDAY],
  ])('%s → %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // 周期 is a cycle, not a week.
  it.each([['每个周期结束后进行评估'], ['每周期开展一次盘点']])('%s is no weekly rule', (sentence) => expect(rules(sentence)).toEqual([]));
});

describe('every N days, and 每旬', () => {
  it.each([
    ['工作专班每十天召开一次调度会', '每10天', 'FREQ=DAILY;INTERVAL=10'],
    ['各乡镇每3日报送一次进展', '每3日', 'FREQ=DAILY;INTERVAL=3'],
    ['各单位每旬报送一次进度', '每旬', 'FREQ=MONTHLY;BYMONTHDAY=10,20,-1'],
    ['各村每旬末上报巡查台账', '每旬末', 'FREQ=MONTHLY;BYMONTHDAY=10,20,-1'],
  ])('%s → %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // A rate is no duty; 每日 stays daily.
  it('平均每3天新增1家 is a rate', () => expect(rules('全县平均每3天新增1家企业')).toEqual([]));
  it('每日 is daily', () => expect(rules('各乡镇每日报送疫情数据')).toEqual([{ text: '每日', rrule: 'FREQ=DAILY' }]));
});

describe('a period and once in it, without 每 (原则上两个月召开一次)', () => {
  it.each([
    ['联席会议原则上两个月召开一次', '2个月', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1'],
    ['推进例会一个月召开一次', '1个月', MONTH_END],
    ['领导小组半年召开一次全体会议', '半年', 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1'],
    ['部门例会两周一次', '2周', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'],
    ['督查组一个季度通报一次', '1个季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
    ['考评一年开展一次', '1年', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['评估两年进行一次', '2年', 'FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=-1'],
  ])('%s → %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // A named month, quarter or half of the year with a count is a time, not a frequency; a period closed by 内 bounds
  // one act; 一次性 is all at once; a kind of thing (的) and an entitlement set no duty.
  it.each([
    ['2月召开一次调度会'],
    ['一季度召开一次推进会'],
    ['上半年召开一次推进会'],
    ['3个月内召开一次听证会'],
    ['补贴一年一次性发放'],
    ['一年一次的体检由单位组织'],
    ['该政策每人一年一次'],
    ['上一个月召开一次调度会'],
    ['下一个月召开一次推进会'],
  ])('%s is no recurring duty', (sentence) => expect(rules(sentence)).toEqual([]));
});

describe('a frequency, then when the same meeting or report is held (时间为每周一)', () => {
  it.each([
    ['例会每周召开一次,时间一般定为每周一上午', '每周一', 'FREQ=WEEKLY;BYDAY=MO'],
    ['每月召开一次例会,一般安排在每月5日', '每月5日', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['原则上每周召开一次片长会议,原则上每周一为片例会', '每周一', 'FREQ=WEEKLY;BYDAY=MO'],
    ['党组会每月召开一次,会议时间为每月第一个周一', '每月第1个周一', 'FREQ=MONTHLY;BYDAY=1MO'],
  ])('%s is one rule on %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // A next clause that names another thing to do on its day is a duty of its own; so is a day of another frequency.
  it.each([['各科室每周召开一次例会,每周五报送工作信息'], ['每月召开一次例会,时间为每季度末']])('%s is two rules', (sentence) =>
    expect(rules(sentence)).toHaveLength(2),
  );
});

describe('a frequency, then the day in the next period its report falls due (每月报送一次,次月10日前)', () => {
  // 次月N日, 次季度N日 and 季后N日 only ever date a frequency's report: in the frequency's sentence they are its day.
  it.each([
    ['各县区每月报送一次统计报表,报送时间为次月10日前。', '次月10日前', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['月度快报每月报送一次,当月的快报数据请在次月10日前报送。', '次月10日前', 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['各乡镇每月上报一次进展,截止时间为次月5日。', '次月5日', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['各单位每季度报送一次台账,季后10日内报县政府。', '季后10日内', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
  ])('%s → one rule on %s', (sentence, text, rrule) => expect(rules(sentence)).toEqual([{ text, rrule }]));

  // Negatives: a clause with a unit of its own is another duty, a new sentence is another statement, a day of
  // another cadence is another report, and a frequency of other work than the report is that work's.
  it.each([
    ['各县区每月报送报表,市统计局于次月15日前汇总上报。', 2],
    ['各单位每月报送一次工作动态。次月5日前报送上月数据。', 2],
    ['各单位每季度报送一次总结,次月10日前报送月报。', 2],
    ['各区每月开展一次巡查,次月5日前报送巡查结果。', 2],
  ])('%s stays %d rules', (sentence, n) => expect(rules(sentence)).toHaveLength(n));
});

// "需於每月底前上傳一次…", "每月底前填寫完成", "租金應於每月底前繳納" (find_string hits, audit-texts rules2): the month's end closed
// by 前 is the month's end, and the expression holds the 前, as 每月5日前 does; else "县督查室每月底前通报" left 前 to the task.
describe('a month end closed by 前 (每月底前)', () => {
  it.each([
    ['县督查室每月底前通报督办情况', '每月底前'],
    ['各乡镇于每月底之前报送台账', '每月底之前'],
    ['各单位每月末以前报送', '每月末以前'],
    // Negatives: no 前.
    ['县督查室每月底通报督办情况', '每月底'],
    ['各单位每月末报送报表', '每月末'],
  ])('%s', (sentence, text) => expect(rules(sentence)).toContainEqual({ text, rrule: MONTH_END }));
});
