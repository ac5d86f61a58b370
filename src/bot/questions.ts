import { Composer } from 'grammy';
import * as z from 'zod';
import { lookUpUnit, unknownUnitText } from '../units/lookup.ts';
import { HELP_TEXT } from './help.ts';
import { answer, type BotQuery } from './answer.ts';
import type { BotContext } from './context.ts';
import { NO_UNITS, scopeOf } from './lists.ts';
import { recognisePeriod } from './period.ts';

/**
 * Words before and after the unit in a question that carry no meaning for the lookup. Only the ends
 * are trimmed: unit names hold such words too (省政府金融工作办公室).
 */
const FILLER =
  '请问|我们|我的|咱们|有没有|有什么|有哪些|有啥|要做什么|要做哪些|做什么|要完成|需要完成|需完成|应完成|完成|要办|什么|哪些|事项|事情|任务|工作|到期|截止|' +
  // What people say they must do by then: 交, 报送, 上报 … ("月底前要交什么").
  '提交|上交|交|报送|上报|报|办理|办|落实|干|' +
  '要|需要|的|了|吗|呢|啊|吧|在|[?？!！,,。.、\\s]';

/** A greeting or thanks on its own: answered with the help, not searched for. */
const SMALL_TALK = /^(?:你好|您好|哈喽|嗨|hi|hello|hey|在吗|在不在|早上好|上午好|下午好|晚上好|早|谢谢|多谢|谢了|感谢|thanks|thank you|帮助|help|怎么用|你能做什么|你会什么)[?？!！,,。.~～\s]*$/iu;
const LEADING_FILLER = new RegExp(`^(?:${FILLER})+`, 'u');
const TRAILING_FILLER = new RegExp(`(?:${FILLER})+$`, 'u');

const Question = z.string().trim().min(1).max(200);

/** What a free question asks: a period, a unit, or words to search for. */
export interface ReadQuestion {
  period: { from: string; to: string; text: string } | null;
  /** What is left once the time and the filler are taken out: a unit if the ledger knows it, else search words. */
  rest: string;
}

export function readQuestion(text: string, today: string, hour: number): ReadQuestion {
  const found = recognisePeriod(text, today, hour);
  const without = found ? text.slice(0, found.index) + text.slice(found.index + found.text.length) : text;
  return { period: found ? { ...found.range, text: found.text } : null, rest: without.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '') };
}

/** The question a free text asks, or a hint when it asks nothing the bot can answer. */
export function queryOf(ctx: BotContext, text: string): BotQuery | string | { help: true } {
  // The Shanghai hour: chrono-node reads 明天 said just after midnight as the day that has begun.
  const hour = Number(new Date(ctx.deps.clock.now().getTime() + 8 * 3600_000).toISOString().slice(11, 13));
  if (SMALL_TALK.test(text.trim())) return { help: true };
  const { period, rest } = readQuestion(text, ctx.viewer.today, hour);
  const lookup = rest === '' ? null : lookUpUnit(ctx.deps.db, ctx.deps.units, rest);
  const unit = lookup?.known ? lookup.canonical : null;
  if (period) {
    if (lookup?.known === false) return unknownUnitText(lookup);
    const units = unit !== null ? [unit] : scopeOf(ctx.viewer);
    if (units?.length === 0) return NO_UNITS;
    return { kind: 'range', from: period.from, to: period.to, units, title: `${period.text}到期` };
  }
  if (unit !== null) return { kind: 'unit', unit };
  if (rest !== '') return { kind: 'search', words: rest };
  return '没听懂这个问题。可以问“下周有什么要完成的”“本月到期”“6月底前省财政厅要做什么”,或发送 /help 查看命令。';
}

export function questions(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // Free questions only in private chats: in a group, people talk to each other, not to the bot.
  const text = composer.chatType('private').on('message:text');
  // Commands the bot does not know are not questions.
  text.filter(
    (ctx) => !ctx.msg.text.startsWith('/'),
    async (ctx) => {
      const question = Question.safeParse(ctx.msg.text);
      if (!question.success) return ctx.reply('问题太长了,请缩短到 200 字以内。');
      const query = queryOf(ctx, question.data);
      if (typeof query === 'string') return ctx.reply(query);
      if ('help' in query) return ctx.reply(HELP_TEXT, { parse_mode: 'HTML' });
      await answer(ctx, query);
    },
  );
  text.on('message:text', (ctx) => ctx.reply('没有这个命令。发送 /help 查看可用的命令。'));
  return composer;
}
