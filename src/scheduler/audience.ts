import type { Recipient } from '../recipients/file.ts';
import type { UnitDirectory } from '../units/directory.ts';

export interface Reached {
  recipient: Recipient;
  role: 'lead' | 'co';
  /** The unit as named on the obligation. */
  unit: string;
}

/**
 * Who an obligation's units reach. Resolving a unit name against every recipient is done once per
 * name and cached, so a day over thousands of obligations costs one lookup per unit named.
 */
export class Audience {
  private readonly byName = new Map<string, Recipient[]>();

  constructor(
    private readonly recipients: Recipient[],
    private readonly units: UnitDirectory,
  ) {}

  private reachedBy(unit: string): Recipient[] {
    let list = this.byName.get(unit);
    if (!list) {
      list = this.recipients.filter((r) => r.units.some((u) => this.units.reach(unit, u) !== null));
      this.byName.set(unit, list);
    }
    return list;
  }

  /** Each recipient an obligation's units reach, once, as lead when any lead unit reaches them. */
  of(units: Array<{ unit: string; role: 'lead' | 'co' }>): Reached[] {
    const out = new Map<string, Reached>();
    for (const { unit, role } of [...units].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))) {
      for (const recipient of this.reachedBy(unit)) {
        if (!out.has(recipient.id)) out.set(recipient.id, { recipient, role, unit });
      }
    }
    return [...out.values()];
  }
}
