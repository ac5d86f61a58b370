// Loaded with `node --import`: records every module the process resolves, one URL a line, in the file
// named by RECORD_IMPORTS. Plain JavaScript, as it runs beside the compiled build, without tsx.
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
