import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// A fraction of a day: "开办企业0.5个工作日内完成" (南宁兴宁区 营商环境 plan, audit pool p051), "由市或区政务窗口0.5个工作日内出文
// 制证、用印", "由市或区不动产登记中心0.5个工作日内核准登记、缮证" (a city's 工业用地 approval procedure), "0.5个工作日内(自贸区)"
// (重庆 企业开办); "收到请求后原则上在半个工作日内提供软件", "短信签名和模板提交后,我们会在半个工作日内完成审核" (Tencent Cloud),
// "项目发布之后,工作人员将在半个工作日内联系您". None was read: a count after a point is no whole count, and 半 was read only
// before 年 and 个月. The record takes whole days, so a fraction rounds up to the day it ends in, as the spec's hours do
// (N小时内 is ceil(N/24) days): rounded down to 0, half a working day from an afternoon's application would fall due that
// same day.
describe('a fraction of a day', () => {
  const guide = (body: string) =>
    extractText(['某某事项办事指南', '', body].join('\n'), 'guide.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
      r.expression,
      r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
    ]);
  it.each([
    ['窗口应当自受理之日起0.5个工作日内办结。', [['0.5个工作日内', 'sla:1w:受理']]],
    ['窗口应当在受理后1.5个工作日内办结。', [['1.5个工作日内', 'sla:2w:受理']]],
    ['窗口应当在受理后2.5日内答复。', [['2.5日内', 'sla:3:受理']]],
    ['窗口应当在受理后半个工作日内办结。', [['半个工作日内', 'sla:1w:受理']]],
    ['窗口应当在受理后半天内答复申请人。', [['半天内', 'sla:1:受理']]],
    ['窗口应当在受理后半日内答复申请人。', [['半日内', 'sla:1:受理']]],
    ['接到报告后,应急办应在1.5小时内到达现场。', [['1.5小时内', 'sla:1:接到报告']]],
    ['窗口应当自受理之日起1个工作日内办结。', [['1个工作日内', 'sla:1w:受理']]],
    ['窗口应当自受理之日起半个月内办结。', [['半个月内', 'sla:15:受理']]],
  ])('%s', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });

  it.each([
    ['窗口平均办理时间为3.5个工作日。'],
    ['窗口应当在受理后3.5个月内办结。'],
    ['窗口应当在受理后1.5周内办结。'],
    ['全年共办结业务多半天内完成的占90%。'],
  ])('%s: not recorded as a fraction of a day', (body) => {
    expect(guide(body).filter(([expression]) => /\.|半/.test(expression))).toEqual([]);
  });
});
