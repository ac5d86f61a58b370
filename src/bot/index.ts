import { createHash } from 'node:crypto';
import type http from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { Api, Bot, webhookCallback } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { loadRecipients, type Recipient } from '../recipients/file.ts';
import type { Logger } from '../service/logger.ts';
import type { Db } from '../store/db.ts';
import { loadUnitDirectory, type UnitDirectory } from '../units/directory.ts';
import { accessControl } from './access.ts';
import type { BotContext, BotDeps } from './context.ts';
import { done } from './done.ts';
import { COMMANDS, help } from './help.ts';
import { lists } from './lists.ts';
import { botModeWord } from './mode.ts';
import { questions } from './questions.ts';
import { subscriptions } from './subscribe.ts';

export interface TelegramOptions {
  token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT): a local one, or a test's stand-in. */
  apiRoot?: string;
  /** Known bot identity: saves the getMe call (tests pass it). */
  botInfo?: UserFromGetMe;
}

/**
 * Makes the API client every Telegram call goes through (the bot's answers and the reminder
 * channel's digests): pointed at TELEGRAM_API_ROOT when set, and retrying 429 (after the
 * retry_after Telegram asks for) and 5xx answers with back-off.
 */
export function telegramApi(options: Pick<TelegramOptions, 'token' | 'apiRoot'>): Api {
  const api = new Api(options.token, clientOptions(options, API_TIMEOUT_SECONDS));
  withRetries(api);
  return api;
}

/** One Bot API call's limit: a Bot API that accepts and never answers (a firewall) fails the call, not the service. */
const API_TIMEOUT_SECONDS = 30;
/** getUpdates holds its request up to 30 s by design: its limit leaves room for that. */
const POLLING_TIMEOUT_SECONDS = 60;

function clientOptions(options: Pick<TelegramOptions, 'apiRoot'>, timeoutSeconds: number) {
  return { timeoutSeconds, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) };
}

function withRetries(api: Api): void {
  // Bounded, so a chat rate-limited for an hour does not hold a reminder pass for an hour: the
  // outbox retries such a digest later instead. A network error is not retried here (without
  // a bound, an unreachable Bot API held the pass forever): it fails the call, and the outbox or
  // the bot's start-up retries with back-off and logs each try.
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: true }));
}

function createTelegramBot(options: TelegramOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: clientOptions(options, POLLING_TIMEOUT_SECONDS),
  });
  withRetries(bot.api);
  return bot;
}

/** The bot: one Composer per feature, the access gate first. */
export function createBot(deps: BotDeps, options: TelegramOptions): Bot<BotContext> {
  const bot = createTelegramBot(options);
  bot.use(accessControl(deps));
  bot.use(help());
  bot.use(subscriptions());
  bot.use(lists());
  bot.use(done());
  bot.use(questions());
  bot.catch((err) => {
    deps.logger.error({ err: err.error, update: err.ctx.update.update_id }, 'Telegram:处理一条更新时出错,跳过这条,机器人照常运行');
  });
  return bot;
}

export interface StartBotOptions {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Defaults: rules/units.yaml and the recipients file named by the config. */
  units?: UnitDirectory;
  recipients?: Recipient[];
  /** The recipients file as the service reads it (again whenever it changes). */
  people?: () => Recipient[];
  botInfo?: UserFromGetMe;
  /** Aborts start-up (the service stopping while the Bot API does not answer). */
  signal?: AbortSignal;
}

export interface RunningBot {
  bot: Bot<BotContext>;
  /** With TELEGRAM_WEBHOOK_URL: the path the service's HTTP server hands to `handleWebhook`. */
  webhookPath?: string;
  handleWebhook?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the bot for `shixian serve`: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set
 * (then the service routes POSTs for `webhookPath` to `handleWebhook`). Without TELEGRAM_BOT_TOKEN
 * it says so once and returns null: the service runs on without the bot.
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot | null> {
  const { config, logger } = options;
  if (!config.TELEGRAM_BOT_TOKEN) {
    logger.info('Telegram:未设置 TELEGRAM_BOT_TOKEN,服务不带机器人运行');
    return null;
  }
  const fromFile = options.recipients ?? loadRecipients({ file: config.recipientsPath, explicit: config.SHIXIAN_RECIPIENTS !== undefined }).recipients;
  const deps: BotDeps = {
    db: options.db,
    clock: options.clock,
    logger,
    units: options.units ?? loadUnitDirectory(config.SHIXIAN_RULES_DIR),
    // Read on each update, so a person added to the recipients file may use the bot without a restart.
    get recipients() {
      return options.people?.() ?? fromFile;
    },
    allowedChats: config.TELEGRAM_ALLOWED_CHATS ?? [],
    adminChats: config.TELEGRAM_ADMIN_CHATS ?? [],
  };
  const bot = createBot(deps, { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, botInfo: options.botInfo });
  // grammY types its signal with the abort-controller package's AbortSignal: Node's is the same at run time.
  const signal = options.signal as Parameters<Bot['init']>[0];
  // getMe directly, not bot.init(): init retries a network error forever and silently, and the
  // service needs to hear of it (to log, retry with back-off and report it in /healthz).
  if (!bot.isInited()) bot.botInfo = await bot.api.getMe(signal);
  await bot.api.setMyCommands(COMMANDS, undefined, signal);

  if (config.TELEGRAM_WEBHOOK_URL) {
    // Telegram sends this secret with every update, so a stranger cannot post updates to the path.
    const secret = createHash('sha256').update(`shixian-webhook:${config.TELEGRAM_BOT_TOKEN}`).digest('hex').slice(0, 32);
    await bot.api.setWebhook(config.TELEGRAM_WEBHOOK_URL, { secret_token: secret, allowed_updates: ['message', 'callback_query'] }, signal);
    logger.info({ bot: bot.botInfo.username, mode: botModeWord(true) }, 'Telegram:机器人已启动');
    return {
      bot,
      webhookPath: new URL(config.TELEGRAM_WEBHOOK_URL).pathname,
      handleWebhook: webhookCallback(bot, 'http', { secretToken: secret }) as RunningBot['handleWebhook'],
      // Nothing of the bot's own runs in webhook mode: the service's HTTP server brings the updates.
      stop: async () => {},
    };
  }

  await bot.api.deleteWebhook(undefined, signal);
  const polling = bot.start({
    allowed_updates: ['message', 'callback_query'],
    onStart: (info) => logger.info({ bot: info.username, mode: botModeWord(false) }, 'Telegram:机器人已启动'),
  });
  polling.catch((err: unknown) => logger.error({ err }, 'Telegram:机器人停止接收消息(提醒照常发送);重启服务可恢复'));
  return {
    bot,
    stop: async () => {
      await bot.stop();
    },
  };
}
