import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../src/config.ts';
import { InputError } from '../../src/errors.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reports every mistake at once, by variable, with what was expected', () => {
    const problems = problemsOf({ PORT: '80800', SMTP_URL: 'http://mail.example.gov.cn', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: 应为 0 到 65535 的端口号/),
        expect.stringMatching(/^SMTP_URL: 应为 smtp:\/\/ 或 smtps:\/\/ 地址/),
        expect.stringMatching(/^LOG_LEVEL: 应为 fatal、error、warn、info、debug、trace、silent 之一/),
      ]),
    );
  });

  it('never repeats a secret it rejects', () => {
    const env = {
      SMTP_URL: 'http://mailer:Pa55-w0rd-x@mail.example.gov.cn',
      TELEGRAM_BOT_TOKEN: 'not a token s3cr3t-bot',
      CALENDAR_TOKEN_SECRET: 'short-k3y',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/SMTP_URL/);
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(message).toMatch(/CALENDAR_TOKEN_SECRET: 应为至少 16 个字符的密钥/);
    for (const secret of ['Pa55-w0rd-x', 's3cr3t-bot', 'short-k3y']) expect(message).not.toContain(secret);
  });

  it('takes only an https webhook URL, and a ledger token long enough not to be guessed', () => {
    expect(problemsOf({ TELEGRAM_WEBHOOK_URL: 'http://bot.example.gov.cn/hook' })).toEqual([
      expect.stringMatching(/^TELEGRAM_WEBHOOK_URL: 应为 https:\/\/ 地址/),
    ]);
    expect(loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.gov.cn/hook' }).TELEGRAM_WEBHOOK_URL).toBe('https://bot.example.gov.cn/hook');
    const problems = problemsOf({ LEDGER_TOKEN: 'short-t0ken' });
    expect(problems).toEqual([expect.stringMatching(/^LEDGER_TOKEN: 应为至少 16 个字符的令牌/)]);
    expect(problems.join()).not.toContain('short-t0ken');
  });

  it('takes defaults, treats blank as unset, and derives the data paths', () => {
    const config = loadConfig({ PORT: '', SHIXIAN_DATA_DIR: '/app/data', LOG_LEVEL: ' debug ' });
    expect(config.PORT).toBe(8080);
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.dbPath).toBe('/app/data/shixian.db');
    expect(config.inboxDir).toBe('/app/data/inbox');
    expect(config.archiveDir).toBe('/app/data/archive');
    expect(config.rejectedDir).toBe('/app/data/rejected');
    expect(loadConfig({ PORT: '0', SHIXIAN_INBOX: '/drop' }).inboxDir).toBe('/drop');
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
  });

  it('describes the configuration without its secrets', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:Pa55-w0rd-x@mail.example.gov.cn:465',
      TELEGRAM_BOT_TOKEN: '123456:AAbbCCdd-secret',
      CALENDAR_TOKEN_SECRET: 'a-long-calendar-secret-0123456789',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).toContain('smtps://mail.example.gov.cn:465');
    for (const secret of ['Pa55-w0rd-x', 'mailer', '123456:AAbbCCdd-secret', 'a-long-calendar-secret-0123456789']) {
      expect(text).not.toContain(secret);
    }
  });
});
