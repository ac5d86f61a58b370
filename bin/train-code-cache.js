// Run by bin/build.js in a process of its own: runs each command once on the sample gazettes, in a
// scratch data folder, and writes V8's code for everything it ran beside its bundle (see
// bin/load-bundle.js). V8 compiles a function only when it is first called, so a cache written
// right after compiling would hold little more than the bundle's top level: what a command runs
// gets into the cache by running it. The commands not run here get that top level.
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
const now = ['--now', '2018-06-23T09:00+08:00'];
/** Each bundle with the runs that train it, in this order: import fills the ledger the later ones read. */
const runs = {
  cli: [['--help']],
  'command-extract': [['extract', gazettes[0]], ['extract', '--format', 'jsonl', ...gazettes]],
  'command-import': [['import', ...gazettes], ['import', ...gazettes]],
  'command-tick': [['tick', ...now]],
  'command-upcoming': [['upcoming', ...now]],
};
try {
  const bundles = fs.readdirSync(distDir).filter((f) => f === 'cli.cjs' || (f.startsWith('command-') && f.endsWith('.cjs'))).map((f) => path.basename(f, '.cjs'));
  for (const name of [...Object.keys(runs), ...bundles.filter((b) => !Object.hasOwn(runs, b))]) {
    const { module, script } = loadBundle(name, { cache: false });
    for (const args of runs[name] ?? []) {
      const code = await module.exports.main(['node', 'shixian', ...args]);
      if (code !== 0) throw new Error(`写代码缓存时 shixian ${args.join(' ')} 以退出码 ${code} 结束`);
    }
    fs.writeFileSync(codeCacheFile(name), script.createCachedData());
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
