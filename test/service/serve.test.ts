import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNow } from '../../src/clock.ts';
import { openDb } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { outboxLog } from '../../src/store/outbox.ts';
import { BotApiStandin } from '../bot/bot-api-standin.ts';
import { PATHOLOGICAL_FORMS } from '../extract/pathological-forms.ts';
import { canMakeImmutable, immutable, obligation, tempDir } from './fixtures.ts';
import { englishInValues } from '../fixtures/english.ts';
import { silentServer } from '../fixtures/silent-server.ts';
import { closedPort } from '../ledger/smtp.ts';

/**
 * `shixian serve` as an operator runs it: a child process over a real SQLite file, mailing a real
 * SMTP server on 127.0.0.1, stopped with SIGTERM while it is sending.
 */
const root = path.resolve(import.meta.dirname, '../..');
/** Proper names /healthz and the log may use as they are. */
const PROPER_NAMES = ['Telegram', 'Webhook', 'shixian', 'localhost'];
const PEOPLE = ['zhang@example.gov.cn', 'li@example.gov.cn', 'wang@example.gov.cn'];

/** An SMTP server whose acceptance of each message waits for `accept` to be called (or forever). */
class SlowSmtp {
  readonly accepted: string[] = [];
  private server!: SMTPServer;
  private dataStarted!: () => void;
  /** Resolves when a message's data has begun arriving: a send is in flight. */
  readonly sending = new Promise<void>((resolve) => (this.dataStarted = resolve));
  port = 0;

  constructor(private readonly holdMs: number | 'forever') {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        this.dataStarted();
        stream.resume();
        stream.on('end', () => {
          if (this.holdMs === 'forever') return;
          setTimeout(() => {
            this.accepted.push(session.envelope.rcptTo.map((r) => r.address).join(','));
            callback();
          }, this.holdMs);
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    // A held connection would keep close() waiting; the test is done with it.
    for (const conn of (this.server as unknown as { connections: Set<{ close(): void }> }).connections ?? []) conn.close();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let dir: string;
let cleanup: () => void;
const dbPath = () => path.join(dir, 'data', 'shixian.db');
let children: ChildProcess[] = [];
let smtps: SlowSmtp[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  const db = openDb(dbPath());
  // Due on Saturday 2018-06-30: at 09:00 on Friday the 29th each person gets a one-day reminder.
  importObligations(db, 'gazette.txt', [obligation({ lead: ['省财政厅'], due: '2018-06-30' })], parseNow('2018-06-01'));
  db.close();
  fs.writeFileSync(
    path.join(dir, 'recipients.yaml'),
    `recipients:\n${PEOPLE.map((email, i) => `  - name: 人${i}\n    email: ${email}\n    units: [省财政厅]\n`).join('')}`,
  );
});

afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  await Promise.all(smtps.map((s) => s.stop()));
  smtps = [];
  cleanup();
});

async function smtp(holdMs: number | 'forever') {
  const server = await new SlowSmtp(holdMs).start();
  smtps.push(server);
  return server;
}

interface Served {
  child: ChildProcess;
  output: () => string;
  log: () => Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `now`: where the replayed clock starts; a restart comes later than the run it follows. */
function serve(smtpPort: number | null, now = '2018-06-29T09:00:30+08:00', env: Record<string, string> = {}): Served {
  const child = spawn(process.execPath, [path.join(root, 'bin/shixian.js'), 'serve'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      SHIXIAN_DATA_DIR: path.join(dir, 'data'),
      SHIXIAN_RECIPIENTS: path.join(dir, 'recipients.yaml'),
      SHIXIAN_NOW: now,
      ...(smtpPort === null ? {} : { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }),
      PORT: '0',
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const log = () =>
    output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, output: () => output, log, exited };
}

function outbox() {
  const db = openDb(dbPath());
  try {
    return outboxLog(db, 100).sort((a, b) => a.id - b.id);
  } finally {
    db.close();
  }
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000, look: () => Promise<void> = async () => {}) {
  const start = Date.now();
  for (await look(); !check(); await look()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}


/** Exits within Docker's 10 s, or the test fails. */
async function stopped(served: Served) {
  let timer!: NodeJS.Timeout;
  const limit = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), 10_000)));
  served.child.kill('SIGTERM');
  const result = await Promise.race([served.exited, limit]);
  clearTimeout(timer);
  return result;
}

