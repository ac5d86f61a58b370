import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// "至YYYY年…止" closes a span with an event dated only by its year ("至2010年获得省园林城市称号止": a target of 2010).
// A month right after the year is a date, no event: "公示期自2023年2月23日至2023年3月1日止" (辽宁省林业和草原局 2023),
// "公示时间:2022年4月8日至2022年4月14日止" (乌当区 2022), audit-texts/times2 08, closed on that day, where they were read
// as targets at the year's end.
const records = (body: string) => extractText(gazetteDocument({ body }), 'span.txt').obligations;

describe('a span closed by 止', () => {
  it.each([
    ['整治工作自2018年5月1日起至2018年8月31日止。', '2018年5月1日起至2018年8月31日止', '2018-08-31'],
    ['集中整治时间为2018年5月1日至2018年8月31日止。', '2018年5月1日至2018年8月31日止', '2018-08-31'],
    ['集中整治时间为2018年5月1日至9月15日为止。', '2018年5月1日至9月15日为止', '2018-09-15'],
  ])('%s closes on its day', (body, expression, due) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'once', due, target: false }]);
  });

  it('an event dated by its year is a target of that year', () => {
    expect(records('创建工作(2017年12月起至2019年获得省园林城市称号止)。')).toMatchObject([{ kind: 'once', due: '2019-12-31', target: true }]);
  });
});
