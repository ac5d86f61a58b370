import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A day set by 于 or 在 and closed by 前, with no month ("请于25日前将材料报送县政府办", "各项目部本月进度报表请于25日前提交",
// "请于20日前完成", "各员工于10日前完成自评", audit-texts/times3 03): a day of the month the notice runs in, the next such day
// from the notice's own, where it was read as a count of 25 days back from the words before it. After a frequency in
// its sentence it is every month's day. Not so: a count back from an event's edge named before it ("期满…于30日前"), a
// comparison ("价格高于20日前"), what was done so long ago ("成绩已于30日前公布"), and a day no dated notice places.
const read = (body: string, issued = '2018 年 3 月 20 日') =>
  extractText(gazetteDocument({ body, issued }), 'day-of-notice.txt').obligations.map((o) =>
    o.kind === 'recurring' ? `rec:${o.rrule}` : o.kind === 'sla' ? `sla:${o.within?.days}` : `${o.kind}:${o.due}`,
  );

describe('a day of the notice’s month', () => {
  it.each([
    ['请各单位于25日前将材料报送县政府办。', ['once:2018-03-25']],
    ['各项目部本月进度报表请于25日前提交。', ['once:2018-03-25']],
    ['请各单位在25日之前报送名单。', ['once:2018-03-25']],
    ['请各单位于30日以前报送名单。', ['once:2018-03-30']],
    ['请于20日前(星期二)报送。', ['once:2018-03-20']],
    // A day before the notice's own is the next month's.
    ['请各乡镇于10日前报送。', ['once:2018-04-10']],
    // After a frequency in its sentence: every month's day, one rule with the frequency.
    ['各单位每月汇总,于5日前报送上月数据。', ['rec:FREQ=MONTHLY;BYMONTHDAY=5']],
    ['各单位每月汇总,于下月5日前报送上月数据。', ['rec:FREQ=MONTHLY;BYMONTHDAY=5']],
  ] as [string, string[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it('in December, a day before the notice’s is January’s', () => expect(read('请各单位于5日前报送总结。', '2018 年 12 月 20 日')).toEqual(['once:2019-01-05']));

  it.each([
    // Counted back from an event's edge named before it.
    ['合同期满需要续签的,应当于30日前提出书面申请。', ['sla:30']],
    ['会议召开前,请各单位于20日前报送材料。', ['sla:20']],
    // A comparison, and what was done so long ago.
    ['价格高于20日前的价格。', []],
    ['该课程成绩已于30日前公布。', []],
    // The month is named: the date's own reading.
    ['请于3月25日前报送。', ['once:2018-03-25']],
    ['各单位须于本月25日前报送。', ['once:2018-03-25']],
  ] as [string, string[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it('a text with no date of its own names no month for the day', () => {
    expect(extractText('各项目部请于25日前提交进度报表。\n', 'undated.txt').obligations).toEqual([]);
  });
});
