import { Composer, InlineKeyboard } from 'grammy';
import * as z from 'zod';
import { reachedUnits } from '../ledger/completion.ts';
import { loadDoneQuestion, obligationIdsWithPrefix, saveDoneQuestion } from '../store/bot.ts';
import { doneReports, EVERY_UNIT, reportDone } from '../store/done.ts';
import { getObligation } from '../store/obligations.ts';
import type { StoredObligation } from '../store/rows.ts';
import { shanghaiDate } from '../clock.ts';
import type { UnitDirectory } from '../units/directory.ts';
import { lookUpUnit } from '../units/lookup.ts';
import { ALL_UNITS, reporterText, unitsText } from '../units/wording.ts';
import type { BotContext } from './context.ts';
import { currentOccurrence, previousOccurrence, refOf } from './ledger.ts';
import { escapeHtml } from './render.ts';
import { scopeOf } from './lists.ts';

const USAGE = '请写明编号,例如:/done 3f9a2c71 已报送(编号见 /upcoming 等列表中每项的第一行)';

/** "/done 编号 [单位] [说明]": 编号 as the lists show it (8 hex digits; "-YYYYMMDD" names one occurrence of a recurring duty). */
const DONE = /^(?<prefix>[0-9a-fA-F]{6,16})(?:-(?<y>\d{4})(?<m>\d{2})(?<d>\d{2}))?(?:\s+(?<rest>[\s\S]*))?$/u;
const DoneArgs = z
  .string()
  .trim()
  .min(1, USAGE)
  .refine((s) => DONE.test(s), { error: (issue) => notACode(String(issue.input)) })
  .transform((s) => {
    const g = DONE.exec(s)!.groups!;
    return { prefix: g.prefix.toLowerCase(), occurrence: g.y ? `${g.y}-${g.m}-${g.d}` : undefined, rest: g.rest?.trim() ?? '' };
  });

/** A note as kept: trimmed, at most 500 characters, null when empty. */
const noteOf = (text: string) => (text.trim() ? text.trim().slice(0, 500) : null);

/** What a person is told when the first word after /done is not an 编号. */
function notACode(args: string): string {
  const given = args.trim().split(/\s+/u)[0];
  return `“${given.slice(0, 40)}”不是有效的编号:编号是列表和提醒中每项的 8 位代码(0-9、a-f),例如:/done 3f9a2c71 已报送`;
}

/** Who marked it, as the done log keeps it: the person's name and handle, and the chat. */
function whoIs(ctx: BotContext): string {
  const from = ctx.from;
  const name = [from?.first_name, from?.last_name].filter(Boolean).join(' ') || '未知';
  return `${name}${from?.username ? ` @${from.username}` : ''} (telegram ${ctx.viewer.chatId})`;
}

/**
 * The unit the words after the 编号 begin with, when they do: a name the dictionary or the ledger
 * knows (or 全部单位), and the note after it. A first word that is no unit is the start of the note.
 */
function unitNamed(ctx: BotContext, rest: string): { unit: string | null; note: string | null } {
  const [first = '', ...after] = rest.split(/\s+/u);
  if (first === ALL_UNITS) return { unit: EVERY_UNIT, note: noteOf(after.join(' ')) };
  const lookup = first ? lookUpUnit(ctx.deps.db, ctx.deps.units, first) : null;
  if (lookup?.known) return { unit: lookup.canonical, note: noteOf(after.join(' ')) };
  return { unit: null, note: noteOf(rest) };
}

/** The obligation's units as a person reads them; a text that names none says so. */
const unitsLine = (o: StoredObligation) => unitsText(o) || '未写明单位';

/**
 * The single units an admin may mark an obligation done for, in the order it names them (leads
 * first): each unit named, and the listed members of each group named. A group known only by a
 * pattern (省级单位: every provincial unit) cannot be listed: its members are typed by name.
 */
function unitsToOffer(o: StoredObligation, directory: UnitDirectory): { units: string[]; unlisted: string[] } {
  const units = new Set<string>();
  const unlisted: string[] = [];
  for (const name of [...o.lead, ...o.co]) {
    if (!directory.isGroup(name)) units.add(directory.canonical(name));
    else {
      const members = directory.membersOf(name);
      for (const m of members) units.add(m);
      if (directory.hasPattern(name)) unlisted.push(name);
    }
  }
  return { units: [...units], unlisted };
}

