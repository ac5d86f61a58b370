// Run by bin/build.js in a process of its own: runs the CLI's commands once on the sample gazettes,
// in a scratch data folder, and writes V8's code for everything they ran beside dist/cli.cjs (see
// bin/load-bundle.js). V8 compiles a function only when it is first called, so a cache written
// right after compiling would hold little more than the bundle's top level: what a command runs
// gets into the cache by running it. One cache serves every command: it holds the union.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeCacheFile, distDir, loadBundle } from './load-bundle.js';

const root = path.join(distDir, '..');
const gazettes = fs.readdirSync(path.join(root, 'data/gazettes')).sort().map((f) => path.join(root, 'data/gazettes', f));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-code-cache-'));
Object.assign(process.env, {
  SHIXIAN_DATA_DIR: scratch,
  SHIXIAN_RECIPIENTS: path.join(root, 'data/recipients.example.yaml'),
  SMTP_URL: '',
  TELEGRAM_BOT_TOKEN: '',
  LOG_LEVEL: 'silent',
});
try {
  const { module, script } = loadBundle('cli', { cache: false });
  for (const args of [
    ['--help'],
    ['extract', gazettes[0]],
    ['extract', '--format', 'jsonl', ...gazettes],
    ['import', ...gazettes],
    ['import', ...gazettes],
    ['tick', '--now', '2018-06-23T09:00+08:00'],
    ['upcoming', '--now', '2018-06-23T09:00+08:00'],
  ]) {
    const code = await module.exports.main(['node', 'shixian', ...args]);
    if (code !== 0) throw new Error(`shixian ${args.join(' ')} exited with ${code} while the code cache was being written`);
  }
  fs.writeFileSync(codeCacheFile('cli'), script.createCachedData());
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
