/** A yearly day of the Chinese calendar, as the extractor writes a festival's (RFC 7529: 每年春节前). */
export const CHINESE_YEARLY = /^RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=(\d{1,2});BYMONTHDAY=(\d{1,2})$/;

/**
 * A recurring duty's rule as a person reads it: "每月10日", "每年1、4、7、10月15日", "每周五".
 * The rules the extractor writes are few shapes (the spec's recurring conventions); a rule of any
 * other shape is shown as it is written, never approximated.
 */
export function describeRule(rrule: string): string {
  const chinese = CHINESE_YEARLY.exec(rrule);
  if (chinese) return chineseYearly(Number(chinese[1]), Number(chinese[2])) ?? rrule;
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value] = part.split('=');
    if (value === undefined || parts.has(key)) return rrule;
    parts.set(key, value);
  }
  const take = (key: string) => {
    const value = parts.get(key);
    parts.delete(key);
    return value;
  };
  const frequency = take('FREQ');
  const interval = Number(take('INTERVAL') ?? '1');
  const months = take('BYMONTH');
  const monthDays = take('BYMONTHDAY');
  const weekdays = take('BYDAY');
  if (parts.size > 0 || !Number.isInteger(interval) || interval < 1) return rrule;
  const month = months === undefined ? undefined : monthList(months);
  const days = monthDays === undefined ? undefined : dayList(monthDays);
  // A weekday with its ordinal in the month ("1FR") is read by monthlyWeekday alone.
  const weekday = weekdays === undefined || /\d/.test(weekdays) ? undefined : weekdayList(weekdays);
  if (month === null || days === null || weekday === null) return rrule;
  const every = (unit: string) => (interval === 1 ? `每${unit}` : `每${interval}${unit === '月' ? '个月' : unit}`);
  switch (frequency) {
    case 'YEARLY':
      return month !== undefined && days !== undefined && weekday === undefined && interval === 1 ? `每年${month}${days}` : rrule;
    case 'MONTHLY':
      if (days === undefined && month === undefined && interval === 1 && weekdays !== undefined) return monthlyWeekday(weekdays) ?? rrule;
      if (days === undefined || weekday !== undefined) return rrule;
      // With the months named, they are the dates meant, whatever the INTERVAL (plan/occurrences.ts).
      return month !== undefined ? `每年${month}${days}` : `${every('月')}${days === '底' ? '月底' : days}`;
    case 'WEEKLY':
      if (weekday === undefined || month !== undefined || days !== undefined) return rrule;
      return interval === 1 ? `每周${weekday}` : `每${interval}周的周${weekday}`;
    case 'DAILY':
      return month === undefined && days === undefined && weekday === undefined ? every('天') : rrule;
    default:
      return rrule;
  }
}

const WEEKDAY_NAMES: Record<string, string> = { MO: '一', TU: '二', WE: '三', TH: '四', FR: '五', SA: '六', SU: '日' };
const MONTH = /^(?:[1-9]|1[0-2])$/;
const MONTH_DAY = /^(?:-1|[1-9]|[12]\d|3[01])$/;

/** "3,6,9,12" → 3、6、9、12月; null when a value is no month. */
function monthList(value: string): string | null {
  const months = value.split(',');
  return months.every((m) => MONTH.test(m)) ? `${months.join('、')}月` : null;
}

/** "10" → 10日, "-1" → 底, "15,-1" → 15日、月底; null when a value is no day of the month. */
function dayList(value: string): string | null {
  const days = value.split(',');
  if (!days.every((d) => MONTH_DAY.test(d))) return null;
  if (days.length === 1 && days[0] === '-1') return '底';
  return days.map((d) => (d === '-1' ? '月底' : `${d}日`)).join('、');
}

/** "2FR" → 每月第2个周五, "-1FR" → 每月最后一个周五 (the 主题党日 of a month); null for any other BYDAY. */
function monthlyWeekday(value: string): string | null {
  const m = /^(-1|[1-5])([A-Z]{2})$/.exec(value);
  if (!m || !(m[2] in WEEKDAY_NAMES)) return null;
  return `每月${m[1] === '-1' ? '最后一个' : `第${m[1]}个`}周${WEEKDAY_NAMES[m[2]]}`;
}

/** "MO,TH" → 一、四; null when a value is no weekday. */
function weekdayList(value: string): string | null {
  const days = value.split(',');
  return days.every((d) => d in WEEKDAY_NAMES) ? days.map((d) => WEEKDAY_NAMES[d]).join('、') : null;
}

const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A yearly day of the Chinese calendar as the calendar itself names it: 1/1 → 每年农历正月初一, 8/15 → 每年农历八月十五. */
function chineseYearly(month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const dayName = day <= 10 ? `初${DIGITS[day]}` : day < 20 ? `十${DIGITS[day - 10]}` : day === 20 ? '二十' : day < 30 ? `廿${DIGITS[day - 20]}` : '三十';
  return `每年农历${LUNAR_MONTHS[month - 1]}月${dayName}`;
}
