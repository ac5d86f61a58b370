import path from 'node:path';
import { botModeWord } from './bot/mode.ts';
import * as z from './zod-chinese.ts';
import { parseNow } from './clock.ts';
import { InputError } from './errors.ts';

/**
 * An unset variable and one set to blank are the same thing: compose files and `docker run -e X=`
 * pass empty strings for what the operator meant to leave out. Values are taken trimmed.
 */
function blanksUnset(env: unknown): unknown {
  if (typeof env !== 'object' || env === null) return env;
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, typeof value === 'string' ? value.trim() || undefined : value]));
}

const chatIdList = z
  .string()
  .regex(/^-?\d+(\s*,\s*-?\d+)*$/, { error: '应为以逗号分隔的数字 chat id 列表' })
  .transform((s) => s.split(',').map((x) => Number(x.trim())));

const httpUrl = z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 地址' });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Everything shixian reads from the environment, validated at start. Secrets (SMTP_URL's password,
 * TELEGRAM_BOT_TOKEN, CALENDAR_TOKEN_SECRET, LEDGER_TOKEN) are never echoed back: every message below says what
 * was expected, never what was given.
 */
export const EnvSchema = z.object({
  SHIXIAN_DATA_DIR: z.string().default('data'),
  SHIXIAN_DB: z.string().optional(),
  SHIXIAN_RECIPIENTS: z.string().optional(),
  SHIXIAN_RULES_DIR: z.string().default('rules'),
  SHIXIAN_TEMPLATES_DIR: z.string().default('templates'),
  SHIXIAN_NOW: z
    .string()
    .refine((s) => !Number.isNaN(safeParseNow(s)), { error: '应为日期或日期时间,例如 2018-06-23T09:00+08:00' })
    .optional(),
  SHIXIAN_INBOX: z.string().optional(),
  /** The largest inbox file taken (MB = 10^6 bytes): a 64 MB gazette is read within the service's 300 MB aim. */
  SHIXIAN_INBOX_MAX_MB: z.coerce.number({ error: '应为以 MB 计的大小,例如 64' }).positive({ error: '应为大于 0 的 MB 数' }).default(64),
  SMTP_URL: z
    .string()
    .refine((s) => /^smtps?:\/\/[^/?#\s]+/.test(s) && URL.canParse(s), {
      error: '应为 smtp:// 或 smtps:// 地址,例如 smtps://user:password@mail.example.gov.cn:465',
    })
    .optional(),
  MAIL_FROM: z.string().default('shixian <shixian@localhost>'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, { error: '应为 BotFather 给的机器人令牌(数字:字母)' })
    .optional(),
  TELEGRAM_API_ROOT: httpUrl.optional(),
  TELEGRAM_ALLOWED_CHATS: chatIdList.optional(),
  TELEGRAM_ADMIN_CHATS: chatIdList.optional(),
  // Telegram delivers webhooks over HTTPS only; an http:// URL fails at setWebhook, after start.
  TELEGRAM_WEBHOOK_URL: z.url({ protocol: /^https$/, error: '应为 https:// 地址(Telegram 只经 HTTPS 发送 webhook)' }).optional(),
  PORT: z
    .string()
    .refine((s) => /^\d{1,5}$/.test(s) && Number(s) <= 65535, { error: '应为 0 到 65535 的端口号(0 表示任取空闲端口)' })
    .transform(Number)
    .default(8080),
  /** Unset: listen on every interface, as a container must; tests bind 127.0.0.1. */
  HTTP_HOST: z.string().optional(),
  /** Signs each unit's calendar-feed token; long enough that the tokens cannot be guessed. */
  CALENDAR_TOKEN_SECRET: z.string().min(16, { error: '应为至少 16 个字符的密钥(例如 `openssl rand -hex 32`)' }).optional(),
  /** Opens /obligations.csv (the whole ledger); unset, the export is off. */
  LEDGER_TOKEN: z.string().min(16, { error: '应为至少 16 个字符的令牌(例如 `openssl rand -hex 32`)' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `应为 ${LOG_LEVELS.join('、')} 之一` }).default('info'),
});

/**
 * EnvSchema over the environment as it comes, blank variables unset: one step for the whole
 * environment rather than one per variable (each a schema more to build at every start).
 */
const Environment = z.preprocess(blanksUnset, EnvSchema);

function safeParseNow(s: string): number {
  try {
    return parseNow(s).getTime();
  } catch {
    return Number.NaN;
  }
}

export type Config = ReturnType<typeof resolveConfig>;

/**
 * Thrown with every problem at once, one per line, by variable name and what was expected (in Chinese: a person reads it). An
 * InputError, so the CLI prints it without a stack and exits non-zero.
 */
export class ConfigError extends InputError {
  constructor(readonly problems: string[]) {
    super(`配置有误:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    // Name the variable and the expectation, never the value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return resolveConfig(parsed.data);
}

function resolveConfig(env: z.infer<typeof EnvSchema>) {
  const dataDir = env.SHIXIAN_DATA_DIR;
  return {
    ...env,
    dataDir,
    dbPath: env.SHIXIAN_DB ?? path.join(dataDir, 'shixian.db'),
    recipientsPath: env.SHIXIAN_RECIPIENTS ?? path.join(dataDir, 'recipients.yaml'),
    outboxDir: path.join(dataDir, 'outbox'),
    inboxDir: env.SHIXIAN_INBOX ?? path.join(dataDir, 'inbox'),
    archiveDir: path.join(dataDir, 'archive'),
    rejectedDir: path.join(dataDir, 'rejected'),
    now: env.SHIXIAN_NOW ? parseNow(env.SHIXIAN_NOW) : undefined,
  };
}

/**
 * What the configuration says, fit for a log line or /healthz: which channels are on and where,
 * with every secret reduced to whether it is set.
 */
export function describeConfig(config: Config) {
  const smtp = config.SMTP_URL ? new URL(config.SMTP_URL) : undefined;
  return {
    dataDir: config.dataDir,
    db: config.dbPath,
    inbox: config.inboxDir,
    email: smtp ? { via: `${smtp.protocol}//${smtp.hostname}${smtp.port ? `:${smtp.port}` : ''}`, from: config.MAIL_FROM } : { via: '.eml 文件', dir: config.outboxDir },
    telegram: config.TELEGRAM_BOT_TOKEN ? { configured: true, mode: botModeWord(config.TELEGRAM_WEBHOOK_URL !== undefined) } : { configured: false },
    calendarTokens: config.CALENDAR_TOKEN_SECRET ? '需要令牌' : '不需要令牌',
    ledgerExport: config.LEDGER_TOKEN ? '需要令牌' : '关闭',
    now: config.now?.toISOString() ?? '系统时钟',
  };
}
