import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A named month of every quarter with no day is the time to act, by its end as "每年M月" is, or by its 旬: "季度巡检 每季度
// 首月", "每季度第一个月上旬开展评价" (the first month of a quarter is January, April, July, October: "每季度首月（1、4、7、10
// 月）"); read as 每季度 alone it was due at each quarter's end, two months late. And the Nth working day of every month:
// "交易机构于每月第5个工作日前向市场经营主体…出具上月结算依据", "月报:每月前5个工作日内报送上月综合风险报告", "每月第一个
// 工作日检查兼容债台账" (audit-texts times5/07), where 每月 alone made it the month's end. A rule has no public holidays:
// the Nth weekday (BYSETPOS over Monday to Friday). The last working day stays the month's end, as periods.test reads it.
const rules = (body: string) =>
  recordsOf({ body, title: '某县统计局关于印发2019年统计报表报送制度的通知', number: '某统字〔2019〕3号', issued: '2019 年 3 月 20 日' }).map((r) => [
    r.expression,
    r.rrule,
  ]);

const Q1 = (day: number) => `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`;
const Q3 = (day: number) => `FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=${day}`;
const WORKDAY = (n: number) => `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${n}`;

describe('a named month of every quarter, with no day', () => {
  it.each([
    ['一、各乡镇每季度第一个月报送上季度数据。', '每季度第一个月', Q1(-1)],
    ['二、各乡镇每季度第一个月上旬开展评价。', '每季度第一个月上旬', Q1(10)],
    ['三、县运维中心每季度首月开展一次季度巡检。', '每季度首月', Q1(-1)],
    ['四、各乡镇每季度第一个月中旬前报送上季度数据。', '每季度第一个月中旬前', Q1(20)],
    ['五、各乡镇每季度末月下旬开展自查。', '每季度末月下旬', Q3(-1)],
    // With its day, as before.
    ['六、各乡镇于每季度首月10日前缴纳费用。', '每季度首月10日前', Q1(10)],
    ['七、各乡镇于每季度最后一个月的25日前报送。', '每季度最后一个月的25日前', Q3(25)],
  ])('%s', (body, expression, rrule) => {
    expect(rules(body)).toEqual([[expression, rrule]]);
  });

  it('每季度 alone is each quarter’s end', () => {
    expect(rules('一、各乡镇每季度报送一次数据。')).toEqual([['每季度', Q3(-1)]]);
  });
});

describe('the Nth working day of every month', () => {
  it.each([
    ['一、各乡镇于每月第一个工作日报送上月数据。', '每月第一个工作日', WORKDAY(1)],
    ['二、各乡镇于每月前5个工作日内报送上月数据。', '每月前5个工作日内', WORKDAY(5)],
    ['三、交易机构于每月第5个工作日前出具上月结算依据。', '每月第5个工作日前', WORKDAY(5)],
    ['五、各乡镇于每个月的第3个工作日前报送。', '每个月的第3个工作日前', WORKDAY(3)],
  ])('%s', (body, expression, rrule) => {
    expect(rules(body)).toEqual([[expression, rrule]]);
  });

  it.each([
    // A weekday, a day, the month's start: not working days; the last working day is the month's end, a few days after it.
    ['四、各乡镇于每月最后一个工作日报送当月数据。', [['每月', 'FREQ=MONTHLY;BYMONTHDAY=-1']]],
    ['一、各单位每月第一个周五开展主题党日活动。', [['每月第一个周五', 'FREQ=MONTHLY;BYDAY=1FR']]],
    ['二、各乡镇于每月5日前报送上月数据。', [['每月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5']]],
    ['三、各乡镇于每月初报送上月数据。', [['每月初', 'FREQ=MONTHLY;BYMONTHDAY=10']]],
  ])('%s', (body, expected) => {
    expect(rules(body)).toEqual(expected);
  });
});
