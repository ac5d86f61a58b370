import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { InputError } from './errors.ts';
import { registerExtract } from './commands/extract.ts';
import { registerCalendarUrl } from './commands/calendar-url.ts';
import { registerImport } from './commands/import.ts';
import { registerRecipients } from './commands/recipients.ts';
import { registerSendTest } from './commands/send-test.ts';
import { registerServe } from './commands/serve.ts';
import { registerTick } from './commands/tick.ts';
import { registerUpcoming } from './commands/upcoming.ts';

/** Each command lives in its own module under commands/ and registers itself on the program. */
const commands: Array<(program: Command) => void> = [
  registerExtract,
  registerCalendarUrl,
  registerImport,
  registerUpcoming,
  registerTick,
  registerServe,
  registerRecipients,
  registerSendTest,
];

export function buildProgram(): Command {
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  const program = new Command('shixian')
    .description('时限: dated obligations from government gazettes, reminded to the units responsible')
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the exit code; errors from bad input print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
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
