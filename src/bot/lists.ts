import { Composer } from 'grammy';
import * as z from 'zod';
import { addDays } from '../calendar/dates.ts';
import { lookUpUnit, unknownUnitText } from '../units/lookup.ts';
import { answer, turnPage } from './answer.ts';
import type { BotContext, Viewer } from './context.ts';

/** "/upcoming [天数]": 1 to 3660 days, 30 when left out. */
const Days = z
  .string()
  .trim()
  // Any run of digits here, so 100000 is told the real bound rather than that it is no whole number.
  .regex(/^(\d+\s*天?)?$/, '天数应为整数,例如:/upcoming 7')
  .transform((s) => (s === '' ? 30 : Number.parseInt(s, 10)))
  .pipe(z.number().min(1, '天数至少为 1').max(3660, '天数最多 3660(约十年),例如:/upcoming 365'));

/** A unit, 文号 or search text: present and of a sensible length (it is echoed in the header). */
const Argument = (example: string) =>
  z.string().trim().min(1, `请写明要查的内容,例如:${example}`).max(100, '太长了,请缩短到 100 字以内');

/** The units a viewer's lists cover: their own, or every unit for an admin who has none of their own. */
export function scopeOf(viewer: Viewer): string[] | null {
  return viewer.units.length === 0 && viewer.admin ? null : viewer.units;
}

export const NO_UNITS = '本会话还没有关注任何单位。先用 /subscribe 单位 订阅,例如:/subscribe 省财政厅;或用 /unit 名称 直接查询。';

export function lists(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command('upcoming', async (ctx) => {
    const days = Days.safeParse(ctx.match);
    if (!days.success) return ctx.reply(days.error.issues[0].message);
    const units = scopeOf(ctx.viewer);
    if (units?.length === 0) return ctx.reply(NO_UNITS);
    const { today } = ctx.viewer;
    await answer(ctx, { kind: 'range', from: today, to: addDays(today, days.data - 1), units, title: `今后 ${days.data} 天到期` });
  });

  composer.command('overdue', async (ctx) => {
    const units = scopeOf(ctx.viewer);
    if (units?.length === 0) return ctx.reply(NO_UNITS);
    await answer(ctx, { kind: 'overdue', units });
  });

  composer.command('unit', async (ctx) => {
    const unit = Argument('/unit 省财政厅').safeParse(ctx.match);
    if (!unit.success) return ctx.reply(unit.error.issues[0].message);
    const lookup = lookUpUnit(ctx.deps.db, ctx.deps.units, unit.data);
    if (!lookup.known) return ctx.reply(unknownUnitText(lookup));
    await answer(ctx, { kind: 'unit', unit: lookup.canonical });
  });

  composer.command('doc', async (ctx) => {
    const number = Argument('/doc 浙政办发〔2015〕28号').safeParse(ctx.match);
    if (!number.success) return ctx.reply(number.error.issues[0].message);
    await answer(ctx, { kind: 'doc', number: number.data });
  });

  composer.command('search', async (ctx) => {
    const words = Argument('/search 政务服务网').safeParse(ctx.match);
    if (!words.success) return ctx.reply(words.error.issues[0].message);
    await answer(ctx, { kind: 'search', words: words.data });
  });

  composer.callbackQuery(/^pg:/, (ctx) => turnPage(ctx, ctx.callbackQuery.data));

  return composer;
}
