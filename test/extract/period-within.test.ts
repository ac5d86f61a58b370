import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A named half-year or quarter closed by 内 or 以内 is done by the period's end, as 年内 and 本季度内 are the year's and
// this quarter's ("客户要求在一季度内完成全部部署上线工作", "调休应在加班所在季度内完成", "于本季度内完成数据资产目录的编制与复核",
// audit-texts time-forms/24 and times6/06). The 内 was left to the task ("内完成摸底"); now it closes the expression.
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'period-within.txt').obligations.map(
    (o) => `${o.kind}:${o.due} [${o.expression}] ${o.task}`,
  );

describe('a named period closed by 内', () => {
  it.each([
    ['各县上半年内完成摸底。', 'once:2018-06-30 [上半年内] 完成摸底'],
    ['各县要在二季度内完成摸底。', 'once:2018-06-30 [在二季度内] 完成摸底'],
    ['各县要在2019年上半年内完成摸底。', 'once:2019-06-30 [在2019年上半年内] 完成摸底'],
    ['各县要在第三季度内完成摸底。', 'once:2018-09-30 [在第三季度内] 完成摸底'],
    ['各县要在一季度以内完成摸底。', 'once:2018-03-31 [在一季度以内] 完成摸底'],
    ['各县要在下半年内完成摸底。', 'once:2018-12-31 [在下半年内] 完成摸底'],
    // Unchanged: a count of months, and this quarter.
    ['各县要在半年内完成摸底。', 'relative:2018-09-20 [半年内] 完成摸底'],
    ['各县要在本季度内完成摸底。', 'once:2018-03-31 [在本季度内] 完成摸底'],
  ])('%s', (body, want) => expect(read(body)).toEqual([want]));

  it.each([
    // 内部 is a word of its own; a count of quarters is a length.
    ['各县在上半年内部审计中发现的问题要在6月底前整改。', '[在上半年内]'],
    ['各县要在一个季度内完成摸底。', '季度内'],
  ])('%s: 内 not read as closing the period', (body, not) => expect(read(body).join('\n')).not.toContain(not));
});
