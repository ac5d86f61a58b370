import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// "自受理之日起20个自然日内", "非广东省户籍:20个自然日", contracts' "甲方在收到发票及验收证明后30个自然日内付款" (find_string,
// audit-texts guides19/13): a count of natural days is calendar days, as N日内 is; 自然日 gave no record at all. 自然日 with
// no count before it (单个自然日内, 每个自然日) stays a word.
describe('a count of natural days', () => {
  const rule = (body: string) =>
    extractText(['某某事项管理办法', '', body].join('\n'), 'rule.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
      r.expression,
      r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
    ]);
  it.each([
    ['行政机关应当自受理之日起20个自然日内办结。', [['20个自然日内', 'sla:20:受理']]],
    ['窗口应当在受理后五个自然日内答复。', [['五个自然日内', 'sla:5:受理']]],
    ['甲方在收到发票及验收证明后30个自然日内付款。', [['30个自然日内', 'sla:30:收到发票及验收证明']]],
  ])('%s', (body, expected) => {
    expect(rule(body)).toEqual(expected);
  });

  it.each([['单个自然日内完成分拣任务数的区间最小值。'], ['每个自然日统计一次。']])('%s: no count of days', (body) => {
    expect(rule(body)).toEqual([]);
  });
});
