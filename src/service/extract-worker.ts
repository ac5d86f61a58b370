/**
 * Reading one inbox file (extraction or JSONL) in a worker thread, so that a large gazette never
 * holds the event loop that answers /healthz, runs the scheduler and the bot. This module is also
 * the worker's entry: started with the role below it reads the file and posts the records back.
 * It names itself by `import.meta.url`, which is the source file under tsx and vitest (the worker
 * then loads tsx too); in a build, it is the bundle holding this code, and the worker starts the
 * bundle of this module alone beside it, so both run the same code.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fixedClock } from '../clock.ts';
import { recordsOf } from '../commands/import.ts';
import { InputError } from '../errors.ts';
import type { Obligation } from '../obligation.ts';

const ROLE = 'shixian-read-inbox-file';
/** Far above what a 64 MB gazette needs; a file that needs more is refused, not the service stopped. */
const WORKER_HEAP_MB = 1024;

interface Job {
  role: typeof ROLE;
  file: string;
  /** The service clock's reading, for a document that gives no year of its own. */
  now: string;
}

export interface FileRecords {
  records: Obligation[];
  warnings: Array<{ line: number; message: string }>;
}

type Reply = ({ ok: true } & FileRecords) | { ok: false; input: { message: string; file?: string; line?: number } | null; error: string };

/**
 * The records of one file, read in a worker thread; an InputError when the file is bad. `stopping`
 * ends the worker at once (the service is stopping): the read fails and the file is left as it is.
 */
export function readInWorker(file: string, now: Date, stopping?: AbortSignal): Promise<FileRecords> {
  const job: Job = { role: ROLE, file, now: now.toISOString() };
  const [entry, how] = workerEntry();
  const worker = new Worker(entry, { ...how, workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return new Promise<FileRecords>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: Reply) =>
      settle(() => {
        if (reply.ok) resolve({ records: reply.records, warnings: reply.warnings });
        else if (reply.input) reject(rebuiltInputError(reply.input));
        else reject(new Error(reply.error));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputError(`读取该文件所需内存超过上限 ${WORKER_HEAP_MB} MB,未导入`, file)
            : err,
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`读取 ${file} 的工作线程在给出结果前退出了(退出码 ${code})`))));
    const abandon = () => settle(() => reject(new Error(`服务正在停止:${file} 未读取,留在收件箱`)));
    if (stopping?.aborted) abandon();
    else stopping?.addEventListener('abort', abandon, { once: true });
  });
}

/**
 * This module as a worker's entry. Compiled, it is started as it is; as TypeScript source (tsx,
 * vitest), through a bootstrap that registers tsx's loader in the worker first, since a worker
 * does not inherit the loader its parent runs under.
 */
function workerEntry(): [URL | string, { eval?: boolean }] {
  const self = new URL(import.meta.url);
  // bin/build.js bundles this module as an entry of its own, dist/extract-worker.cjs.
  if (!self.pathname.endsWith('.ts')) return [new URL('extract-worker.cjs', self), {}];
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return [`import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(self.href)}); });`, { eval: true }];
}

/** The worker's InputError as the caller would have thrown it: same message, file and line. */
function rebuiltInputError(e: { message: string; file?: string; line?: number }): InputError {
  const prefix = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : '';
  return new InputError(e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, e.file, e.line);
}

async function work(job: Job): Promise<Reply> {
  const warnings: FileRecords['warnings'] = [];
  try {
    const records = await recordsOf(job.file, (line, message) => warnings.push({ line, message }), fixedClock(new Date(job.now)));
    return { ok: true, records, warnings };
  } catch (err) {
    const e = err as Error;
    return { ok: false, input: err instanceof InputError ? { message: e.message, file: err.file, line: err.line } : null, error: e.stack ?? e.message };
  }
}

// A promise, not a top-level await: the build is a CommonJS bundle, which has none.
if (!isMainThread && (workerData as Partial<Job> | null)?.role === ROLE) void work(workerData as Job).then((reply) => parentPort!.postMessage(reply));
