import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNow } from '../../src/clock.ts';
import { readGazetteFile } from '../../src/gazette/read.ts';
import { assertWritableFolders } from '../../src/service/folders.ts';
import { watchInbox, type InboxWatcher } from '../../src/service/inbox.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { countObligations } from '../../src/store/obligations.ts';
import { canMakeImmutable, capturedLogger, immutable, obligation, tempDir } from './fixtures.ts';

const NOW = parseNow('2018-06-20T10:00');

let dir: string;
let cleanup: () => void;
let db: Db;
let watcher: InboxWatcher;
let log: ReturnType<typeof capturedLogger>;
const inbox = () => path.join(dir, 'inbox');
const archive = () => path.join(dir, 'archive');
const rejected = () => path.join(dir, 'rejected');

/**
 * The real reader (which rejects what is not text) and the real store import, with records built
 * here rather than extracted, so the counts do not move as the extractor improves.
 */
function importFile(file: string) {
  readGazetteFile(file);
  const source = path.basename(file);
  const records = [obligation({ source, line: 3, task: '甲' }), obligation({ source, line: 4, task: '乙', due: '2018-09-30' })];
  return { obligations: records.length, ...importObligations(db, source, records, NOW) };
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = openDb(path.join(dir, 'shixian.db'));
  log = capturedLogger();
});

afterEach(async () => {
  await watcher?.stop();
  db.close();
  cleanup();
});

function start(
  importer: (file: string, stopping: AbortSignal) => ReturnType<typeof importFile> | Promise<ReturnType<typeof importFile>> = importFile,
  maxFileBytes?: number,
  archiveDir = archive(),
) {
  watcher = watchInbox({ inboxDir: inbox(), archiveDir, rejectedDir: rejected(), importFile: importer, logger: log.logger, intervalMs: 0, maxFileBytes });
}

