import { GrammyError, InlineKeyboard } from 'grammy';
import * as z from 'zod';
import { loadQuery, saveQuery } from '../store/bot.ts';
import type { BotContext } from './context.ts';
import { itemsOf, readerOf, runQuery } from './ledger.ts';
import { scopeOf } from './lists.ts';
import { ITEMS_PER_PAGE, pageBefore, pageFrom, renderItem, type Blocks, type Page } from './render.ts';

/**
 * A question the bot answers with a list. It is saved when the answer needs more than one page, so
 * the 上一页/下一页 buttons re-ask it (the ledger may have changed since: the page shows it as it is).
 */
export const BotQuery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), from: z.string(), to: z.string(), units: z.array(z.string()).nullable(), title: z.string() }),
  z.object({ kind: z.literal('overdue'), units: z.array(z.string()).nullable() }),
  z.object({ kind: z.literal('unit'), unit: z.string() }),
  z.object({ kind: z.literal('doc'), number: z.string() }),
  z.object({ kind: z.literal('search'), words: z.string() }),
]);
export type BotQuery = z.infer<typeof BotQuery>;

/** Callback data of a paging button: "pg:<query id>:<f|b>:<item index>" (f: page from, b: page before). */
export const PageCallback = z
  .string()
  .regex(/^pg:\d+:[fb]:\d+$/)
  .transform((s) => {
    const [, id, dir, at] = s.split(':');
    return { id: Number(id), dir: dir as 'f' | 'b', at: Number(at) };
  });

function keyboard(queryId: number, page: Page): InlineKeyboard | undefined {
  if (page.total <= page.end - page.start) return undefined;
  const kb = new InlineKeyboard();
  if (page.start > 0) kb.text('« 上一页', `pg:${queryId}:b:${page.start}`);
  if (page.end < page.total) kb.text('下一页 »', `pg:${queryId}:f:${page.end}`);
  return kb;
}

function pageOf(ctx: BotContext, query: BotQuery, dir: 'f' | 'b', at: number): Page {
  const viewerUnits = scopeOf(ctx.viewer);
  const { header, listed, empty } = runQuery(ctx.deps, query, ctx.viewer.today, viewerUnits);
  if (listed.length === 0) return { text: `${header}${empty}`, start: 0, end: 0, total: 0 };
  // Items are read and rendered a page-sized window at a time, around whichever one paging asks for.
  const rendered = new Map<number, string>();
  const blocks: Blocks = {
    total: listed.length,
    at(i) {
      if (!rendered.has(i)) {
        const from = Math.max(0, i - ITEMS_PER_PAGE + 1);
        const window = listed.slice(from, i + ITEMS_PER_PAGE);
        itemsOf(ctx.deps, window, readerOf(query, viewerUnits)).forEach((item, j) => rendered.set(from + j, renderItem(item, ctx.viewer.today)));
      }
      return rendered.get(i)!;
    },
  };
  return dir === 'f' ? pageFrom(header, blocks, Math.min(at, listed.length - 1)) : pageBefore(header, blocks, Math.min(at, listed.length));
}

/** Answers a question with its first page, saving the question when there are more pages. */
export async function answer(ctx: BotContext, query: BotQuery): Promise<void> {
  const page = pageOf(ctx, query, 'f', 0);
  const more = page.total > page.end - page.start;
  const queryId = more ? saveQuery(ctx.deps.db, ctx.viewer.chatId, query, ctx.deps.clock.now()) : 0;
  await ctx.reply(page.text, { parse_mode: 'HTML', reply_markup: more ? keyboard(queryId, page) : undefined });
}

/** 上一页 / 下一页: the same message is edited to show the asked page. */
export async function turnPage(ctx: BotContext, data: string): Promise<void> {
  const button = PageCallback.safeParse(data);
  const saved = button.success ? BotQuery.safeParse(loadQuery(ctx.deps.db, button.data.id, ctx.viewer.chatId)) : null;
  if (!button.success || !saved?.success) {
    await ctx.answerCallbackQuery({ text: '这个列表已过期,请重新提问。' });
    return;
  }
  const page = pageOf(ctx, saved.data, button.data.dir, button.data.at);
  try {
    await ctx.editMessageText(page.text, { parse_mode: 'HTML', reply_markup: keyboard(button.data.id, page) });
  } catch (err) {
    // A double tap asks for the page already shown; Telegram refuses an edit that changes nothing.
    if (!(err instanceof GrammyError && err.description.includes('message is not modified'))) throw err;
  }
  await ctx.answerCallbackQuery();
}
