import { Composer, type CommandContext } from 'grammy';
import * as z from 'zod';
import { subscribe, subscriptionsOfChat, unsubscribe } from '../store/bot.ts';
import { lookUpUnit, unknownUnitText } from '../units/lookup.ts';
import { unitsOfChat } from './access.ts';
import type { BotContext } from './context.ts';
import { escapeHtml } from './render.ts';

/**
 * "/subscribe 单位" ties this chat to a unit; an admin may add a chat id after the unit to tie
 * another chat ("/subscribe 省财政厅 -1001234567890").
 */
const SubscribeArgs = z
  .string()
  .trim()
  .min(1, '请写明单位名称,例如:/subscribe 省财政厅')
  .max(100, '单位名称太长')
  .transform((text) => {
    const m = /^(.*?)\s+(-?\d+)$/u.exec(text);
    return m ? { unit: m[1].trim(), chat: Number(m[2]) } : { unit: text, chat: undefined };
  });

export function subscriptions(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const change = (action: 'subscribe' | 'unsubscribe') => async (ctx: CommandContext<BotContext>) => {
    const parsed = SubscribeArgs.safeParse(ctx.match);
    if (!parsed.success) return ctx.reply(parsed.error.issues[0].message);
    const { unit: typed, chat } = parsed.data;
    if (chat !== undefined && chat !== ctx.viewer.chatId && !ctx.viewer.admin) {
      return ctx.reply('只有管理员可以为其他会话订阅或取消订阅。');
    }
    const target = chat ?? ctx.viewer.chatId;
    // Unsubscribing takes any name: a unit dropped from the dictionary can still be left.
    const lookup = lookUpUnit(ctx.deps.db, ctx.deps.units, typed);
    if (action === 'subscribe' && !lookup.known) return ctx.reply(unknownUnitText(lookup));
    const unit = ctx.deps.units.canonical(typed);
    const whose = target === ctx.viewer.chatId ? '本会话' : `会话 ${target}`;
    const named = unit === typed ? `<b>${escapeHtml(unit)}</b>` : `<b>${escapeHtml(unit)}</b>(即“${escapeHtml(typed)}”)`;
    if (action === 'subscribe') {
      const added = subscribe(ctx.deps.db, target, unit, ctx.viewer.chatId, ctx.deps.clock.now());
      ctx.deps.logger.info({ chat: target, unit, by: ctx.viewer.chatId }, 'Telegram:已订阅');
      return ctx.reply(added ? `已订阅 ${named}:${whose}将收到该单位的到期提醒。` : `${whose}已订阅 ${named}。`, { parse_mode: 'HTML' });
    }
    const removed = unsubscribe(ctx.deps.db, target, unit);
    if (removed) ctx.deps.logger.info({ chat: target, unit, by: ctx.viewer.chatId }, 'Telegram:已退订');
    const fromFile = ctx.deps.recipients.some((r) => r.telegram === target && r.units.some((u) => ctx.deps.units.canonical(u) === unit));
    const note = fromFile ? '\n(该单位还登记在收件人名单中,如需停止提醒请联系管理员修改名单。)' : '';
    return ctx.reply((removed ? `已取消订阅 ${named}。` : `${whose}未订阅 ${named}。`) + note, { parse_mode: 'HTML' });
  };
  composer.command('subscribe', change('subscribe'));
  composer.command('unsubscribe', change('unsubscribe'));

  composer.command('mine', async (ctx) => {
    const subscribed = new Set(subscriptionsOfChat(ctx.deps.db, ctx.viewer.chatId).map((s) => s.unit));
    const units = unitsOfChat(ctx.deps, ctx.viewer.chatId);
    const lines = units.map((u) => `• ${escapeHtml(u)}${subscribed.has(u) ? '' : '(收件人名单)'}`);
    const head = ctx.viewer.admin ? '你是管理员,可以查看全部单位。\n' : '';
    if (lines.length === 0) return ctx.reply(`${head}本会话还没有关注任何单位。用 /subscribe 单位 订阅,例如:/subscribe 省财政厅`);
    return ctx.reply(`${head}本会话关注的单位:\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  return composer;
}
