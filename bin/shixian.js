#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs as `prepare`).
import { bundleFor, loadBundle } from './load-bundle.js';

let cli;
try {
  cli = loadBundle(bundleFor(process.argv)).module.exports;
} catch (err) {
  if (err?.code !== 'ENOENT' || !String(err.path).endsWith('.cjs')) throw err;
  process.stderr.write('shixian: 缺少 dist/cli.cjs:请先运行 `npm run build`(npm ci 会运行它)\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv);
