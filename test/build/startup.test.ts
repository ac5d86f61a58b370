import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript beside the build, without types
import { bundleFor } from '../../bin/load-bundle.js';
import { buildProgram, commandNamed } from '../../src/cli.ts';
import { tempDir } from '../fixtures/records.ts';

/**
 * The compiled CLI (dist/, rebuilt before the run by test/build-dist.ts) as users and the image run
 * it: which modules each command runs, and a start with nothing writable but the data folder.
 */
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/shixian.js');
const gazette = path.join(root, 'data/gazettes/002_9aa5dc24614d652e.txt');

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});
function scratch(): string {
  const { dir, cleanup } = tempDir('shixian-build-');
  cleanups.push(cleanup);
  return dir;
}

/** esbuild's account of the build: for each bundle, the source files and packages in it; for each source file, what it imports. */
const meta = JSON.parse(fs.readFileSync(path.join(root, 'dist/meta.json'), 'utf8')) as {
  inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>;
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};
const packageOf = (file: string) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];

/**
 * The modules of the CLI's bundle that run at every start: src/cli.ts and what it imports
 * statically. esbuild puts every module reached only through a dynamic import into a function
 * named after its path, which runs the first time the module is imported.
 */
function alwaysRun(): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || !meta.inputs[file]) return;
    seen.add(file);
    for (const imported of meta.inputs[file].imports) if (!imported.external && imported.kind !== 'dynamic-import') walk(imported.path);
  };
  walk('src/cli.ts');
  return seen;
}

/**
 * Runs the CLI with every module it loads from a file recorded (test/build/record-imports.mjs) and
 * V8's coverage on, and answers which modules it ran: those of the bundle (the ones every start
 * runs, and those whose function ran per the coverage), the packages it loaded from node_modules,
 * the files of our own it loaded, and Node's own modules.
 */
async function loadedBy(args: string[], env: Record<string, string> = {}) {
  const dir = scratch();
  const record = path.join(dir, 'imports.txt');
  const coverage = path.join(dir, 'coverage');
  await promisify(execFile)(process.execPath, ['--import', path.join(import.meta.dirname, 'record-imports.mjs'), bin, ...args], {
    cwd: root,
    env: { ...process.env, RECORD_IMPORTS: record, NODE_V8_COVERAGE: coverage, ...env },
  });
  const lines = fs.readFileSync(record, 'utf8').split('\n');
  const files = lines.filter((u) => u.startsWith('file:')).map((u) => new URL(u).pathname);
  const own = files.filter((f) => !f.includes('/node_modules/')).map((f) => path.relative(root, f));
  const dist = pathToFileURL(path.join(root, 'dist')).href;
  const ran = new Set(alwaysRun());
  const bundles: string[] = [];
  for (const report of fs.readdirSync(coverage)) {
    const scripts = (JSON.parse(fs.readFileSync(path.join(coverage, report), 'utf8')) as { result: Coverage[] }).result;
    for (const script of scripts.filter((s) => s.url.startsWith(`${dist}/`) && s.url.endsWith('.cjs'))) {
      bundles.push(path.relative(root, new URL(script.url).pathname));
      for (const f of script.functions) if (f.ranges[0].count > 0 && meta.inputs[f.functionName]) ran.add(f.functionName);
    }
  }
  const packages = new Set([...ran, ...files].flatMap((f) => packageOf(f) ?? []));
  const builtins = new Set(lines.filter((u) => u.startsWith('node:')));
  return { packages, own, ran, bundles, builtins };
}
interface Coverage {
  url: string;
  functions: Array<{ functionName: string; ranges: Array<{ count: number }> }>;
}

/** What the bot, mail, the database, logging and the scheduler bring with them. */
const HEAVY = ['grammy', '@grammyjs/auto-retry', 'nodemailer', 'better-sqlite3', 'pino', 'node-cron', 'mustache', 'ical-generator', 'rrule-temporal'];

