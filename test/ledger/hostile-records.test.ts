import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordsOf } from '../../src/commands/import.ts';
import { parseNow } from '../../src/clock.ts';
import { scheduleProblem } from '../../src/plan/occurrences.ts';
import { obligation, tempDir } from './fixtures.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const recurring = (rrule: string) => obligation({ kind: 'recurring', due: null, rrule, start: '2018-01-01', expression: '每年' });

/** The one-line refusal of a .jsonl whose second line is `record`. */
async function refusal(record: unknown): Promise<string> {
  const file = path.join(dir, 'hostile.jsonl');
  fs.writeFileSync(file, `${JSON.stringify(obligation({}))}\n${JSON.stringify(record)}\n`);
  try {
    await recordsOf(file);
  } catch (err) {
    return (err as Error).message.replace(`${file}:`, '');
  }
  return 'accepted';
}

describe('a hostile .jsonl record is refused by line and value', () => {
  it.each([
    ['FREQ=MINUTELY', '只接受按年、月、周或日重复的规则'],
    ['FREQ=HOURLY;INTERVAL=1', '只接受按年、月、周或日重复的规则'],
    ['FREQ=SECONDLY', '只接受按年、月、周或日重复的规则'],
    ['FREQ=DAILY;BYHOUR=0,6,12,18', '规则里不能有时刻'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '自 2018-01-01 起 4 年内一次也不出现'],
    ['FREQ=DAILY;INTERVAL=0', '不是有效的 RRULE'],
  ])('rrule %s', async (rrule, problem) => {
    const message = await refusal(recurring(rrule));
    expect(message.startsWith(`2: rrule ${JSON.stringify(rrule)}: `)).toBe(true);
    expect(message).toContain(problem);
  });

  it.each(['2018-13-45', '2018-02-30', '0000-00-00', '2019-02-29'])('due %s', async (due) => {
    expect(await refusal({ ...obligation(), due })).toBe(`2: due: ${due} 不是真实的日期`);
  });

  it('a record whose fields do not fit its kind, named as the record', async () => {
    expect(await refusal({ ...obligation(), kind: 'recurring' })).toBe('2: 记录: 周期性事项(recurring)应有 rrule、没有 due');
  });

  it('a start or a document date that does not exist', async () => {
    expect(await refusal({ ...recurring('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'), start: '2018-04-31' })).toBe('2: start: 2018-04-31 不是真实的日期');
    expect(await refusal({ ...obligation(), doc: { number: '浙政发〔2018〕1号', title: '通知', issued: '2018-00-10' } })).toBe('2: doc.issued: 2018-00-10 不是真实的日期');
  });

  it('the rules of the spec, a leap day and a daily duty pass', () => {
    for (const rrule of [
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      'FREQ=MONTHLY;BYMONTHDAY=10',
      'FREQ=WEEKLY;BYDAY=FR',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      'FREQ=DAILY',
    ]) {
      expect(scheduleProblem(rrule, '2018-01-01')).toBeNull();
    }
  });
});

describe('--now', () => {
  it('refuses a date that does not exist instead of rolling it over', () => {
    expect(() => parseNow('2018-13-45')).toThrow(/2018-13-45/);
    expect(() => parseNow('2018-02-30T09:00')).toThrow(/2018-02-30/);
    expect(() => parseNow('2018-06-30T24:30')).toThrow();
    expect(parseNow('2018-06-30T09:00').toISOString()).toBe('2018-06-30T01:00:00.000Z');
  });
});
