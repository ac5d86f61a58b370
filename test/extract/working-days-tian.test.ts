import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// Macau, Hong Kong and Taiwan call a working day 工作天: "25 個工作天" (承諾時間 of Macau's 旅遊局, dst.gov.mo 2018 report,
// audit pool p375), "2個工作天內以電話回覆" (Macau's 行政公職局, cip.gov.mo), "5个工作天内" (Hong Kong's 康文署, lcsd.gov.hk),
// "您會在1個工作天內獲得初步回覆" (neticrm.tw). After a count it is the mainland's 工作日; no form with 工作天 was read at
// all. 工作天 with no count right before it (工作天数, 每个工作天) stays a word.
describe('a count of working days called 工作天', () => {
  const rule = (body: string) =>
    extractText(['某某事项服务承诺', '', body].join('\n'), 'rule.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
      r.expression,
      r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
    ]);
  it.each([
    ['本局應於收到申請之日起25個工作天內作出決定。', [['25個工作天內', 'sla:25w:收到申請']]],
    ['本署应当在收到全部所需文件后5个工作天内发出认收通知。', [['5个工作天内', 'sla:5w:收到全部所需文件']]],
    ['行政機關應當自受理之日起十個工作天內辦結。', [['十個工作天內', 'sla:10w:受理']]],
    ['窗口应当在受理后三个工作天内答复申请人。', [['三个工作天内', 'sla:3w:受理']]],
    ['申請人須於接獲通知後 7 個工作天內補交文件。', [['7 個工作天內', 'sla:7w:接獲通知']]],
  ])('%s', (body, expected) => {
    expect(rule(body)).toEqual(expected);
  });

  it.each([['統計每名職員本年度的工作天數。'], ['每個工作天均須開放櫃檯。'], ['工作天內的來電由接待員接聽。']])('%s: no count of working days', (body) => {
    expect(rule(body)).toEqual([]);
  });

  it('reads as the same count written with 工作日', () => {
    const days = '市民中心應當自受理之日起15個工作日內辦結。';
    expect(rule(days.replace('工作日', '工作天')).map(([, value]) => value)).toEqual(rule(days).map(([, value]) => value));
  });
});
