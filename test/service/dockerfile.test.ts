import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { DockerfileParser, type Healthcheck, type Instruction, type JSONInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EnvSchema } from '../../src/config.ts';

/**
 * No Docker engine here: the image cannot be built, so this checks what a mistake in the Dockerfile
 * would break, with dockerfile-utils' validator and dockerfile-ast's parser.
 */
const root = path.resolve(import.meta.dirname, '../..');
const text = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(text);

/** The instructions of each stage, in order. */
const stages = dockerfile.getFROMs().map((from, i, froms) => {
  const start = from.getRange().start.line;
  const end = froms[i + 1]?.getRange().start.line ?? Infinity;
  return {
    name: from.getBuildStage(),
    image: `${from.getImageName()}:${from.getImageTag()}`,
    instructions: dockerfile.getInstructions().filter((ins) => ins.getRange().start.line >= start && ins.getRange().start.line < end),
  };
});
const build = stages[0];
const final = stages[stages.length - 1];
const args = (ins: Instruction) => ins.getArguments().map((a) => a.getValue());
const of = (stage: typeof build, keyword: string) => stage.instructions.filter((ins) => ins.getKeyword() === keyword);
const jsonArgs = (ins: Instruction) => (ins as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());

describe('Dockerfile', () => {
  it('has no problem dockerfile-utils can see', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in a stage with the toolchain better-sqlite3 compiles with, before npm ci', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBeTruthy();
    const runs = of(build, 'RUN').map((ins) => args(ins).join(' '));
    const toolchain = runs.findIndex((r) => /apt-get install/.test(r) && ['python3', 'make', 'g++'].every((p) => r.split(/\s+/).includes(p)));
    const npmCi = runs.findIndex((r) => /\bnpm ci\b/.test(r));
    expect(toolchain).toBeGreaterThanOrEqual(0);
    expect(npmCi).toBeGreaterThan(toolchain);
    // The lockfile is in the image before npm ci reads it.
    const lockCopied = of(build, 'COPY').findIndex((ins) => args(ins).includes('package-lock.json'));
    expect(build.instructions.indexOf(of(build, 'COPY')[lockCopied])).toBeLessThan(build.instructions.indexOf(of(build, 'RUN')[npmCi]));
  });

  it('runs on a slim Node 20 base of the same Debian as the build, without the toolchain', () => {
    expect(final.image).toMatch(/^node:20(\.\d+)*-bookworm-slim$/);
    expect(build.image.replace(/-slim$/, '')).toBe(final.image.replace(/-slim$/, ''));
    expect(of(final, 'RUN').map((ins) => args(ins).join(' ')).join('\n')).not.toMatch(/apt-get install|g\+\+/);
    expect(of(final, 'COPY').some((ins) => ins.getArguments().length > 0 && text.includes(`--from=${build.name}`))).toBe(true);
  });

  it('runs as a user that is not root', () => {
    const users = of(final, 'USER').map((ins) => args(ins)[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    // Nothing after the last USER switches back.
    const lastUser = final.instructions.lastIndexOf(of(final, 'USER').at(-1)!);
    expect(final.instructions.slice(lastUser + 1).some((ins) => ins.getKeyword() === 'USER')).toBe(false);
  });

  it('declares /app/data a volume and points the data directory at it', () => {
    const volumes = of(final, 'VOLUME').flatMap(jsonArgs);
    expect(volumes).toContain('/app/data');
    expect(of(final, 'ENV').flatMap(args)).toContain('SHIXIAN_DATA_DIR=/app/data');
  });

  it('serves by default, with shixian on the PATH', () => {
    expect(jsonArgs(of(final, 'CMD').at(-1)!)).toEqual(['shixian', 'serve']);
    const link = of(final, 'RUN').map((ins) => args(ins).join(' ')).join('\n');
    expect(link).toMatch(/ln -s \/app\/bin\/shixian\.js \/usr\/local\/bin\/shixian/);
    // A symlinked script runs through its shebang: it must be executable.
    expect(fs.statSync(path.join(root, 'bin/shixian.js')).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(path.join(root, 'bin/shixian.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('copies only files that exist and that .dockerignore does not leave out', () => {
    const patterns = fs
      .readFileSync(path.join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    // Docker's rule: the last pattern naming a path (or a folder above it) decides; `!` lets it back in.
    const ignored = (source: string) =>
      patterns.reduce((out, p) => {
        const pattern = p.replace(/^!/, '');
        return pattern === source || source.startsWith(`${pattern}/`) ? !p.startsWith('!') : out;
      }, false);
    const sources = dockerfile
      .getCOPYs()
      .filter((copy) => copy.getFromFlag() === null)
      .flatMap((copy) => args(copy).slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'bin', 'src', 'rules', 'templates', 'data/recipients.example.yaml']));
    for (const source of sources) {
      expect(fs.existsSync(path.join(root, source)), `${source} exists`).toBe(true);
      expect(ignored(source), `${source} is left out by .dockerignore`).toBe(false);
    }
    // Local state stays out.
    for (const local of ['data/shixian.db', 'data/recipients.yaml', 'node_modules', 'dist']) expect(ignored(local), local).toBe(true);
  });

  it("builds better-sqlite3 from source against the base image's own Node headers, then drops its object files", () => {
    const env = of(build, 'ENV').flatMap(args);
    expect(env).toEqual(expect.arrayContaining(['npm_config_build_from_source=true', 'npm_config_nodedir=/usr/local']));
    const envAt = build.instructions.indexOf(of(build, 'ENV')[0]);
    const runs = of(build, 'RUN');
    const install = runs.find((ins) => /\bnpm (ci|rebuild)\b/.test(args(ins).join(' ')))!;
    expect(build.instructions.indexOf(install)).toBeGreaterThan(envAt);
    const script = args(install).join(' ');
    // Built, then everything of the build but the addon removed, and the addon put back where bindings looks.
    expect(script).toMatch(/npm rebuild better-sqlite3.*rm -rf build deps src.*mv better_sqlite3\.node build\/Release\//);
    // The old comment claimed the toolchain alone was enough; without these settings it is not.
    expect(text).not.toMatch(/needs python3, make and g\+\+\.\s*\n/);
  });

  it('runs compiled JavaScript: the build stage bundles and prunes the build tools, the image holds no sources', () => {
    const runs = of(build, 'RUN').map((ins) => args(ins).join(' '));
    const bundle = runs.findIndex((r) => /\bnpm run build\b/.test(r));
    expect(bundle).toBeGreaterThanOrEqual(0);
    expect(runs[bundle]).toMatch(/npm run build.*npm prune --omit=dev/);
    const finalSources = of(final, 'COPY').flatMap((ins) => args(ins).slice(0, -1));
    expect(finalSources).toEqual(expect.arrayContaining(['/app/dist', '/app/node_modules', 'bin/shixian.js']));
    expect(finalSources.filter((s) => /(^|\/)src$|tsconfig|\.ts$/.test(s))).toEqual([]);
    // What runs the TypeScript is a development tool, pruned before node_modules is copied.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((d) => ['tsx', 'esbuild', 'typescript'].includes(d))).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'bin/shixian.js'), 'utf8')).toMatch(/loadBundle\(bundleFor\(process\.argv\)\)/);
    expect(finalSources).toEqual(expect.arrayContaining(['bin/load-bundle.js']));
    expect(pkg.scripts.prepare).toBe(pkg.scripts.build);
  });

  it('copies the packages in a layer of their own, before the application', () => {
    const copies = of(final, 'COPY');
    const modules = copies.filter((ins) => args(ins).some((a) => a.includes('node_modules')));
    expect(modules).toHaveLength(1);
    expect(args(modules[0])).toEqual(['/app/node_modules', './node_modules']);
    expect(copies.indexOf(modules[0])).toBe(0);
  });

  it('ships the example recipients file in the data folder, where the log points', () => {
    const copy = of(final, 'COPY').find((ins) => args(ins)[0] === 'data/recipients.example.yaml')!;
    expect(path.posix.resolve('/app', args(copy)[1], 'recipients.example.yaml')).toBe('/app/data/recipients.example.yaml');
  });

  it('has a HEALTHCHECK whose command really tells a healthy /healthz from a 503', async () => {
    const healthcheck = of(final, 'HEALTHCHECK').at(-1) as Healthcheck;
    expect(healthcheck.getSubcommand()?.getValue()).toBe('CMD');
    // The exec form after CMD, as Docker reads it: a JSON array.
    const command = JSON.parse(healthcheck.getArgumentsContent()!.replace(/^CMD\s+/, '')) as string[];
    expect(command.slice(0, 2)).toEqual(['node', '-e']);

    let status = 200;
    const server = http.createServer((req, res) => {
      res.writeHead(req.url === '/healthz' ? status : 404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = String((server.address() as AddressInfo).port);
    const run = () =>
      promisify(execFile)(process.execPath, command.slice(1), { env: { ...process.env, PORT: port } }).then(
        () => 0,
        (err: { code: number }) => err.code,
      );
    try {
      expect(await run()).toBe(0);
      status = 503;
      expect(await run()).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('compose.yaml', () => {
  const compose = parseYaml(fs.readFileSync(path.join(root, 'compose.yaml'), 'utf8')) as {
    services: Record<string, { build: string; environment: Record<string, string | null>; volumes: string[]; ports: string[]; read_only: boolean }>;
    volumes: Record<string, unknown>;
  };
  const service = compose.services.shixian;

  it('builds this Dockerfile and keeps the data in a named volume at /app/data', () => {
    expect(service.build).toBe('.');
    const [volume, target] = service.volumes[0].split(':');
    expect(target).toBe('/app/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('sets only variables shixian knows', () => {
    const known = Object.keys(EnvSchema.shape);
    for (const name of Object.keys(service.environment)) expect(known, name).toContain(name);
    expect(service.ports).toContain(`127.0.0.1:${service.environment.PORT}:${service.environment.PORT}`);
  });

  it('passes optional variables through as bare keys, never as ${VAR:-} text', () => {
    const raw = fs.readFileSync(path.join(root, 'compose.yaml'), 'utf8');
    expect(raw).not.toMatch(/\$\{/);
    for (const name of ['SMTP_URL', 'TELEGRAM_BOT_TOKEN', 'TELEGRAM_ALLOWED_CHATS', 'TELEGRAM_ADMIN_CHATS', 'CALENDAR_TOKEN_SECRET', 'LEDGER_TOKEN']) {
      expect(Object.hasOwn(service.environment, name), name).toBe(true);
      expect(service.environment[name], name).toBeNull();
    }
  });

  it('runs read-only: nothing but the data volume is written', () => {
    expect(service.read_only).toBe(true);
  });
});
