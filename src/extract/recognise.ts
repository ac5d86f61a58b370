import { addDays, addMonths, addYears, isoDate, isValidDay, lastDayOfMonth } from '../calendar/dates.ts';
import { addWorkdays } from '../calendar/workdays.ts';
import { TextMarks } from './layout.ts';

/** What a time expression means once its context (year, document date) is known. */
export type TimeValue =
  | { kind: 'once' | 'ongoing' | 'relative'; due: string; target: boolean; beyondCalendar?: boolean }
  | { kind: 'recurring'; rrule: string; target: false }
  | { kind: 'sla'; days: number; workdays: boolean; after?: string; before?: string; target: false }
  /** Text that looks like a deadline but is not one (a policy window, a reference date): it masks its parts. */
  | { kind: 'none' };

export interface TimeMatch {
  /** Range in the normalised text. */
  start: number;
  end: number;
  value: TimeValue;
  recogniser: string;
}

export interface RecogniseContext {
  /** The plan year that month-only expressions take ("2018年工作要点"), else the document's year. */
  year: number;
  /** The document's own date (ISO), from which relative periods count. */
  docDate: string | null;
  /** True for a table's deadline column, where a bare month or year is a deadline. */
  deadlineCell?: boolean;
}

interface Recogniser {
  name: string;
  /** Text without any of these cannot match: a cheap test that spares most regex scans. */
  needs: string[];
  pattern: RegExp;
  build(m: RegExpExecArray, ctx: RecogniseContext, text: string, marks: TextMarks): TimeValue | null;
}

const TARGET_PREFIX = '(?:力争到|力争在|力争于|力争|争取到|争取|到|至|截至)';
const AT_PREFIX = '(?:于|在)';
const BEFORE = '(?:前|之前|以前)';

const once = (due: string, target = false): TimeValue => ({ kind: 'once', due, target });
const isTarget = (prefix: string | undefined) => !!prefix && !/^(?:于|在)$/.test(prefix);

/** 上旬 / 中旬 / 下旬 of a month: the 10th, the 20th, the last day. */
function decadeEnd(year: number, month: number, decade: string): string {
  if (decade === '上') return isoDate(year, month, 10);
  if (decade === '中') return isoDate(year, month, 20);
  return lastDayOfMonth(year, month);
}

/** 年初 / 年中 / 年底, 上半年 / 下半年, 一季度 … 四季度 of a year. */
function periodEnd(year: number, period: string): string | null {
  if (period === '年初') return isoDate(year, 1, 31);
  if (period === '年中' || period === '上半年') return isoDate(year, 6, 30);
  if (/^(?:年底|年末|下半年|全年|年内)$/.test(period)) return isoDate(year, 12, 31);
  const q = /^第?([1-4])季度/.exec(period);
  return q ? lastDayOfMonth(year, Number(q[1]) * 3) : null;
}

/** The month a yearly rule falls in for 年初 / 年中 / 年底 / a quarter (its last month). */
function periodMonth(period: string): number | null {
  if (period === '年初') return 1;
  if (period === '年中' || period === '上半年') return 6;
  if (/^(?:年底|年末|下半年)$/.test(period)) return 12;
  const q = /^第?([1-4])季度/.exec(period);
  return q ? Number(q[1]) * 3 : null;
}

function relativeYear(word: string, ctx: RecogniseContext): number {
  if (word === '明年' || word === '次年') return ctx.year + 1;
  return ctx.year;
}

const WEEKDAY: Record<string, string> = { 一: 'MO', 二: 'TU', 三: 'WE', 四: 'TH', 五: 'FR', 六: 'SA', 日: 'SU', 天: 'SU', '1': 'MO', '2': 'TU', '3': 'WE', '4': 'TH', '5': 'FR', '6': 'SA', '7': 'SU' };