/** Buttons are at most this many: past it the admin types the unit. */
const UNITS_OFFERED = 24;

/** Callback data of a unit button: "dn:<question id>:<index of the unit offered, or a for 全部单位>". */
const DoneCallback = z
  .string()
  .regex(/^dn:\d+:(?:\d+|a)$/u)
  .transform((s) => {
    const [, id, which] = s.split(':');
    return { id: Number(id), which: which === 'a' ? ('all' as const) : Number(which) };
  });

/**
 * Why a /done naming no date must not close the occurrence it resolves to: that occurrence is not
 * yet due, and someone else reported the one before it for these units. Two people of one unit
 * reporting the same period one after the other would otherwise close the next period unawares
 * (the second /done resolves to it once the first has closed the earlier one); asked to name the
 * date instead. Null when it may go ahead.
 */
function nextPeriodUnasked(ctx: BotContext, o: StoredObligation, occurrence: string, units: string[]): string | null {
  if (occurrence <= ctx.viewer.today) return null;
  const before = previousOccurrence(o, ctx.viewer.today);
  if (before === null) return null;
  const byOthers = (doneReports(ctx.deps.db, [{ id: o.id, occurrence: before }]).get(`${o.id}|${before}`) ?? []).filter(
    (r) => r.done_by !== whoIs(ctx) && (r.unit === EVERY_UNIT || units.includes(r.unit)),
  );
  if (byOthers.length === 0) return null;
  const [first] = byOthers;
  return (
    `上一期(${before})已由 ${first.done_by} 于 ${shanghaiDate(new Date(first.done_at))} 标记完成,这次没有标记。` +
    `如要标记下一期(${occurrence}),请发送 /done ${refOf(o.id, o.kind, occurrence)}`
  );
}

/** Records the report and says what was closed, for whom. */
function reported(ctx: BotContext, o: StoredObligation, occurrence: string, units: string[], note: string | null): string {
  const { added } = reportDone(ctx.deps.db, { obligationId: o.id, occurrence, units, by: whoIs(ctx), at: ctx.deps.clock.now(), note });
  ctx.deps.logger.info({ obligation: o.id, occurrence, units, chat: ctx.viewer.chatId, already: added.length === 0 }, 'Telegram:已标记完成');
  const what = `<b>${occurrence}</b> ${escapeHtml(o.task)}`;
  if (added.length === 0) return `这一期早已标记完成(${units.map((u) => escapeHtml(reporterText(u))).join('、')}):${what}`;
  const who = added.includes(EVERY_UNIT) ? ALL_UNITS : added.map(escapeHtml).join('、');
  return `✅ 已标记完成(${who}),不再提醒:${what}${note ? `\n说明:${escapeHtml(note)}` : ''}`;
}

