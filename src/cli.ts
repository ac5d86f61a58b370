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
    summary: 'print every dated obligation in the given gazettes',
    load: async () => (await import('./commands/extract.ts')).registerExtract,
  },
  'calendar-url': {
    summary: "print the address of a unit's calendar feed (with its token when CALENDAR_TOKEN_SECRET is set)",
    load: async () => (await import('./commands/calendar-url.ts')).registerCalendarUrl,
  },
  import: {
    summary: 'store the obligations of gazettes (or extract --format jsonl files) in the ledger; re-importing changes only what changed',
    load: async () => (await import('./commands/import.ts')).registerImport,
  },
  upcoming: {
    summary: 'list what is due, soonest first (open occurrences; done ones are left out)',
    load: async () => (await import('./commands/upcoming.ts')).registerUpcoming,
  },
  tick: {
    summary: 'run one scheduler pass (plan the send times that have come, deliver what is due) and exit',
    load: async () => (await import('./commands/tick.ts')).registerTick,
  },
  outbox: {
    summary: 'the reminder digests written for sending: retry requeues those waiting or given up',
    load: async () => (await import('./commands/outbox.ts')).registerOutbox,
  },
  serve: {
    summary:
      'run the service: reminder scheduler (a pass at once, catching up, then every minute), Telegram bot, inbox watcher and HTTP server, until SIGTERM/SIGINT',
    load: async () => (await import('./commands/serve.ts')).registerServe,
  },
  recipients: {
    summary: 'the people reminded and their units',
    load: async () => (await import('./commands/recipients.ts')).registerRecipients,
  },
  'send-test': {
    summary: 'send one recipient a test email now (their next items, through the real templates and SMTP settings); not recorded as a reminder',
    load: async () => (await import('./commands/send-test.ts')).registerSendTest,
  },
};

/** The command argv names (`shixian help X` names X), if it is one of ours. */
function commandNamed(argv: string[]): string | undefined {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(commands, name) ? name : undefined;
}

/** The program with the named command in full and the others as entries of the command list. */
export async function buildProgram(argv: string[]): Promise<Command> {
  // The help option and command set here are inherited by every command made after them.
  const program = new ChineseCommand('shixian')
    .description('时限: dated obligations from government gazettes, reminded to the units responsible')
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
