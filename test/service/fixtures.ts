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
