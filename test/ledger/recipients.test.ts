import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { LiveRecipients } from '../../src/recipients/file.ts';
import { runPass } from '../../src/scheduler/pass.ts';
import { schedulerFromConfig } from '../../src/scheduler/setup.ts';
import { parseNow } from '../../src/clock.ts';
import type { Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { obligation, tempDb } from './fixtures.ts';
import { captureLogger } from './harness.ts';
import { TestSmtp } from './smtp.ts';

let db: Db;
let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ db, dir, cleanup } = tempDb());
  file = path.join(dir, 'recipients.yaml');
});
afterEach(() => cleanup());

const person = (name: string, email: string, unit: string) => `  - name: ${name}\n    email: ${email}\n    units: [${unit}]\n`;
const write = (...entries: string[]) => fs.writeFileSync(file, `recipients:\n${entries.join('')}`);

describe('the recipients file while the service runs', () => {
  it('is read again when it appears, changes or goes; a file turned bad keeps the last good list', () => {
    const { logger, lines } = captureLogger();
    const live = new LiveRecipients({ file, explicit: false }, logger);
    expect(live.missing).toBe(true);
    expect(live.current()).toEqual([]);

    write(person('张三', 'zhangsan@example.gov.cn', '省财政厅'));
    expect(live.current().map((r) => r.name)).toEqual(['张三']);
    expect(live.missing).toBe(false);

    write(person('张三', 'zhangsan@example.gov.cn', '省财政厅'), person('李四', 'lisi@example.gov.cn', '省发改委'));
    expect(live.current().map((r) => r.name)).toEqual(['张三', '李四']);

    fs.writeFileSync(file, 'recipients:\n  - name: 王五\n    email: not-an-address\n    units: [舟山市政府]\n');
    expect(live.current().map((r) => r.name)).toEqual(['张三', '李四']);
    expect(lines.some((l) => l.level === 50 && String(l.msg).includes('recipients[0].email'))).toBe(true);

    fs.rmSync(file);
    expect(live.current()).toEqual([]);
    expect(live.missing).toBe(true);
  });

  it('a bad file at start is refused, naming the file', () => {
    fs.writeFileSync(file, 'recipients: 3\n');
    expect(() => new LiveRecipients({ file, explicit: true }, captureLogger().logger)).toThrow(InputError);
  });

  it('a long-running scheduler reminds a person added to the file after the day\'s send time, without a restart', async () => {
    const smtp = await new TestSmtp().start();
    const DOC = { number: '浙政办发〔2018〕1号', title: '要点', issued: '2018-01-15' };
    importObligations(db, 'g.txt', [obligation({ line: 5, task: '完成财政数据归集', due: '2018-06-29', lead: ['省财政厅'], doc: DOC })], parseNow('2018-01-20'));
    let now = parseNow('2018-06-22T09:00');
    const { logger } = captureLogger();
    const scheduler = schedulerFromConfig(
      {
        SHIXIAN_RULES_DIR: 'rules',
        SHIXIAN_TEMPLATES_DIR: 'templates',
        SHIXIAN_RECIPIENTS: undefined,
        recipientsPath: file,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'shixian <shixian@example.gov.cn>',
        outboxDir: path.join(dir, 'outbox'),
      },
      { db, clock: { now: () => now }, logger },
    );
    try {
      expect(scheduler.recipientsMissing).toBe(true);
      expect(await runPass(scheduler)).toMatchObject({ planned: ['2018-06-22'], reminders: 0 });
      write(person('张三', 'zhangsan@example.gov.cn', '省财政厅'));
      now = parseNow('2018-06-22T09:30');
      expect(await runPass(scheduler)).toMatchObject({ planned: ['2018-06-22'], reminders: 1, delivery: { sent: 1 } });
      expect(smtp.to('zhangsan@example.gov.cn')[0].subject).toContain('最近截止 2018-06-29');
      expect(scheduler.recipientsMissing).toBe(false);
    } finally {
      await scheduler.close();
      await smtp.stop();
    }
  });
});
