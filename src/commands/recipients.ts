import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { loadRecipients } from '../recipients/file.ts';
import { openLedgerForLookup } from '../store/db.ts';
import { loadUnitDirectory } from '../units/directory.ts';
import { checkedUnit } from '../units/lookup.ts';

export function registerRecipients(program: Command): void {
  const recipients = program.command('recipients');
  recipients
    .command('list')
    .description('列出收件人文件,每个单位注明单位词典里的名称')
    .action(() => {
      const config = loadConfig();
      const directory = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
      const db = openLedgerForLookup(config.dbPath);
      let loaded: ReturnType<typeof loadRecipients>;
      try {
        loaded = loadRecipients({ file: config.recipientsPath, explicit: config.SHIXIAN_RECIPIENTS !== undefined }, (unit) => checkedUnit(db, directory, unit));
      } finally {
        db.close();
      }
      const { recipients: list, missing } = loaded;
      if (missing) {
        process.stdout.write(`没有收件人文件 ${config.recipientsPath}(可复制 data/recipients.example.yaml)\n`);
        return;
      }
      const out = [`${config.recipientsPath}:${list.length} 位收件人`];
      for (const r of list) {
        const where = [r.email, r.telegram === undefined ? undefined : `Telegram ${r.telegram}`].filter(Boolean).join(',');
        const units = r.units.map((u) => {
          const canonical = directory.canonical(u);
          const note = canonical !== u ? `(即 ${canonical})` : directory.knows(u) ? '' : '(单位词典里没有:按账本中的写法)';
          return `${u}${note}`;
        });
        out.push(`${r.name}  <${where}>  ${units.join('、')}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