const yearly = (month: number, day: number | string): TimeValue => ({
  kind: 'recurring',
  rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`,
  target: false,
});

/** The last year of a five-year plan: 十一五 → 2010, 十二五 → 2015, 十三五 → 2020 … */
export function fiveYearPlanEnd(ordinal: number): number {
  return 1955 + 5 * ordinal;
}

const PLAN_ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };

/**
 * The recognisers, each for one family of expressions. Several may match overlapping text; the
 * resolver keeps the longest, so "2018年6月底前" wins over its "6月底前".
 */
export const RECOGNISERS: Recogniser[] = [
  {
    // A window in which a policy applies ("2019年1月1日至12月31日"): not a deadline.
    name: 'day-window',
    needs: ['日'],
    pattern: /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|—|~|-)(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g,
    build: () => ({ kind: 'none' }),
  },
  {
    // A reference date for a count ("以2019年3月末为清查时点"), or a starting point ("自2018年4月1日起").
    name: 'reference-date',
    needs: ['以', '自', '从'],
    pattern: /(?:以|自|从)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|末)?(?:为|起|开始)/g,
    build: (m) => (/\d/.test(m[0]) ? { kind: 'none' } : null),
  },
  {
    name: 'full-date',
    needs: ['日', '号'],
    pattern: new RegExp(`(${TARGET_PREFIX}|${AT_PREFIX})?(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号](${BEFORE}|止|为止)?`, 'g'),
    build: (m, ctx, text) => {
      const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
      if (!isValidDay(y, mo, d)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!m[5] && !m[1] && !ctx.deadlineCell) return null;
      if (!m[5] && /^(?:起|以来|开始|至|到)/.test(after)) return null;
      return once(isoDate(y, mo, d), isTarget(m[1]));
    },
  },
  {
    name: 'month-end',
    needs: ['月'],
    pattern: new RegExp(`(${TARGET_PREFIX}|${AT_PREFIX})?(?:(?<!\\d)(\\d{4})年|(今年|明年|当年))(\\d{1,2})月份?(底|末|上旬|中旬|下旬)?(${BEFORE})?`, 'g'),
    build: (m, ctx, text) => {
      const [prefix, year, yearWord, month, part, before] = m.slice(1);
      const y = year ? Number(year) : relativeYear(yearWord, ctx);
      const mo = Number(month);
      if (mo < 1 || mo > 12) return null;
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
      if (/\d/.test(next) && !part) return null; // part of a full date
      if (!part && !before && !prefix && !ctx.deadlineCell) return null;
      const due = part && part.endsWith('旬') ? decadeEnd(y, mo, part[0]) : lastDayOfMonth(y, mo);
      return once(due, isTarget(prefix));
    },
  },
  {
    name: 'month-range',
    needs: ['月'],
    // A stage "(2015年1月—2015年3月)" or "3月至6月": due at the end of the closing month.
    pattern: /(?<![\d.])(?:(\d{4})年)?(\d{1,2})(?:月(?:份)?)?(?:至|到|—|~|-)(?:(\d{4})年)?(\d{1,2})月(?:份)?(底|末)?(?![\d日])/g,
    build: (m, ctx) => {
      const year = Number(m[3] ?? m[1] ?? ctx.year);
      const month = Number(m[4]);
      if (month < 1 || month > 12 || Number(m[2]) > 12) return null;
      return once(lastDayOfMonth(year, month));
    },
  },
  {
    name: 'year-end',
    needs: ['底', '末'],
    pattern: new RegExp(`(${TARGET_PREFIX}|${AT_PREFIX})?(?<!\\d)(\\d{4})年(?:年)?(底|末|年底|年末)(${BEFORE})?`, 'g'),
    build: (m) => once(isoDate(Number(m[2]), 12, 31), isTarget(m[1])),
  },
  {
    name: 'year-period',
    needs: ['半年', '年初', '年中', '季度'],
    pattern: new RegExp(
      `(${TARGET_PREFIX}|${AT_PREFIX})?(?:(?<!\\d)(\\d{4})年|(今年|明年|当年|本年度|本年))?(上半年|下半年|年初|年中|第?[1-4]季度)(末|底)?(${BEFORE})?`,
      'g',
    ),
    build: (m, ctx, text) => {
      // 上一季度, 本季度, 每季度: a period counted from some other time, not a date of the plan year.
      if (!m[2] && !m[3] && /[上下本每该这次]/.test(text[m.index + (m[1]?.length ?? 0) - 1] ?? '')) return null;
      const year = m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], ctx) : ctx.year;
      const due = periodEnd(year, m[4]);
      return due ? once(due, isTarget(m[1])) : null;
    },
  },
  {
    name: 'year-end-context',
    needs: ['年底', '年末'],
    // 年底前 / 今年底 with the year from context; "2018年底" is year-end's.
    pattern: new RegExp(`(${TARGET_PREFIX}|${AT_PREFIX})?(今年|明年|当年|本年度|本年)?(?<![\\d年每])(年底|年末)(${BEFORE})?`, 'g'),
    build: (m, ctx) => {
      if (!m[2] && !m[4] && !m[1]) return null;
      const year = m[2] ? relativeYear(m[2], ctx) : ctx.year;
      return once(isoDate(year, 12, 31), isTarget(m[1]));
    },
  },
  {
    name: 'numeric-date',
    // "2018.6.30前", "2018/12", "2018-06" as tables from web pages write them.
    needs: ['.', '/', '-'],
    pattern: new RegExp(`(?<![\\d.])((?:19|20)\\d{2})[./-](\\d{1,2})(?:[./-](\\d{1,2}))?(?![\\d.])(底|末)?(${BEFORE})?`, 'g'),
    build: (m, ctx) => {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      if (!m[5] && !m[4] && !ctx.deadlineCell) return null;
      if (m[3]) return isValidDay(y, mo, Number(m[3])) ? once(isoDate(y, mo, Number(m[3]))) : null;
      return mo >= 1 && mo <= 12 ? once(lastDayOfMonth(y, mo)) : null;
    },
  },
  {
    name: 'year-within-context',
    // "确保年内完成": by the end of the plan year.
    needs: ['年内'],
    pattern: /(?<![\d年])(今年|本年度?|当年)?年内(?!容)/g,
    build: (m, ctx) => once(isoDate(m[1] ? relativeYear(m[1], ctx) : ctx.year, 12, 31)),
  },
  {
    name: 'year-within',
    needs: ['年内'],
    // "2018年内完成": by the year's end.
    pattern: /(?<![\d—~-])(\d{4})年(?:年)?内(?!容)/g,
    build: (m) => once(isoDate(Number(m[1]), 12, 31)),
  },
  {
    name: 'target-year',
    needs: ['年'],
    pattern: new RegExp(`(${TARGET_PREFIX})?(?<![\\d—~-])(\\d{4})年(${BEFORE})?(?![\\d月底末度年初中终内—~-]|后)`, 'g'),
    build: (m) => {
      if (!m[1] && !m[3]) return null;
      if (m[1] === '至' || m[1] === '截至') return null; // "2015至2017年" is a span; 截至2020年 a count
      return once(isoDate(Number(m[2]), 12, 31), true);
    },
  },
  {
    name: 'year-span',
    needs: ['年'],
    pattern: /(力争|争取)?(?<!\d)(\d{4})(?:年)?(?:—|~|-|至|到)(\d{4})年(?![\d月底末])/g,
    build: (m) => (Number(m[3]) > Number(m[2]) ? once(isoDate(Number(m[3]), 12, 31), true) : null),
  },
  {
    name: 'five-year-plan',
    needs: ['五'],
    pattern: /[“"]?十([一二三四五六七八九])五[”"]?(期间|时期|末)?/g,
    build: (m, _ctx, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!m[2] && !/(?:确保|完成|实现|达到|全面)[^,。;]*$/.test(before)) return null;
      return once(isoDate(fiveYearPlanEnd(PLAN_ORDINAL[m[1]]), 12, 31), true);
    },
  },
  {
    name: 'month-context',
    needs: ['月'],
    // A month without its year: 6月底前, 3月1日前, 9月上旬, taking the plan year.
    pattern: new RegExp(`(${TARGET_PREFIX}|${AT_PREFIX})?(?<![\\d年月每])(\\d{1,2})月(?:(\\d{1,2})[日号]|份)?(底|末|上旬|中旬|下旬)?(${BEFORE})?`, 'g'),
    build: (m, ctx, text) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/(?:次年|每年|每月)$/.test(before)) return null;
      if (!m[4] && !m[5] && !(m[1] && isTarget(m[1])) && !ctx.deadlineCell) return null;
      if (m[3]) {
        const d = Number(m[3]);
        return isValidDay(ctx.year, mo, d) && (m[5] || ctx.deadlineCell) ? once(isoDate(ctx.year, mo, d), isTarget(m[1])) : null;
      }
      const due = m[4] && m[4].endsWith('旬') ? decadeEnd(ctx.year, mo, m[4][0]) : lastDayOfMonth(ctx.year, mo);
      return once(due, isTarget(m[1]));
    },
  },
  {
    name: 'yearly-date',
    needs: ['每年', '次年'],
    pattern: new RegExp(`(每年|次年|每年度)(?:的)?(\\d{1,2})月(?:(\\d{1,2})[日号]|份)?(底|末|上旬|中旬|下旬)?(${BEFORE})?`, 'g'),
    build: (m) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      if (m[3]) return yearly(mo, Number(m[3]));
      if (m[4] === '上旬') return yearly(mo, 10);
      if (m[4] === '中旬') return yearly(mo, 20);
      return yearly(mo, -1);
    },
  },
  {
    name: 'yearly-period',
    needs: ['每年', '次年'],
    pattern: new RegExp(`(每年|次年|每年度)(?:的)?(年初|年中|年底|年末|上半年|下半年|第?[1-4]季度|初|底|末)(末|底)?(${BEFORE})?`, 'g'),
    build: (m) => {
      const month = periodMonth(m[2].length === 1 ? `年${m[2]}` : m[2]);
      return month ? yearly(month, -1) : null;
    },
  },
  {
    name: 'after-each-period',
    // "每季度结束后15日内": the Nth day of the month after each period ends.
    needs: ['后'],
    pattern: /每(季度|个季度|月|年|半年)(?:度)?(?:结束|终了|末)?后(\d{1,2})(?:个)?(?:工作日|日|天)(?:内|以内)/g,
    build: (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 28) return null;
      const rule: Record<string, string> = {
        季度: `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`,
        个季度: `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`,
        月: `FREQ=MONTHLY;BYMONTHDAY=${day}`,
        年: `FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=${day}`,
        半年: `FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=${day}`,
      };
      return { kind: 'recurring', rrule: rule[m[1]], target: false };
    },
  },
  {
    name: 'quarterly',
    needs: ['季'],
    pattern: /(?:每季度|每个季度|按季度|逐季)(?:末|底)?/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', target: false }),
  },
  {
    name: 'half-yearly',
    needs: ['每半年'],
    pattern: /每半年/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1', target: false }),
  },
  {
    name: 'half-monthly',
    needs: ['每半'],
    pattern: /每半个?月/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,-1', target: false }),
  },
  {
    name: 'monthly',
    needs: ['每月'],
    pattern: new RegExp(`每月(?:的)?(?:(\\d{1,2})[日号](${BEFORE})?|(底|末))?`, 'g'),
    build: (m) => ({ kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${m[1] ? Number(m[1]) : -1}`, target: false }),
  },
  {
    name: 'weekly',
    needs: ['每周'],
    pattern: /每周(?:星期|周)?([一二三四五六日天1-7])?/g,
    build: (m) => ({ kind: 'recurring', rrule: `FREQ=WEEKLY;BYDAY=${m[1] ? WEEKDAY[m[1]] : 'FR'}`, target: false }),
  },
  {
    name: 'daily',
    needs: ['每天', '每日'],
    pattern: /每天|每日(?!\d)/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=DAILY', target: false }),
  },
  {
    name: 'every-n-years',
    needs: ['每'],
    pattern: /每(\d{1,2})年/g,
    build: (m) => (Number(m[1]) >= 2 ? { kind: 'recurring', rrule: `FREQ=YEARLY;INTERVAL=${Number(m[1])};BYMONTH=12;BYMONTHDAY=-1`, target: false } : null),
  },
  {
    name: 'yearly',
    needs: ['每年'],
    // A yearly duty with no day (每年至少召开一次): checked at the year's end.
    pattern: /每年(?!\d|年初|年中|年底|年末|上半年|下半年|第?[1-4]季度|初|底|末)/g,
    build: (m, _ctx, text) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/每[人户亩家]$|^人$/.test(before) || /[人户亩]$/.test(before)) return null;
      return yearly(12, -1);
    },
  },
  {
    name: 'from-document',
    needs: ['之日起', '之日后', '起', '后'],
    pattern: /(印发|发布|下发|公布|出台|施行|实施|发文)(?:之日)?(?:起|后)(\d{1,4})(个)?(工作日|日|天|月|年)(?:内|以内)/g,
    build: (m, ctx) => relativeFrom(ctx, Number(m[2]), m[4]),
  },
  {
    name: 'within-period',
    needs: ['内', '前', '时间'],
    // "力争3年内", "收到申请材料起3个工作日内", "会议举行10日前": from an event when one anchors the
    // period, else from the document's date when the text speaks of the document or sets a goal.
    pattern: /(力争|争取)?(?:用|利用)?(?<![\d.])(\d{1,4})(个)?(工作日|日|天|月|年|周)(内|以内|前|左右时间|时间)/g,
    build: (m, ctx, text, marks) => {
      const n = Number(m[2]);
      const unit = m[4];
      // The sentence so far, text[sentenceStart, m.index), is read only near its end and its clause breaks.
      const sentenceStart = marks.lastBefore('。;!?', m.index) + 1;
      const sentenceBefore = text.slice(sentenceStart, m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^[未的]/.test(after) || /[近前]$/.test(sentenceBefore.slice(-1))) return null; // 离校2年内未就业: a description
      const workdays = unit === '工作日';
      if (m[5] === '前') {
        if (unit === '年' || unit === '月') return null;
        const anchor = ANCHOR_BEFORE.exec(lastClauses(marks, sentenceStart, m.index, 1))?.[1];
        return anchor ? { kind: 'sla', days: n, workdays, before: anchor, target: false } : null;
      }
      const event = EVENT_AFTER.exec(lastClauses(marks, sentenceStart, m.index, 2));
      if (event && !/(?:印发|发布|下发|公布|出台|施行|实施)(?:之日)?$/.test(event[1])) {
        if (unit === '年' || unit === '月' || unit === '周') return null;
        return { kind: 'sla', days: n, workdays, after: event[1], target: false };
      }
      const goal = !!m[1] || marks.holds(GOAL, Math.max(sentenceStart, marks.lastBefore(',', m.index) + 1), m.index);
      const aboutDocument = marks.holds(ABOUT_DOCUMENT, sentenceStart, m.index);
      const duty = /(?:要|应当|应|须|必须)(?:在|于)?$/.test(sentenceBefore.slice(-3));
      if (!goal && !aboutDocument && !duty) return null;
      const value = relativeFrom(ctx, n, unit);
      if (value && value.kind === 'relative' && goal) value.target = true;
      return value;
    },
  },
  {
    name: 'ongoing',
    needs: ['全年', '长期', '持续', '常'],
    pattern: /全年工作|长期坚持|全年推进|长期推进|持续推进|^(?:长期|持续|常年|常态化|全年)$/g,
    build: (m, ctx) =>
      m[0] === '全年工作' || m[0] === '长期坚持' || ctx.deadlineCell
        ? { kind: 'ongoing', due: isoDate(ctx.year, 12, 31), target: false }
        : null,
  },
  {
    name: 'deadline-cell-year',
    needs: ['年'],
    // In a deadline column a bare year or 全年 / 年内 is the year's end.
    pattern: /(?<!\d)(?:(\d{4})年)?(全年|年内|年度)?$/g,
    build: (m, ctx) => {
      if (!ctx.deadlineCell || (!m[1] && !m[2])) return null;
      const year = m[1] ? Number(m[1]) : ctx.year;
      return m[2] === '全年' ? { kind: 'ongoing', due: isoDate(year, 12, 31), target: false } : once(isoDate(year, 12, 31));
    },
  },
];

