#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` on a fresh clone builds): bundles src/cli.ts and the
// packages it uses into dist/ as plain JavaScript, so the CLI and the image run no TypeScript loader
// (tsx compiled every start and needed a writable cache dir) and a start reads a few files instead of
// resolving hundreds in node_modules. Each command's dynamic import becomes a chunk of its own, so a
// command loads only what it uses; dist/meta.json (esbuild's metafile) says what each chunk holds.
// better-sqlite3 stays in node_modules (a native addon), and so does pdfjs-dist, whose
// worker-less mode imports its worker module from beside its own file, and write-file-atomic, which
// names its temporary files from CommonJS's __filename (undefined in an ES module chunk). CommonJS packages inside an ES module call
// `require` for Node's own modules: the banner gives each chunk one. The migrations are read beside
// the code that runs them (src/store/db.ts), so they are copied next to the chunks. The inbox's
// worker (src/service/extract-worker.ts) starts the chunk holding its own code: as an entry point of
// its own that code sits in a chunk apart from serve's, so a worker does not load the bot and mail.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * zod offers every one of its locales as `z.locales`, a namespace esbuild cannot shake: about half of
 * zod in the bundle (~350 KB of ~750 KB) that every command using zod parses at start. The sources take
 * the locale they use from its own module (src/zod-chinese.ts), and zod imports its English default
 * itself, so zod's index of locales becomes an empty module: `z.locales` is empty in the build.
 */
const zodLocalesLeftOut = {
  name: 'zod-locales-left-out',
  setup(pluginBuild) {
    const insideZod = `${path.sep}node_modules${path.sep}zod${path.sep}`;
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(insideZod) ? { path: 'zod-locales', namespace: 'zod-locales-left-out' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-locales-left-out' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
/**
 * commander requires node:child_process when it loads, for subcommands that are executables of their
 * own (shixian has none). With what that module loads in turn (net, dgram…) it was, at every start,
 * about 2 % of the instructions of a whole `shixian extract` and a fifth of what `--help` adds to a
 * bare node start. commander gets a stand-in that loads Node's module the first time any of it is used.
 */
const childProcessOnFirstUse = {
  name: 'child-process-on-first-use',
  setup(pluginBuild) {
    const insideCommander = `${path.sep}node_modules${path.sep}commander${path.sep}`;
    pluginBuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(insideCommander) ? { path: 'child-process', namespace: 'child-process-on-first-use' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'child-process-on-first-use' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};
const outdir = path.join(root, 'dist');

fs.rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'src/cli.ts'), path.join(root, 'src/service/extract-worker.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pdfjs-dist', 'write-file-atomic'],
  banner: { js: "import { createRequire as createRequireOfChunk } from 'node:module'; const require = createRequireOfChunk(import.meta.url);" },
  // Whitespace and syntax only: a start parses ~1 MB of chunks, and the smaller text is quicker to
  // read and compile; names stay as written, so a stack trace still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [zodLocalesLeftOut, childProcessOnFirstUse],
  logLevel: 'warning',
});
fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(metafile));
fs.cpSync(path.join(root, 'src/store/migrations'), path.join(outdir, 'migrations'), { recursive: true });
