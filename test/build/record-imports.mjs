// Loaded with `node --import`: records every module the process resolves, one URL a line, in the file
// named by RECORD_IMPORTS, and at exit Node's own modules it loaded (node:child_process…), which
// the bundle's CommonJS parts require without resolving through the hooks. Plain JavaScript, as it
// runs beside the compiled build, without tsx.
import fs from 'node:fs';
import { register } from 'node:module';

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
  const own = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/'));
  fs.appendFileSync(process.env.RECORD_IMPORTS, own.map((m) => `node:${m.slice('NativeModule '.length)}\n`).join(''));
});
