import type { Command } from 'commander';
import { shanghaiDate } from '../clock.ts';
import { InputError } from '../errors.ts';
import { sourcePlace } from '../obligation.ts';
import { overdueFor, slaFor, upcomingFor, type DueOccurrence } from '../ledger/queries.ts';
import { dueLabel } from '../notify/digest-view.ts';
import { loadUnitDirectory } from '../units/directory.ts';
import { lookUpUnit, unknownUnitText } from '../units/lookup.ts';
import { openLedger } from './ledger-context.ts';

function line(x: DueOccurrence, today: string): string {
  const o = x.obligation;
  const units = [o.lead.length ? `牵头:${o.lead.join('、')}` : '', o.co.length ? `配合:${o.co.join('、')}` : ''].filter(Boolean).join(' ');
  const when = x.occurrence === null ? `${o.expression.trim()}` : `${x.occurrence}  ${dueLabel(x.occurrence, today)}`;
  const own = x.role === null ? '' : x.role === 'lead' ? '本单位牵头' : '本单位配合';
  const reported = x.doneBy.length > 0 ? `已报完成:${x.doneBy.map((u) => (u === '*' ? '全部单位' : u)).join('、')}` : '';
  return [when, o.doc.number || o.doc.title, o.task, own, units, reported, `出处:${sourcePlace(o)}`, `[${o.id}]`].filter(Boolean).join('  ');
}

export function registerUpcoming(program: Command): void {
  program
    .command('upcoming')
    .option('--unit <name>', 'only what this unit must do (aliases and groups resolved through rules/units.yaml)')
    .option('--days <n>', 'how many days ahead', '30')
    .option('--overdue', 'also list what is past due and still open')
    .option('--now <date>', 'the clock (default SHIXIAN_NOW, else now)')
    .action((opts: { unit?: string; days: string; overdue?: boolean; now?: string }) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 0) throw new InputError(`--days: 应为不小于 0 的整数天数,而不是 ${JSON.stringify(opts.days)}`);
      const { db, clock, config } = openLedger({ now: opts.now, clock: 'pinned' });
      try {
        const directory = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
        const today = shanghaiDate(clock.now());
        const lookup = opts.unit === undefined ? null : lookUpUnit(db, directory, opts.unit);
        if (lookup?.known === false) throw new InputError(`--unit: ${unknownUnitText(lookup)}`);
        const scope = lookup === null ? {} : { units: [lookup.canonical] };
        const out: string[] = [];
        if (opts.overdue) {
          const late = overdueFor(db, directory, { ...scope, asOf: today });
          out.push(`# 已逾期未完成(${late.length} 条)`, ...late.map((x) => line(x, today)), '');
        }
        const due = upcomingFor(db, directory, { ...scope, from: today, days });
        out.push(`# ${today} 起 ${days} 天内到期(${due.length} 条)`, ...due.map((x) => line(x, today)));
        const sla = slaFor(db, directory, scope);
        if (sla.length > 0) out.push('', `# 自事件起算,没有固定日期(${sla.length} 条)`, ...sla.map((x) => line(x, today)));
        process.stdout.write(`${out.join('\n')}\n`);
      } finally {
        db.close();
      }
    });
}
