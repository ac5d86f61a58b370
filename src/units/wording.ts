import { EVERY_UNIT } from '../store/done.ts';

/** What a person reads for EVERY_UNIT, and what an admin types to close an occurrence for every unit at once, on purpose. */
export const ALL_UNITS = '全部单位';

/**
 * A duty's units as every reply and listing prints them, "牵头:A、B;配合:C", a part with no unit
 * left out; '' when the text names none. One shape, so a reader sees the same words in the bot's
 * lists, its /done answers and `shixian upcoming`.
 */
export function unitsText(o: { lead: readonly string[]; co: readonly string[] }): string {
  const parts: string[] = [];
  if (o.lead.length > 0) parts.push(`牵头:${o.lead.join('、')}`);
  if (o.co.length > 0) parts.push(`配合:${o.co.join('、')}`);
  return parts.join(';');
}

/** The reader's own part in a duty; '' when the reader answers for no unit of it (an admin's view). */
export function ownPartText(role: 'lead' | 'co' | null): string {
  return role === null ? '' : role === 'lead' ? '本单位牵头' : '本单位配合';
}

/** The unit a done report was made for, as a person reads it. */
export function reporterText(unit: string): string {
  return unit === EVERY_UNIT ? ALL_UNITS : unit;
}
