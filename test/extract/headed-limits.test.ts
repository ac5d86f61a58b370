import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { recordsOf } from './gazette-text.ts';

// A service guide's handling limit with its name on one line and its value on the lines under it: "一、办理时限" /
// "15个工作日" (贵州 办事 guides copied by chaojilvshi, audit-texts rules3/08, 09), "办理时限" / "广东省户籍:7个工作日;" /
// "非广东省户籍:20个自然日;" / "加急:5个工作日(调查时间不计入时限)" (广州 港澳通行证 guides in three copies, audit-texts
// guides19/05, 06, 11). A count standing alone there, or after the case it is for, is the limit the heading names, owed on
// each application from its acceptance (an sla), as "办理时限:15个工作日" on one line already was; it gave nothing, having
// no 内 and no limit word by it. The heading's scope ends at the first line that is no such value. A heading naming no
// handling (公示期限, 办理时间, 实际时限) gives nothing; a sentence under the heading is read as it always was.
const guide = (body: string) =>
  extractText(['某某事项办事指南', '', body].join('\n'), 'guide.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
    r.task,
  ]);

describe('a handling limit whose value stands on the lines under its name', () => {
  it.each([
    ['一、办理时限\n15个工作日\n二、办理流程', [['15个工作日', 'sla:15w:受理', '办理时限']]],
    ['二、办理时限\n10个工作日\n三、办理流程\n受理', [['10个工作日', 'sla:10w:受理', '办理时限']]],
    ['办结时限\n十五个工作日', [['十五个工作日', 'sla:15w:受理', '办结时限']]],
    ['承诺期限:\n3个工作日', [['3个工作日', 'sla:3w:受理', '承诺期限']]],
    [
      '办理时限\n广东省户籍:7个工作日;\n非广东省户籍:20个自然日;\n加急:5个工作日(调查时间不计入时限)\n办理条件',
      [
        ['7个工作日', 'sla:7w:受理', '广东省户籍'],
        ['20个自然日', 'sla:20:受理', '非广东省户籍'],
        ['5个工作日', 'sla:5w:受理', '加急'],
      ],
    ],
    ['港澳通行证办理时限:\n广东省内户籍居民:7个工作日结办。', [['7个工作日', 'sla:7w:受理', '结办']]],
    ['办理时限\n法定时限\n20个工作日', [['20个工作日', 'sla:20w:受理', '法定时限']]],
  ])('%s', (body, expected) => {
    expect(guide(body)).toEqual(expected);
  });

  it.each([
    // No handling named: a notice period, office hours, a time observed.
    ['公示期限\n5个工作日'],
    ['办理时间\n周一至周五'],
    ['实际时限\n10个工作日'],
    // The heading's scope ends at the first line that gives no value.
    ['一、办理时限\n请按时提交材料。\n5个工作日'],
    // A count alone with no heading over it sets nothing.
    ['五、收费标准\n不收费\n10个工作日'],
  ])('%s: no handling limit', (body) => {
    expect(guide(body)).toEqual([]);
  });

  it('reads a sentence under the heading as before', () => {
    expect(guide('三、办理时限\n自受理之日起10个工作日内作出决定。')).toEqual([['10个工作日内', 'sla:10w:受理', '作出决定']]);
  });

  it('in a dated notice the value still runs from acceptance', () => {
    const records = recordsOf({ body: '一、办理时限\n15个工作日' });
    expect(records.map((r) => [r.kind, r.within?.days, r.within?.after])).toEqual([['sla', 15, '受理']]);
  });
});
