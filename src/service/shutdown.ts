import type { Logger } from './logger.ts';

/** Docker's default `stop` timeout: past it the process is killed. */
export const SHUTDOWN_LIMIT_MS = 10_000;

/**
 * Runs `stop` on the first SIGTERM or SIGINT and exits 0 when it has finished. A second signal is
 * logged and otherwise ignored (stop is already making its way to the exit). If stop has not
 * finished just short of the limit, something is stuck beyond what stop's own deadline handles: exit
 * 1 rather than be killed mid-write.
 */
export function exitOnSignal(stop: (signal: NodeJS.Signals) => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, '服务已在停止中,不理会这个信号');
      return;
    }
    stopping = true;
    setTimeout(() => {
      logger.fatal('服务未能按时停止,强行退出(退出码 1)');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS - 500).unref();
    stop(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.fatal({ err }, '停止服务时出错,退出(退出码 1)');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
