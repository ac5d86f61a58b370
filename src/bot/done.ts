import { Composer } from 'grammy';
import * as z from 'zod';
import { reachedUnits } from '../ledger/completion.ts';
import { obligationIdsWithPrefix } from '../store/bot.ts';
import { EVERY_UNIT, reportDone } from '../store/done.ts';
import { getObligation } from '../store/obligations.ts';
import type { BotContext } from './context.ts';
import { currentOccurrence } from './ledger.ts';
import { escapeHtml } from './render.ts';
import { scopeOf } from './lists.ts';

const USAGE = '请写明编号,例如:/done 3f9a2c71 已报送(编号见 /upcoming 等列表中每项的第一行)';

/** "/done 编号 [说明]": 编号 as the lists show it (8 hex digits; "-YYYYMMDD" names one occurrence of a recurring duty). */
const DONE = /^(?<prefix>[0-9a-fA-F]{6,16})(?:-(?<y>\d{4})(?<m>\d{2})(?<d>\d{2}))?(?:\s+(?<note>[\s\S]*))?$/u;
const DoneArgs = z
  .string()
  .trim()
  .min(1, USAGE)
  .refine((s) => DONE.test(s), { error: (issue) => notACode(String(issue.input)) })
  .transform((s) => {
    const g = DONE.exec(s)!.groups!;
    return {
      prefix: g.prefix.toLowerCase(),
      occurrence: g.y ? `${g.y}-${g.m}-${g.d}` : undefined,
      note: g.note?.trim() ? g.note.trim().slice(0, 500) : null,
    };
  });

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

export function done(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('done', async (ctx) => {
    const args = DoneArgs.safeParse(ctx.match);
    if (!args.success) return ctx.reply(args.error.issues[0].message);
    const { prefix, occurrence: named, note } = args.data;
    const ids = obligationIdsWithPrefix(ctx.deps.db, prefix);
    if (ids.length === 0) return ctx.reply(`没有编号为 ${prefix} 的事项。`);
    if (ids.length > 1) return ctx.reply(`编号 ${prefix} 对应多个事项,请多写几位。`);
    const o = getObligation(ctx.deps.db, ids[0])!;

    // Completion is per unit: the chat reports for those of its units the duty reaches (an admin
    // with no units of its own, for all of them).
    const viewerUnits = scopeOf(ctx.viewer);
    const reporting = viewerUnits === null ? [EVERY_UNIT] : reachedUnits(o, viewerUnits, ctx.deps.units).map((r) => r.unit);
    if (reporting.length === 0) return ctx.reply('这个事项不属于本会话关注的单位,不能在这里标记完成。');
    if (o.kind === 'sla') return ctx.reply('这个事项从某一事件起算,没有固定日期,无需标记。');
    const occurrence = o.kind === 'recurring' ? (named ?? currentOccurrence(ctx.deps, o, ctx.viewer.today, viewerUnits)) : o.due;
    if (occurrence === null || occurrence === undefined) return ctx.reply('找不到这个事项要标记的那一期,请在编号后写明日期,例如 -20180630。');
    if (o.kind !== 'recurring' && named !== undefined && named !== o.due) return ctx.reply(`这个事项只有一期:${o.due}。`);

    const { added } = reportDone(ctx.deps.db, { obligationId: o.id, occurrence, units: reporting, by: whoIs(ctx), at: ctx.deps.clock.now(), note });
    ctx.deps.logger.info({ obligation: o.id, occurrence, units: reporting, chat: ctx.viewer.chatId, already: added.length === 0 }, 'Telegram:已标记完成');
    const what = `<b>${occurrence}</b> ${escapeHtml(o.task)}`;
    if (added.length === 0) return ctx.reply(`这一期早已标记完成:${what}`, { parse_mode: 'HTML' });
    const who = added.includes(EVERY_UNIT) ? '全部单位' : added.map(escapeHtml).join('、');
    return ctx.reply(`✅ 已标记完成(${who}),不再提醒:${what}${note ? `\n说明:${escapeHtml(note)}` : ''}`, { parse_mode: 'HTML' });
  });
  return composer;
}
