import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { obligation, tempDir } from './fixtures.ts';
import { TestSmtp } from './smtp.ts';
import { BotApiStandin } from '../bot/bot-api-standin.ts';

const BIN = path.resolve('bin/shixian.js');

// Each case starts several CLI processes (tsx loads the TypeScript each time): on a busy 2-core
// machine that takes longer than the default. Nothing here measures time.
vi.setConfig({ testTimeout: 90_000 });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'info', SMTP_URL: '', SHIXIAN_NOW: '', ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

const run = (args: string[], env: Record<string, string>) => start(args, env).done;

let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  fs.writeFileSync(
    path.join(dir, 'recipients.yaml'),
    'recipients:\n  - name: 张三\n    email: zhangsan@example.gov.cn\n    units: [省财政厅]\n  - name: 李四\n    email: lisi@example.gov.cn\n    units: [省发改委]\n',
  );
  env = { SHIXIAN_DATA_DIR: dir, SHIXIAN_RECIPIENTS: path.join(dir, 'recipients.yaml') };
});
afterEach(() => cleanup());

const DOC = { number: '浙政办发〔2018〕9号', title: '关于印发2018年工作要点的通知', issued: '2018-02-01' };
const ledger = [
  obligation({ line: 3, task: '完成财政数据归集', due: '2018-06-29', lead: ['省财政厅'], doc: DOC }),
  obligation({ line: 4, task: '建成公共支付平台', due: '2018-06-29', lead: ['省发改委'], co: ['省级有关单位'], doc: DOC }),
  obligation({ line: 5, task: '报送年度报告', kind: 'recurring', due: null, rrule: 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=2', expression: '每年7月2日前', lead: ['省财政厅'], doc: DOC }),
];
function writeJsonl(name: string, records: unknown[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

describe('shixian import', () => {
  it('imports, re-imports unchanged, and reports a corrected edition', async () => {
    const file = writeJsonl('g.jsonl', ledger);
    const first = await run(['import', file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 条义务:新增 3,更新 0,未变 0,撤回 0');
    expect((await run(['import', file], env)).stdout).toContain('新增 0,更新 0,未变 3,撤回 0');
    writeJsonl('g.jsonl', [{ ...ledger[0], due: '2018-07-31', expression: '2018年7月底前' }, ledger[2]]);
    expect((await run(['import', file], env)).stdout).toContain('2 条义务:新增 0,更新 1,未变 1,撤回 1');
  });

  it('a bad record is an error naming file and line, and nothing of that file is stored', async () => {
    const bad = writeJsonl('bad.jsonl', [ledger[0], { ...ledger[1], due: '2018-6-29' }]);
    const r = await run(['import', bad], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`shixian: 未导入 ${bad}:2: due: 应为 YYYY-MM-DD 格式的日期\nshixian: 1 个文件未导入,0 个已导入\n`);
    expect(fs.existsSync(path.join(dir, 'shixian.db'))).toBe(false);
  });

  it('imports every readable file, names each one it could not, and exits 1', async () => {
    const good = writeJsonl('good.jsonl', ledger);
    const missing = path.join(dir, 'missing.txt');
    const binary = path.join(dir, 'bad.bin');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    const r = await run(['import', good, missing, binary], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${good}: 3 条义务:新增 3`);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^shixian: 未导入 ${missing}: `));
    expect(lines[1]).toMatch(new RegExp(`^shixian: 未导入 ${binary}: `));
    expect(lines[2]).toBe('shixian: 2 个文件未导入,1 个已导入');
    const db = new Database(path.join(dir, 'shixian.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM obligations').pluck().get()).toBe(3);
    db.close();
  });

  it('a recurring record whose rrule is not an RRULE is refused with its file and line', async () => {
    const bad = writeJsonl('bad.jsonl', [ledger[0], { ...ledger[2], rrule: 'FREQ=SOMETIMES' }]);
    const r = await run(['import', bad], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^shixian: 未导入 ${bad}:2: rrule "FREQ=SOMETIMES": 只接受按年、月、周或日重复的规则`));
  });

  it('a hostile file (a rule every minute, a date that does not exist) is refused by line and value, and nothing is stored', async () => {
    const minutely = writeJsonl('minutely.jsonl', [ledger[0], { ...ledger[2], rrule: 'FREQ=MINUTELY' }]);
    const zeroDate = writeJsonl('zero.jsonl', [ledger[0], ledger[1], { ...ledger[1], line: 9, due: '0000-00-00' }]);
    const r = await run(['import', minutely, zeroDate], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `shixian: 未导入 ${minutely}:2: rrule "FREQ=MINUTELY": 只接受按年、月、周或日重复的规则(FREQ=YEARLY、MONTHLY、WEEKLY 或 DAILY)\n` +
        `shixian: 未导入 ${zeroDate}:3: due: 0000-00-00 不是真实的日期\n` +
        'shixian: 2 个文件未导入,0 个已导入\n',
    );
    const ledgerFile = path.join(dir, 'shixian.db');
    if (fs.existsSync(ledgerFile)) {
      const db = new Database(ledgerFile, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM obligations').pluck().get()).toBe(0);
      db.close();
    }
  });

  it('a PDF is imported with the page of each record, and upcoming says where to find it in the file', async () => {
    expect((await run(['import', 'test/fixtures/formats/zj-2018-30.pdf'], env)).code).toBe(0);
    const r = await run(['upcoming', '--days', '120', '--now', '2018-09-01'], env);
    expect(r.code).toBe(0);
    const places = [...r.stdout.matchAll(/出处:zj-2018-30\.pdf 第(\d+)页 第(\d+)行/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(places.length).toBeGreaterThan(5);
    // Pages run in the order of lines: a later line is never on an earlier page.
    const byLine = [...places].sort((x, y) => x[1] - y[1]);
    expect(byLine.map(([page]) => page)).toEqual([...byLine.map(([page]) => page)].sort((x, y) => x - y));
    expect(new Set(places.map(([page]) => page)).size).toBeGreaterThan(1);
  });

  it('a sample gazette imported twice: the second import adds, updates and withdraws nothing', async () => {
    const gazette = 'data/gazettes/000_963152e7dcee8895.txt';
    expect((await run(['import', gazette], env)).code).toBe(0);
    const second = await run(['import', gazette], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/:新增 0,更新 0,未变 \d+,撤回 0/);
  });
});

describe('shixian tick, upcoming, recipients list', () => {
  it('with no SMTP configured, a tick writes each digest as an .eml file; a second tick sends nothing', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const r = await run(['tick', '--now', '2018-06-22T09:00+08:00'], env);
    expect(r.code).toBe(0);
    // In Chinese like the rest, and at the Shanghai time of the pass, not UTC.
    expect(r.stdout).toMatch(/^2018-06-22 09:00\(北京时间\):已规划 2018-06-22 的发送;\d+ 条提醒,2 份新摘要;已发送 2 份\(写成 \.eml 文件/);
    expect(fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
    const again = await run(['tick', '--now', '2018-06-22T09:00+08:00'], env);
    expect(again.stdout).toContain('没有需要规划的发送时间;0 条提醒,0 份新摘要;已发送 0 份');
    expect(fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });

  it('upcoming lists occurrences soonest first, by unit through aliases and groups', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const r = await run(['upcoming', '--unit', '省财政厅', '--days', '30', '--now', '2018-06-20'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 2018-06-20 起 30 天内到期\(3 条\)$/m);
    const lines = r.stdout.split('\n').filter((l) => /^\d{4}-/.test(l));
    expect(lines.map((l) => l.split('  ').slice(0, 3).join(' | '))).toEqual([
      '2018-06-29 | 还有9天 | 浙政办发〔2018〕9号',
      '2018-06-29 | 还有9天 | 浙政办发〔2018〕9号',
      '2018-07-02 | 还有12天 | 浙政办发〔2018〕9号',
    ]);
    const misspelt = await run(['upcoming', '--unit', '省财政局', '--now', '2018-06-20'], env);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stdout).toBe('');
    expect(misspelt.stderr).toMatch(/--unit: 不认识“省财政局”这个单位.*最接近的有:省财政厅/);
    const lisi = await run(['upcoming', '--unit', '省发展和改革委员会', '--now', '2018-06-20'], env);
    expect(lisi.stdout).toContain('建成公共支付平台');
    expect(lisi.stdout).not.toContain('完成财政数据归集');
  });

  it('send-test mails one recipient their next items through the real templates', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const smtp = await new TestSmtp().start();
    try {
      const r = await run(['send-test', '张三', '--now', '2018-06-20T10:00+08:00'], { ...env, SMTP_URL: smtp.url });
      expect(r.stdout).toContain('测试邮件(3 项)已发给 zhangsan@example.gov.cn,经 SMTP');
      const [mail] = smtp.to('zhangsan@example.gov.cn');
      expect(mail.subject).toMatch(/^【测试】/);
      expect(mail.text).toContain('完成财政数据归集');
      expect(mail.text).toContain('报送年度报告');
      const unknown = await run(['send-test', '无名氏'], { ...env, SMTP_URL: smtp.url });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('没有名为 "无名氏" 的收件人');
    } finally {
      await smtp.stop();
    }
  });

  it('an impossible --now is refused by its value, not rolled over into another date', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    for (const args of [['upcoming', '--now', '2018-13-45'], ['tick', '--now', '2018-02-30T09:00+08:00']]) {
      const r = await run(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`--now: 应为日期或日期时间,例如 2018-06-23T09:00+08:00,而不是 "${args[2]}"`);
      expect(r.stdout).toBe('');
    }
    const viaEnv = await run(['upcoming'], { ...env, SHIXIAN_NOW: '2018-13-45' });
    expect(viaEnv.code).toBe(1);
    expect(viaEnv.stderr).toContain('SHIXIAN_NOW: 应为日期或日期时间');
  });

  it('recipients list shows each unit as the dictionary knows it', async () => {
    const r = await run(['recipients', 'list'], env);
    expect(r.stdout).toContain('李四  <lisi@example.gov.cn>  省发改委(即 省发展改革委)');
    expect(r.stdout).toMatch(/recipients\.yaml:2 位收件人/);
    // Looking names up on a fresh install creates no ledger.
    expect(fs.existsSync(path.join(dir, 'shixian.db'))).toBe(false);
  });

  it('a recipients file naming an unknown unit stops tick at that line, with the nearest known names', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    fs.writeFileSync(path.join(dir, 'recipients.yaml'), 'recipients:\n  - name: 张三\n    email: a@b.cn\n    units:\n      - 省财政厅\n      - 省财政听\n');
    const r = await run(['tick', '--now', '2018-06-22T09:00+08:00'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`shixian: ${path.join(dir, 'recipients.yaml')}:6: recipients[0].units[1]: 不认识“省财政听”这个单位`);
    expect(r.stderr).toMatch(/最接近的有:省财政厅/);
  });

  it("zod's own messages are in Chinese in the compiled CLI too (its locale is bundled by its own path)", async () => {
    fs.writeFileSync(path.join(dir, 'recipients.yaml'), 'recipients:\n  - name: 张三\n    emial: a@b.cn\n    units: [省财政厅]\n');
    const r = await run(['recipients', 'list'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('recipients[0]: 出现未知的键(key): "emial"');
  });

  it('a bad recipients file stops tick with the file, line and entry, and writes nothing', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    fs.writeFileSync(path.join(dir, 'recipients.yaml'), 'recipients:\n  - name: 张三\n    email: nope\n    units: [省财政厅]\n');
    const r = await run(['tick', '--now', '2018-06-22T09:00+08:00'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`shixian: ${path.join(dir, 'recipients.yaml')}:3: recipients[0].email: 应为电子邮件地址`);
    const db = new Database(path.join(dir, 'shixian.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    db.close();
  });
});

describe('shixian outbox retry', () => {
  it('--failed sends the given-up digests again at the next tick', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const smtp = await new TestSmtp().start();
    try {
      const withSmtp = { ...env, SMTP_URL: smtp.url };
      smtp.reject = () => 550;
      expect((await run(['tick', '--now', '2018-06-22T09:00+08:00'], withSmtp)).stdout).toContain('放弃 2 份');
      smtp.reject = null;
      const retry = await run(['outbox', 'retry', '--failed', '--now', '2018-06-22T09:05+08:00'], env);
      expect(retry).toMatchObject({ code: 0, stdout: '已重新排队:0 份等待重试的提醒摘要,2 份已放弃的提醒摘要;下一次调度时发送\n' });
      expect((await run(['tick', '--now', '2018-06-22T09:05+08:00'], withSmtp)).stdout).toContain('已发送 2 份(经 SMTP)');
      expect(smtp.received).toHaveLength(2);
    } finally {
      await smtp.stop();
    }
  });
});

describe('a process killed mid-pass', () => {
  it('killed after writing the outbox and before sending: the restarted scheduler delivers exactly once', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const hanging = await new TestSmtp().start();
    hanging.hold = true; // accepts the connection and never greets: the send is in flight when the process dies
    const { child, done } = start(['tick', '--now', '2018-06-22T09:00+08:00'], { ...env, SMTP_URL: hanging.url });
    const db = new Database(path.join(dir, 'shixian.db'), { readonly: true, fileMustExist: false });
    try {
      // wait (on the database, not the clock) until the digests are written and one is being sent
      while (((db.prepare('SELECT count(*) FROM outbox WHERE lease_until IS NOT NULL').pluck().get() as number) ?? 0) === 0) {
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill('SIGKILL');
      await done;
      expect(db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get()).toBe(2);
    } finally {
      db.close();
      await hanging.stop();
    }

    const smtp = await new TestSmtp().start();
    try {
      const withSmtp = { ...env, SMTP_URL: smtp.url };
      // a minute later the dead process's lease still holds the digest it was sending
      const soon = await run(['tick', '--now', '2018-06-22T09:01+08:00'], withSmtp);
      expect(soon.stdout).toContain('已发送 1 份(经 SMTP)');
      // Leases run on the system clock: what five real minutes would do to the dead process's lease.
      const ledgerFile = new Database(path.join(dir, 'shixian.db'));
      ledgerFile.prepare('UPDATE outbox SET lease_until = ? WHERE lease_until IS NOT NULL').run(new Date(Date.now() - 1000).toISOString());
      ledgerFile.close();
      const later = await run(['tick', '--now', '2018-06-22T09:10+08:00'], withSmtp);
      expect(later.stdout).toContain('已发送 1 份(经 SMTP)');
      await run(['tick', '--now', '2018-06-22T09:20+08:00'], withSmtp);
      expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(1);
      expect(smtp.to('lisi@example.gov.cn')).toHaveLength(1);
    } finally {
      await smtp.stop();
    }
  });

  /** Lets a dead process's leases run out, as five real minutes would (leases run on the system clock). */
  function expireLeases(): void {
    const ledgerFile = new Database(path.join(dir, 'shixian.db'));
    ledgerFile.prepare('UPDATE outbox SET lease_until = ? WHERE lease_until IS NOT NULL').run(new Date(Date.now() - 1000).toISOString());
    ledgerFile.close();
  }

  it('killed while the server holds a digest it has received: sent at most twice, however often that happens, then given up saying why', async () => {
    await run(['import', writeJsonl('g.jsonl', ledger)], env);
    const smtp = await new TestSmtp().start();
    let current: ReturnType<typeof start> | null = null;
    // The first two messages reach the server, which keeps them; the process dies before the 250
    // reaches it: delivered, not logged, as with a crash between the acceptance and the mark.
    smtp.beforeAnswer = async (n) => {
      if (n >= 2 || current === null) return;
      current.child.kill('SIGKILL');
      await current.done;
    };
    const tick = async (now: string) => {
      current = start(['tick', '--now', now], { ...env, SMTP_URL: smtp.url });
      const r = await current.done;
      current = null;
      return r;
    };
    try {
      expect((await tick('2018-06-22T09:00+08:00')).code).toBeNull();
      expireLeases();
      expect((await tick('2018-06-22T09:01+08:00')).code).toBeNull();
      expireLeases();
      const third = await tick('2018-06-22T09:02+08:00');
      expect(third.code).toBe(0);
      const caught = smtp.received[0].to[0];
      const other = caught === 'zhangsan@example.gov.cn' ? 'lisi@example.gov.cn' : 'zhangsan@example.gov.cn';
      const copies = smtp.to(caught);
      expect(copies).toHaveLength(2);
      expect(copies[1].messageId).toBe(copies[0].messageId);
      expect(smtp.to(other)).toHaveLength(1);
      const gaveUp = third.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 50);
      expect(gaveUp.map((l) => l.msg)).toEqual([expect.stringMatching(/^已放弃发给 .+ 的提醒摘要.*发送途中进程 2 次中断,无法确认是否已送达/)]);
      await tick('2018-06-22T09:10+08:00');
      expect(smtp.received).toHaveLength(3);
    } finally {
      await smtp.stop();
    }
  });

  it('killed while Telegram holds the second message of a long digest: the restart never sends the first again', async () => {
    const telegram = await new BotApiStandin().start();
    fs.writeFileSync(path.join(dir, 'recipients.yaml'), 'recipients:\n  - name: 赵六\n    telegram: 555\n    units: [省财政厅]\n');
    const many = Array.from({ length: 30 }, (_, i) =>
      obligation({ line: 10 + i, task: `第${i + 1}项:${'推进政务数据共享,'.repeat(30)}完`, due: '2018-06-29', lead: ['省财政厅'], doc: DOC }),
    );
    await run(['import', writeJsonl('many.jsonl', many)], env);
    const withBot = { ...env, TELEGRAM_BOT_TOKEN: '123456:test-token', TELEGRAM_API_ROOT: telegram.apiRoot };
    let current: ReturnType<typeof start> | null = null;
    telegram.beforeAnswer = async (call) => {
      if (call.method !== 'sendMessage' || telegram.callsOf('sendMessage').length !== 2 || current === null) return;
      current.child.kill('SIGKILL');
      await current.done;
    };
    try {
      current = start(['tick', '--now', '2018-06-22T09:00+08:00'], withBot);
      expect((await current.done).code).toBeNull();
      current = null;
      expireLeases();
      expect((await run(['tick', '--now', '2018-06-22T09:01+08:00'], withBot)).code).toBe(0);

      const itemsOf = (text: string) => [...text.matchAll(/第(\d+)项:/g)].map((m) => Number(m[1]));
      const messages = telegram.callsOf('sendMessage').map((c) => itemsOf(String(c.payload.text)));
      expect(messages.length).toBeGreaterThan(3);
      const [first, inFlight, ...afterRestart] = messages;
      // What was logged as accepted is not sent again; only the message in flight at the crash may be.
      expect(afterRestart.flat().filter((n) => first.includes(n))).toEqual([]);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(new Set(messages.flat())).toEqual(new Set(Array.from({ length: 30 }, (_, i) => i + 1)));
      const ledgerFile = new Database(path.join(dir, 'shixian.db'), { readonly: true });
      expect(ledgerFile.prepare('SELECT status, unconfirmed_sends FROM outbox').all()).toEqual([{ status: 'sent', unconfirmed_sends: 0 }]);
      ledgerFile.close();
    } finally {
      await telegram.stop();
    }
  });
});
