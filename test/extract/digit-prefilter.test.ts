import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { RECOGNISERS, nextMatch, recognise } from '../../src/extract/recognise.ts';
import { CORPUS, ROOT, snapshotFiles } from './snapshot/output.ts';

// recognise runs no recogniser marked needsDigit on a text without an ASCII digit. The mark is a claim
// about the pattern: it cannot match such a text. These tests hold every recogniser so marked to it over
// real text (each line of the sample gazettes, the corpus and the saved pages, normalised as the extractor reads it)
// with its digits taken out, where the dates and counts those patterns are written for stand with no
// number left; and they hold the recognisers of words, which run there, to the forms that have no digit.

/** Real pages saved beside the worktrees by earlier reviews (one text a page), read where present. */
const SAVED_PAGES = path.resolve(ROOT, '../audit-texts');

function savedPages(): string[] {
  if (!fs.existsSync(SAVED_PAGES)) return [];
  return (fs.readdirSync(SAVED_PAGES, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).map((f) => path.join(SAVED_PAGES, f));
}

/** Every non-empty line of the sample gazettes, the corpus and the saved pages, normalised. */
function realLines(): string[] {
  const { sample, corpus } = snapshotFiles();
  const lines: string[] = [];
  for (const file of [...[...sample, ...(corpus ?? [])].map((f) => path.join(ROOT, f)), ...savedPages()]) {
    for (const line of fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/)) {
      const text = normalise(line).text;
      if (text) lines.push(text);
    }
  }
  return lines;
}

const lines = realLines();
const marked = RECOGNISERS.filter((r) => r.needsDigit);

describe('a recogniser marked needsDigit matches no text without a digit', () => {
  it('the real lines read hold dates and counts (the sample at least; the corpus and saved pages where present)', () => {
    expect(lines.filter((l) => /\d月/.test(l)).length).toBeGreaterThan(fs.existsSync(CORPUS) ? 200 : 100);
  });

  it.each(marked.map((r) => [r.name, r] as const))('%s, over the real lines with their digits taken out or replaced', (_name, r) => {
    const found: string[] = [];
    for (const line of lines) {
      if (!/\d/.test(line)) continue;
      // Taken out: "6月底前" becomes "月底前"; replaced by a letter or a Chinese numeral that no rule reads as a digit.
      for (const text of [line.replace(/\d/g, ''), line.replace(/\d/g, 'x'), line.replace(/\d/g, '十')]) {
        const m = nextMatch(r, text, 0);
        if (m) found.push(`${text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10)}`);
      }
    }
    expect(found).toEqual([]);
  });

  // Synthetic texts of each marked recogniser's own forms, with the digits out.
  it.each([
    ['day-range', '月日至月日'],
    ['from-now-span', '即日起至月底'],
    ['full-date', '于年月日前报送'],
    ['month-end', '今年月底前完成'],
    ['month-range', '月至月'],
    ['year-end', '年底前完成'],
    ['numeric-date', '..前'],
    ['year-within', '年内完成'],
    ['target-year', '力争到年'],
    ['span-to-event', '至年获得称号止'],
    ['year-span', '年—年'],
    ['month-context', '于月底前报送'],
    ['month-lost', '底前'],
    ['day-lost-month', '于日前'],
    ['yearly-date', '每年月日前报送'],
    ['after-each-period', '每季度结束后个工作日内'],
    ['one-per-period', '周一报'],
    ['every-n-weeks', '每个周'],
    ['every-other', '每隔个月'],
    ['every-n-months', '每个月报送'],
    ['odd-even-month-day', '单月日前'],
    ['this-month-day', '本月日前'],
    ['day-of-notice', '请于日前报送'],
    ['next-quarter-day', '次季度日前'],
    ['after-period-end', '月后日前'],
    ['monthly-weekday', '每月第个星期一'],
    ['monthly-workday', '每月第个工作日前'],
    ['once-a-period', '个月召开次'],
    ['every-n-years', '每年'],
    ['from-document', '印发之日起个工作日内'],
    ['within-period', '收到申请后个工作日内办结'],
    ['within-fraction', '收到申请后.个工作日内办结'],
  ])('%s: %s', (name, text) => {
    const r = RECOGNISERS.find((x) => x.name === name)!;
    expect(r.needsDigit).toBe(true);
    expect(nextMatch(r, text, 0)).toBeNull();
  });

  it('every recogniser marked has a synthetic case above', () => {
    expect(marked.length).toBe(32);
  });
});

describe('the forms without a digit are still read', () => {
  // Each is read by a recogniser not marked needsDigit, or has a digit once normalised (三十日内 → 30日内).
  it.each([
    ['每月报送一次', 'monthly'],
    ['每季度末报送', 'quarterly'],
    ['每半年报告一次', 'half-yearly'],
    ['每周五报送', 'weekly'],
    ['每旬报送', 'every-n-days'],
    ['每年年底前报送', 'yearly-period'],
    ['每年报送一次', 'yearly'],
    ['上半年完成', 'year-period'],
    ['今年年底前完成', 'year-end-context'],
    ['年内完成', 'year-within-context'],
    ['次月底前报送', 'next-month-day'],
    ['下月底前报送', 'next-month-of-notice'],
    ['于本周五前报送', 'weekday-of-notice'],
    ['本月底前报送', 'period-of-notice'],
    ['特急件当日反馈', 'same-or-next-day'],
    ['收到后下一工作日前办理', 'same-or-next-day'],
    ['承诺时限:即办', 'handling-limit-at-once'],
    ['长期坚持', 'ongoing'],
    ['“十三五”末完成', 'five-year-plan'],
    ['在会议召开前报送', 'event-without-count'],
    ['本通知印发之日起三十日内报送', 'from-document'],
    ['三月底前完成', 'month-context'],
    ['二〇一九年六月底前完成', 'month-end'],
  ])('%s', (written, recogniser) => {
    const text = normalise(written).text;
    const found = recognise(text, { year: 2019, docDate: '2019-03-01' }, true);
    expect(found.map((m) => m.recogniser)).toContain(recogniser);
  });
});