describe('the compiled CLI runs what each command uses', () => {
  it('--help runs commander and the CLI itself, no command', async () => {
    const { packages, own, ran, bundles } = await loadedBy(['--help']);
    expect(bundles).toEqual(['dist/cli.cjs']);
    // With the two small packages commander's Chinese wording uses: display widths, and edit distance for "是不是 --format?".
    expect([...packages].sort()).toEqual(['commander', 'fastest-levenshtein', 'get-east-asian-width']);
    expect([...ran].filter((f) => f.startsWith('src/commands/'))).toEqual([]);
    // The bundle is read and run by bin/load-bundle.js, not resolved as a module.
    expect(own.sort()).toEqual(['bin/load-bundle.js', 'bin/shixian.js']);
  });

  it('extract runs neither the bot, nor mail, nor the database', async () => {
    const { packages, own, bundles } = await loadedBy(['extract', gazette]);
    expect(bundles).toEqual(['dist/command-extract.cjs']);
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
    expect(packages.has('opencc-js')).toBe(true);
    expect(own.filter((f) => /\.ts$/.test(f))).toEqual([]);
  });

  it('extract reads a PDF: pdf.js, an ES module kept out of the bundle, is imported from the code-cached script', async () => {
    const pdf = path.join(root, 'test/fixtures/formats/xuzhuang-2017.pdf');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'extract', '--format', 'jsonl', pdf], { cwd: root });
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { page: number });
    expect(records.length).toBeGreaterThan(0);
    expect(records[0].page).toBe(1);
  });

  it("--help and extract leave node:child_process unloaded: commander spawns only executable subcommands, and shixian has none", async () => {
    for (const args of [['--help'], ['extract', gazette]]) {
      const { builtins } = await loadedBy(args);
      expect(builtins.has('node:fs')).toBe(true);
      expect(builtins.has('node:child_process')).toBe(false);
    }
  });

  it('tick runs mail and the database, and the bot only with a token', async () => {
    const data = scratch();
    const { packages, own, bundles } = await loadedBy(['tick', '--now', '2018-06-23T09:00+08:00'], { SHIXIAN_DATA_DIR: data, LOG_LEVEL: 'silent', SMTP_URL: '', TELEGRAM_BOT_TOKEN: '' });
    expect(bundles).toEqual(['dist/command-tick.cjs']);
    expect(['nodemailer', 'better-sqlite3', 'pino', 'rrule-temporal'].filter((p) => !packages.has(p))).toEqual([]);
    expect(packages.has('grammy')).toBe(false);
    // Compiled JavaScript only: no TypeScript loader, no .ts file.
    expect(packages.has('tsx')).toBe(false);
    expect(own.every((f) => f.startsWith('bin/'))).toBe(true);
  });
});

