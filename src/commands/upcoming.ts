import type { Command } from 'commander';
import { shanghaiDate } from '../clock.ts';
import { InputError } from '../errors.ts';
import { sourcePlace } from '../obligation.ts';
import { overdueFor, slaFor, upcomingFor, type DueOccurrence } from '../ledger/queries.ts';
import { dueLabel } from '../notify/digest-view.ts';
import { loadUnitDirectory } from '../units/directory.ts';
import { lookUpUnit, unknownUnitText } from '../units/lookup.ts';
import { ownPartText, reporterText, unitsText } from '../units/wording.ts';
import { openLedger } from './ledger-context.ts';

function line(x: DueOccurrence, today: string): string {
  const o = x.obligation;
  const when = x.occurrence === null ? `${o.expression.trim()}` : `${x.occurrence}  ${dueLabel(x.occurrence, today)}`;
  const reported = x.doneBy.length > 0 ? `已报完成:${x.doneBy.map(reporterText).join('、')}` : '';
  return [when, o.doc.number || o.doc.title, o.task, ownPartText(x.role), unitsText(o), reported, `出处:${sourcePlace(o)}`, `[${o.id}]`].filter(Boolean).join('  ');
}

export function registerUpcoming(program: Command): void {
  program
    .command('upcoming')
    .option('--unit <单位>', '只列这个单位要做的(别名和单位组按 rules/units.yaml 解析)')
    .option('--days <天数>', '往后看多少天', '30')
    .option('--overdue', '同时列出已逾期仍未完成的')
    .option('--now <时间>', '把这个时间当作现在(默认取 SHIXIAN_NOW,未设置则为现在)')
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