export function done(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('done', async (ctx) => {
    const args = DoneArgs.safeParse(ctx.match);
    if (!args.success) return ctx.reply(args.error.issues[0].message);
    const { prefix, occurrence: named } = args.data;
    const ids = obligationIdsWithPrefix(ctx.deps.db, prefix);
    if (ids.length === 0) return ctx.reply(`没有编号为 ${prefix} 的事项。`);
    if (ids.length > 1) return ctx.reply(`编号 ${prefix} 对应多个事项,请多写几位。`);
    const o = getObligation(ctx.deps.db, ids[0])!;
    const { unit, note } = unitNamed(ctx, args.data.rest);
    const viewerUnits = scopeOf(ctx.viewer);
    const units = ctx.deps.units;

    // Completion is per unit: a chat reports for those of its units the duty reaches, or for the
    // one of them it names. An admin who answers for no unit says which unit (or 全部单位), or is asked.
    const reached = viewerUnits === null ? [] : reachedUnits(o, viewerUnits, units).map((r) => r.unit);
    if (viewerUnits !== null && reached.length === 0) return ctx.reply('这个事项不属于本会话关注的单位,不能在这里标记完成。');
    if (o.kind === 'sla') return ctx.reply('这个事项从某一事件起算,没有固定日期,无需标记。');
    if (unit !== null && unit !== EVERY_UNIT && units.isGroup(unit)) {
      const members = units.membersOf(unit);
      const example = members.length > 0 ? `,例如:/done ${prefix} ${members[0]}` : '';
      return ctx.reply(`“${unit}”是单位统称,各单位分别报完成:请写明其中哪个单位${example}`);
    }
    if (unit === EVERY_UNIT && viewerUnits !== null) return ctx.reply(`只有不代表具体单位的管理员可以为${ALL_UNITS}标记完成;请写明本会话的单位,或不写单位。`);
    if (unit !== null && unit !== EVERY_UNIT && (viewerUnits === null ? reachedUnits(o, [unit], units).length === 0 : !reached.includes(unit))) {
      const whose = viewerUnits === null ? `这个事项不涉及${unit}(${unitsLine(o)})` : `本会话不代表${unit}(本会话的单位:${reached.join('、')})`;
      return ctx.reply(`${whose},没有标记。`);
    }
    const reader = unit !== null && unit !== EVERY_UNIT ? [unit] : viewerUnits;
    const occurrence = o.kind === 'recurring' ? (named ?? currentOccurrence(ctx.deps, o, ctx.viewer.today, reader)) : o.due;
    if (occurrence === null || occurrence === undefined) return ctx.reply('找不到这个事项要标记的那一期,请在编号后写明日期,例如 -20180630。');
    if (o.kind !== 'recurring' && named !== undefined && named !== o.due) return ctx.reply(`这个事项只有一期:${o.due}。`);

    const reporting = unit !== null ? [unit] : viewerUnits !== null ? reached : null;
    if (reporting !== null) {
      const unasked = o.kind === 'recurring' && named === undefined ? nextPeriodUnasked(ctx, o, occurrence, reporting) : null;
      if (unasked !== null) return ctx.reply(unasked);
      return ctx.reply(reported(ctx, o, occurrence, reporting, note), { parse_mode: 'HTML' });
    }

    const offer = unitsToOffer(o, units);
    if (offer.units.length === 1 && offer.unlisted.length === 0) return ctx.reply(reported(ctx, o, occurrence, offer.units, note), { parse_mode: 'HTML' });
    const shown = offer.units.slice(0, UNITS_OFFERED);
    const id = saveDoneQuestion(ctx.deps.db, { chatId: ctx.viewer.chatId, obligationId: o.id, occurrence, note, units: shown }, ctx.deps.clock.now());
    const keyboard = new InlineKeyboard();
    shown.forEach((u, i) => {
      keyboard.text(u, `dn:${id}:${i}`);
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row().text(`${ALL_UNITS}(整项办结)`, `dn:${id}:a`);
    const unlisted = offer.unlisted.length > 0 ? `\n“${offer.unlisted.map(escapeHtml).join('、')}”中的单位请直接写明名称。` : '';
    return ctx.reply(
      `为哪个单位标记完成?<b>${occurrence}</b> ${escapeHtml(o.task)}\n${escapeHtml(unitsLine(o))}${unlisted}\n\n` +
        `点选单位,或发送 <code>/done ${escapeHtml(prefix)} 单位名称 [说明]</code>。`,
      { parse_mode: 'HTML', reply_markup: keyboard },
    );
  });

  composer.callbackQuery(/^dn:/u, async (ctx) => {
    const button = DoneCallback.safeParse(ctx.callbackQuery.data);
    const question = button.success ? loadDoneQuestion(ctx.deps.db, button.data.id, ctx.viewer.chatId) : null;
    const unit = button.success && question !== null ? (button.data.which === 'all' ? EVERY_UNIT : question.units[button.data.which]) : undefined;
    const o = question === null ? null : getObligation(ctx.deps.db, question.obligationId);
    if (unit === undefined || o === null || question === null || scopeOf(ctx.viewer) !== null) {
      return ctx.answerCallbackQuery({ text: '这个选择已过期,请重新发送 /done 编号 单位名称。' });
    }
    await ctx.editMessageText(reported(ctx, o, question.occurrence, [unit], question.note), { parse_mode: 'HTML' });
    return ctx.answerCallbackQuery();
  });
  return composer;
}
