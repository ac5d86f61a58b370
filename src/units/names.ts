/**
 * The form a unit name is stored and compared in: NFKC (full-width brackets and letters become
 * ASCII, so "省发改委（省能源局）" and "省发改委(省能源局)" are one name) with every space removed,
 * because gazette text breaks names across lines and pads them.
 */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
