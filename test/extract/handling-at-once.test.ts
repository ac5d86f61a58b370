import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// A service guide's limit may be no count but handling at once: "承诺时限：即办", "法定时限：即办件" (a 即办件 is handled as it is
// taken in, where a 承诺件 has a count of working days), or 即办 on the line under the limit's heading. It is an sla of 0 days from
// acceptance, as 当日 is 0 days; it gave nothing. Real: an approval system's page template (find_string 37594144159: 法定时限：
// 即办件 / 承诺时限：即办件 where the limit is 0), a service system that sets the promised working days to 0 for a 即办件
// (16685676341), item models (37221541864, 36952346388: 即办件（即时办完）), a guide-writing course (55291027128: "法定时限：即办；
// 承诺时限：即办") and its quiz (55404951408: "承诺时限：即办"), and a 限時辦結制 (audit-texts guides20/01: 對即辦事項…及時予以辦理).
// A slogan (接诉即办, 即收即办) stands under no limit's name and is none.
const guide = (body: string) =>
  extractText(['某某事项办事指南', '', body].join('\n'), 'guide.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
  ]);

describe('a handling limit of 即办', () => {
  it.each([
    ['承诺时限:即办', [['时限:即办', 'sla:0:受理']]],
    ['承诺办结时限：即办件', [['时限：即办件', 'sla:0:受理']]],
    ['法定办结时限:即办', [['时限:即办', 'sla:0:受理']]],
    ['办理时限:即办(当场办结)', [['时限:即办', 'sla:0:受理']]],
    ['审批期限为即办件。', [['期限为即办件', 'sla:0:受理']]],
    ['办结时限\n即办', [['即办', 'sla:0:受理']]],
    ['三、办理时限\n即办件', [['即办件', 'sla:0:受理']]],
    // The law's and the promise both at once: the promise, as with counts.
    ['法定时限：即办；承诺时限：即办', [['时限：即办', 'sla:0:受理']]],
  ])('%s', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });

  it.each([
    ['12345热线工作遵循接诉即办、依法治理的原则。', []],
    ['窗口工作人员必须即收即办、当场办结。', []],
    ['即办件由窗口当场办结。', []],
    ['事项类型\n即办件', []],
    ['公示期限:即办', []],
    ['办理时限:即办理即发证', []],
    ['办理时限:3个工作日', [['时限:3个工作日', 'sla:3w:受理']]],
  ])('%s: no limit at once', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });
});
