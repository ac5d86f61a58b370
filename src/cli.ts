import { type Command, CommanderError } from 'commander';
// Bundled into the build, so a start does not load package.json through the CommonJS loader.
import packageJson from '../package.json' with { type: 'json' };
import { ChineseCommand } from './cli-chinese.ts';
import { InputError } from './errors.ts';

type Register = (program: Command) => void;

/**
 * Each command lives in its own module under commands/ and registers itself on the program. Only
 * the command being run is loaded (a dynamic import each, which the build turns into a chunk each):
 * `--help` loads none and `extract` never pays for the bot, mail or the database. The summary is
 * what `shixian --help` lists and what the command's own help says.
 */
const commands: Record<string, { summary: string; load: () => Promise<Register> }> = {
  extract: {
    summary: '列出公报中每一项带时限的义务',
    load: async () => (await import('./commands/extract.ts')).registerExtract,
  },
  'calendar-url': {
    summary: '显示某个单位的日历订阅地址(设置了 CALENDAR_TOKEN_SECRET 时带上令牌)',
    load: async () => (await import('./commands/calendar-url.ts')).registerCalendarUrl,
  },
  import: {
    summary: '把公报(或 extract --format jsonl 的输出文件)中的义务存入账本;再次导入只改动有变化的部分',
    load: async () => (await import('./commands/import.ts')).registerImport,
  },
  upcoming: {
    summary: '列出将要到期的事项,最近的在前(只列未完成的,已报完成的不列)',
    load: async () => (await import('./commands/upcoming.ts')).registerUpcoming,
  },
  tick: {
    summary: '运行一轮调度(为已到的发送时间排期,发出到期的提醒)后退出',
    load: async () => (await import('./commands/tick.ts')).registerTick,
  },
  outbox: {
    summary: '待发送的提醒摘要:retry 让等待重试的或已放弃的重新排队',
    load: async () => (await import('./commands/outbox.ts')).registerOutbox,
  },
  serve: {
    summary:
      '运行服务:提醒调度(启动时先运行一轮并补上错过的,之后每分钟一轮)、Telegram 机器人、收件箱监视和 HTTP 服务,直到收到 SIGTERM/SIGINT',
    load: async () => (await import('./commands/serve.ts')).registerServe,
  },
  recipients: {
    summary: '收提醒的人和他们的单位',
    load: async () => (await import('./commands/recipients.ts')).registerRecipients,
  },
  'send-test': {
    summary: '立即给一位收件人发一封测试邮件(列出其接下来的事项,经真实的模板和 SMTP 设置);不记作提醒',
    load: async () => (await import('./commands/send-test.ts')).registerSendTest,
  },
};

/** The command argv names (`shixian help X` names X), if it is one of ours. */
export function commandNamed(argv: string[]): string | undefined {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(commands, name) ? name : undefined;
}

/** The program with the named command in full and the others as entries of the command list. */
export async function buildProgram(argv: string[]): Promise<Command> {
  // The help option and command set here are inherited by every command made after them.
  const program = new ChineseCommand('shixian')
    .description('时限:找出政府公报中带时限的义务,按时提醒负责的单位')
    .version(packageJson.version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .exitOverride()
    .showHelpAfterError();
  const wanted = commandNamed(argv);
  for (const [name, { summary, load }] of Object.entries(commands)) {
    if (name === wanted) {
      (await load())(program);
      program.commands.find((c) => c.name() === name)!.description(summary);
    } else {
      program.command(name).description(summary);
    }
  }
  return program;
}

/** Runs the CLI and returns the exit code; errors from bad input print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof InputError) {
      process.stderr.write(`shixian: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
