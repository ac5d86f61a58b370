import path from 'node:path';
import * as z from 'zod';
import { InputError } from '../errors.ts';
import { readYamlFile } from '../yaml-file.ts';
import { normaliseUnitName } from './names.ts';

const Name = z.string().trim().min(1, '单位名称不能为空');

const validPattern = (s: string) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
};

/** rules/units.yaml: every name a unit goes by, and the collective names that reach many units. */
export const UnitsFile = z
  .object({
    units: z.array(z.object({ name: Name, aliases: z.array(Name).default([]) }).strict()).default([]),
    groups: z
      .array(
        z
          .object({
            name: Name,
            aliases: z.array(Name).default([]),
            members: z.array(Name).default([]),
            pattern: z.string().refine(validPattern, '不是有效的正则表达式').optional(),
          })
          .strict()
          .refine((g) => g.members.length > 0 || g.pattern !== undefined, '单位组须有 members 或 pattern'),
      )
      .default([]),
  })
  .strict();
export type UnitsFile = z.infer<typeof UnitsFile>;

/** How an obligation's unit reached a recipient's unit: the same unit (or an alias), or a group. */
export interface Reach {
  via: 'unit' | 'group';
}

/**
 * Resolves unit names: aliases (省发改委 = 省发展改革委) to one canonical name, and groups
 * (各设区市政府, 省级有关单位) to the units they reach. Names compare after normaliseUnitName.
 */
export class UnitDirectory {
  private readonly canonicalOf = new Map<string, string>();
  private readonly namesOf = new Map<string, string[]>();
  private readonly groups = new Map<string, { members: Set<string>; pattern?: RegExp }>();

  constructor(rules: UnitsFile, file = 'units') {
    const claim = (name: string, canonical: string, entry: string) => {
      const n = normaliseUnitName(name);
      const owner = this.canonicalOf.get(n);
      if (owner !== undefined && owner !== canonical) throw new InputError(`${entry}: "${name}" 已是 "${owner}" 的名称`, file);
      this.canonicalOf.set(n, canonical);
      this.namesOf.set(canonical, [...new Set([...(this.namesOf.get(canonical) ?? []), n])]);
    };
    rules.units.forEach((u, i) => {
      const canonical = normaliseUnitName(u.name);
      for (const name of [u.name, ...u.aliases]) claim(name, canonical, `units[${i}]`);
    });
    rules.groups.forEach((g, i) => {
      const canonical = normaliseUnitName(g.name);
      for (const name of [g.name, ...g.aliases]) claim(name, canonical, `groups[${i}]`);
    });
    for (const g of rules.groups) {
      this.groups.set(normaliseUnitName(g.name), {
        members: new Set(g.members.map((m) => this.canonical(m))),
        pattern: g.pattern === undefined ? undefined : new RegExp(g.pattern, 'u'),
      });
    }
  }

  /** The unit's canonical name (an unknown name is its own canonical name). */
  canonical(name: string): string {
    const n = normaliseUnitName(name);
    return this.canonicalOf.get(n) ?? n;
  }

  /** Whether the dictionary names this unit or group (by its name or an alias); a pattern alone does not count. */
  knows(name: string): boolean {
    return this.canonicalOf.has(normaliseUnitName(name));
  }

  /** Every name and alias in the dictionary, normalised. */
  allNames(): string[] {
    return [...this.canonicalOf.keys()];
  }

  /** Every normalised name the ledger may hold for this unit (itself and its aliases). */
  namesOfUnit(name: string): string[] {
    const c = this.canonical(name);
    return this.namesOf.get(c) ?? [c];
  }

  isGroup(name: string): boolean {
    return this.groups.has(this.canonical(name));
  }

  /** A group's listed members (canonical names); none for a unit, or a group known by its pattern alone. */
  membersOf(group: string): string[] {
    return [...(this.groups.get(this.canonical(group))?.members ?? [])];
  }

  /** Whether a group reaches units by a pattern (so not all of them can be listed). */
  hasPattern(group: string): boolean {
    return this.groups.get(this.canonical(group))?.pattern !== undefined;
  }

  /** Whether a group reaches a unit, by its member list or its pattern (tried on every name of the unit). */
  groupContains(group: string, unit: string): boolean {
    const g = this.groups.get(this.canonical(group));
    if (!g) return false;
    const u = this.canonical(unit);
    if (g.members.has(u)) return true;
    return g.pattern !== undefined && this.namesOfUnit(u).some((n) => g.pattern!.test(n));
  }

  /** How a unit named on an obligation reaches a recipient's unit, or null when it does not. */
  reach(obligationUnit: string, recipientUnit: string): Reach | null {
    if (this.canonical(obligationUnit) === this.canonical(recipientUnit)) return { via: 'unit' };
    if (this.groupContains(obligationUnit, recipientUnit)) return { via: 'group' };
    return null;
  }

  /** Every name under which an obligation reaches this unit: its own names, and those of each group that contains it. */
  namesReaching(unit: string): string[] {
    const names = new Set(this.namesOfUnit(unit));
    for (const group of this.groups.keys()) {
      if (this.groupContains(group, unit)) for (const n of this.namesOfUnit(group)) names.add(n);
    }
    return [...names];
  }
}

export function loadUnitDirectory(rulesDir: string): UnitDirectory {
  const file = path.join(rulesDir, 'units.yaml');
  return new UnitDirectory(readYamlFile(file, UnitsFile), file);
}
