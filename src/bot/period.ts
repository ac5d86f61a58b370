import * as chrono from 'chrono-node';
import { chineseNumeralValue } from '../extract/normalise.ts';
import { addDays, daysInMonth as lastDay, isoDate as iso, weekday } from '../calendar/dates.ts';

/** An inclusive span of Asia/Shanghai calendar dates (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/** A time phrase found in a question: the span it means and where it stood (so the rest can be read as a unit). */
export interface PeriodMatch {
  range: DateRange;
  index: number;
  text: string;
}

/** 1–12 from "6", "６", "六", "十二": the extractor's reading of Chinese numerals. */
function smallNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : (chineseNumeralValue(s) ?? Number.NaN);
}

const monthSpan = (y: number, m: number): DateRange => ({ from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) });

/** Monday of the week holding `date` (Chinese weeks start on Monday). */
function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

const NUM = '[0-9０-９一二两三四五六七八九十]{1,3}';
/** An optional year before a calendar phrase: 2019年, 今年, 明年 … (the 年 of 年底 is the phrase's own). */
const YEAR = `(?:(?<year>\\d{4})年|(?<rel>今|本|明|来|去|后)年)?`;
const BEFORE = '(?<before>之前|以前|前)?';
const relativeYear: Record<string, number> = { 今: 0, 本: 0, 明: 1, 来: 1, 去: -1, 后: 2 };

/** 下 / 下个 is the next one, 下下 the one after, 上 / 上个 the one before, 上上 the one before that, 本 / 这 / 当 / nothing this one. */
const shiftOf = (which: string | undefined) => (which?.match(/下/g)?.length ?? 0) - (which?.match(/上/g)?.length ?? 0);

/** 周一 … 周日 (周天, 星期7) as days after Monday. */
const DAYS_FROM_MONDAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6 };

/** Which one of a run of weeks, months or quarters: the alternatives shiftOf reads (下下 before 下, or 下下周 reads as 下周). */
const WHICH = '本|这个?|下下个?|上上个?|下个?|上个?';

