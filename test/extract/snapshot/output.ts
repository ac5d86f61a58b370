/**
 * The extractor's whole output on the sample gazettes and the shared corpus, kept as a snapshot so
 * a change meant only to make extraction faster is shown to leave every record as it was.
 *
 *   npx tsx test/extract/snapshot/output.ts            # snapshot of the working tree's extractor
 *   npx tsx test/extract/snapshot/output.ts --ref main # snapshot of main's extractor (git archive)
 *
 * Regenerate from main's output before an optimisation, so the test compares against code that the
 * optimisation did not touch.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Clock, fixedClock, parseNow } from '../../../src/clock.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SNAPSHOT = path.join(ROOT, 'test/extract/snapshot/extract-output.jsonl');
export const CORPUS = path.resolve(ROOT, '../shared/corpus/docs');

type ExtractFile = (file: string, clock: Clock) => unknown;

/** A document with no year of its own takes the clock's: the snapshot pins it so it holds next year too. */
const SNAPSHOT_CLOCK = fixedClock(parseNow('2026-06-01'));

/** The gazettes the snapshot covers, as paths relative to the repository (the corpus with ../). */
export function snapshotFiles(): { sample: string[]; corpus: string[] | null } {
  const list = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => /\.(?:txt|md)$/.test(f))
      .sort()
      .map((f) => path.relative(ROOT, path.join(dir, f)));
  return { sample: list(path.join(ROOT, 'data/gazettes')), corpus: fs.existsSync(CORPUS) ? list(CORPUS) : null };
}

/** One line per file: its name and the extractor's whole result, in a stable JSON form. */
export function snapshotLine(file: string, extractFile: ExtractFile): string {
  return JSON.stringify({ file, result: extractFile(path.join(ROOT, file), SNAPSHOT_CLOCK) });
}

/** Loads the extractor of a git ref into a scratch folder inside node_modules (so its imports resolve). */
async function extractorAt(ref: string): Promise<ExtractFile> {
  const dir = path.join(ROOT, 'node_modules/.cache/extract-snapshot', ref.replace(/[^\w.-]/g, '_'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'src'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const mod = (await import(pathToFileURL(path.join(dir, 'src/extract/index.ts')).href)) as { extractFile: ExtractFile };
  return mod.extractFile;
}

async function write(): Promise<void> {
  const refAt = process.argv.indexOf('--ref');
  const extractFile =
    refAt >= 0
      ? await extractorAt(process.argv[refAt + 1] ?? 'main')
      : ((await import('../../../src/extract/index.ts')) as { extractFile: ExtractFile }).extractFile;
  const { sample, corpus } = snapshotFiles();
  if (!corpus) throw new Error(`the corpus is missing at ${CORPUS}: a snapshot without it would not cover it`);
  const lines = [...sample, ...corpus].map((f) => snapshotLine(f, extractFile));
  fs.writeFileSync(SNAPSHOT, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} files' output to ${path.relative(ROOT, SNAPSHOT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await write();
