import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A period from the document that a unit is charged or asked to act in: 务必 and a request's 请 charge as 要 and 须 do
// ("请各学院（部）务必于2016年1月6日前…", "务必于3日内与我司联系", "请务必于3个工作日内安排付款"). Weeks, months and years
// were read only after 要, 应 or 须: "各县务必在3个月内完成整改" gave no record. The spec: N个月内 from the document date is
// the document's date plus N months, N年内 plus N years.
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'charged.txt').obligations.map((o) =>
    o.kind === 'sla' ? `sla:${o.within?.days}` : `${o.kind}:${o.due}`,
  );

describe('a period 务必 or 请 sets', () => {
  it.each([
    ['各县务必于两周内报送。', ['relative:2018-04-03']],
    ['各县务必在一个月内完成自查。', ['relative:2018-04-20']],
    ['各县务必在3个月内完成整改。', ['relative:2018-06-20']],
    ['各县务必在两年内完成改造。', ['relative:2020-03-20']],
    ['请各县于一个月内完成自查。', ['relative:2018-04-20']],
    ['请各县在两周内报送。', ['relative:2018-04-03']],
    // Unchanged: days, and an event's period.
    ['请各县务必于10日内报送。', ['relative:2018-03-30']],
    ['各县务必于收到通知后两周内报送。', ['sla:14']],
  ])('%s → %j', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // 请 inside a word asks nothing: 邀请 is the step itself.
    ['邀请专家在一个月内完成评审。'],
    // A condition closed by 的 is no duty.
    ['务必在一个月内未完成的,不予补助。'],
    // No word of duty: a plan's months are no time set from the notice.
    ['各县于一个月内完成自查。'],
  ])('%s: no record', (body) => expect(read(body)).toEqual([]));
});
