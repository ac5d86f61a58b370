import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { normalise } from '../../src/extract/normalise.ts';

// Taiwan dates by the years of the Republic (民國), year N being 1911 + N: "中華民國一百十二年十二月二十一日內政部…令訂定"
// (law.moj.gov.tw), "民國 112 年 12 月 01 日修正" (laws.mol.gov.tw), "中籤者應於113年6月17日前繳費" (臺北市大安區公所, audit pool
// p364), "請於101年9月21日前完成報名" (中央大學), "請在109年05月10日前完成報名資料填寫", "115年01月02日至12月31日" (新竹市, p365).
// No such year was read: "113年6月17日前" gave no record, "115年01月02日至12月31日" took the page stamp's 2025.
describe('a year of the Republic of China', () => {
  const notice = (body: string) =>
    extractText(['某某場地申請使用公告', '', body].join('\n'), 'notice.txt', fixedClock(parseNow('2024-03-01'))).obligations.map((r) => [
      r.expression,
      `${r.kind}:${r.due}`,
    ]);
  it.each([
    ['中籤者應於113年6月17日前繳費。', [['於113年6月17日前', 'once:2024-06-17']]],
    ['請各單位於101年9月21日前完成報名。', [['於101年9月21日前', 'once:2012-09-21']]],
    ['各校應於109年05月10日前上傳作品。', [['於109年05月10日前', 'once:2020-05-10']]],
    ['各單位應於民國一百十三年六月三十日前將成果報部。', [['一百十三年六月三十日前', 'once:2024-06-30']]],
    ['各單位應於民國 113 年 12 月 1 日前將成果報部。', [['113 年 12 月 1 日前', 'once:2024-12-01']]],
    ['各機關應於中華民國一百十四年三月底前提報計畫。', [['一百十四年三月底前', 'once:2025-03-31']]],
    ['各機關應於115年十月底前提報計畫。', [['於115年十月底前', 'once:2026-10-31']]],
  ])('%s', (body, expected) => {
    expect(notice(body)).toEqual(expected);
  });

  it.each([
    // the common era's years, four digits, and two-digit years (the mainland shortens its own: "08年5月") stay as written
    ['2024年6月17日', '2024年6月17日'],
    ['08年5月', '08年5月'],
    ['98年8月', '98年8月'],
    // a count of years has no month after it
    ['庆祝建党100年', '庆祝建党100年'],
    ['已有110年历史', '已有110年历史'],
    ['第113年6月', '第113年6月'],
    ['1.113年6月', '1.113年6月'],
    // the Republic's year in any form after 民國, and 年度
    ['民國 112 年 12 月 01 日', '民国2023年12月01日'],
    ['中華民國一百零八年八月八日', '中华民国2019年8月8日'],
    ['民國九十八年', '民国2009年'],
    ['113年度預算', '2024年度预算'],
    ['113年5月1日至113年5月3日', '2024年5月1日至2024年5月3日'],
  ])('%s normalises to %s', (written, expected) => {
    expect(normalise(written).text).toBe(expected);
  });

  it('quotes the year as written', () => {
    const text = '本案各單位應於113年6月17日前完成。';
    const n = normalise(text);
    const at = n.text.indexOf('2024');
    expect(text.slice(n.originOf(at), n.originOf(at + 4))).toBe('113');
  });
});
