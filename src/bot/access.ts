import { Composer } from 'grammy';
import { shanghaiDate } from '../clock.ts';
import { subscriptionsOfChat } from '../store/bot.ts';
import type { BotContext, BotDeps } from './context.ts';

export const REFUSAL = '抱歉,本机器人仅供已登记的单位使用。如需开通,请联系管理员并告知本会话编号:';

/**
 * The gate every update passes first. A chat on the allow-list (TELEGRAM_ALLOWED_CHATS), named in
 * the recipients file, or an admin goes on with its units settled; anyone else gets one polite
 * refusal per chat (repeating it would let a stranger make the bot spam) and nothing from the ledger.
 */
export function accessControl(deps: BotDeps): Composer<BotContext> {
  const admins = new Set(deps.adminChats);
  const allowed = new Set([...deps.allowedChats, ...deps.adminChats, ...deps.recipients.flatMap((r) => (r.telegram === undefined ? [] : [r.telegram]))]);
  const refused = new Set<number>();
  const composer = new Composer<BotContext>();

  composer.use(async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    if (!allowed.has(chatId)) {
      deps.logger.info({ chat: chatId }, 'Telegram:拒绝了不在允许名单上的聊天');
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (refused.has(chatId)) return;
      refused.add(chatId);
      await ctx.reply(`${REFUSAL}${chatId}`);
      return;
    }
    ctx.deps = deps;
    ctx.viewer = {
      chatId,
      admin: admins.has(chatId),
      units: unitsOfChat(deps, chatId),
      today: shanghaiDate(deps.clock.now()),
    };
    await next();
  });
  return composer;
}

/** A chat's units: those of every recipient reached in it, and those it subscribed to. */
export function unitsOfChat(deps: BotDeps, chatId: number): string[] {
  const fromFile = deps.recipients.filter((r) => r.telegram === chatId).flatMap((r) => r.units);
  const subscribed = subscriptionsOfChat(deps.db, chatId).map((s) => s.unit);
  return [...new Set([...fromFile, ...subscribed].map((u) => deps.units.canonical(u)))];
}
