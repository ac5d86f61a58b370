import { Composer } from 'grammy';
import type { BotContext } from './context.ts';

/** The command menu registered with setMyCommands (descriptions are at most 256 characters). */
export const COMMANDS = [
  { command: 'upcoming', description: '我的单位近期到期事项:/upcoming [天数],默认 30 天' },
  { command: 'overdue', description: '已逾期且未完成的事项' },
  { command: 'unit', description: '某单位的全部事项:/unit 省财政厅' },
  { command: 'doc', description: '某文件的全部事项:/doc 浙政办发〔2015〕28号' },
  { command: 'search', description: '按任务或文件检索:/search 政务服务网' },
  { command: 'subscribe', description: '订阅单位,接收提醒:/subscribe 省财政厅' },
  { command: 'unsubscribe', description: '取消订阅:/unsubscribe 省财政厅' },
  { command: 'mine', description: '本会话关注的单位' },
  { command: 'done', description: '标记完成:/done 编号 [单位] [说明]' },
  { command: 'help', description: '用法和示例' },
];

export const HELP_TEXT = [
  '<b>时限 · 到期事项提醒</b>',
  '',
  '/upcoming [天数] — 我的单位今后 N 天内到期的事项(默认 30 天),最早的在前',
  '  例:<code>/upcoming 7</code>',
  '/overdue — 已过期限、尚未标记完成的事项',
  '/unit 名称 — 某单位的全部事项(简称、别名、"各设区市政府"等统称均可)',
  '  例:<code>/unit 省发改委</code>',
  '/doc 文号 — 某文件的全部事项',
  '  例:<code>/doc 浙政办发〔2015〕28号</code>',
  '/search 词 — 任务或文件标题中含该词的事项',
  '  例:<code>/search 政务服务网</code>',
  '/subscribe 单位 · /unsubscribe 单位 · /mine — 本会话关注的单位,提醒按此发送',
  '/done 编号 [单位] [说明] — 标记某一期已完成,本单位之后不再提醒;代表几个单位时可写明其中一个',
  '  例:<code>/done 3f9a2c71 已报送</code>',
  '  管理员须写明为哪个单位标记(不写则列出单位供点选;写 全部单位 则整项办结)',
  '  例:<code>/done 3f9a2c71 省财政厅 已报送</code>',
  '/help — 本说明',
  '',
  '也可以直接提问,例如:',
  '  下周有什么要完成的',
  '  6月底前省财政厅要做什么',
  '  本月到期',
  '  明年一季度',
].join('\n');

export function help(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('help', (ctx) => ctx.reply(HELP_TEXT, { parse_mode: 'HTML' }));
  // The chat id is what an admin puts in TELEGRAM_ALLOWED_CHATS or a recipient's `telegram:`.
  composer.command('start', (ctx) => ctx.reply(`本会话编号:<code>${ctx.viewer.chatId}</code>\n\n${HELP_TEXT}`, { parse_mode: 'HTML' }));
  return composer;
}
