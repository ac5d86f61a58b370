#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` on a fresh clone builds): bundles src/cli.ts and the
// packages it uses into dist/ as plain JavaScript, so the CLI and the image run no TypeScript loader
// (tsx compiled every start and needed a writable cache dir) and a start reads one file instead of
// resolving hundreds in node_modules. The bundles are CommonJS, run as classic scripts by
// bin/load-bundle.js with V8's code cache, which Node 20 offers for scripts only. Each command has a
// bundle of its own, dist/command-NAME.cjs, in which every other command is a stand-in, and
// dist/cli.cjs has none (help, the version): V8 reads a bundle's whole top level at every start. In
// a bundle, each module reached through a dynamic import (the bot, mail, the database, the PDF and
// Word readers) is run, and compiled, the first time it is imported. dist/extract.cjs is the extractor
// alone, for the extract benchmark. dist/meta.json (esbuild's
// metafiles) says what the bundles hold. better-sqlite3 stays in node_modules (a native addon), and
// so do pdfjs-dist, whose worker-less mode imports its worker module from beside its own file, and
// write-file-atomic. The migrations are read beside the code that runs them (src/store/db.ts), so
// they are copied next to the bundles. The inbox's worker (src/service/extract-worker.ts) starts a
// bundle of its own, dist/extract-worker.cjs, which holds neither the bot nor mail. Last, the
// commands are run once on the sample gazettes (bin/train-code-cache.js) and V8's code for what
// they ran is written beside their bundles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

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
/**
 * Our sources as the bundles run them, two things changed (esbuild's own output is left as it is):
 * - every non-ASCII character of a regular expression literal is written as a \u escape, the same
 *   pattern. esbuild escapes such characters everywhere else but keeps them in regular expressions,
 *   and one of them makes Node decode a whole bundle as UTF-8 into a two-byte string: at every
 *   start, about a tenth of what `shixian extract` runs on top of a bare node. An ASCII file is
 *   read as it is.
 * - import() of a package kept out of the bundles (pdf.js, an ES module only) calls
 *   importOutsideBundle, which bin/load-bundle.js and the worker's banner give: in a script compiled
 *   from a code cache, Node 20 has lost the callback that import() needs
 *   (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
 */
const sourcesForTheBundles = {
  name: 'sources-for-the-bundles',
  setup(pluginBuild) {
    const rewritten = new Map();
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path: file }) => {
      if (!rewritten.has(file)) rewritten.set(file, forTheBundles(fs.readFileSync(file, 'utf8')));
      return { contents: rewritten.get(file), loader: 'ts' };
    });
  },
};
function forTheBundles(code) {
  const file = ts.createSourceFile('source.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\0-\x7f]/.test(node.text)) {
      // Code units, not code points: a surrogate pair written as two escapes is the same character, with or without the u flag.
      edits.push([node.getStart(file), node.end, node.text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]);
    } else if (node.kind === ts.SyntaxKind.CallExpression && node.expression.kind === ts.SyntaxKind.ImportKeyword && /^['"][^./]/.test(node.arguments[0]?.getText(file) ?? '')) {
      edits.push([node.expression.getStart(file), node.expression.end, 'importOutsideBundle']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = '';
  let done = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    result += code.slice(done, start) + text;
    done = end;
  }
  return result + code.slice(done);
}

/**
 * In the bundle of one command, every other command's module is this stand-in: bin/load-bundle.js
 * picks the bundle by the command argv names, by the rule src/cli.ts loads commands by.
 */
const onlyCommand = (command) => ({
  name: 'only-command',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/commands\// }, (args) =>
      args.kind === 'dynamic-import' && args.importer === path.join(root, 'src/cli.ts') && path.basename(args.path, '.ts') !== command
        ? { path: args.path, namespace: 'only-command' }
        : undefined,
    );
    // dist/cli.cjs runs a command only when that command's bundle is missing: a build left half done,
    // or a checkout that gained a command since the last build. bin/shixian.js prints the message alone.
    pluginBuild.onLoad({ filter: /.*/, namespace: 'only-command' }, (args) => ({
      contents: `throw Object.assign(new Error(${JSON.stringify(
        command === null
          ? `缺少 dist/command-${path.basename(args.path, '.ts')}.cjs:构建不完整,请先运行 \`npm run build\`(npm ci 会运行它)`
          : `${args.path} 不在 ${command} 命令的构建包中(bin/build.js)`,
      )}), { code: 'SHIXIAN_INCOMPLETE_BUILD' });`,
      loader: 'js',
    }));
  },
});

const outdir = path.join(root, 'dist');

const bundle = (entryPoints, plugins, banner) =>
  build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'write-file-atomic'],
    // The sources find files beside themselves (migrations, packages' data) by import.meta.url, which a
    // CommonJS bundle has not: it becomes the bundle's own URL.
    define: { 'import.meta': 'importMetaOfBundle' },
    banner: { js: `const importMetaOfBundle = { url: require('node:url').pathToFileURL(__filename).href };${banner}` },
    // Whitespace and syntax only: a start reads the bundle, and V8 compiles from it whatever the code
    // cache lacks; names stay as written, so a stack trace still names its functions.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    plugins: [zodLocalesLeftOut, childProcessOnFirstUse, sourcesForTheBundles, ...plugins],
    logLevel: 'warning',
  });

fs.rmSync(outdir, { recursive: true, force: true });
const cli = path.join(root, 'src/cli.ts');
const commandModules = (await build({ absWorkingDir: root, entryPoints: [cli], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' })).metafile.inputs[
  'src/cli.ts'
].imports
  .filter((i) => i.kind === 'dynamic-import')
  .map((i) => path.basename(i.path, '.ts'));
const metafiles = await Promise.all([
  bundle({ cli }, [onlyCommand(null)], ''),
  ...commandModules.map((command) => bundle({ [`command-${command}`]: cli }, [onlyCommand(command)], '')),
  // Started by Node as a CommonJS module, where import() works as it is.
  bundle({ 'extract-worker': path.join(root, 'src/service/extract-worker.ts') }, [], ' const importOutsideBundle = (specifier) => import(specifier);'),
  // The extractor alone (src/extract/index.ts's exports), built as the commands' bundles are: the code the
  // extract benchmark measures in process (bench/extract.bench.ts), which is then the code users run, not
  // the sources through tsx, where every call between modules goes through an export's getter.
  // Loaded by bin/load-bundle.js, which gives importOutsideBundle.
  bundle({ extract: path.join(root, 'src/extract/index.ts') }, [], ''),
]);
const metafile = { inputs: Object.assign({}, ...metafiles.map((m) => m.metafile.inputs)), outputs: Object.assign({}, ...metafiles.map((m) => m.metafile.outputs)) };
fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(metafile));
fs.cpSync(path.join(root, 'src/store/migrations'), path.join(outdir, 'migrations'), { recursive: true });
execFileSync(process.execPath, [path.join(root, 'bin/train-code-cache.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
