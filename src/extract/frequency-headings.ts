/**
 * Which frequencies only name a system its body then sets out: a heading "(一)每周调度工作制度" over "县指挥办每周召开一次
 * 例会", a run-in "二是每月一例会。各乡镇…每月召开一次…". The heading's record would remind the duty twice, once on a day
 * the body may never set.
 */
import type { Finding } from './paragraph.ts';
import { cadence } from './recognise.ts';
import type { SectionBlock } from './sections.ts';
import { ITEM_NUMBER } from './units.ts';

/**
 * A heading that names a system by its frequency: its item number or 一是/二是, at most a few words, and the name's last
 * word (制度, 机制, 例会, 一报, 调度…). "各村每周巡查1次" counts how often and is a duty of its own.
 */
const SYSTEM_NAME = new RegExp(
  `^(?!.*1次)(?:${ITEM_NUMBER.source}|[一二三四五六七八九十]是)?[^,;:。!?]{0,30}?(?:制度|机制|例会|会议|调度|通报|研判|会商|汇报|总结|报)$`,
);
/** How many paragraphs after a heading line its body may restate it in. */
const BODY_REACH = 3;

/** A recurring finding's frequency without its days ("FREQ=WEEKLY" of 每周二); null for any other. */
const cadenceOf = (f: Finding) => (f.match.value.kind === 'recurring' ? cadence(f.match.value.rrule) : null);

/** A heading is short: no name of a system runs longer. */
const HEADING_LENGTH = 40;

/** The recurring findings of frequency headings whose body, right after them, states a duty at the same frequency. */
export function restatedFrequencyHeadings(blocks: SectionBlock[]): Set<Finding> {
  const restated = new Set<Finding>();
  blocks.forEach(({ norm, findings }, at) => {
    if (!norm || findings.length === 0) return;
    // Read once for the paragraph, from its start only: a long paragraph of many duties costs no more per finding.
    const heading = headingOf(norm.text);
    if (heading === null) return;
    for (const f of findings) {
      const every = cadenceOf(f);
      if (every === null || f.match.end > heading.end) continue;
      const body = heading.runIn ? findings.filter((g) => g.match.start >= heading.end) : blocks.slice(at + 1, at + 1 + BODY_REACH).flatMap((b) => b.findings);
      if (body.some((g) => g !== f && cadenceOf(g) === every)) restated.add(f);
    }
  });
  return restated;
}

/**
 * The heading a paragraph opens with, if it opens with one: a paragraph that is all heading ("(一)每周调度工作制度"),
 * or its first sentence when that is a short name closed by 。 ("二是每月一例会。"), which the rest of the paragraph
 * then explains (runIn).
 */
function headingOf(text: string): { end: number; runIn: boolean } | null {
  if (text.length <= HEADING_LENGTH && SYSTEM_NAME.test(text)) return { end: text.length, runIn: false };
  const stop = text.slice(0, HEADING_LENGTH + 1).search(/[。;!?]/);
  if (stop < 0 || text[stop] !== '。') return null;
  return SYSTEM_NAME.test(text.slice(0, stop)) ? { end: stop + 1, runIn: true } : null;
}
