/**
 * Which stage headings restate their items: "(一)动员阶段(2009年12月)" over "1.2009年12月成立…",
 * "2.2009年12月召开…" holds no work its items do not, and a record of its own would count the work twice.
 */
import type { Finding } from './paragraph.ts';
import { type SectionBlock, firstStopOrEnd } from './sections.ts';

/** A stage title is short: the heading's text up to its first full stop. */
const TITLE_LENGTH = 60;

/**
 * The findings of stage headings whose body (the blocks under them until a heading as high, the
 * numbered items ending at the first unnumbered block after them) is all dated items due on the
 * stage's own date. A stage with an undated item, or an item of another date,
 * keeps its record: the heading is then the only date of part of its work.
 */
export function restatedStages(blocks: SectionBlock[]): Set<Finding> {
  // Pushed, not mapped, as in assignSectionUnits: one array kind whatever the levels.
  const levels: Array<number | null> = [];
  for (const b of blocks) levels.push(b.level);
  const restated = new Set<Finding>();
  blocks.forEach(({ norm, findings }, at) => {
    const level = levels[at];
    if (level === null || !norm || findings.length !== 1) return;
    const [stage] = findings;
    const titleEnd = firstStopOrEnd(norm.text);
    if (stage.match.value.kind !== 'once' || titleEnd > TITLE_LENGTH || stage.match.end > titleEnd) return;
    const due = stage.match.value.due;
    let items = 0;
    for (let j = at + 1; j < blocks.length; j++) {
      const l = levels[j];
      if (l !== null && l <= level) break;
      // An unnumbered block after the numbered items closes them (a closing remark, a signature).
      if (l === null && items > 0) break;
      const own = blocks[j].findings;
      if (own.length === 0 || own.some((f) => f.match.value.kind !== 'once' || f.match.value.due !== due)) return;
      // A paragraph of prose under the stage restates it only when it is all dated work ("10月11-31日为摸底调查阶段,…。
      // 这些工作都将在10月31日前全部完成"); a sentence with no date of its own is the stage's work, which only the heading
      // dates ("…要及时把有效措施转化为规章制度。…于10月10日前将工作情况报…").
      if (l === null && !everySentenceDated(blocks[j].norm?.text ?? '', own)) return;
      items++;
    }
    if (items > 0) restated.add(stage);
  });
  return restated;
}

/** Does every sentence of `text` (closed by 。 or ;) hold the start of one of `findings`? */
function everySentenceDated(text: string, findings: Finding[]): boolean {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '。' && text[i] !== ';') continue;
    if (text.slice(start, i).trim() && !findings.some((f) => f.match.start >= start && f.match.start < i)) return false;
    start = i + 1;
  }
  return true;
}
