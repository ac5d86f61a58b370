import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 每双月 (逢双月, 每逢单月) is every other month, the even or the odd ones: "每双月对计算核心与功耗模型进行工程复核",
// "常规评估由每季度1次调整为每双月1次", "每双月一次闭卷答辩", and apps listing cycles "每月、每双月、每季度、每半年、每年"
// (audit-texts/times2 09). It gave no record; it is due at the month's end, as 每两个月 is. 双月 alone names a thing
// (双月刊, 单月销量).
const records = (body: string) => extractText(gazetteDocument({ body }), 'months.txt').obligations;
const EVEN = 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=-1';
const ODD = 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=-1';

describe('every odd or even month', () => {
  it.each([
    ['各市每双月报送一次工作进展。', '每双月', EVEN],
    ['各市逢双月召开一次联席会议。', '逢双月', EVEN],
    ['各市每逢单月报送一次工作进展。', '每逢单月', ODD],
    ['各市每单月份报送一次工作进展。', '每单月份', ODD],
    // A day named after it is the day, as before.
    ['各市于双月10日前报送工作进展。', '双月10日前', 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=10'],
  ])('%s', (body, expression, rrule) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'recurring', rrule, lead: ['各市'] }]);
  });

  it.each([['县文联主办的刊物为双月刊,全国公开发行。'], ['今年单月销量突破1万台。'], ['双月报送的数据由县统计局汇总。']])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });
});
