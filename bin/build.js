#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` on a fresh clone builds): bundles src/cli.ts and the
// packages it uses into dist/cli.cjs as plain JavaScript, so the CLI and the image run no TypeScript
// loader (tsx compiled every start and needed a writable cache dir) and a start reads one file
// instead of resolving hundreds in node_modules. The bundle is CommonJS, run as a classic script by
// bin/load-bundle.js with V8's code cache, which Node 20 offers for scripts only; a command still
// runs only what it uses: each module reached through a dynamic import (every command, the bot,
// mail, the database, the PDF and Word readers) is initialised, and compiled, the first time it is
// imported. dist/meta.json (esbuild's metafile) says what the bundles hold. better-sqlite3 stays in
// node_modules (a native addon), and so do pdfjs-dist, whose worker-less mode imports its worker
// module from beside its own file, and write-file-atomic. The migrations are read beside the code
// that runs them (src/store/db.ts), so they are copied next to the bundle. The inbox's worker
// (src/service/extract-worker.ts) starts a bundle of its own, dist/extract-worker.cjs, which holds
// neither the bot nor mail. Last, the commands are run once on the sample gazettes
// (bin/train-code-cache.js) and V8's code for what they ran is written beside the CLI's bundle.
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
 * The CLI's bundle as bin/load-bundle.js runs it, two things changed:
 * - every non-ASCII character of its regular expression literals is written as a \u escape, the
 *   same pattern. esbuild escapes such characters everywhere else but keeps them in regular
 *   expressions (and in tagged templates, whose raw text an escape would change), and one of them
 *   makes Node decode the whole 3 MB file as UTF-8 into a two-byte string: at every start, about a
 *   tenth of what `shixian extract` runs on top of a bare node. An ASCII file is read as it is.
 * - its import() calls (of pdf.js, an ES module only) call the loader's importOutsideBundle: in a
 *   script compiled from a code cache, Node 20 has lost the callback that import() needs
 *   (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
 */
function forTheLoader(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\0-\x7f]/.test(node.text)) {
      // Code units, not code points: a surrogate pair written as two escapes is the same character, with or without the u flag.
      edits.push([node.getStart(file), node.end, node.text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]);
    } else if (node.kind === ts.SyntaxKind.CallExpression && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      edits.push([node.expression.getStart(file), node.expression.end, 'importOutsideBundle']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let rewritten = '';
  let done = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    rewritten += code.slice(done, start) + text;
    done = end;
  }
  return rewritten + code.slice(done);
}

const outdir = path.join(root, 'dist');

fs.rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { cli: path.join(root, 'src/cli.ts'), 'extract-worker': path.join(root, 'src/service/extract-worker.ts') },
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
  banner: { js: "const importMetaOfBundle = { url: require('node:url').pathToFileURL(__filename).href };" },
  // Whitespace and syntax only: a start reads the bundle, and V8 compiles from it whatever the code
  // cache lacks; names stay as written, so a stack trace still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [zodLocalesLeftOut, childProcessOnFirstUse],
  logLevel: 'warning',
});
fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(metafile));
const cli = path.join(outdir, 'cli.cjs');
fs.writeFileSync(cli, forTheLoader(fs.readFileSync(cli, 'utf8')));
fs.cpSync(path.join(root, 'src/store/migrations'), path.join(outdir, 'migrations'), { recursive: true });
execFileSync(process.execPath, [path.join(root, 'bin/train-code-cache.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
