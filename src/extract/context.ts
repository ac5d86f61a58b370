import type { GazetteDocument } from '../gazette/split.ts';
import { normalise } from './normalise.ts';
import { ITEM_NUMBER, type Units, splitUnits } from './units.ts';

/**
 * The year that a month without its own year belongs to: the plan year named in the title of a
 * plan or work programme ("2015年…工作要点", "…2018年实施方案"), else the year of the document's date.
 */
export function contextYear(doc: GazetteDocument): number {
  const title = normalise(doc.title).text;
  if (/印发|方案|要点|计划|安排|任务/.test(title)) {
    const plan = /(\d{4})年(?:度)?(?![—~-])[^\d(]{0,30}?(?:工作要点|要点|实施方案|工作方案|方案|计划|工作安排|安排|任务|重点工作)/.exec(title);
    if (plan) return Number(plan[1]);
  }
  if (doc.issued) return Number(doc.issued.slice(0, 4));
  const any = /(\d{4})年/.exec(title) ?? /〔(\d{4})〕/.exec(doc.number);
  return any ? Number(any[1]) : new Date().getUTCFullYear();
}

/**
 * A statement that assigns a whole document ("…工作由A牵头,B、C等单位积极配合", "各市、县(市、区)
 * 政府是…的责任主体"): the units of every item that names none.
 */
export function documentAssignment(paragraphs: string[]): Units | null {
  for (const p of paragraphs) {
    const led = /工作由([^,。;]{2,60}?)牵头,([^。;]{2,400}?)(?:等(?:单位|部门))?(?:积极|共同|密切)?(?:配合|参与|协同)/.exec(p);
    if (led) {
      const lead = splitUnits(led[1]);
      const co = splitUnits(led[2]);
      const rest = p.slice(led.index + led[0].length);
      const bearer = /([^,。;]{2,30}?)作为[^,。;]{0,40}?实施主体/.exec(rest);
      if (bearer) co.push(...splitUnits(bearer[1].replace(/^[,;]/, '')));
      if (lead.length) return { lead, co };
    }
  }
  for (const p of paragraphs) {
    const holder = /(?:^|[。;])([^,。;:]{2,30}?)是[^,。;]{0,40}?(?:责任主体|第一责任主体|实施主体)/.exec(p);
    if (holder) {
      const lead = splitUnits(holder[1].replace(new RegExp(`^${ITEM_NUMBER.source}`), ''));
      if (lead.length) return { lead, co: [] };
    }
  }
  return null;
}
