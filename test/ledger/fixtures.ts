import path from 'node:path';
import { tempDir as freshDir } from '../fixtures/records.ts';
import { openDb, type Db } from '../../src/store/db.ts';

export { obligation } from '../fixtures/records.ts';

export const tempDir = () => freshDir('shixian-ledger-');

export function tempDb(): { db: Db; dir: string; file: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'shixian.db');
  const db = openDb(file);
  return { db, dir, file, cleanup: () => (db.close(), cleanup()) };
}