describe('watchInbox', () => {
  it('stopping abandons a file being read: stop() does not wait for it, and the file stays in the inbox', async () => {
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    start((_file, stopping) => {
      reading();
      // A read that would never end by itself: only stopping ends it.
      return new Promise((_resolve, reject) => stopping.addEventListener('abort', () => reject(new Error('stopped'))));
    });
    fs.writeFileSync(path.join(inbox(), 'slow.txt'), '浙江省人民政府公报\n');
    await watcher.scan();
    const scanning = watcher.scan();
    await started;
    await watcher.stop();
    expect(await scanning).toEqual([]);
    expect(fs.readdirSync(inbox())).toEqual(['slow.txt']);
    expect(fs.readdirSync(archive())).toEqual([]);
    expect(fs.readdirSync(rejected())).toEqual([]);
  });

  it('rejects a file over the size limit unread, naming the file and the limit in Chinese', async () => {
    let read = 0;
    start((file) => {
      read++;
      return importFile(file);
    }, 1_000_000);
    fs.writeFileSync(path.join(inbox(), 'huge.txt'), '浙'.repeat(400_000));
    fs.writeFileSync(path.join(inbox(), 'small.txt'), '浙江省人民政府公报\n');
    await watcher.scan();
    const outcomes = await watcher.scan();
    expect(outcomes.map((o) => [o.file, o.outcome]).sort()).toEqual([
      ['huge.txt', '已拒收'],
      ['small.txt', '已导入'],
    ]);
    expect(read).toBe(1);
    const reason = 'huge.txt: 文件大小 1.2 MB,超过单个文件的上限 1 MB(SHIXIAN_INBOX_MAX_MB),未读取';
    expect(outcomes.find((o) => o.file === 'huge.txt')).toMatchObject({ reason });
    expect(fs.readFileSync(path.join(rejected(), 'huge.txt.error.txt'), 'utf8')).toBe(`huge.txt\n${reason}\n`);
    expect(fs.statSync(path.join(rejected(), 'huge.txt')).size).toBe(1_200_000);
  });

  it('imports a gazette once it has stopped changing, archives it and reports what it added', async () => {
    start();
    fs.writeFileSync(path.join(inbox(), '2018-12.txt'), '浙江省人民政府公报\n');
    // First look: the file is new, it may still be being written.
    expect(await watcher.scan()).toEqual([]);
    expect(fs.existsSync(path.join(inbox(), '2018-12.txt'))).toBe(true);

    const [outcome] = await watcher.scan();
    expect(outcome).toMatchObject({ file: '2018-12.txt', outcome: '已导入', obligations: 2, added: 2, updated: 0, unchanged: 0, withdrawn: 0 });
    expect(fs.readdirSync(inbox())).toEqual([]);
    expect(fs.readFileSync(path.join(archive(), '2018-12.txt'), 'utf8')).toBe('浙江省人民政府公报\n');
    expect(countObligations(db)).toBe(2);
    expect(log.lines().find((l) => l.msg === '收件箱:公报已导入,原文件移入存档')).toMatchObject({ file: '2018-12.txt', obligations: 2, added: 2 });
    expect(watcher.recent()).toEqual([outcome]);
  });

  it('keeps every edition: the same name dropped again is archived beside the first', async () => {
    start();
    for (const text of ['第一版\n', '更正版\n']) {
      fs.writeFileSync(path.join(inbox(), 'g.txt'), text);
      await watcher.scan();
      await watcher.scan();
    }
    expect(fs.readdirSync(archive()).sort()).toEqual(['g.1.txt', 'g.txt']);
    expect(fs.readFileSync(path.join(archive(), 'g.1.txt'), 'utf8')).toBe('更正版\n');
    // Newest first: the second edition found both records already there.
    expect(watcher.recent().map((o) => (o.outcome === '已导入' ? [o.added, o.unchanged] : null))).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });

  it('rejects a file it cannot read, with the reason beside it, and imports nothing from it', async () => {
    start();
    fs.writeFileSync(path.join(inbox(), 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    fs.writeFileSync(path.join(inbox(), 'empty.txt'), '');
    await watcher.scan();
    const outcomes = await watcher.scan();
    expect(outcomes.map((o) => [o.file, o.outcome]).sort()).toEqual([
      ['empty.txt', '已拒收'],
      ['scan.pdf', '已拒收'],
    ]);
    expect(fs.readdirSync(inbox())).toEqual([]);
    expect(fs.readdirSync(rejected()).sort()).toEqual(['empty.txt', 'empty.txt.error.txt', 'scan.pdf', 'scan.pdf.error.txt']);
    expect(fs.readFileSync(path.join(rejected(), 'scan.pdf.error.txt'), 'utf8')).toMatch(/二进制数据,不是文本公报/);
    expect(fs.readFileSync(path.join(rejected(), 'empty.txt.error.txt'), 'utf8')).toMatch(/空/);
    expect(Buffer.compare(fs.readFileSync(path.join(rejected(), 'scan.pdf')), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]))).toBe(0);
    expect(countObligations(db)).toBe(0);
    expect(log.lines().filter((l) => l.msg === '收件箱:公报被拒收,已移入 rejected 文件夹(原因写在旁边的 .error.txt)')).toHaveLength(2);
  });

  it('leaves a file in the inbox when the failure is not the file’s fault, and takes it once that is fixed', async () => {
    let databaseBusy = true;
    start((file) => {
      if (databaseBusy) throw new Error('SQLITE_BUSY: database is locked');
      return importFile(file);
    });
    fs.writeFileSync(path.join(inbox(), 'g.txt'), '公报\n');
    await watcher.scan();
    expect(await watcher.scan()).toEqual([]);
    expect(await watcher.scan()).toEqual([]);
    expect(fs.readdirSync(inbox())).toEqual(['g.txt']);
    expect(fs.readdirSync(rejected())).toEqual([]);
    // Logged once, not at every look.
    expect(log.lines().filter((l) => String(l.msg).startsWith('收件箱:导入失败'))).toHaveLength(1);

    databaseBusy = false;
    expect((await watcher.scan()).map((o) => o.outcome)).toEqual(['已导入']);
    expect(fs.readdirSync(archive())).toEqual(['g.txt']);
  });

  it('recreates its folders when they are removed while it runs', async () => {
    start();
    fs.rmSync(inbox(), { recursive: true });
    fs.rmSync(archive(), { recursive: true });
    expect(await watcher.scan()).toEqual([]);
    fs.writeFileSync(path.join(inbox(), 'g.txt'), '公报\n');
    await watcher.scan();
    expect((await watcher.scan()).map((o) => o.outcome)).toEqual(['已导入']);
    expect(fs.readdirSync(archive())).toEqual(['g.txt']);
  });

  it('ignores hidden and partial files that copy tools write before renaming', async () => {
    start();
    fs.writeFileSync(path.join(inbox(), '.g.txt.swp'), 'x');
    fs.writeFileSync(path.join(inbox(), 'g.txt.part'), 'x');
    await watcher.scan();
    expect(await watcher.scan()).toEqual([]);
    expect(fs.readdirSync(inbox()).sort()).toEqual(['.g.txt.swp', 'g.txt.part']);
  });
});

