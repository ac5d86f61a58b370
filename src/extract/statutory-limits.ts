/**
 * A service guide gives a matter two handling limits: the law's (法定时限, 法定办结时限, 法定期限) and the office's promise
 * (承诺时限, 承诺办结时限, 承诺期限), which lies within it ("法定时限:10个工作日;承诺时限:8个工作日", "法定期限:20个工作日" /
 * "承诺期限:20个工作日" on the next line). The promise is the time the office answers for; the law's limit only bounds it,
 * as "最长不超过30个工作日" bounds "办理时限一般为15个工作日": an outer cap, no second duty on the same matter. A law's limit
 * with no promise beside it is the matter's only limit and stays.
 */
import { lineAt } from './blocks.ts';
import { normalise } from './normalise.ts';
import type { Finding } from './paragraph.ts';
import { HANDLING_LIMIT_HEADING } from './recognise.ts';
import { ITEM_OPENING } from './units.ts';

/**
 * How many lines apart the two limits of one matter may stand: a guide lists them together, on one line, on lines one
 * after the other, or each under its name ("法定时限" / "20个工作日" / "承诺时限" / "5个工作日"). A line between them that
 * names no limit (办理流程:…, another matter) parts them.
 */
const PAIR_REACH = 3;
/** The name a limit is given right before its count, or by the heading over it: "法定办结", "承诺时限", "法定期限:". */
const LIMIT_NAME = /(法定|承诺)(?:办结|办理|审批)?(?:时限|期限)?:?$/;
const NAME_REACH = 8;

function limitName(f: Finding): string | undefined {
  if (f.match.value.kind !== 'sla') return undefined;
  const before = f.norm.text.slice(Math.max(0, f.match.start - NAME_REACH), f.match.start);
  return LIMIT_NAME.exec(before)?.[1] ?? LIMIT_NAME.exec(f.task)?.[1];
}

/** Do the lines strictly between lines `a` and `b` (1-based) hold nothing but limits' names? */
function togetherOn(lines: string[], a: number, b: number): boolean {
  for (let n = Math.min(a, b) + 1; n < Math.max(a, b); n++) {
    const text = normalise(lines[n - 1] ?? '').text.trim();
    if (text && !HANDLING_LIMIT_HEADING.test(text.replace(ITEM_OPENING, ''))) return false;
  }
  return true;
}

/** The law's limits whose matter has a promised one beside them, the document's `lines` between them. */
export function statutoryCaps(findings: Finding[], lines: string[]): Set<Finding> {
  const named: Array<{ f: Finding; name: string; line: number }> = [];
  for (const f of findings) {
    const name = limitName(f);
    if (name) named.push({ f, name, line: lineAt(f.piece, f.match.start) });
  }
  const caps = new Set<Finding>();
  for (const law of named) {
    if (law.name !== '法定') continue;
    if (named.some((p) => p.name === '承诺' && Math.abs(p.line - law.line) <= PAIR_REACH && togetherOn(lines, p.line, law.line))) caps.add(law.f);
  }
  return caps;
}
