import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBot, type RunningBot } from '../bot/index.ts';
import { botModeWord } from '../bot/mode.ts';
import type { Clock } from '../clock.ts';
import { describeConfig, type Config } from '../config.ts';
import { InputError } from '../errors.ts';
import { startHttpServer } from '../http/server.ts';
import type { Channel } from '../notify/channel.ts';
import type { LiveRecipients, Recipient } from '../recipients/file.ts';
import { schedulerFromConfig } from '../scheduler/setup.ts';
import { startScheduler, type SchedulerHandle } from '../scheduler/start.ts';
import type { Db } from '../store/db.ts';
import { importObligations } from '../store/import.ts';
import { serviceEndpoints } from './endpoints.ts';
import { readInWorker } from './extract-worker.ts';
import { InFlightDigests } from './in-flight.ts';
import { assertWritableFolders } from './folders.ts';
import { watchInbox, type ImportSummary, type InboxWatcher } from './inbox.ts';
import type { Logger } from './logger.ts';

export interface ServiceContext {
  config: Config;
  clock: Clock;
  db: Db;
  logger: Logger;
  /** The recipients file, when the caller already reads it (for Telegram reminders); else the service reads it. */
  people?: LiveRecipients;
}

/** Extra reminder channels and the recipients they bring (the bot's Telegram reminders). */
export interface ExtraChannels {
  channels: Channel[];
  recipients: () => Recipient[];
}

export interface RunningService {
  /** Where the HTTP server listens (PORT=0 takes a free port). */
  url: string;
  /**
   * Stops taking new work (timer, inbox, HTTP, bot), lets the digest being sent finish until
   * `deadlineMs`, gives back any still in flight, and closes the channels and the database.
   */
  stop(deadlineMs?: number): Promise<void>;
}

const INBOX_INTERVAL_MS = 2_000;
/** The bot's state as /healthz and the log say it (running: 运行中 and how it takes updates). */
const BOT_STARTING = '正在启动';
const BOT_NOT_CONFIGURED = '未配置';
const BOT_UNREACHABLE = '无法连接 Telegram';
/** Within Docker's 10 s: the deadline for sends in flight, then closing takes well under a second. */
const SEND_DEADLINE_MS = 6_000;
/** The bot's start-up is tried again after 5 s, 10 s, 20 s … up to every 5 minutes. */
const BOT_RETRY_FIRST_MS = 5_000;
const BOT_RETRY_MAX_MS = 5 * 60_000;

/**
 * Imports one gazette (or JSONL of records) from the inbox into the ledger, as `shixian import` does.
 * The file is read in a worker thread: only the write to the ledger runs on the event loop.
 */
function gazetteImporter(db: Db, clock: Clock, logger: Logger) {
  return async (file: string, stopping: AbortSignal): Promise<ImportSummary> => {
    const { records, warnings } = await readInWorker(file, clock.now(), stopping);
    for (const w of warnings) logger.warn({ file: path.basename(file), line: w.line }, `收件箱:${w.message}`);
    return { obligations: records.length, ...importObligations(db, path.basename(file), records, clock.now()) };
  };
}

/**
 * `shixian serve`: the scheduler (a pass at once, then every minute), the bot when a token is set,
 * the inbox watcher and the HTTP server, over one database. Every rule and recipients file is
 * validated before anything starts.
 */
