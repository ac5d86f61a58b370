#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs as `prepare`).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli.js')) throw err;
  process.stderr.write('shixian: 缺少 dist/cli.js:请先运行 `npm run build`(npm ci 会运行它)\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv);
