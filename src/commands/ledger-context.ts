import pino from 'pino';
import type { Clock } from '../clock.ts';
import { commandClock } from './command-clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { createLogger, secretValues, type Logger } from '../service/logger.ts';
import { openDb, type Db } from '../store/db.ts';

/**
 * What the ledger commands share: the validated configuration, the one clock (`--now` over
 * SHIXIAN_NOW over the system clock), the ledger file and a logger writing JSON lines to stderr so
 * stdout stays the command's answer.
 */
export interface LedgerContext {
  config: Config;
  clock: Clock;
  db: Db;
  logger: Logger;
}

/**
 * `pinned`: a single pass (tick, upcoming) stands still at --now; a long-running serve starts there
 * and moves on in real time.
 */
export function openLedger(opts: { now?: string; clock: 'pinned' | 'running' }): LedgerContext {
  const config = loadConfig();
  const clock = commandClock(config, opts);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretValues(config) }, pino.destination({ dest: 2, sync: true }));
  return { config, clock, db: openDb(config.dbPath), logger };
}