export async function startService(ctx: ServiceContext, extra: ExtraChannels = { channels: [], recipients: () => [] }): Promise<RunningService> {
  const { config, clock, db, logger } = ctx;
  const startedAt = clock.now();
  const described = describeConfig(config);
  logger.info({ config: described }, '服务正在启动');

  assertWritableFolders([
    { dir: config.dataDir, setting: 'SHIXIAN_DATA_DIR' },
    { dir: config.inboxDir, setting: 'SHIXIAN_INBOX' },
    { dir: config.archiveDir, setting: 'SHIXIAN_DATA_DIR (archive)' },
    { dir: config.rejectedDir, setting: 'SHIXIAN_DATA_DIR (rejected)' },
  ]);
  const scheduling = schedulerFromConfig(config, { db, clock, logger, people: ctx.people, extraChannels: extra.channels, extraRecipients: extra.recipients });
  const inFlight = new InFlightDigests(logger);
  let scheduler: SchedulerHandle | null = null;
  let inbox: InboxWatcher | null = null;
  let bot: RunningBot | null = null;
  let botState: string = config.TELEGRAM_BOT_TOKEN ? BOT_STARTING : BOT_NOT_CONFIGURED;
  /** Why the bot is not up while it is tried again, for /healthz; null once it is up. */
  let botUnreachable: string | null = null;

  // The HTTP server first, so a port already taken stops start-up before any reminder goes out.
  const http = await startHttpServer({
    port: config.PORT,
    host: config.HTTP_HOST,
    logger,
    // The bot's webhook is known only once the bot has started; until then such a POST is a 405.
    webhook: {
      get path() {
        return bot?.webhookPath ?? '';
      },
      handle: (req, res) => bot!.handleWebhook!(req, res),
    },
    endpoints: serviceEndpoints({
      db,
      dbPath: config.dbPath,
      directory: scheduling.units,
      policy: scheduling.policy,
      clock,
      startedAt,
      scheduler: () => scheduler?.status() ?? { lastPassAt: null, nextPassAt: null, lastError: null, unplannable: [], channelErrors: {} },
      calendarSecret: config.CALENDAR_TOKEN_SECRET,
      ledgerToken: config.LEDGER_TOKEN,
      degradations: () => (botUnreachable === null ? [] : [botUnreachable]),
      details: () => ({
        channels: {
          email: described.email,
          telegram: { ...described.telegram, bot: botState },
        },
        recipients: scheduling.recipientsMissing ? '没有收件人文件' : scheduling.recipients().length,
        inbox: { dir: config.inboxDir, fault: inbox?.fault() ?? null, recent: inbox?.recent().slice(0, 5) ?? [] },
      }),
      faults: () => [inbox?.fault()].filter((f): f is string => typeof f === 'string'),
    }),
  }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') throw new InputError(`PORT: 端口 ${config.PORT} 已被占用`);
    if (err.code === 'EACCES') throw new InputError(`PORT: 端口 ${config.PORT} 需要本用户没有的权限(1024 以下的端口要特权)`);
    throw err;
  });

  const botStarting = new AbortController();
  let botStarted: Promise<void> = Promise.resolve();

  /**
   * Starts the bot, and while the Bot API cannot be reached (blocked without a proxy, down) tries
   * again with back-off, logging each failure; /healthz says degraded with the reason meanwhile.
   */
  async function startBotUntilUp(): Promise<void> {
    for (let attempt = 1; !botStarting.signal.aborted; attempt++) {
      try {
        bot = await startBot({ db, config, clock, logger, units: scheduling.units, people: () => scheduling.people.current(), signal: botStarting.signal });
        botState = bot === null ? BOT_NOT_CONFIGURED : `运行中(${botModeWord(bot.webhookPath !== undefined)})`;
        botUnreachable = null;
        return;
      } catch (err) {
        if (botStarting.signal.aborted) return;
        const waitMs = Math.min(BOT_RETRY_FIRST_MS * 2 ** (attempt - 1), BOT_RETRY_MAX_MS);
        botState = BOT_UNREACHABLE;
        botUnreachable = `Telegram 机器人无法启动:${(err as Error).message}(第 ${attempt} 次尝试,${waitMs / 1000} 秒后再试)`;
        logger.error({ err, attempt, nextTryInMs: waitMs }, 'Telegram:机器人无法启动;邮件提醒、收件箱和 HTTP 照常运行,稍后再次启动机器人');
        await sleep(waitMs, undefined, { signal: botStarting.signal }).catch(() => {});
      }
    }
  }

  async function stop(deadlineMs = SEND_DEADLINE_MS) {
    logger.info('服务正在停止:不再接受新的工作');
    botStarting.abort();
    await botStarted;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    const orderly = Promise.all([scheduler?.stop(), inbox?.stop(), http.close(1_000), bot?.stop()]).then(() => 'finished' as const);
    const outcome = await Promise.race([orderly, deadline]);
    clearTimeout(timer);
    if (outcome === 'deadline') {
      const released = inFlight.releaseAll(db);
      logger.warn({ digests: released }, '停止时限已到,仍在发送的提醒摘要已退回,下次启动时发送');
    }
    await scheduling.close();
    db.close();
    logger.info({ outcome: outcome === 'finished' ? '各部分已按序停止' : '到停止时限,仍在发送的已退回' }, '服务已停止');
  }

  try {
    scheduler = startScheduler({ ...scheduling, channels: scheduling.channels.map((c) => inFlight.track(c)) });
    inbox = watchInbox({
      inboxDir: config.inboxDir,
      archiveDir: config.archiveDir,
      rejectedDir: config.rejectedDir,
      importFile: gazetteImporter(db, clock, logger),
      maxFileBytes: config.SHIXIAN_INBOX_MAX_MB * 1e6,
      logger,
      intervalMs: INBOX_INTERVAL_MS,
    });
  } catch (err) {
    // Half started is not started: stop what runs, so the process can exit with the error.
    await stop();
    throw err;
  }
  // The bot last and in the background: reminders, the inbox and HTTP never wait for Telegram.
  botStarted = startBotUntilUp();

  logger.info({ url: http.url, inbox: config.inboxDir, bot: botState }, '服务已启动');
  return { url: http.url, stop };
}
