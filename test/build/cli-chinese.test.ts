import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.ts';
import { linePieces, suggestionFor, wrapText } from '../../src/cli-chinese.ts';
import { displayWidth } from '../../src/display-width.ts';
import { englishWords } from '../fixtures/english.ts';

/**
 * What the CLI tells a person about itself is Chinese: `--help` of every command (descriptions,
 * arguments, options, choices, defaults and commander's own titles), and commander's errors. The
 * compiled CLI is run as a user runs it.
 */
const root = path.resolve(import.meta.dirname, '../..');

async function shixian(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/shixian.js', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every command and subcommand, as the program registers them (each module loaded as when it runs). */
async function commandPaths(): Promise<string[][]> {
  const top = (await buildProgram(['node', 'shixian'])).commands.map((c) => c.name());
  const paths: string[][] = [];
  for (const name of top) {
    const command = (await buildProgram(['node', 'shixian', name])).commands.find((c) => c.name() === name)!;
    paths.push([name], ...command.commands.map((sub) => [name, sub.name()]));
  }
  return paths;
}

/** Names a help may use as they are: the commands, the program, products and formats. */
const COMMAND_NAMES = ['extract', 'calendar-url', 'import', 'upcoming', 'tick', 'outbox', 'retry', 'serve', 'recipients', 'list', 'send-test', 'help'];
const NAMES = ['shixian', ...COMMAND_NAMES, 'Telegram', 'Word', 'Markdown', 'table', 'jsonl'];

const HELP_ASKED: string[][] = [
  ['--help'],
  ['help'],
  ['extract', '--help'],
  ['calendar-url', '--help'],
  ['import', '--help'],
  ['upcoming', '--help'],
  ['tick', '--help'],
  ['outbox', '--help'],
  ['outbox', 'retry', '--help'],
  ['serve', '--help'],
  ['recipients', '--help'],
  ['recipients', 'list', '--help'],
  ['send-test', '--help'],
  ['help', 'upcoming'],
];

describe('shixian --help', () => {
  it('is asked of every command and subcommand below', async () => {
    const asked = HELP_ASKED.map((args) => args.filter((a) => a !== '--help' && a !== 'help').join(' '));
    expect((await commandPaths()).map((p) => p.join(' ')).filter((p) => !asked.includes(p))).toEqual([]);
  });

  it.each(HELP_ASKED.map((args) => ({ asked: args.join(' '), args })))('shixian $asked is Chinese: no English word but flags, environment and file names, and names', async ({ args }) => {
    const { code, stdout, stderr } = await shixian(...args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^用法: shixian/);
    expect(stdout).toContain('选项:');
    expect(stdout).toMatch(/-h, --help +显示帮助/);
    expect(englishWords(stdout, NAMES)).toEqual([]);
    // Wrapped at commander's 80 columns, counting a Chinese character as the two it takes.
    expect(stdout.split('\n').filter((line) => displayWidth(line) > 80)).toEqual([]);
  });

  it('shows choices, defaults, arguments, the version option and the help command in Chinese', async () => {
    const extract = (await shixian('extract', '--help')).stdout;
    expect(extract).toMatch(/^用法: shixian extract \[选项\] <文件\.\.\.>$/m);
    expect(extract).toMatch(/^参数:\n {2}文件 +公报:/m);
    expect(extract).toMatch(/--format <格式> +输出格式\(可选值:"table"、"jsonl";默认:"table"\)/);
    const top = (await shixian('--help')).stdout;
    expect(top).toMatch(/^用法: shixian \[选项\] \[命令\]$/m);
    expect(top).toMatch(/-V, --version +显示版本号/);
    expect(top).toMatch(/^命令:$/m);
    expect(top).toMatch(/^ {2}help \[命令\] +显示某个命令的帮助$/m);
    expect((await shixian('outbox', '--help')).stdout).toMatch(/^ {2}retry \[选项\] +让等待重试的/m);
  });
});

describe("commander's errors", () => {
  it.each([
    [['extract', '--formt', 'a.txt'], 'shixian: 未知的选项 --formt(是不是 --format?)'],
    [['frob'], 'shixian: 未知的命令 frob'],
    [['tik'], 'shixian: 未知的命令 tik(是不是 tick?)'],
    [['outbox', 'retri'], 'shixian: 未知的命令 retri(是不是 retry?)'],
    [['extract'], 'shixian: 缺少参数 <文件>'],
    [['extract', 'a.txt', '--format'], 'shixian: 选项 --format <格式> 缺少取值'],
    [['extract', '--format', 'xml', 'a.txt'], 'shixian: 选项 --format <格式> 的值 "xml" 无效,可选值为 table、jsonl'],
    [['tick', 'now'], 'shixian: 参数过多:tick 应有 0 个参数,收到 1 个'],
  ])('%j: %s, then the command\'s help, exit 1', async (args, first) => {
    const { code, stdout, stderr } = await shixian(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(first);
    expect(stderr).toContain('用法: shixian');
    // What was typed is named as typed.
    expect(englishWords(stderr, [...NAMES, ...args])).toEqual([]);
  });
});

describe('linePieces', () => {
  it.each([
    ['列出义务', ['列', '出', '义', '务']],
    ['取 SHIXIAN_NOW,否则', ['取', ' SHIXIAN_NOW,', '否', '则']],
    // Closing punctuation stays with what it closes, opening with what it opens.
    ['义务,存入账本。', ['义', '务,', '存', '入', '账', '本。']],
    ['输出(默认)', ['输', '出', '(默', '认)']],
    ['发送(时间', ['发', '送', '(时', '间']],
    ['「到期」、完成', ['「到', '期」、', '完', '成']],
    ['display help for command', ['display', ' help', ' for', ' command']],
  ])('%s', (line, pieces) => {
    expect(linePieces(line)).toEqual(pieces);
  });
});

describe('wrapText', () => {
  it.each([
    ['一二三四五六', 6, '一二三\n四五六'],
    ['一二三四五六', 7, '一二三\n四五六'],
    ['一二三,四五', 6, '一二\n三,四\n五'],
    ['ab 一二 cd', 5, 'ab 一\n二 cd'],
    ['ab cd ef', 5, 'ab cd\nef'],
    ['一二\n三四', 10, '一二\n三四'],
    ['averyverylongword 一', 4, 'averyverylongword\n一'],
  ])('%j in %i columns', (text, width, wrapped) => {
    expect(wrapText(text, width)).toBe(wrapped);
    for (const line of wrapped.split('\n')) expect(line).not.toMatch(/^[,。、)]|[(]$/);
  });
});

describe('suggestionFor', () => {
  it.each([
    ['--formt', ['--format', '--now', '--explain'], '(是不是 --format?)'],
    ['--fromat', ['--format', '--now'], '(是不是 --format?)'],
    ['--xyz', ['--format', '--now'], ''],
    ['tik', ['tick', 'import'], '(是不是 tick?)'],
    ['lst', ['list', 'last'], '(是不是以下之一:last、list?)'],
    ['x', ['a'], ''],
  ])('%s among %j', (typed, candidates, suggestion) => {
    expect(suggestionFor(typed, candidates)).toBe(suggestion);
  });
});
