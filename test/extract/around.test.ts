import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// "X前后" is around X, either side of it: "每年6月前后…进入持续阴雨天" (kan.china.com 2025), "通常每年六月中旬到七月上旬前后,是梅雨
// 季节" (2020), "计划在2023年4月中旬前后完成有关设备施工等工作", "下一年的安排通常在年底前后公布", "每年九月中旬前后我们都会举行招新活动"
// (audit-texts/times2 01-03). Read as its 前 alone it became a deadline on that day; it names no last day, as 春节前后 does not.
const records = (body: string) => extractText(gazetteDocument({ body }), 'around.txt').obligations;

describe('a time with 前后 is around it, no deadline', () => {
  it.each([
    ['各市要在2018年6月20日前后开展联合检查。'],
    ['各市要在6月20日前后开展联合检查。'],
    ['各市要在6月前后完成插秧。'],
    ['各市要在6月底前后完成改造。'],
    ['各市要在10月上旬前后完成播种。'],
    ['各市要在年底前后完成改造。'],
    ['每年6月前后,全省进入主汛期。'],
    ['通常每年六月中旬到七月上旬前后,是梅雨季节。'],
    ['县供电公司计划在2018年4月中旬前后完成设备施工。'],
  ])('%s', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([
    // 前 then 后续 (the follow-up): the deadline stands.
    ['各市要在6月底前后续跟进整改情况。', '在6月底前', '2018-06-30'],
    ['各市要在6月底前完成改造,后续工作另行安排。', '在6月底前', '2018-06-30'],
    ['各市要在6月20日前完成改造。', '在6月20日前', '2018-06-20'],
  ])('%s: the deadline stands', (body, expression, due) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'once', due }]);
  });
});