/** "提交申请材料5个工作日前": the event a period counts back from, in the last clause before it. */
const ANCHOR_BEFORE = /(?:^|[,:])(?:[^,:]*?(?:在|于|应当|应|须|要))?([^,:]{2,40})$/;
/** "收到申请材料之日起,应当在": the event a period counts from, in the last clause or two. */
const EVENT_AFTER = /(?:^|[,:])(?:[^,:]*?(?:自|从|在|于))?([^,:]{2,60}?)(?:之日)?(?:起|后|以后|之后)(?:[,]?(?:应当|应|须|要|必须)?(?:分别)?(?:在|于)?)$/;
const GOAL = /力争|争取|确保/g;
const ABOUT_DOCUMENT = /本(?:通知|意见|实施意见|方案|办法|决定|规定)|印发|下发/g;
/** More than any match of ANCHOR_BEFORE or EVENT_AFTER spans within one clause. */
const CLAUSE_WINDOW = 80;

/**
 * The text that ANCHOR_BEFORE or EVENT_AFTER, anchored at the end and spanning at most `clauses`
 * of the `,` / `:` breaks, can match in text[sentenceStart, end): those clauses, each cut to its
 * last CLAUSE_WINDOW characters behind a break that stands for its start. Their matches there are
 * their matches in the whole sentence so far.
 */
