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
