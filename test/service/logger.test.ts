import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger, secretValues } from '../../src/service/logger.ts';

describe('createLogger', () => {
  it('writes one JSON line per event with secrets removed by key and by value', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:Pa%24%24word-9@mail.example.gov.cn:465',
      TELEGRAM_BOT_TOKEN: '123456:AAbbCCdd-secret',
    });
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: secretValues(config) }, { write: (line: string) => void lines.push(line) });

    logger.info({ obligation: 'abc123', recipient: 7, smtp: { auth: { pass: 'inline-pass' } } }, '提醒已发出');
    logger.error({ err: new Error('request to https://api.telegram.org/bot123456:AAbbCCdd-secret/getMe failed (Pa$$word-9)') }, '机器人出错');

    expect(lines).toHaveLength(2);
    const [sent, failed] = lines.map((l) => JSON.parse(l));
    expect(sent).toMatchObject({ msg: '提醒已发出', obligation: 'abc123', recipient: 7, smtp: { auth: { pass: '[redacted]' } } });
    expect(failed.err.message).toBe('request to https://api.telegram.org/bot[redacted]/getMe failed ([redacted])');
    const all = lines.join('');
    for (const secret of ['inline-pass', 'AAbbCCdd-secret', 'Pa$$word-9', 'Pa%24%24word-9']) expect(all).not.toContain(secret);
  });
});
