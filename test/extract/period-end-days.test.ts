import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A day counted from the end of each period, as reports and taxes are due: "自季度终了之日起15日内申报缴纳" (环境保护税),
// "企业应当自年度终了之日起五个月内…报送年度企业所得税纳税申报表" (企业所得税法第五十四条), "需在季度终了后15日内,按季度…申报缴纳"
// (水土保持补偿费), "每季度次月10日前" (考核细则). The spec: 每季度结束后N日内 → BYMONTH=1,4,7,10;BYMONTHDAY=N.
const QUARTERLY = (day: number) => `rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`;
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'period-end.txt').obligations.map((o) =>
    o.kind === 'recurring' ? `rec:${o.rrule}` : o.kind === 'sla' ? `sla:${o.within?.days}` : `${o.kind}:${o.due}`,
  );

describe('a day counted from the end of each period', () => {
  it.each([
    // 自…终了之日起 counts from the period's end as 终了后 does.
    ['纳税人应当自季度终了之日起15日内申报纳税。', [QUARTERLY(15)]],
    ['企业应当自年度终了之日起5个月内报送年度申报表。', ['rec:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=-1']],
    ['企业应当自月份终了之日起15日内报送预缴申报表。', ['rec:FREQ=MONTHLY;BYMONTHDAY=15']],
    ['各县于年度结束之日起15日内报送年报。', ['rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15']],
    // A day every month after the period holds: the 30th after a quarter, the 30th and 31st after a year.
    ['企业应当于年度终了后30日内报送年报。', ['rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30']],
    ['企业应当于每年度终了后31日内报送年报。', ['rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31']],
    ['各县每年终了后30日内报送年报。', ['rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30']],
    ['各县应于季度终了后30日内报送季报。', [QUARTERLY(30)]],
    ['各县应于每季度结束后30日内报送季报。', [QUARTERLY(30)]],
    ['各县应于每半年结束后30日内报送。', ['rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=30']],
    // The month after each quarter, and its day: one rule, where the quarter and the month were two.
    ['各县每季度次月10日前报送统计报表。', [QUARTERLY(10)]],
    ['各县于每季度结束后次月10日前报送统计报表。', [QUARTERLY(10)]],
    ['各县每季度结束后的次月10日前报送统计报表。', [QUARTERLY(10)]],
    ['各县季度终了后次月15日前报送季报。', [QUARTERLY(15)]],
    ['各县每季度末次月5日前报送季报。', [QUARTERLY(5)]],
    ['各县每季度次月底前报送季报。', [QUARTERLY(-1)]],
    ['各县每半年次月15日前报送工作总结。', ['rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=15']],
    // Unchanged: the month's own.
    ['各县每月终了后10日内报送月报。', ['rec:FREQ=MONTHLY;BYMONTHDAY=10']],
    ['月报在月度结束后的次月15日之前报送。', ['rec:FREQ=MONTHLY;BYMONTHDAY=15']],
    ['各县于次月5日前报送上月数据。', ['rec:FREQ=MONTHLY;BYMONTHDAY=5']],
  ])('%s → %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // One quarter, or this one, ends once: no rule of every quarter.
    ['各县于第一季度结束后15日内报送。'],
    ['各县于本季度终了之日起15日内报送。'],
    ['各县于一季度次月10日前报送。'],
    // A day some month after the period lacks (April has no 31st; February no 30th).
    ['各县于季度终了后31日内报送。'],
    ['各县应于每月结束后30日内报送月报。'],
    // The next month after an event with no date.
    ['项目验收后次月10日前拨付资金。'],
  ])('%s: no rule of a day after each period', (body) =>
    expect(read(body).filter((r) => /BYMONTH=1,4,7,10|BYMONTH=1;|BYMONTHDAY=(?:30|31)/.test(r))).toEqual([]));

  it('a quarter checked, then a report the next month, is two duties', () =>
    expect(read('各县每季度开展检查并于次月5日前报送。')).toHaveLength(2));
});
