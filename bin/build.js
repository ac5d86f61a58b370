#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` on a fresh clone builds): bundles src/cli.ts into
// dist/ as plain JavaScript, so the CLI and the image run no TypeScript loader (tsx compiled every
// start and needed a writable cache dir). Each command's dynamic import becomes a chunk of its own,
// so a command loads only what it uses. Packages stay in node_modules: better-sqlite3 is a native
// addon, and the others resolve their own files (chinese-days' JSON). The migrations are read beside
// the code that runs them (src/store/db.ts), so they are copied next to the chunks.
// `node bin/build.js OUTDIR` builds elsewhere (the tests build a throwaway copy).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'src/cli.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'src/store/migrations'), path.join(outdir, 'migrations'), { recursive: true });
