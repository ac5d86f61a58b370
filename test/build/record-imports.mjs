// Loaded with `node --import`: records every module the process resolves, one URL a line, in the file
// named by RECORD_IMPORTS, and at exit those the bundle required (CommonJS, which resolves without
// the hooks: better-sqlite3…) and Node's own modules it loaded (node:child_process…). Plain
// JavaScript, as it runs beside the compiled build, without tsx.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

register(
  `data:text/javascript,${encodeURIComponent(`
    import fs from 'node:fs';
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      fs.appendFileSync(process.env.RECORD_IMPORTS, resolved.url + '\\n');
      return resolved;
    }`)}`,
);

process.on('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache).map((file) => `${pathToFileURL(file).href}\n`);
  fs.appendFileSync(process.env.RECORD_IMPORTS, required.join(''));
  const own = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/'));
  fs.appendFileSync(process.env.RECORD_IMPORTS, own.map((m) => `node:${m.slice('NativeModule '.length)}\n`).join(''));
});
