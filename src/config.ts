import path from 'node:path';
import { z } from 'zod';
import { parseNow } from './clock.ts';

const chatIdList = z
  .string()
  .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, 'a comma-separated list of numeric chat ids')
  .transform((s) => s.split(',').map((x) => Number(x.trim())));

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

/**
 * Everything shixian reads from the environment, validated at start. Secrets (SMTP_URL's password,
 * TELEGRAM_BOT_TOKEN, CALENDAR_TOKEN_SECRET) are never echoed back in errors: see describeConfigError.
 */
export const EnvSchema = z.object({
  SHIXIAN_DATA_DIR: z.string().default('data'),
  SHIXIAN_DB: optionalText,
  SHIXIAN_RECIPIENTS: optionalText,
  SHIXIAN_RULES_DIR: z.string().default('rules'),
  SHIXIAN_TEMPLATES_DIR: z.string().default('templates'),
  SHIXIAN_NOW: optionalText.pipe(
    z
      .string()
      .optional()
      .refine((s) => s === undefined || !Number.isNaN(safeParseNow(s)), 'a date or date-time such as 2018-06-23T09:00+08:00'),
  ),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .optional()
      .refine((s) => s === undefined || /^smtps?:\/\//.test(s), 'an smtp:// or smtps:// URL'),
  ),
  MAIL_FROM: z.string().default('shixian <shixian@localhost>'),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .optional()
      .refine((s) => s === undefined || /^\d+:[\w-]+$/.test(s), 'a bot token from BotFather (digits:letters)'),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(z.string().url().optional()),
  TELEGRAM_ALLOWED_CHATS: optionalText.pipe(chatIdList.optional()),
  TELEGRAM_ADMIN_CHATS: optionalText.pipe(chatIdList.optional()),
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.string().url().optional()),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  CALENDAR_TOKEN_SECRET: optionalText,
  SHIXIAN_INBOX: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

function safeParseNow(s: string): number {
  try {
    return parseNow(s).getTime();
  } catch {
    return Number.NaN;
  }
}

export type Config = ReturnType<typeof resolveConfig>;

/** Thrown with every problem at once, one per line, by variable name and what was expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // Name the variable and the expectation, never the value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`));
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
