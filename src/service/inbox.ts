import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';
import { InputError } from '../errors.ts';
import type { Logger } from './logger.ts';

/** What importing one gazette did to the ledger. */
export interface ImportSummary {
  obligations: number;
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

export type InboxOutcome =
  | ({ file: string; outcome: '已导入'; archivedAs: string } & ImportSummary)
  | { file: string; outcome: '已拒收'; rejectedAs: string; reason: string };

export interface InboxWatcher {
  /** One look at the inbox: imports every file that has stopped changing since the previous look. */
  scan(): Promise<InboxOutcome[]>;
  /** The last outcomes, newest first, for /healthz. */
  recent(): InboxOutcome[];
  /** A fault that has lasted more than one look (a file that cannot be moved, an inbox that cannot be read), for /healthz; null when none. */
  fault(): string | null;
  /** Stops looking; resolves once a scan in progress has finished its file. */
  stop(): Promise<void>;
}

export interface InboxOptions {
  inboxDir: string;
  archiveDir: string;
  rejectedDir: string;
  /** Imports one gazette file. An InputError means the file is bad; any other error is ours, and the file stays to be tried again. */
  importFile(file: string, stopping: AbortSignal): ImportSummary | Promise<ImportSummary>;
  logger: Logger;
  /** How often to look; 0 for no timer (scan() by hand). */
  intervalMs: number;
  /** A larger file is rejected unread: reading one file must not take the service's memory. */
  maxFileBytes?: number;
}

const KEPT_OUTCOMES = 20;

/**
 * Watches the inbox by looking at it every few seconds (fs.watch misses events on some bind mounts
 * and network volumes). A file is taken only once its size and mtime are the same on two looks in a
 * row, so a gazette still being copied in is never read half-written. Every file ends in archive/
 * (imported) or rejected/ (with NAME.error.txt beside it saying why); a file that fails for a reason
 * that is not the file's fault (the database busy, a bug) stays in the inbox and is tried again.
 */
export function watchInbox(options: InboxOptions): InboxWatcher {
  const { inboxDir, archiveDir, rejectedDir, logger } = options;
  // Again at every look: an operator may remove a folder (or the volume's content) while it runs.
  const makeFolders = () => {
    for (const dir of [inboxDir, archiveDir, rejectedDir]) fs.mkdirSync(dir, { recursive: true });
  };
  makeFolders();

  const seen = new Map<string, string>();
  /** Files that failed for a reason not their own: the message, and on how many looks in a row. */
  const failing = new Map<string, { message: string; looks: number }>();
  const outcomes: InboxOutcome[] = [];
  let current: Promise<InboxOutcome[]> = Promise.resolve([]);
  let stopped = false;
  // Stopping abandons a file being read (its worker ends): the file stays in the inbox for the next start.
  const stopping = new AbortController();

  async function takeFile(name: string, size: number): Promise<InboxOutcome | null> {
    const file = path.join(inboxDir, name);
    try {
      if (options.maxFileBytes !== undefined && size > options.maxFileBytes) {
        throw new InputError(`文件大小 ${megabytes(size)} MB,超过单个文件的上限 ${megabytes(options.maxFileBytes)} MB(SHIXIAN_INBOX_MAX_MB),未读取`, name);
      }
      logger.info({ file: name, bytes: size }, '收件箱:正在读取公报');
      const summary = await options.importFile(file, stopping.signal);
      const archivedAs = moveAside(file, archiveDir);
      failing.delete(name);
      logger.info({ file: name, archivedAs, ...summary }, '收件箱:公报已导入,原文件移入存档');
      return { file: name, outcome: '已导入', archivedAs, ...summary };
    } catch (err) {
      if (!(err instanceof InputError)) {
        const message = (err as Error).message;
        const before = failing.get(name);
        if (before?.message !== message) logger.error({ err, file: name }, '收件箱:导入失败,文件留在收件箱,稍后再试');
        failing.set(name, { message, looks: before?.message === message ? before.looks + 1 : 1 });
        return null;
      }
      const rejectedAs = moveAside(file, rejectedDir);
      // Whole or not at all: whoever sees the reason beside a rejected file reads all of it.
      writeFileAtomic.sync(`${rejectedAs}.error.txt`, `${name}\n${err.message}\n`, 'utf8');
      failing.delete(name);
      logger.warn({ file: name, rejectedAs, reason: err.message }, '收件箱:公报被拒收,已移入 rejected 文件夹(原因写在旁边的 .error.txt)');
      return { file: name, outcome: '已拒收', rejectedAs, reason: err.message };
    }
  }

  async function scanOnce(): Promise<InboxOutcome[]> {
    makeFolders();
    const done: InboxOutcome[] = [];
    const present = new Set<string>();
    for (const entry of fs.readdirSync(inboxDir, { withFileTypes: true })) {
      // Hidden and partial names are what copy tools write before renaming into place.
      if (!entry.isFile() || entry.name.startsWith('.') || /\.(part|partial|tmp|crdownload)$/i.test(entry.name)) continue;
      present.add(entry.name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(path.join(inboxDir, entry.name));
      } catch {
        continue; // gone between listing and looking
      }
      const signature = `${stat.size}:${stat.mtimeMs}`;
      if (seen.get(entry.name) !== signature) {
        seen.set(entry.name, signature);
        continue;
      }
      if (stopped) break;
      const outcome = await takeFile(entry.name, stat.size);
      if (outcome) {
        seen.delete(entry.name);
        done.push(outcome);
      }
    }
    for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
    for (const name of failing.keys()) if (!present.has(name)) failing.delete(name);
    outcomes.unshift(...done.reverse());
    outcomes.splice(KEPT_OUTCOMES);
    return done;
  }

  let lastScanError: string | null = null;
  let scanErrorLooks = 0;

  async function look(): Promise<InboxOutcome[]> {
    try {
      const done = await scanOnce();
      lastScanError = null;
      scanErrorLooks = 0;
      return done;
    } catch (err) {
      const message = (err as Error).message;
      // Once per distinct problem, not every few seconds while it lasts.
      if (message !== lastScanError) logger.error({ err, inbox: inboxDir }, '收件箱:无法读取收件箱文件夹,稍后再试');
      scanErrorLooks = message === lastScanError ? scanErrorLooks + 1 : 1;
      lastScanError = message;
      throw err;
    }
  }

  function scan(): Promise<InboxOutcome[]> {
    current = current.then(look, look);
    return current;
  }

  const timer = options.intervalMs > 0 ? setInterval(() => scan().catch(() => undefined), options.intervalMs) : undefined;

  return {
    scan,
    recent: () => [...outcomes],
    fault() {
      if (lastScanError !== null && scanErrorLooks > 1) return `收件箱 ${inboxDir} 无法读取:${lastScanError}`;
      const stuck = [...failing].find(([, f]) => f.looks > 1);
      return stuck ? `收件箱:${stuck[0]} 无法移出收件箱:${stuck[1].message}` : null;
    },
    async stop() {
      stopped = true;
      stopping.abort();
      if (timer) clearInterval(timer);
      await current.catch(() => undefined);
    },
  };
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1).replace(/\.0$/, '');

/** Moves a file into `dir` under its own name, or NAME.N.EXT when that is taken; returns where it went. */
function moveAside(file: string, dir: string): string {
  const { name, ext } = path.parse(file);
  let target = path.join(dir, `${name}${ext}`);
  for (let n = 1; fs.existsSync(target) || fs.existsSync(`${target}.error.txt`); n++) target = path.join(dir, `${name}.${n}${ext}`);
  try {
    fs.renameSync(file, target);
  } catch (err) {
    // The inbox may be another mount than the data volume.
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
    try {
      fs.unlinkSync(file);
    } catch (unlinkErr) {
      // The original stays (a read-only or foreign-owned inbox): a copy left behind would be made
      // again at every look until the disk is full.
      fs.rmSync(target, { force: true });
      throw unlinkErr;
    }
  }
  return target;
}
