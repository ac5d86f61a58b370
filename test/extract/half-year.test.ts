import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 半年内 is six months, not 年内 (by the year's end): "金融机构应当自本办法施行之日起半年内完成较高风险以上存量客户的尽职调查,
// 自本办法施行之日起2年内完成全部存量客户的尽职调查" (a 客户尽职调查 rule), "自暂停上市之日起半年内未能消除暂停上市原因的"
// (a 上市规则, the condition), audit-texts/times2 10. The year's end was a wrong date; six months from the document, as
// plan-horizons.test.ts reads 半年内. And "9、10两个月" ran its numeral into the digit before it (102个月): 102 months.
const records = (body: string) => extractText(gazetteDocument({ body }), 'half.txt').obligations;

describe('半年内 and a numeral after a digit', () => {
  it.each([['各市于9、10两个月开展专项整治。']])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([['各市要在半年内完成改造。'], ['金融机构应当自本办法施行之日起半年内完成存量客户的尽职调查。']])('%s: six months, not the year’s end', (body) => {
    expect(records(body)).toMatchObject([{ expression: '半年内', kind: 'relative', due: '2018-09-20' }]);
  });

  it.each([
    ['各市要在年内完成改造。', '年内', 'once', '2018-12-31'],
    ['各市要在今年年内完成改造。', '今年年内', 'once', '2018-12-31'],
    ['各市要在两个月内完成改造。', '两个月内', 'relative', '2018-05-20'],
  ])('%s: read as before', (body, expression, kind, due) => {
    expect(records(body)).toMatchObject([{ expression, kind, due }]);
  });
});
