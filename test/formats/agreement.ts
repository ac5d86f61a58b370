import fs from 'node:fs';
import { Obligation } from '../../src/obligation.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const unit = (u: string) => squash(u).replace(/（/g, '(').replace(/）/g, ')').replace(/[〔［[]/g, '(').replace(/[〕］\]]/g, ')');
const sameUnits = (a: string[], b: string[]) => {
  const x = new Set(a.map(unit));
  const y = new Set(b.map(unit));
  return x.size === y.size && [...x].every((u) => y.has(u));
};
const value = (r: Obligation) => (r.kind === 'recurring' ? `R:${r.rrule}` : r.kind === 'sla' ? `S:${r.within?.days}:${r.within?.workdays}` : `D:${r.due}`);
const overlaps = (a: Obligation, b: Obligation) => {
  const x = squash(a.expression);
  const y = squash(b.expression);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

/**
 * Lead-right F1 (in points) of records against reference answers, paired one to one without
 * looking at `line` (a converted file numbers its lines differently from the text the answers were
 * written for): a pair has overlapping expressions, the same date or rule and the same lead units;
 * pairs whose tasks also agree are taken first, so a repeated "全年工作" pairs with its own row.
 */
export function leadRightF1(predicted: Obligation[], reference: Obligation[]): number {
  const used = new Set<number>();
  const paired = new Set<number>();
  for (const sameTask of [true, false]) {
    reference.forEach((g, gi) => {
      if (paired.has(gi)) return;
      const k = predicted.findIndex(
        (p, i) => !used.has(i) && overlaps(p, g) && value(p) === value(g) && sameUnits(p.lead, g.lead) && (!sameTask || squash(p.task) === squash(g.task)),
      );
      if (k < 0) return;
      used.add(k);
      paired.add(gi);
    });
  }
  const right = paired.size;
  const precision = predicted.length ? right / predicted.length : 0;
  const recall = reference.length ? right / reference.length : 0;
  return precision + recall ? (200 * precision * recall) / (precision + recall) : 0;
}

export function readRecords(file: string): Obligation[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => Obligation.parse(JSON.parse(l)));
}
