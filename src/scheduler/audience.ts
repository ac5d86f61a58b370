import type { Recipient } from '../recipients/file.ts';
import type { UnitDirectory } from '../units/directory.ts';

export interface Reached {
  recipient: Recipient;
  role: 'lead' | 'co';
  /** The unit as named on the obligation. */
  unit: string;
}

/**
 * Who an obligation's units reach. Recipients are indexed by the canonical name of each of their
 * units, so a unit name costs one lookup; a group name is resolved once against the distinct units
 * recipients have, then cached.
 */
export class Audience {
  private readonly byUnit = new Map<string, Recipient[]>();
  private readonly byName = new Map<string, Recipient[]>();

  constructor(
    recipients: Recipient[],
    private readonly units: UnitDirectory,
  ) {
    for (const r of recipients) {
      for (const u of new Set(r.units.map((x) => units.canonical(x)))) {
        const list = this.byUnit.get(u);
        if (list) list.push(r);
        else this.byUnit.set(u, [r]);
      }
    }
  }

  private reachedBy(name: string): Recipient[] {
    let list = this.byName.get(name);
    if (!list) {
      const reached = new Set(this.byUnit.get(this.units.canonical(name)) ?? []);
      if (this.units.isGroup(name)) {
        for (const [unit, rs] of this.byUnit) if (this.units.groupContains(name, unit)) for (const r of rs) reached.add(r);
      }
      list = [...reached];
      this.byName.set(name, list);
    }
    return list;
  }

  /** Each recipient an obligation's units reach, once, as lead when any lead unit reaches them. */
  of(units: Array<{ unit: string; role: 'lead' | 'co' }>): Reached[] {
    const out = new Map<string, Reached>();
    for (const role of ['lead', 'co'] as const) {
      for (const { unit } of units.filter((u) => u.role === role)) {
        for (const recipient of this.reachedBy(unit)) {
          if (!out.has(recipient.id)) out.set(recipient.id, { recipient, role, unit });
        }
      }
    }
    return [...out.values()];
  }
}
