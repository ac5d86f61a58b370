import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';

export type { Logger };

/** Keys that hold a secret wherever they appear in a logged object (one or two levels down). */
const SECRET_KEYS = ['password', 'pass', 'token', 'secret', 'SMTP_URL', 'smtpUrl', 'TELEGRAM_BOT_TOKEN', 'CALENDAR_TOKEN_SECRET', 'LEDGER_TOKEN', 'authorization'];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/** The secret values in a configuration, as they could appear in text (an error message, a URL). */
export function secretValues(config: Pick<Config, 'SMTP_URL' | 'TELEGRAM_BOT_TOKEN' | 'CALENDAR_TOKEN_SECRET' | 'LEDGER_TOKEN'>): string[] {
  const values: string[] = [];
  if (config.SMTP_URL) {
    values.push(config.SMTP_URL);
    const { password } = new URL(config.SMTP_URL);
    if (password) values.push(password, decodeURIComponent(password));
  }
  if (config.TELEGRAM_BOT_TOKEN) values.push(config.TELEGRAM_BOT_TOKEN);
  if (config.CALENDAR_TOKEN_SECRET) values.push(config.CALENDAR_TOKEN_SECRET);
  if (config.LEDGER_TOKEN) values.push(config.LEDGER_TOKEN);
  // Longest first, so the whole SMTP URL goes before the password inside it.
  return [...new Set(values)].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * One JSON line per event. Secrets are removed twice: by key (pino's redact), and by value from
 * every finished line, because a library's error message can carry a URL with a token in it.
 */
export function createLogger(
  options: { level: string; secrets?: string[]; name?: string },
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
  const secrets = (options.secrets ?? []).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]);
  return pino(
    {
      name: options.name ?? 'shixian',
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: secrets.length
        ? { streamWrite: (line) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line) }
        : {},
    },
    destination,
  );
}
