// Loads a bundle of dist/ (built by bin/build.js) with V8's code cache for it. Each command has a
// bundle of its own (dist/command-NAME.cjs, the CLI with that command alone): V8 reads a bundle's
// whole top level at every start, so a command pays for no other. Most of a short
// command's own time was V8 compiling the bundle's code, again at every start: the cache, written at
// build time after the build ran the commands once (bin/train-code-cache.js), holds the bytecode of
// every function they ran, so a start reads it instead of compiling. Node 20 has no code cache for
// ES modules (module.enableCompileCache came in Node 22), hence CommonJS bundles run as classic
// scripts. The cache is only read at run time, so a read-only image is fine; a cache V8 refuses
// (another Node version, another V8 flag) or a missing one costs the compilation, nothing else.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/**
 * The bundle that runs argv: that of the command it names, by the rule src/cli.ts loads commands by
 * (the first word, or the word after help), else dist/cli.cjs, the CLI with no command (help, the
 * version, a mistyped name).
 */
export function bundleFor(argv) {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const command = `command-${words[0] === 'help' ? words[1] : words[0]}`;
  return fs.existsSync(path.join(distDir, `${command}.cjs`)) ? command : 'cli';
}

/** The code cache of dist/NAME.cjs. */
export const codeCacheFile = (name) => path.join(distDir, `${name}.cjs.code-cache`);

/** The bundle's import() (bin/build.js rewrites it to this): a module's import() works where a code-cached script's does not. */
const importOutsideBundle = (specifier) => import(specifier);

/**
 * dist/NAME.cjs as a script: its module object, and the script (createCachedData writes its cache).
 * The wrapper is CommonJS's own, so the bundle's require, __filename and __dirname are as in a
 * CommonJS module; the cache is tied to the exact text compiled, wrapper included.
 */
export function loadBundle(name, { cache = true } = {}) {
  const file = path.join(distDir, `${name}.cjs`);
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  if (cache) {
    try {
      cachedData = fs.readFileSync(codeCacheFile(name));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, importOutsideBundle) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, distDir, importOutsideBundle);
  return { module, script };
}
