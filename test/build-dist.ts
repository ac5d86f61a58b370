import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Tests that spawn the CLI run bin/shixian.js, that is the compiled dist/ that users and the image
 * run, not the sources through tsx: what ships is what is tested (a missing migration beside the
 * build, a command that no longer loads lazily, a TypeScript-only construct). So that dist/ never
 * lags behind the sources under test it is built afresh before each run (about a second); a fresh
 * clone has it from `npm ci` already.
 */
export default function buildDist(): void {
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../bin/build.js')], { stdio: 'inherit' });
}
