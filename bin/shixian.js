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
// A reader that stops early (`shixian extract … | head`) closes the pipe: what is left to print has
// nowhere to go, and that is no error, so the process ends quietly instead of crashing on EPIPE.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});
try {
  process.exitCode = await cli.main(process.argv);
} catch (err) {
  if (err?.code !== 'SHIXIAN_INCOMPLETE_BUILD') throw err;
  process.stderr.write(`shixian: ${err.message}\n`);
  process.exit(1);
}