/** The month `shift` months from today's, as [year, month]. */
function monthFrom(today: string, shift: number): [number, number] {
  const [ty, tm] = today.split('-').map(Number);
  const index = ty * 12 + (tm - 1) + shift;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * One recogniser per family of period phrases that chrono-node does not know. Each returns the
 * span the phrase names (a deadline day such as 月底 or 年底 is a span of one day); a following 前
 * turns any span into "from today up to its end".
 */
interface Recogniser {
  pattern: RegExp;
  /** Names a month, quarter or half of some year (not 本月, 下周): a yearless one already past rolls to next year. */
  calendar?: boolean;
  span(m: RegExpExecArray, year: number, today: string): DateRange;
}

const recognisers: Recogniser[] = [
  {
    // 上半年 / 下半年
    pattern: new RegExp(`${YEAR}(上|下)半年${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => (m[3] === '上' ? { from: iso(y, 1, 1), to: iso(y, 6, 30) } : { from: iso(y, 7, 1), to: iso(y, 12, 31) }),
  },
  {
    // 一季度, 第一季度, 1季度
    pattern: new RegExp(`${YEAR}第?([1-4１-４一二三四])季度${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => {
      const q = smallNumber(m[3]);
      return { from: iso(y, q * 3 - 2, 1), to: iso(y, q * 3, lastDay(y, q * 3)) };
    },
  },
  {
    // 本季度, 下季度, 上个季度
    pattern: new RegExp(`(${WHICH})季度${BEFORE}`, 'u'),
    span: (m, _y, today) => {
      const [ty, tm] = today.split('-').map(Number);
      const quarters = ty * 4 + Math.floor((tm - 1) / 3) + shiftOf(m[1]);
      const y = Math.floor(quarters / 4);
      const end = (quarters % 4) * 3 + 3;
      return { from: iso(y, end - 2, 1), to: iso(y, end, lastDay(y, end)) };
    },
  },
  {
    // 6月上旬 / 中旬 / 下旬
    pattern: new RegExp(`${YEAR}(${NUM})月(上|中|下)旬${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => {
      const mo = smallNumber(m[3]);
      if (m[4] === '上') return { from: iso(y, mo, 1), to: iso(y, mo, 10) };
      if (m[4] === '中') return { from: iso(y, mo, 11), to: iso(y, mo, 20) };
      return { from: iso(y, mo, 21), to: iso(y, mo, lastDay(y, mo)) };
    },
  },
  {
    // 6月底, 6月末, 6月份底: the month's last day
    pattern: new RegExp(`${YEAR}(${NUM})月份?(?:底|末)${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => {
      const mo = smallNumber(m[3]);
      const end = iso(y, mo, lastDay(y, mo));
      return { from: end, to: end };
    },
  },
  {
    // 月底, 本月底, 下个月底: a month's last day counted from this month
    pattern: new RegExp(`(${WHICH})?月(?:底|末)${BEFORE}`, 'u'),
    span: (m, _y, today) => {
      const [y, mo] = monthFrom(today, shiftOf(m[1]));
      const end = iso(y, mo, lastDay(y, mo));
      return { from: end, to: end };
    },
  },
  {
    // 年初, 年中, 年底, 年末, 2018年底, 明年初
    pattern: new RegExp(`(?:(?<year>\\d{4})|(?<rel>今|本|明|来|去|后))?年(初|中|底|末)${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => {
      const day = m[3] === '初' ? iso(y, 1, 31) : m[3] === '中' ? iso(y, 6, 30) : iso(y, 12, 31);
      return { from: day, to: day };
    },
  },
  {
    // 本月, 这个月, 下个月, 下下个月, 上月
    pattern: new RegExp(`(${WHICH}|当)月${BEFORE}`, 'u'),
    span: (m, _y, today) => monthSpan(...monthFrom(today, shiftOf(m[1]))),
  },
  {
    // 下周五, 下下周一, 本星期三: a day of a week counted from this one (chrono-node reads 下下周一 as 下周一)
    pattern: new RegExp(`(${WHICH})(?:周|星期|礼拜)([一二三四五六日天1-7])${BEFORE}`, 'u'),
    span: (m, _y, today) => {
      const day = addDays(mondayOf(today), 7 * shiftOf(m[1]) + DAYS_FROM_MONDAY[m[2]]);
      return { from: day, to: day };
    },
  },
  {
    // 后天, 大后天 (chrono-node knows 明天, not these)
    pattern: new RegExp(`(大)?后天${BEFORE}`, 'u'),
    span: (m, _y, today) => {
      const day = addDays(today, m[1] ? 3 : 2);
      return { from: day, to: day };
    },
  },
  {
    // 两周内, 3个星期内: up to that many weeks from today, as chrono-node reads 30天内
    pattern: new RegExp(`(${NUM})个?(?:周|星期|礼拜)(?:之内|以内|内)`, 'u'),
    span: (m, _y, today) => ({ from: today, to: addDays(today, 7 * smallNumber(m[1])) }),
  },
  {
    // 本周, 这周, 下周, 下下周, 下个星期, 上周 (下周五 is the recogniser above)
    pattern: new RegExp(`(${WHICH})(?:周|星期|礼拜)(?![一二三四五六日天1-7])${BEFORE}`, 'u'),
    span: (m, _y, today) => {
      const monday = addDays(mondayOf(today), 7 * shiftOf(m[1]));
      return { from: monday, to: addDays(monday, 6) };
    },
  },
  {
    // a bare month: 6月, 2019年3月 (never followed by a day: that is chrono's)
    pattern: new RegExp(`${YEAR}(${NUM})月份?(?![0-9０-９一二三四五六七八九十日号])${BEFORE}`, 'u'),
    calendar: true,
    span: (m, y) => monthSpan(y, smallNumber(m[3])),
  },
  {
    // 今年, 明年, 2019年 on their own
    pattern: new RegExp(`(?:(?<year>\\d{4})|(?<rel>今|本|明|来|去|后))年(?![0-9０-９一二三四五六七八九十])${BEFORE}`, 'u'),
    span: (_m, y) => ({ from: iso(y, 1, 1), to: iso(y, 12, 31) }),
  },
];

/**
 * The period named in a question, using our recognisers for the Chinese period forms first and
 * chrono-node for the rest (dates, weekdays, 明天, N天内). A phrase followed by 前 means "from today
 * up to it". A month named without a year whose span is already past means next year's, because
 * nobody asks what was due in a month that has gone without saying so.
 */
export function recognisePeriod(text: string, today: string, hour = 9): PeriodMatch | null {
  return ourPeriod(text, today) ?? chronoPeriod(text, today, hour);
}

function ourPeriod(text: string, today: string): PeriodMatch | null {
  const thisYear = Number(today.slice(0, 4));
  for (const { pattern, calendar, span } of recognisers) {
    const m = pattern.exec(text);
    if (!m) continue;
    const { year: named, rel, before } = m.groups ?? {};
    const year = named !== undefined ? Number(named) : thisYear + (rel !== undefined ? relativeYear[rel] : 0);
    let s = span(m, year, today);
    if (calendar && named === undefined && rel === undefined && s.to < today) s = span(m, year + 1, today);
    const range = before !== undefined ? { from: today, to: s.to } : { from: s.from, to: s.to };
    return { range, index: m.index, text: m[0] };
  }
  return null;
}

/** chrono-node reads local wall-clock fields, so hand it Shanghai's wall time as a local Date. */
function chronoPeriod(text: string, today: string, hour: number): PeriodMatch | null {
  const [y, mo, d] = today.split('-').map(Number);
  const results = chrono.zh.parse(text, new Date(y, mo - 1, d, hour));
  const first = results[0];
  if (!first) return null;
  const day = iso(first.start.get('year')!, first.start.get('month')!, first.start.get('day')!);
  const after = text.slice(first.index + first.text.length);
  // "3天内" / "下周五前": from today up to the day; a bare date means that day alone.
  const upTo = /内$/.test(first.text) || /^(之前|以前|前)/.test(after);
  const suffix = /^(之前|以前|前)/.exec(after)?.[0] ?? '';
  const range = upTo ? { from: today, to: day } : { from: day, to: day };
  return { range, index: first.index, text: first.text + suffix };
}