function lastClauses(marks: TextMarks, sentenceStart: number, end: number, clauses: number): string {
  const text = marks.text;
  let out = '';
  let to = end;
  for (let k = 0; k < clauses; k++) {
    const brk = marks.lastBefore(',:', to);
    const from = Math.max(brk + 1, sentenceStart);
    const clause = to - from > CLAUSE_WINDOW ? text.slice(to - CLAUSE_WINDOW, to) : text.slice(from, to);
    const opened = brk >= sentenceStart || to - from > CLAUSE_WINDOW;
    out = (opened ? (brk >= sentenceStart && to - from <= CLAUSE_WINDOW ? text[brk] : ',') : '') + clause + out;
    if (brk < sentenceStart) break;
    to = brk;
  }
  return out;
}

function relativeFrom(ctx: RecogniseContext, n: number, unit: string): TimeValue | null {
  if (!ctx.docDate || n <= 0) return null;
  if (unit === '工作日') {
    const r = addWorkdays(ctx.docDate, n);
    return { kind: 'relative', due: r.due, target: false, beyondCalendar: r.beyondCalendar };
  }
  if (unit === '日' || unit === '天') return { kind: 'relative', due: addDays(ctx.docDate, n), target: false };
  if (unit === '周') return { kind: 'relative', due: addDays(ctx.docDate, 7 * n), target: false };
  if (unit === '月') return { kind: 'relative', due: addMonths(ctx.docDate, n), target: false };
  if (unit === '年') return { kind: 'relative', due: addYears(ctx.docDate, n), target: false };
  return null;
}

