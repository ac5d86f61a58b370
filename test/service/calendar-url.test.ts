import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarToken } from '../../src/http/calendar-token.ts';
import { tempDir } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rules = tempDir();
afterAll(rules.cleanup);
fs.writeFileSync(path.join(rules.dir, 'units.yaml'), 'units:\n  - name: 省发展改革委\n    aliases: [省发改委]\n');

const run = (args: string[], env: Record<string, string>) =>
  promisify(execFile)(process.execPath, [path.join(root, 'bin/shixian.js'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SHIXIAN_RULES_DIR: rules.dir, SHIXIAN_DATA_DIR: rules.dir, ...env },
  });

describe('shixian calendar-url', () => {
  it("prints the unit's feed address with its token, the same for every alias", async () => {
    const secret = 'calendar-secret-0123456789abcdef';
    const env = { CALENDAR_TOKEN_SECRET: secret, PORT: '9090' };
    const [byAlias, byName] = await Promise.all([run(['calendar-url', '省发改委'], env), run(['calendar-url', '省发展改革委', '--base', 'https://shixian.example.gov.cn/'], env)]);
    const token = calendarToken(secret, '省发展改革委');
    expect(byAlias.stdout).toBe(`http://localhost:9090/calendar/${encodeURIComponent('省发展改革委')}.ics?token=${token}\n`);
    expect(byName.stdout).toBe(`https://shixian.example.gov.cn/calendar/${encodeURIComponent('省发展改革委')}.ics?token=${token}\n`);
  });

  it('has no token without a secret', async () => {
    const { stdout } = await run(['calendar-url', '省发改委'], {});
    expect(stdout).toBe(`http://localhost:8080/calendar/${encodeURIComponent('省发展改革委')}.ics\n`);
  });

  it('on a fresh install looks the unit up in the dictionary and creates no ledger file', async () => {
    const fresh = tempDir();
    try {
      const { stdout } = await run(['calendar-url', '省发改委'], { SHIXIAN_DATA_DIR: fresh.dir });
      expect(stdout).toBe(`http://localhost:8080/calendar/${encodeURIComponent('省发展改革委')}.ics\n`);
      expect(fs.readdirSync(fresh.dir)).toEqual([]);
    } finally {
      fresh.cleanup();
    }
  });

  it('refuses a name that is neither in the dictionary nor in the ledger, with the nearest known names', async () => {
    const failed = await run(['calendar-url', '省发展改革局'], {}).then(
      () => null,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toMatch(/不认识“省发展改革局”这个单位.*最接近的有:省发展改革委/);
  });
});
