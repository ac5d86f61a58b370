import { daysBetween, weekday } from '../calendar/dates.ts';
import type { Digest } from './channel.ts';
import { sourcePlace } from '../obligation.ts';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** How far a due date is from the send date, in words. */
export function dueLabel(occurrence: string, sendDate: string): string {
  const d = daysBetween(sendDate, occurrence);
  if (d > 1) return `还有${d}天`;
  if (d === 1) return '明天到期';
  if (d === 0) return '今天到期';
  return `已逾期${-d}天`;
}

export interface DigestView {
  recipient: string;
  slot: string;
  test: boolean;
  count: number;
  overdueCount: number;
  lateCount: number;
  /** The soonest due date not yet past (overdue items lead the digest but are not what comes next); '' when all are overdue. */
  nextDue: string;
  groups: Array<{
    date: string;
    weekday: string;
    label: string;
    overdue: boolean;
    items: Array<{
      id: string;
      task: string;
      expression: string;
      docNumber: string;
      docTitle: string;
      /** Where the duty stands in its file, as a person looks it up ("公报.pdf 第3页 第41行"). */
      place: string;
      role: string;
      unit: string;
      /** For an item the reader co-operates on, who leads it ('' when the reader leads). */
      leadUnits: string;
      recurring: boolean;
      target: boolean;
      late: boolean;
      plannedFor: string;
      /** Other occurrences of the same duty this digest stands for ('' when none), e.g. "2018-06-23、2018-06-24". */
      otherOccurrences: string;
    }>;
  }>;
}

/**
 * A digest as templates see it: items grouped by due date, soonest first (overdue ones lead), each
 * saying which of the recipient's units it concerns and whether it leads or co-operates. Plain data,
 * not escaped: each template escapes for its own medium (the Telegram channel can reuse this).
 */
export function digestView(digest: Digest, recipientName: string): DigestView {
  const groups = new Map<string, DigestView['groups'][number]>();
  for (const item of digest.items) {
    let g = groups.get(item.occurrence);
    if (!g) {
      g = {
        date: item.occurrence,
        weekday: WEEKDAYS[weekday(item.occurrence)],
        label: dueLabel(item.occurrence, digest.sendDate),
        overdue: item.occurrence < digest.sendDate,
        items: [],
      };
      groups.set(item.occurrence, g);
    }
    const o = item.obligation;
    g.items.push({
      id: o.id,
      task: o.task,
      expression: o.expression.trim(),
      docNumber: o.doc.number,
      docTitle: o.doc.title,
      place: sourcePlace(o),
      role: item.role === 'lead' ? '牵头' : '配合',
      unit: item.unit,
      leadUnits: item.role === 'lead' ? '' : o.lead.join('、'),
      recurring: o.kind === 'recurring',
      target: o.target,
      late: item.plannedFor < digest.sendDate,
      plannedFor: item.plannedFor,
      otherOccurrences: item.otherOccurrences.map((d) => (d < digest.sendDate ? `${d}(已逾期)` : d)).join('、'),
    });
  }
  const list = [...groups.values()].sort((a, b) => a.date.localeCompare(b.date));
  const all = list.flatMap((g) => g.items);
  return {
    recipient: recipientName,
    slot: digest.slot,
    test: digest.test === true,
    count: all.length,
    overdueCount: list.filter((g) => g.overdue).reduce((n, g) => n + g.items.length, 0),
    lateCount: all.filter((i) => i.late).length,
    nextDue: list.find((g) => !g.overdue)?.date ?? '',
    groups: list,
  };
}