/** Finds every time expression in normalised text; overlapping matches yield to the longest. */
export function recognise(text: string, ctx: RecogniseContext): TimeMatch[] {
  const found: TimeMatch[] = [];
  const marks = new TextMarks(text);
  for (const r of RECOGNISERS) {
    if (!r.needs.some((n) => text.includes(n))) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      if (m[0].length === 0) {
        r.pattern.lastIndex++;
        continue;
      }
      const value = r.build(m, ctx, text, marks);
      if (value) found.push({ start: m.index, end: m.index + m[0].length, value, recogniser: r.name });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeMatch[] = [];
  // Characters already covered by a kept match: a later, shorter match overlapping one is dropped.
  const taken = new Uint8Array(text.length);
  for (const f of found) {
    if (taken.subarray(f.start, f.end).includes(1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return datedYearlyDuties(text, kept.filter((k) => k.value.kind !== 'none').sort((a, b) => a.start - b.start));
}

/**
 * "每年报告1次,一般当年一季度完成": a yearly duty whose day is given later in the sentence is one
 * yearly rule on that day, not a yearly rule plus a one-off date.
 */
function datedYearlyDuties(text: string, matches: TimeMatch[]): TimeMatch[] {
  const dropped = new Set<TimeMatch>();
  for (const m of matches) {
    if (m.recogniser !== 'year-period' || !text.startsWith('当年', m.start)) continue;
    const duty = matches.find((y) => y.recogniser === 'yearly' && y.end <= m.start && !/[。!?]/.test(text.slice(y.end, m.start)));
    const month = periodMonth(text.slice(m.start + 2, m.end).replace(/(?:末|底|前|之前|以前)+$/, ''));
    if (!duty || !month) continue;
    m.value = yearly(month, -1);
    dropped.add(duty);
  }
  return matches.filter((m) => !dropped.has(m));
}