describe('shixian serve and SIGTERM', () => {
  it('finishes the send in flight, gives the rest back, exits 0; the next start sends the rest once', async () => {
    const slow = await smtp(1_500);
    const first = serve(slow.port);
    await slow.sending;
    expect(await stopped(first)).toEqual({ code: 0, signal: null });

    // The message being sent was accepted and marked; the other two are pending, not leased.
    expect(slow.accepted).toHaveLength(1);
    const afterStop = outbox();
    expect(afterStop.map((r) => r.status).sort()).toEqual(['pending', 'pending', 'sent']);
    expect(afterStop.every((r) => r.lease_until === null)).toBe(true);
    expect(afterStop.filter((r) => r.status === 'pending').every((r) => r.tries === 0)).toBe(true);
    expect(first.log().map((l) => l.msg)).toEqual(expect.arrayContaining(['服务正在停止:不再接受新的工作', '服务已停止']));
    const sending = first.log().find((l) => l.msg === '正在发送提醒摘要')!;
    // What an operator reads of the log is Chinese, line by line (the field keys stay as they are).
    expect(first.log().filter((l) => !/\p{Script=Han}/u.test(String(l.msg))).map((l) => l.msg)).toEqual([]);
    expect(sending).toMatchObject({ channel: 'email', recipient: expect.stringMatching(/^人\d$/), obligations: [expect.stringMatching(/^[0-9a-f]{16}$/)] });

    const fast = await smtp(0);
    const second = serve(fast.port, '2018-06-29T09:05:00+08:00');
    await until(() => fast.accepted.length === 2, 'the two given-back digests');
    expect(await stopped(second)).toEqual({ code: 0, signal: null });
    expect([...slow.accepted, ...fast.accepted].sort()).toEqual([...PEOPLE].sort());
    expect(outbox().map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  }, 40_000);

  it('gives back a send the server never answers and still exits 0 in time; nothing is lost', async () => {
    const stuck = await smtp('forever');
    const first = serve(stuck.port);
    await stuck.sending;
    expect(await stopped(first)).toEqual({ code: 0, signal: null });
    expect(stuck.accepted).toEqual([]);
    const afterStop = outbox();
    // Given back as if never tried: no try counted, no back-off, so the next start sends it at once.
    expect(afterStop.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    expect(afterStop.every((r) => r.lease_until === null && r.tries === 0 && r.last_error === null)).toBe(true);
    expect(first.log().find((l) => l.msg === '停止时限已到,仍在发送的提醒摘要已退回,下次启动时发送')).toMatchObject({ digests: [expect.any(Number)] });

    const fast = await smtp(0);
    const second = serve(fast.port, '2018-06-29T09:05:00+08:00');
    await until(() => fast.accepted.length === 3, 'all three digests');
    expect(await stopped(second)).toEqual({ code: 0, signal: null });
    expect(fast.accepted.sort()).toEqual([...PEOPLE].sort());
  }, 40_000);
});

describe('shixian serve', () => {
  it('imports a gazette dropped in the inbox, rejects an unreadable one, and reports both on /healthz', async () => {
    const served = serve(null);
    await until(() => served.log().some((l) => l.msg === '服务已启动'), 'the service to start');
    const url = served.log().find((l) => l.msg === '服务已启动')!.url as string;
    const inbox = path.join(dir, 'data', 'inbox');
    fs.copyFileSync(path.join(root, 'data/gazettes/000_963152e7dcee8895.txt'), path.join(inbox, '2015-07.txt'));
    fs.writeFileSync(path.join(inbox, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x9c, 0x00]));

    const archived = path.join(dir, 'data', 'archive', '2015-07.txt');
    const rejected = path.join(dir, 'data', 'rejected', 'scan.pdf');
    await until(() => fs.existsSync(archived) && fs.existsSync(`${rejected}.error.txt`), 'the inbox to be handled');
    expect(fs.readdirSync(inbox)).toEqual([]);
    expect(fs.readFileSync(`${rejected}.error.txt`, 'utf8')).toMatch(/二进制数据,不是文本公报/);

    const imported = served.log().find((l) => l.msg === '收件箱:公报已导入,原文件移入存档')!;
    expect(imported).toMatchObject({ file: '2015-07.txt', obligations: expect.any(Number), added: expect.any(Number), updated: 0 });
    expect(imported.added).toBe(imported.obligations);

    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    const health = await res.json();
    expect(health).toMatchObject({
      status: '正常',
      database: { ok: true },
      scheduler: { ok: true, lastPass: expect.any(String), nextPass: expect.any(String) },
      channels: { email: { via: '.eml 文件' }, telegram: { configured: false, bot: '未配置' } },
      recipients: 3,
    });
    // On the replayed clock (SHIXIAN_NOW), the next pass is still ahead.
    expect(Date.parse(health.scheduler.nextPass)).toBeGreaterThan(Date.parse(health.now));
    expect(health.inbox.recent.map((o: { file: string; outcome: string }) => [o.file, o.outcome]).sort()).toEqual([
      ['2015-07.txt', '已导入'],
      ['scan.pdf', '已拒收'],
    ]);
    // What a person reads in it is Chinese: its keys are machine keys, its words are not English.
    expect(englishInValues(health, PROPER_NAMES)).toEqual([]);
    expect(await stopped(served)).toEqual({ code: 0, signal: null });
    // So are the log's fields (the message is checked for every logger call in log-messages.test.ts),
    // but for a channel's id (email, telegram), which log queries and the outbox use as a key.
    expect(englishInValues(served.log(), PROPER_NAMES, new Set(['msg', 'time', 'hostname', 'err', 'channel']))).toEqual([]);
  }, 40_000);

  it('refuses to start on an inbox it cannot write, naming it', async () => {
    const notAFolder = path.join(dir, 'inbox-file');
    fs.writeFileSync(notAFolder, '');
    const served = serve(null, undefined, { SHIXIAN_INBOX: notAFolder });
    expect(await served.exited).toEqual({ code: 1, signal: null });
    expect(served.output()).toContain(`shixian: SHIXIAN_INBOX: 文件夹 ${notAFolder} 不可写`);
    expect(served.output()).not.toMatch(/\bat\s/);
  }, 40_000);

  it.skipIf(!canMakeImmutable)('is unhealthy (503) while a file cannot be moved out of the inbox, and well again once it can', async () => {
    const served = serve(null);
    await until(() => served.log().some((l) => l.msg === '服务已启动'), 'the service to start');
    const url = served.log().find((l) => l.msg === '服务已启动')!.url as string;
    const inbox = path.join(dir, 'data', 'inbox');
    fs.writeFileSync(path.join(inbox, 'g.txt'), '浙江省人民政府办公厅\n2018年6月底前完成。\n');
    immutable(inbox, true);
    let health: { status: string; problems: string[] } = { status: '', problems: [] };
    try {
      await until(() => health.status === '故障', 'an unhealthy /healthz', 20_000, async () => {
        const res = await fetch(`${url}/healthz`);
        health = await res.json();
        if (health.status === '故障') expect(res.status).toBe(503);
      });
      expect(health.problems.join()).toMatch(/g\.txt 无法移出收件箱/);
      expect(fs.readdirSync(path.join(dir, 'data', 'archive'))).toEqual([]);
    } finally {
      immutable(inbox, false);
    }
    await until(() => fs.existsSync(path.join(dir, 'data', 'archive', 'g.txt')), 'the file to be archived');
    await until(() => health.status === '正常', 'a healthy /healthz', 20_000, async () => {
      health = await (await fetch(`${url}/healthz`)).json();
    });
    expect(await stopped(served)).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('runs the bot when a token is set, reminds through Telegram too, and stops it cleanly', async () => {
    const telegram = await new BotApiStandin().start();
    try {
      fs.writeFileSync(path.join(dir, 'recipients.yaml'), 'recipients:\n  - name: 赵六\n    telegram: 555\n    units: [省财政厅]\n');
      const token = '123456:AAbbCCdd-bot-secret';
      const served = serve(null, undefined, { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: telegram.apiRoot });
      await until(() => served.log().some((l) => l.msg === '服务已启动'), 'the service to start');
      // The bot starts after everything else, in the background.
      await until(() => served.log().some((l) => l.msg === 'Telegram:机器人已启动'), 'the bot to start');
      expect(served.log().find((l) => l.msg === 'Telegram:机器人已启动')).toMatchObject({ mode: '长轮询' });
      await until(() => telegram.messages().some((m) => m.chat === 555), 'the Telegram reminder');
      expect(telegram.messages().find((m) => m.chat === 555)!.text).toContain('完成全省财政数据归集');

      const url = served.log().find((l) => l.msg === '服务已启动')!.url as string;
      const health = await (await fetch(`${url}/healthz`)).json();
      expect(health.channels.telegram).toEqual({ configured: true, mode: '长轮询', bot: '运行中(长轮询)' });

      expect(await stopped(served)).toEqual({ code: 0, signal: null });
      expect(served.output()).not.toContain(token);
      expect(JSON.stringify(health)).not.toContain(token);
    } finally {
      await telegram.stop();
    }
  }, 40_000);

  it.each([
    ['refuses every connection', 'refused'],
    ['accepts and never answers', 'silent'],
  ] as const)('with a Bot API that %s: email still goes, the inbox still imports, health says why, SIGTERM exits 0 in time', async (_, kind) => {
    const silent = await silentServer();
    const port = kind === 'silent' ? silent.port : await closedPort();
    const mail = await smtp(0);
    try {
      fs.writeFileSync(
        path.join(dir, 'recipients.yaml'),
        'recipients:\n  - name: 赵六\n    telegram: 555\n    units: [省财政厅]\n  - name: 张三\n    email: zhang@example.gov.cn\n    units: [省财政厅]\n',
      );
      const served = serve(mail.port, undefined, { TELEGRAM_BOT_TOKEN: '123456:AAbbCCdd-bot-secret', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
      await until(() => served.log().some((l) => l.msg === '服务已启动'), 'the service to start');
      await until(() => mail.accepted.includes('zhang@example.gov.cn'), 'the email reminder');

      const inbox = path.join(dir, 'data', 'inbox');
      fs.copyFileSync(path.join(root, 'data/gazettes/000_963152e7dcee8895.txt'), path.join(inbox, '2015-07.txt'));
      await until(() => fs.existsSync(path.join(dir, 'data', 'archive', '2015-07.txt')), 'the inbox to import the gazette');

      const url = served.log().find((l) => l.msg === '服务已启动')!.url as string;
      if (kind === 'refused') {
        await until(() => served.log().some((l) => l.msg === '提醒摘要未能送达,到 nextTryAt 时重试' && l.channel === 'telegram'), 'the Telegram digest to fail');
        await until(() => served.log().some((l) => String(l.msg).startsWith('Telegram:机器人无法启动')), 'the bot start to fail', 40_000);
        const failed = served.log().find((l) => String(l.msg).startsWith('Telegram:机器人无法启动'))!;
        expect(failed).toMatchObject({ attempt: 1, nextTryInMs: 5_000 });
        const res = await fetch(`${url}/healthz`);
        expect(res.status).toBe(200);
        const health = await res.json();
        expect(health.status).toBe('降级运行');
        expect(health.channels.telegram.bot).toBe('无法连接 Telegram');
        expect(health.degraded).toEqual(
          expect.arrayContaining([expect.stringMatching(/^Telegram 机器人无法启动:.*\(第 \d+ 次尝试,\d+ 秒后再试\)$/), expect.stringMatching(/^Telegram:上一次发送失败/)]),
        );
      } else {
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
      }

      expect(await stopped(served)).toEqual({ code: 0, signal: null });
      const rows = outbox();
      expect(rows.find((r) => r.channel === 'email')).toMatchObject({ status: 'sent' });
      // Not lost: still pending, for when Telegram can be reached again.
      expect(rows.find((r) => r.channel === 'telegram')).toMatchObject({ status: 'pending', lease_until: null });
    } finally {
      await silent.close();
    }
  }, 60_000);

  it('answers /healthz while a large gazette is being read: extraction runs off the event loop', async () => {
    const served = serve(null);
    await until(() => served.log().some((l) => l.msg === '服务已启动'), 'the service to start');
    const url = served.log().find((l) => l.msg === '服务已启动')!.url as string;
    const form = PATHOLOGICAL_FORMS.find((f) => f.name === 'recurring clauses in one paragraph')!;
    // Seconds of extraction: read on the event loop, /healthz could only answer once it was archived.
    fs.writeFileSync(path.join(dir, 'data', 'inbox', 'large.txt'), form.build(1_000_000));
    const archived = path.join(dir, 'data', 'archive', 'large.txt');
    await until(() => served.log().some((l) => l.msg === '收件箱:正在读取公报'), 'the inbox to take the file', 30_000);
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(fs.existsSync(archived)).toBe(false);
    await until(() => fs.existsSync(archived), 'the large gazette to be imported', 120_000);
    const imported = served.log().find((l) => l.msg === '收件箱:公报已导入,原文件移入存档')!;
    expect(imported).toMatchObject({ file: 'large.txt', obligations: form.records(1_000_000) });
    expect(await stopped(served)).toEqual({ code: 0, signal: null });
  }, 180_000);

  it('never shows the SMTP password or the calendar secret, in its log or on /healthz', async () => {
    const closed = await smtp(0);
    await closed.stop();
    smtps = [];
    const secrets = { password: 'Pa55-w0rd-for-smtp', calendar: 'calendar-secret-0123456789abcdef' };
    // The server is down: the log has connection errors and retries to leak the URL through.
    const served = serve(null, undefined, { SMTP_URL: `smtp://shixian:${secrets.password}@127.0.0.1:${closed.port}`, CALENDAR_TOKEN_SECRET: secrets.calendar });
    await until(() => served.log().some((l) => l.msg === '提醒摘要未能送达,到 nextTryAt 时重试'), 'a failed delivery');
    const url = served.log().find((l) => l.msg === 'HTTP 服务已开始监听')!.url as string;
    const health = await (await fetch(`${url}/healthz`)).text();
    expect(JSON.parse(health).channels.email.via).toBe(`smtp://127.0.0.1:${closed.port}`);
    expect(await stopped(served)).toEqual({ code: 0, signal: null });
    for (const secret of Object.values(secrets)) {
      expect(served.output()).not.toContain(secret);
      expect(health).not.toContain(secret);
    }
  }, 40_000);

  it('says so and exits 1 when its port is taken', async () => {
    const taken = await smtp(0);
    const served = serve(null, undefined, { PORT: String(taken.port) });
    expect(await served.exited).toEqual({ code: 1, signal: null });
    expect(served.output()).toContain(`shixian: PORT: 端口 ${taken.port} 已被占用`);
  }, 20_000);

  it('refuses to start on a configuration with mistakes, naming each', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/shixian.js'), 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: 'http', LOG_LEVEL: 'chatty', SMTP_URL: 'mail.example.gov.cn', SHIXIAN_DATA_DIR: path.join(dir, 'data') },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^shixian: 配置有误:\n/);
    for (const name of ['PORT', 'LOG_LEVEL', 'SMTP_URL']) expect(stderr).toMatch(new RegExp(`^  ${name}: 应为`, 'm'));
  }, 20_000);
});
