import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/bot/help.ts';
import { startBot, type RunningBot } from '../../src/bot/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { telegramRemindersFromConfig } from '../../src/notify/telegram.ts';
import { createLogger } from '../../src/service/logger.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { BotApiStandin } from './bot-api-standin.ts';
import { ALICE, TOKEN } from './harness.ts';

let standin: BotApiStandin;
let dir: string;
let db: Db;
let logLines: string[];
let running: RunningBot | null = null;

const logger = () =>
  createLogger(
    { level: 'info' },
    new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );

function config(extra: Record<string, string> = {}) {
  return loadConfig({
    SHIXIAN_DATA_DIR: dir,
    SHIXIAN_RULES_DIR: 'rules',
    SHIXIAN_TEMPLATES_DIR: 'templates',
    TELEGRAM_API_ROOT: standin.apiRoot,
    TELEGRAM_ALLOWED_CHATS: String(ALICE),
    ...extra,
  });
}

function message(updateId: number, text: string) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: ALICE, type: 'private', first_name: 'A' },
      from: { id: ALICE, is_bot: false, first_name: 'A' },
      text,
      entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0].length }],
    },
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

beforeEach(async () => {
  standin = await new BotApiStandin().start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-bot-start-'));
  db = openDb(path.join(dir, 'shixian.db'));
  logLines = [];
});
afterEach(async () => {
  await running?.stop();
  running = null;
  await standin.stop();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('startBot', () => {
  it('without TELEGRAM_BOT_TOKEN runs without the bot and says so once', async () => {
    running = await startBot({ db, config: config(), clock: fixedClock(parseNow('2018-06-13')), logger: logger() });
    expect(running).toBeNull();
    expect(logLines.filter((l) => l.includes('未设置 TELEGRAM_BOT_TOKEN,服务不带机器人运行'))).toHaveLength(1);
    expect(standin.calls).toHaveLength(0);
    expect(telegramRemindersFromConfig(config(), db, () => [])).toBeNull();
  });

  it('long-polls by default: registers its commands and answers updates it fetches', async () => {
    running = await startBot({ db, config: config({ TELEGRAM_BOT_TOKEN: TOKEN }), clock: fixedClock(parseNow('2018-06-13')), logger: logger() });
    expect(running?.webhookPath).toBeUndefined();
    expect(standin.callsOf('getMe')).toHaveLength(1);
    expect(standin.callsOf('setMyCommands')[0].payload.commands).toEqual(COMMANDS);
    expect(standin.callsOf('deleteWebhook')).toHaveLength(1);

    standin.queueUpdate(message(1, '/help'));
    await until(() => standin.messages().some((m) => m.chat === ALICE));
    expect(standin.messages()[0].text).toContain('/upcoming');
    expect(logLines.some((l) => l.includes('"mode":"长轮询"'))).toBe(true);
  });

  it('with TELEGRAM_WEBHOOK_URL sets the webhook and answers only posts carrying its secret', async () => {
    running = await startBot({
      db,
      config: config({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.gov.cn/telegram/hook' }),
      clock: fixedClock(parseNow('2018-06-13')),
      logger: logger(),
    });
    expect(running?.webhookPath).toBe('/telegram/hook');
    const set = standin.callsOf('setWebhook')[0].payload;
    expect(set.url).toBe('https://bot.example.gov.cn/telegram/hook');
    expect(set.secret_token).toMatch(/^[0-9a-f]{32}$/);
    expect(set.secret_token).not.toContain(TOKEN.split(':')[1]);

    const server = http.createServer((req, res) => void running!.handleWebhook!(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/hook`;
    try {
      const post = (secret: string, update: unknown) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
      expect((await post('wrong', message(1, '/help'))).status).toBe(401);
      expect(standin.messages()).toHaveLength(0);
      expect((await post(set.secret_token, message(2, '/help'))).status).toBe(200);
      expect(standin.messages()[0].chat).toBe(ALICE);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
