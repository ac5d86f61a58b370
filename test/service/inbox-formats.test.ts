import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseNow } from '../../src/clock.ts';
import { recordsOf } from '../../src/commands/import.ts';
import { watchInbox, type InboxWatcher } from '../../src/service/inbox.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { countObligations } from '../../src/store/obligations.ts';
import { capturedLogger, tempDir } from './fixtures.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/formats');
const NOW = parseNow('2018-06-20T10:00');

let dir: string;
let cleanup: () => void;
let db: Db;
let watcher: InboxWatcher;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = openDb(path.join(dir, 'shixian.db'));
});

afterEach(async () => {
  await watcher?.stop();
  db.close();
  cleanup();
});

it('imports a PDF and a Word file dropped in the inbox, and rejects a scanned PDF with its reason', async () => {
  const inbox = path.join(dir, 'inbox');
  watcher = watchInbox({
    inboxDir: inbox,
    archiveDir: path.join(dir, 'archive'),
    rejectedDir: path.join(dir, 'rejected'),
    // As the service imports: the real extraction of the file, then the real store.
    importFile: async (file) => {
      const records = await recordsOf(file);
      return { obligations: records.length, ...importObligations(db, path.basename(file), records, NOW) };
    },
    logger: capturedLogger().logger,
    intervalMs: 0,
  });
  fs.copyFileSync(path.join(fixtures, 'zj-2018-30.pdf'), path.join(inbox, '2018-30.pdf'));
  fs.copyFileSync(path.join(fixtures, 'xuzhuang-2017.docx'), path.join(inbox, 'xuzhuang.docx'));
  fs.copyFileSync(path.join(fixtures, 'scanned.pdf'), path.join(inbox, 'scan.pdf'));
  await watcher.scan();
  const outcomes = await watcher.scan();

  const byFile = Object.fromEntries(outcomes.map((o) => [o.file, o]));
  const added = (file: string) => {
    const o = byFile[file];
    return o?.outcome === '已导入' ? o.added : 0;
  };
  expect(byFile['2018-30.pdf']?.outcome).toBe('已导入');
  expect(byFile['xuzhuang.docx']?.outcome).toBe('已导入');
  // The excerpt's task tables hold dozens of deadlines; the township plan one a month.
  expect(added('2018-30.pdf')).toBeGreaterThan(50);
  expect(added('xuzhuang.docx')).toBeGreaterThanOrEqual(12);
  expect(byFile['scan.pdf']).toMatchObject({ outcome: '已拒收' });
  expect(fs.readFileSync(path.join(dir, 'rejected', 'scan.pdf.error.txt'), 'utf8')).toMatch(/扫描的图像/);
  expect(countObligations(db)).toBe(added('2018-30.pdf') + added('xuzhuang.docx'));
  expect(fs.readdirSync(inbox)).toEqual([]);
});
