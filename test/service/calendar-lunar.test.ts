import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { renderUnitCalendar } from '../../src/http/calendar.ts';
import { obligation } from './fixtures.ts';

const ALARMS = { daysBefore: [7, 0], sendAt: { hour: 9, minute: 0 } };

function feedOf(rrule: string, done: string[] = []): { text: string; event: VEvent } {
  const o = { ...obligation({ kind: 'recurring', due: null, rrule, start: '2024-03-01', expression: '每年春节前', task: '走访慰问困难群众' }), id: 'lunar' };
  const text = renderUnitCalendar({ unit: '县民政局', items: [{ obligation: o, role: 'lead', done }], alarms: ALARMS, generatedAt: new Date('2024-03-01T00:00:00Z') });
  const event = Object.values(ical.sync.parseICS(text)).find((c): c is VEvent => c?.type === 'VEVENT' && c.uid === 'lunar@shixian')!;
  return { text, event };
}

/** node-ical gives a DATE value as local midnight of that date. */
function dateOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('a duty on the Chinese calendar in the feed', () => {
  it('lists its dates (RDATE), which every client reads alike, where a Gregorian client would read the rule as 1 January', () => {
    const { text, event } = feedOf('RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1');
    expect(text).not.toContain('RSCALE');
    expect(dateOf(event.start)).toBe('2025-01-29');
    expect(text).toMatch(/RDATE;VALUE=DATE:20260217,/);
    expect(text).toMatch(/RRULE:FREQ=YEARLY;COUNT=1\r\n/);
    const listed = /RDATE;VALUE=DATE:([\d,\r\n ]+)/.exec(text)![1].replace(/\r\n /g, '').trim().split(',');
    expect(listed).toHaveLength(19);
    expect(listed.every((d) => !d.endsWith('0101'))).toBe(true);
  });

  it('leaves a done year out of the series', () => {
    const { text } = feedOf('RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', ['2026-02-17']);
    expect(text).toMatch(/EXDATE;VALUE=DATE:20260217/);
  });

  it('keeps a Gregorian rule as a rule', () => {
    const { text } = feedOf('FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1');
    expect(text).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1\r\n/);
    expect(text).not.toContain('RDATE');
  });
});
