import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// Two times of every year in one phrase: "每年上、下半年各安排十天", "營業用車輛分上、下半年各開徵一次", "110kV上、下半年各1次",
// "上半年和下半年各一次联考", "每上、下半年各完成1次". 每年 opens the list and holds for every time in it; the spec reads 每半年
// as FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1 and a list of months after 每年 as one rule ("每年6、12月底").
const HALF_YEARLY = 'rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1';
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'listed.txt').obligations.map((o) =>
    o.kind === 'recurring' ? `rec:${o.rrule}` : `${o.kind}:${o.due}`,
  );

describe('times listed after 每年 are every year\'s', () => {
  it.each([
    ['各县每年上半年和下半年各开展一次督查。', [HALF_YEARLY]],
    ['各县每年上、下半年各开展一次督查。', [HALF_YEARLY]],
    ['各县每年上下半年各报送一次工作总结。', [HALF_YEARLY]],
    ['各县于每年6月底和12月底前报送总结。', [HALF_YEARLY]],
    ['各县于每年6月、12月底前报送总结。', [HALF_YEARLY]],
    ['各县每年年中和年底各报送一次总结。', [HALF_YEARLY]],
    ['各县于每年1月10日和7月10日前报送。', ['rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=10']],
    ['各县每年一季度、二季度、三季度、四季度末报送。', ['rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1']],
    ['各县每年第一季度和第三季度各开展一次检查。', ['rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=3,9;BYMONTHDAY=-1']],
    // Different days: a rule each.
    ['各县每年3月底和9月15日前报送。', ['rec:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1', 'rec:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15']],
  ])('%s → %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // A time with its own year is that year's, not every year's.
    ['各县每年上半年开展自查和2018年下半年开展抽查。', ['rec:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1', 'once:2018-12-31']],
    ['各县每年6月底前报送半年总结和2018年12月底前报送全年总结。', ['rec:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1', 'once:2018-12-31']],
    // A time in the next clause, not listed with the first: its own rule, as before.
    ['各县每年6月底前报送总结,12月底前完成考核。', ['rec:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1', 'rec:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1']],
    // No 每年: the plan year's half-year.
    ['各县于下半年开展督查。', ['once:2018-12-31']],
  ])('%s: not merged, %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // 上、下半年 names both halves: in a plan, the plan year's two.
    ['各县上、下半年各开展一次督查。', ['once:2018-06-30', 'once:2018-12-31']],
    ['各县上下半年各开展一次督查。', ['once:2018-06-30', 'once:2018-12-31']],
    ['各县于2019年上、下半年各开展一次督查。', ['once:2019-06-30', 'once:2019-12-31']],
    ['各县上半年和下半年各开展一次督查。', ['once:2018-06-30', 'once:2018-12-31']],
    // In standing rules (a document of articles), every year's.
    ['第一条 为规范督查工作,制定本办法。\n第二条 本办法适用于全县。\n第三条 各县上、下半年各开展一次督查。', [HALF_YEARLY]],
  ])('%s → %j', (body, want) => expect(read(body)).toEqual(want));
});
