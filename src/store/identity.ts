import { createHash } from 'node:crypto';
import type { Obligation } from '../obligation.ts';

/**
 * Stable obligation ids.
 *
 * An id must survive re-extraction of the same document and a corrected edition of it, so it is
 * built from what identifies the duty, not from where it stands:
 *
 *   document key (文号, or the title when a document has none)  +  kind  +  normalised task
 *
 * - not the line: an inserted paragraph or a re-wrapped gazette moves every line below it;
 * - not the due date or the expression: a correction most often changes exactly the date
 *   ("6月底前" → "9月底前"), and that must read as the same obligation *updated*, not a withdrawal
 *   plus an addition;
 * - the kind is in: a duty that turns from a one-off into a yearly one is a different reminder stream.
 *
 * Two records of one document may share kind and task (a cell giving 省级单位 one date and
 * 各市、县 another; one task with two milestones). Only then is the expression (spaces removed)
 * added as a tie-breaker, and if even that collides, the position among the identical ones in
 * line order. The cost, accepted: when a correction makes a task collide that did not before (or
 * stop colliding), that record's id changes and it is reported withdrawn + added.
 */
export function documentKey(doc: Obligation['doc']): string {
  const number = compact(doc.number ?? '');
  return number !== '' ? number : compact(doc.title ?? '');
}

export function assignIds(records: Obligation[]): Array<{ id: string; record: Obligation }> {
  const ordered = [...records].sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line);
  const base = ordered.map((r) => [documentKey(r.doc), r.kind, compact(r.task)].join('\u241f'));
  const baseCount = countBy(base);
  const keys = ordered.map((r, i) => (baseCount.get(base[i]) === 1 ? base[i] : `${base[i]}\u241f${compact(r.expression)}`));
  const keyCount = countBy(keys);
  const seen = new Map<string, number>();
  return ordered.map((record, i) => {
    let key = keys[i];
    if (keyCount.get(key)! > 1) {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      key = `${key}\u241f${n}`;
    }
    return { id: hashId(key), record };
  });
}

function hashId(key: string): string {
  // 64 bits: at a million obligations the chance of any collision is about 3 in 100 million.
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[。;;,,、]+$/u, '');
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
