import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// A service guide gives a matter the law's limit and the office's promise within it: "法定时限:10个工作日;" / "承诺时限:
// 8个工作日。" (商品房预售许可, audit-texts rules3/11), "法定期限:20个工作日" / "承诺期限:20个工作日" (广州 司法局 2014,
// guides19/03), "办理时限:法定期限：0个工作日 承诺期限：30个工作日" (顺德), "法定办结时限：60个工作日" / "承诺办结时限：40个
// 工作日" (广州 人社 劳动能力复查鉴定, guides19/12). Both were recorded, two slas for one matter; the promise is the time the
// office answers for, the law's limit bounds it as "最长不超过30个工作日" bounds "一般为15个工作日". A law's limit with no
// promise beside it is the matter's only limit; limits of matters set apart (more than three lines) are each their own.
const guide = (body: string) =>
  extractText(['某某事项办事指南', '', body].join('\n'), 'guide.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}` : `${r.kind}:${r.due}`,
  ]);

describe("a guide's statutory limit beside the promised one", () => {
  it.each([
    ['法定时限:10个工作日;\n承诺时限:8个工作日。', [['时限:8个工作日', 'sla:8w']]],
    ['承诺时限:5个工作日\n法定时限:20个工作日', [['时限:5个工作日', 'sla:5w']]],
    ['办理时限\n法定期限:20个工作日\n承诺期限:20个工作日', [['期限:20个工作日', 'sla:20w']]],
    ['办理时限:法定期限：0个工作日 承诺期限：30个工作日', [['期限：30个工作日', 'sla:30w']]],
    ['法定办结时限：30个工作日；承诺办结时限：20个工作日。', [['时限：20个工作日', 'sla:20w']]],
    ['（一）法定办结时限：20个工作日\n（二）承诺办结时限：3个工作日', [['时限：3个工作日', 'sla:3w']]],
    ['法定时限\n20个工作日\n承诺时限\n5个工作日', [['5个工作日', 'sla:5w']]],
    // A promise to handle the matter at once (即办) is a promise of 0 days, the law's limit its cap as any count's.
    ['法定时限:20个工作日\n承诺时限:即办', [['时限:即办', 'sla:0']]],
  ])('%s', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });

  it.each([
    // The law's limit alone is the matter's limit.
    ['法定办结时限:20个工作日', [['时限:20个工作日', 'sla:20w']]],
    // Two matters' limits far apart are each recorded.
    [
      '一、食品经营许可\n法定时限:20个工作日\n申请材料:营业执照\n办理地点:政务服务中心\n收费标准:不收费\n二、药品零售许可\n承诺时限:10个工作日',
      [
        ['时限:20个工作日', 'sla:20w'],
        ['时限:10个工作日', 'sla:10w'],
      ],
    ],
    // A line naming no limit between them parts two matters' limits (find_string hits of two pages, rules3/12).
    ['法定办理时限一般为3-5个工作日,具体以当地为准。\n办理流程:受理、审查、核发。\n承诺时限:3个工作日。', [['时限一般为3-5个工作日', 'sla:5w'], ['时限:3个工作日', 'sla:3w']]],
    // 法定 naming no limit.
    ['法定代表人应当自受理之日起10个工作日内到场签字。\n承诺时限:5个工作日', [['10个工作日内', 'sla:10w'], ['时限:5个工作日', 'sla:5w']]],
  ])('%s: kept', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });
});
