import { distance } from 'fastest-levenshtein';
import { unitIsNamed } from '../store/bot.ts';
import type { Db } from '../store/db.ts';
import { unitNamesInLedger } from '../store/obligations.ts';
import type { UnitDirectory } from './directory.ts';
import { normaliseUnitName } from './names.ts';

/** A unit name as a person typed it, checked: its canonical name, or the nearest names shixian knows. */
export type UnitLookup = { known: true; canonical: string } | { known: false; typed: string; nearest: string[] };

const NEAREST = 3;

/**
 * A name is known when rules/units.yaml has it (a unit, a group, or an alias) or an obligation in the
 * ledger names it. A group's pattern is not enough: `^省` would take any misspelling of a provincial
 * unit (省财政听) and quietly show it part of the real unit's items.
 */
export function lookUpUnit(db: Db, directory: UnitDirectory, typed: string): UnitLookup {
  const name = normaliseUnitName(typed);
  if (directory.knows(name) || unitIsNamed(db, [name])) return { known: true, canonical: directory.canonical(name) };
  return { known: false, typed: name, nearest: nearestUnitNames(name, [...directory.allNames(), ...unitNamesInLedger(db)]) };
}

/** The known names closest to a misspelt one (edit distance), nearest first; none when nothing is close. */
function nearestUnitNames(name: string, known: string[]): string[] {
  const within = Math.max(1, Math.ceil(name.length / 2));
  return [...new Set(known)]
    .map((k) => ({ k, d: distance(name, k) }))
    .filter(({ d }) => d <= within)
    .sort((a, b) => a.d - b.d || Math.abs(a.k.length - name.length) - Math.abs(b.k.length - name.length) || a.k.localeCompare(b.k))
    .slice(0, NEAREST)
    .map(({ k }) => k);
}

/** What a person is told about a name shixian does not know. */
export function unknownUnitText(lookup: Extract<UnitLookup, { known: false }>): string {
  const hint = lookup.nearest.length > 0 ? `最接近的有:${lookup.nearest.join('、')}` : '请用单位全称或 rules/units.yaml 中的简称';
  return `不认识“${lookup.typed}”这个单位(既不在单位词典 rules/units.yaml 中,也未出现在台账里)。${hint}`;
}

/** The check a file of unit names (recipients) runs on each: known, or the problem to report at its line. */
export function checkedUnit(db: Db, directory: UnitDirectory, typed: string): { known: true } | { known: false; problem: string } {
  const lookup = lookUpUnit(db, directory, typed);
  return lookup.known ? { known: true } : { known: false, problem: unknownUnitText(lookup) };
}
