/**
 * How the bot writes answers: HTML parse mode (the only one where escaping text from documents is
 * three characters, & < >, whatever the document contains), one short block per item, and pages
 * that hold whole items and stay under Telegram's message limit.
 */

import { daysBetween } from '../calendar/dates.ts';
import { ownPartText, reporterText, unitsText } from '../units/wording.ts';

/** Telegram refuses a message whose text is longer than this (UTF-16 code units after parsing). */
export const MESSAGE_LIMIT = 4096;

/** Items per page even when more would fit: a phone screen, scannable. */
export const ITEMS_PER_PAGE = 8;

/**
 * A task longer than this is shown shortened with "…": the gazette's longest paragraphs would
 * otherwise make one item fill a screen. The item stays whole (date, 编号, units, 文号).
 */
export const TASK_SHOWN = 600;
/** Likewise a list of units (a notice addressed to every bureau of a province), and a 文号. */
export const UNITS_SHOWN = 300;
export const DOC_NUMBER_SHOWN = 100;

/** One occurrence as the bot shows it. */
export interface AnswerItem {
  /** What people type after /done. */
  ref: string;
  /** The occurrence's due date; null for a period counted from an event (sla). */
  due: string | null;
  /** For an sla obligation: the period in words ("收到申请材料起3个工作日内"). */
  expression: string;
  task: string;
  lead: string[];
  co: string[];
  docNumber: string;
  /** Where the duty stands in its file ("公报.pdf 第3页 第41行"). */
  place: string;
  /** How the reader's units are concerned; null when the list is not one unit's (an admin's, everything). */
  role: 'lead' | 'co' | null;
  /** Done for the reader: their units reported it, or (for a co-operating unit) the lead did. */
  closed: boolean;
  /** Every unit that has reported this occurrence done, first first. */
  done: Array<{ unit: string; by: string; at: string; note: string | null }>;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function whenLine(item: AnswerItem, today: string): string {
  if (item.due === null) return `<b>${escapeHtml(item.expression)}</b>`;
  const left = daysBetween(today, item.due);
  const first = item.done[0];
  const status = item.closed
    ? `✅ 已完成(${escapeHtml(first?.by ?? '')} ${first?.at.slice(0, 10) ?? ''})`
    : left > 0
      ? `还有 ${left} 天`
      : left === 0
        ? '⚠️ 今天到期'
        : `❗ 已逾期 ${-left} 天`;
  return `<b>${item.due}</b> · ${status}`;
}

export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * One item: when and how long left, the 编号; the task; the reader's own part (本单位牵头 / 本单位配合),
 * the lead unit, the 文号 and where the duty stands in its file; which units have reported it done, and what they said.
 */
export function renderItem(item: AnswerItem, today: string): string {
  const source = [ownPartText(item.role), shorten(unitsText(item), UNITS_SHOWN), shorten(item.docNumber, DOC_NUMBER_SHOWN), `出处:${item.place}`].filter(Boolean).map(escapeHtml).join(' · ');
  const lines = [`${whenLine(item, today)} · <code>${escapeHtml(item.ref)}</code>`, escapeHtml(shorten(item.task, TASK_SHOWN))];
  if (source) lines.push(source);
  if (item.done.length > 0) lines.push(escapeHtml(shorten(`已报完成:${item.done.map((d) => `${reporterText(d.unit)}(${d.at.slice(0, 10)})`).join('、')}`, UNITS_SHOWN)));
  const notes = item.done.flatMap((d) => (d.note ? [d.note] : []));
  if (notes.length > 0) lines.push(`说明:${escapeHtml(shorten(notes.join(';'), TASK_SHOWN))}`);
  return lines.join('\n');
}

/** Items [start, end) of a list, as one message. */
export interface Page {
  text: string;
  start: number;
  end: number;
  total: number;
}

const SEPARATOR = '\n\n';

function footer(start: number, end: number, total: number): string {
  return total > end - start ? `\n\n<i>第 ${start + 1}–${end} 条,共 ${total} 条</i>` : '';
}

/** The widest footer a list of `total` items can have, so a page measured without it still fits. */
function footerReserve(total: number): number {
  return footer(total - 1, total, total + 1).length;
}

/**
 * A list as paging sees it: how many items, and the rendered block of item i. Blocks are asked for
 * only around the page being built, so a list of thousands costs a page's worth of rendering.
 */
export interface Blocks {
  total: number;
  at(i: number): string;
}

/**
 * The page that begins at item `start`: as many whole items as fit under the limit (and at most
 * ITEMS_PER_PAGE), never fewer than one.
 */
export function pageFrom(header: string, blocks: Blocks, start: number, limit = MESSAGE_LIMIT): Page {
  const budget = limit - header.length - footerReserve(blocks.total);
  const shown: string[] = [];
  let used = 0;
  while (start + shown.length < blocks.total && shown.length < ITEMS_PER_PAGE) {
    const block = blocks.at(start + shown.length);
    const cost = block.length + (shown.length > 0 ? SEPARATOR.length : 0);
    if (shown.length > 0 && used + cost > budget) break;
    used += cost;
    shown.push(block);
  }
  return assemble(header, shown, start, blocks.total);
}

/** The page that ends just before item `end` (for 上一页): whole items, packed backwards. */
export function pageBefore(header: string, blocks: Blocks, end: number, limit = MESSAGE_LIMIT): Page {
  const budget = limit - header.length - footerReserve(blocks.total);
  const shown: string[] = [];
  let used = 0;
  while (end - shown.length > 0 && shown.length < ITEMS_PER_PAGE) {
    const block = blocks.at(end - shown.length - 1);
    const cost = block.length + (shown.length > 0 ? SEPARATOR.length : 0);
    if (shown.length > 0 && used + cost > budget) break;
    used += cost;
    shown.unshift(block);
  }
  const start = end - shown.length;
  // Packing backwards can stop short of the top; the first page always starts at item 0, so going
  // back ends where the list began.
  return start === 0 ? pageFrom(header, blocks, 0, limit) : assemble(header, shown, start, blocks.total);
}

function assemble(header: string, shown: string[], start: number, total: number): Page {
  const end = start + shown.length;
  return { text: `${header}${shown.join(SEPARATOR)}${footer(start, end, total)}`, start, end, total };
}
