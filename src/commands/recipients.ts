import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { loadRecipients } from '../recipients/file.ts';
import { loadUnitDirectory } from '../units/directory.ts';

export function registerRecipients(program: Command): void {
  const recipients = program.command('recipients');
  recipients
    .command('list')
    .description('list the recipients file, with each unit as the dictionary knows it')
    .action(() => {
      const config = loadConfig();
      const directory = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
      const { recipients: list, missing } = loadRecipients({ file: config.recipientsPath, explicit: config.SHIXIAN_RECIPIENTS !== undefined });
      if (missing) {
        process.stdout.write(`no recipients file at ${config.recipientsPath} (copy data/recipients.example.yaml)\n`);
        return;
      }
      const out = [`${config.recipientsPath}: ${list.length} recipients`];
      for (const r of list) {
        const where = [r.email, r.telegram === undefined ? undefined : `telegram ${r.telegram}`].filter(Boolean).join(', ');
        const units = r.units.map((u) => {
          const canonical = directory.canonical(u);
          const note = canonical !== u ? ` (= ${canonical})` : directory.namesReaching(u).length === 1 ? ' (not in the unit dictionary: exact name only)' : '';
          return `${u}${note}`;
        });
        out.push(`${r.name}  <${where}>  ${units.join('、')}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
