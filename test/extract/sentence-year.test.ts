import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

/** A notice signed on `signed` whose body is `body`. */
const noticeOf = (body: string, signed = '2022年11月20日') => `某县人民政府办公室关于做好某项工作的通知\n某政办发〔2022〕9号\n各乡镇:\n${body}\n某县人民政府办公室\n${signed}`;

const dues = (text: string) => extractText(text, 'sentence-year.txt').obligations.map((o) => [o.expression, o.due]);

describe('a month without its year takes the year of the last date written in full before it in the sentence', () => {
  it.each([
    ['a milestone after a dated one', '2024年3月底前完成方案,6月底前完成验收。', [['2024年3月底前', '2024-03-31'], ['6月底前', '2024-06-30']]],
    ['across a semicolon', '2024年3月底前完成方案;9月底前完成验收。', [['2024年3月底前', '2024-03-31'], ['9月底前', '2024-09-30']]],
    ['a day of the month', '各乡镇于2023年5月10日前完成摸底,8月15日前报送整改情况。', [['于2023年5月10日前', '2023-05-10'], ['8月15日前', '2023-08-15']]],
    ['a year-end after a half-year', '2024年上半年完成试点,10月底前全面推开。', [['2024年上半年', '2024-06-30'], ['10月底前', '2024-10-31']]],
    ['a plan issued late in the year before', '2023年1月底前完成方案,6月底前完成验收。', [['2023年1月底前', '2023-01-31'], ['6月底前', '2023-06-30']]],
  ])('%s', (_name, body, expected) => expect(dues(noticeOf(body))).toEqual(expected));

  // Negatives: the document's year and its turn of the year still decide where the sentence names no year for its dates.
  it.each([
    ['no full date in the sentence', '6月底前完成验收。', [['6月底前', '2022-06-30']]],
    ['a full date in the sentence before', '2024年3月底前完成方案。6月底前完成验收。', [['2024年3月底前', '2024-03-31'], ['6月底前', '2022-06-30']]],
    ['a month before the dated one', '2022年12月底前完成摸底,3月底前完成整改。', [['2022年12月底前', '2022-12-31'], ['3月底前', '2023-03-31']]],
    ['a year that is a baseline, not a date', '比2020年下降10%,6月底前完成验收。', [['6月底前', '2022-06-30']]],
  ])('%s', (_name, body, expected) => expect(dues(noticeOf(body))).toEqual(expected));
});
