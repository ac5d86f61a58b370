import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { createBot } from '../../src/bot/index.ts';
import type { BotContext, BotDeps } from '../../src/bot/context.ts';
import { fixedClock, parseNow, type Clock } from '../../src/clock.ts';
import { Obligation } from '../../src/obligation.ts';
import type { Recipient } from '../../src/recipients/file.ts';
import { createLogger } from '../../src/service/logger.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { UnitDirectory } from '../../src/units/directory.ts';
import { BotApiStandin, STANDIN_BOT } from './bot-api-standin.ts';

export const TOKEN = '123456:test-token';

export { obligation } from '../fixtures/records.ts';

export const testUnits = new UnitDirectory({
  units: [
    { name: '省发展改革委', aliases: ['省发改委', '省发展和改革委员会'] },
    { name: '省财政厅', aliases: ['省财政'] },
    { name: '杭州市政府', aliases: ['杭州市人民政府'] },
    { name: '宁波市政府', aliases: [] },
  ],
  groups: [
    { name: '各设区市政府', aliases: ['各市政府'], members: ['杭州市政府', '宁波市政府'] },
    // As in rules/units.yaml: a pattern that any name starting with 省 matches, misspelt ones too.
    { name: '省级单位', aliases: [], members: [], pattern: '^省(?!级)' },
  ],
});

export const ALICE = 1001; // allowed by TELEGRAM_ALLOWED_CHATS
export const BOB = 1002; // named in the recipients file (省发改委)
export const ADMIN = 1003;
export const STRANGER = 6666;
export const GROUP = -1001234567; // a group chat on the allow-list

export const testRecipients: Recipient[] = [{ id: '李四', name: '李四', telegram: BOB, units: ['省发改委'] }];

/** A real ledger file in a temp dir, a stand-in Bot API on 127.0.0.1, and the real bot between them. */
export class BotHarness {
  readonly standin = new BotApiStandin();
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-bot-'));
  readonly db: Db = openDb(path.join(this.dir, 'shixian.db'));
  bot!: Bot<BotContext>;
  deps!: BotDeps;
  private updateId = 1;
  private messageId = 1;

  constructor(readonly now = '2018-06-13T09:00') {}

  async start(over: Partial<BotDeps> = {}): Promise<this> {
    await this.standin.start();
    this.deps = {
      db: this.db,
      clock: fixedClock(parseNow(this.now)),
      units: testUnits,
      recipients: testRecipients,
      allowedChats: [ALICE, GROUP],
      adminChats: [ADMIN],
      logger: createLogger({ level: 'silent' }),
      ...over,
    };
    this.bot = createBot(this.deps, { token: TOKEN, apiRoot: this.standin.apiRoot, botInfo: STANDIN_BOT });
    return this;
  }

  setClock(clock: Clock): void {
    this.deps.clock = clock;
  }

  async stop(): Promise<void> {
    await this.standin.stop();
    this.db.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  load(records: Obligation[], source = 'gazette.txt'): void {
    importObligations(this.db, source, records, parseNow(this.now));
  }

  /** A person in a private chat (chat id = user id) sends text; commands carry their entity as Telegram's do. */
  async say(chat: number, text: string, from = chat): Promise<void> {
    const command = /^\/\w+/.exec(text);
    const update: Update = {
      update_id: this.updateId++,
      message: {
        message_id: this.messageId++,
        date: 0,
        chat: chat < 0 ? { id: chat, type: 'supergroup', title: '工作群' } : { id: chat, type: 'private', first_name: '测试' },
        from: { id: from, is_bot: false, first_name: '张', last_name: '三', username: `user${from}` },
        text,
        ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {}),
      },
    };
    await this.bot.handleUpdate(update);
  }

  /** The one message the bot sends in answer to `text` in `chat`; none or several is an error. */
  async reply(chat: number, text: string): Promise<ReturnType<BotApiStandin['messages']>[number]> {
    const before = this.standin.messages().length;
    await this.say(chat, text);
    const out = this.standin.messages().slice(before);
    if (out.length !== 1) throw new Error(`对「${text}」应有一条回复,实际 ${out.length} 条`);
    return out[0];
  }

  /** A person presses an inline button under the bot's message. */
  async press(chat: number, data: string, messageId: number): Promise<void> {
    await this.bot.handleUpdate({
      update_id: this.updateId++,
      callback_query: {
        id: String(this.updateId),
        chat_instance: 'x',
        from: { id: chat, is_bot: false, first_name: '张' },
        data,
        message: {
          message_id: messageId,
          date: 0,
          chat: { id: chat, type: 'private', first_name: '测试' },
          from: STANDIN_BOT,
          text: '…',
        },
      },
    });
  }

  /** The texts the bot sent or edited into a chat, in order. */
  replies(chat: number): string[] {
    return this.standin.messages().filter((m) => m.chat === chat).map((m) => m.text);
  }

  lastReply(chat: number) {
    const all = this.standin.messages().filter((m) => m.chat === chat);
    return all[all.length - 1];
  }
}
