import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir as freshDir } from '../fixtures/records.ts';
import { createLogger, type Logger } from '../../src/service/logger.ts';

export { obligation } from '../fixtures/records.ts';

export const tempDir = () => freshDir('shixian-service-');

/** A logger whose JSON lines the test can read. */
export function capturedLogger(secrets: string[] = []): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const logger = createLogger({ level: 'debug', secrets }, { write: (line: string) => void out.push(line) });
  return { logger, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/**
 * Tests run as root, and root writes through any permission bits: a folder made immutable
 * (`chattr +i`) is one that root cannot create or remove files in either, like a read-only bind.
 */
export function immutable(dir: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', dir]);
}

/** Whether this file system and user can make a folder immutable (ext4 and root: yes; tmpfs: no). */
export const canMakeImmutable = (() => {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-chattr-'));
  try {
    immutable(probe, true);
    try {
      fs.writeFileSync(path.join(probe, 'x'), '');
      return false;
    } catch {
      return true;
    } finally {
      immutable(probe, false);
    }
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();