describe.skipIf(!canMakeImmutable)('an inbox the service cannot remove files from', () => {
  it('never leaves a copy behind a failed move, and reports the lasting fault until it is fixed', async () => {
    // The archive on another file system (tmpfs), so the move is a copy and then an unlink.
    const otherDevice = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'shixian-archive-'));
    try {
      start(importFile, undefined, otherDevice);
      fs.writeFileSync(path.join(inbox(), 'g.txt'), '公报\n');
      await watcher.scan();
      immutable(inbox(), true);
      try {
        expect(await watcher.scan()).toEqual([]);
        expect(watcher.fault()).toBeNull(); // one failed look may be a passing thing
        expect(await watcher.scan()).toEqual([]);
        expect(await watcher.scan()).toEqual([]);
        expect(fs.readdirSync(otherDevice)).toEqual([]);
        expect(fs.readdirSync(inbox())).toEqual(['g.txt']);
        expect(watcher.fault()).toMatch(/^收件箱:g\.txt 无法移出收件箱:.*(EPERM|EACCES)/);
      } finally {
        immutable(inbox(), false);
      }
      expect((await watcher.scan()).map((o) => o.outcome)).toEqual(['已导入']);
      expect(fs.readdirSync(otherDevice)).toEqual(['g.txt']);
      expect(watcher.fault()).toBeNull();
      expect(countObligations(db)).toBe(2);
    } finally {
      fs.rmSync(otherDevice, { recursive: true, force: true });
    }
  });

  it('is refused at start, by the folder and its setting', () => {
    fs.mkdirSync(inbox());
    immutable(inbox(), true);
    try {
      expect(() => assertWritableFolders([{ dir: dir, setting: 'SHIXIAN_DATA_DIR' }, { dir: inbox(), setting: 'SHIXIAN_INBOX' }])).toThrow(
        `SHIXIAN_INBOX: 文件夹 ${inbox()} 不可写(EPERM)`,
      );
    } finally {
      immutable(inbox(), false);
    }
    expect(fs.readdirSync(inbox())).toEqual([]);
    expect(() => assertWritableFolders([{ dir: inbox(), setting: 'SHIXIAN_INBOX' }])).not.toThrow();
  });
});

describe('assertWritableFolders', () => {
  it('refuses a path that is a file, not a folder, by name', () => {
    const file = path.join(dir, 'inbox-is-a-file');
    fs.writeFileSync(file, '');
    expect(() => assertWritableFolders([{ dir: file, setting: 'SHIXIAN_INBOX' }])).toThrow(`SHIXIAN_INBOX: 文件夹 ${file} 不可写(EEXIST)`);
  });
});