describe('the bundles', () => {
  it("holds zod's English default and the Chinese locale the sources use, and none of its other locales", () => {
    const locales = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs).filter((f) => /\/zod\/.*\/locales\//.test(f)));
    expect([...new Set(locales.map((f) => path.basename(f)))].sort()).toEqual(['en.js', 'zh-CN.js']);
  });

  it('has one bundle for each command, where every other command is a stand-in, and one where all are', async () => {
    const names = (await buildProgram(['node', 'shixian'])).commands.map((c) => c.name()).filter((n) => n !== 'help');
    const standIns = (bundle: string) => Object.keys(meta.outputs[bundle].inputs).filter((f) => f.startsWith('only-command:')).sort();
    const standInsFor = (wanted: string[]) => wanted.map((n) => `only-command:./commands/${n}.ts`).sort();
    for (const name of names) {
      expect(Object.keys(meta.outputs[`dist/command-${name}.cjs`].inputs), name).toContain(`src/commands/${name}.ts`);
      expect(standIns(`dist/command-${name}.cjs`), name).toEqual(standInsFor(names.filter((n) => n !== name)));
    }
    expect(standIns('dist/cli.cjs')).toEqual(standInsFor(names));
  });

  it('are picked by the bin by the rule the CLI loads a command by', () => {
    const argvs = [['extract', 'a.txt'], ['help', 'tick'], ['tick', '--now', '2018-06-23T09:00+08:00'], ['--help'], ['-V'], ['extrat'], ['help'], []];
    for (const args of argvs) {
      const argv = ['node', 'shixian', ...args];
      const command = commandNamed(argv);
      expect(bundleFor(argv), args.join(' ')).toBe(command === undefined ? 'cli' : `command-${command}`);
    }
  });

  it('missing the bundle of the command asked for, the bin names the file and the build command, in one line, and exits 1', async () => {
    const copy = scratch();
    fs.cpSync(path.join(root, 'bin'), path.join(copy, 'bin'), { recursive: true });
    fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), { recursive: true, filter: (f) => !path.basename(f).startsWith('command-extract.') });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    const run = promisify(execFile)(process.execPath, [path.join(copy, 'bin/shixian.js'), 'extract', gazette], { cwd: copy });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'shixian: 缺少 dist/command-extract.cjs:构建不完整,请先运行 `npm run build`(npm ci 会运行它)\n',
    });
  });

  it('are ASCII where the start is measured, which Node reads without decoding', () => {
    for (const bundle of ['cli', 'command-extract', 'command-import', 'command-tick', 'command-upcoming']) {
      expect(/[^\0-\x7f]/.test(fs.readFileSync(path.join(root, `dist/${bundle}.cjs`), 'latin1')), bundle).toBe(false);
    }
  });

  it('come with code caches that V8 takes', async () => {
    const bundles = fs.readdirSync(path.join(root, 'dist')).filter((f) => f === 'cli.cjs' || f.startsWith('command-')).filter((f) => f.endsWith('.cjs'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { loadBundle } from './bin/load-bundle.js'; for (const b of ${JSON.stringify(bundles)}) console.log(b, loadBundle(b.slice(0, -4)).script.cachedDataRejected);`,
      ],
      { cwd: root },
    );
    expect(stdout.trim().split('\n')).toEqual(bundles.map((b) => `${b} false`));
  });
});

describe('the inbox worker', () => {
  it('starts a bundle that reads files and holds neither the bot nor mail', () => {
    const bundle = meta.outputs['dist/extract-worker.cjs'];
    expect(Object.keys(bundle.inputs)).toContain('src/service/extract-worker.ts');
    const packages = new Set(Object.keys(bundle.inputs).flatMap((f) => packageOf(f) ?? []));
    expect(packages.has('opencc-js')).toBe(true);
    expect(['grammy', 'nodemailer', 'ical-generator', 'node-cron'].filter((p) => packages.has(p))).toEqual([]);
  });
});

describe('a start with nothing writable but the data folder (docker run --read-only, no tmpfs)', () => {
  it('serve answers /healthz and stops cleanly with a read-only app, home and temp folder', async () => {
    const base = scratch();
    fs.chmodSync(base, 0o755);
    // The application as the image holds it: built files, rules and templates, its packages.
    const app = path.join(base, 'app');
    for (const part of ['bin', 'dist', 'rules', 'templates', 'package.json']) fs.cpSync(path.join(root, part), path.join(app, part), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'));
    const home = path.join(base, 'home');
    const tmp = path.join(base, 'tmp');
    const data = path.join(base, 'data');
    for (const dir of [home, tmp, data]) fs.mkdirSync(dir);
    // root ignores permissions: then the service runs as the image's uid 1000, which they bind.
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 1000, gid: 1000 } : {};
    if (asRoot) fs.chownSync(data, 1000, 1000);
    const setMode = (dir: string, dirMode: number, fileMode: number) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isSymbolicLink()) fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? dirMode : fileMode);
      }
      fs.chmodSync(dir, dirMode);
    };
    for (const dir of [app, home, tmp]) setMode(dir, 0o555, 0o444);
    // Writable again before the scratch folder is removed (as a user other than root, removal needs it).
    cleanups.push(() => [app, home, tmp].forEach((dir) => setMode(dir, 0o755, 0o644)));

    const child = spawn(process.execPath, [path.join(app, 'bin/shixian.js'), 'serve'], {
      cwd: app,
      env: { PATH: process.env.PATH ?? '', HOME: home, TMPDIR: tmp, SHIXIAN_DATA_DIR: data, PORT: '0', HTTP_HOST: '127.0.0.1', SHIXIAN_NOW: '2018-06-20T10:00+08:00' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...user,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const started = Date.now();
      let url: string | undefined;
      while (url === undefined) {
        if (child.exitCode !== null || Date.now() - started > 15_000) throw new Error(`serve did not start:\n${output}`);
        url = /"url":"(http:[^"]+)"/.exec(output)?.[1];
        await new Promise((r) => setTimeout(r, 100));
      }
      const health = await fetch(new URL('/healthz', url));
      expect(health.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // Nothing but the data folder was written.
      expect(fs.readdirSync(tmp)).toEqual([]);
      expect(fs.readdirSync(home)).toEqual([]);
      expect(fs.existsSync(path.join(data, 'shixian.db'))).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
