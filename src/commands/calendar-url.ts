import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { calendarToken } from '../http/calendar-token.ts';
import { InputError } from '../errors.ts';
import { openLedgerForLookup } from '../store/db.ts';
import { loadUnitDirectory } from '../units/directory.ts';
import { lookUpUnit, unknownUnitText, type UnitLookup } from '../units/lookup.ts';

/**
 * `shixian calendar-url UNIT`: the address a unit's people subscribe to in Outlook, Apple or Google
 * Calendar, with the unit's token when CALENDAR_TOKEN_SECRET is set. Any alias gives the same address.
 */
export function registerCalendarUrl(program: Command): void {
  program
    .command('calendar-url')
    .argument('<单位>', '单位名称或其任一别名')
    .option('--base <地址>', '订阅者访问本服务所用的地址(默认 http://localhost:PORT)')
    .action((unit: string, options: { base?: string }) => {
      const config = loadConfig();
      const directory = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
      const db = openLedgerForLookup(config.dbPath);
      let lookup: UnitLookup;
      try {
        lookup = lookUpUnit(db, directory, unit);
      } finally {
        db.close();
      }
      // A feed for a name nobody uses would be a 404 for ever: say so now, not to the subscriber.
      if (!lookup.known) throw new InputError(unknownUnitText(lookup));
      const canonical = lookup.canonical;
      const base = (options.base ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
      const token = config.CALENDAR_TOKEN_SECRET ? `?token=${calendarToken(config.CALENDAR_TOKEN_SECRET, canonical)}` : '';
      process.stdout.write(`${base}/calendar/${encodeURIComponent(canonical)}.ics${token}\n`);
    });
}
