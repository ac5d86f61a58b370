import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A span that closes at a month's start: "11月底至12月初应浇封冻水", "11月底至12月初：完成命令行工具的开发与调试", and the
// same window with no word between, a month's end against the next month's start: "于6月底7月初时挖取根部", "6月底7月初交付",
// "拟在7月底8月初召开全市乡镇企业工作会议", "一般是每年11月底12月初发布来年的节假日安排". The spec: a stage "M月至N月" is
// due at its end, and 月初 is the 10th, as 上旬.
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'spans.txt').obligations.map((o) => `${o.expression}=${o.due}`);

describe('a span closing at a month\'s start', () => {
  it.each([
    ['各地11月底至12月初完成验收。', ['11月底至12月初=2018-12-10']],
    ['各县要于10月中旬至11月初完成验收。', ['10月中旬至11月初=2018-11-10']],
    ['各县11月底12月初完成验收。', ['11月底12月初=2018-12-10']],
    ['(三)总结验收阶段(11月底12月初)', ['11月底12月初=2018-12-10']],
    ['各地11月下旬12月上旬完成验收。', ['11月下旬12月上旬=2018-12-10']],
    // Across the year's turn: the next year's January.
    ['(三)总结验收阶段(12月底1月初)', ['12月底1月初=2019-01-10']],
    // Unchanged: a span closing at a month's end or 旬.
    ['各地11月底至12月完成验收。', ['11月底至12月=2018-12-31']],
    ['各地11月下旬至12月上旬完成验收。', ['11月下旬至12月上旬=2018-12-10']],
  ])('%s → %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // Months not next to each other are two times, each its own.
    ['各县6月底9月初完成验收。', ['6月底=2018-06-30', '9月初=2018-09-10']],
    ['各县6月底前完成摸底,9月初开展检查。', ['6月底前=2018-06-30', '9月初=2018-09-10']],
    // A month's start before the next month's: no window of this form.
    ['各县在9月初10月初各检查一次。', ['在9月初=2018-09-10', '10月初=2018-10-10']],
  ])('%s: two times, %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // A span of every year closes in each year: a yearly rule on its last day, as 每年M月 is one on month M's.
    ['各县每年6月至8月开展专项整治。', 'FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=-1'],
    ['每年6月至8月,各县开展专项整治。', 'FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=-1'],
    ['各县每年5月至6月上旬开展检查。', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10'],
    ['各县每年11月底12月初开展专项整治。', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10'],
    ['各县每年11月底至12月初开展专项整治。', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10'],
  ])('%s → %s', (body, rrule) =>
    expect(extractText(gazetteDocument({ body }), 'yearly.txt').obligations.map((o) => o.rrule)).toEqual([rrule]));

  it('a season of every year that runs into the next names when a ban holds, no yearly day', () =>
    expect(read('每年11月至次年4月为森林防火期。')).toEqual([]));
});
