import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print every dated obligation in the given gazettes')
    .option('--format <format>', 'jsonl or table', 'table')
    .argument('<files...>', 'gazette text files (UTF-8 or GB18030)')
    .action(() => {
      throw new Error('not yet');
    });
}
