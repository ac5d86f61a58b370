/**
 * A rule may say what its own days are: "本法规定的行政机关实施行政许可的期限以工作日计算,不含法定节假日" (行政许可法),
 * "本法中十日以内期限的规定是指工作日" (行政强制法), "本法中“二日”“三日”“五日”“七日”的规定是指工作日" (行政处罚法).
 * Its periods written in 日 are then working days, as if written 个工作日: every one, those up to a count, or those
 * listed. Only the text's own definition (本法, 本办法…) counts; another law's, cited, does not.
 */
import type { Finding } from './paragraph.ts';

export type WorkdayDefinition = { scope: 'all' } | { scope: 'up-to'; days: number } | { scope: 'listed'; days: Set<number> };

const THIS_RULE = '本(?:法|条例|规定|办法|细则|实施细则|决定|规则|制度|规程)';
const IS_WORKDAY = '(?:均|都)?(?:是指|指|为|系)工作日';
const EVERY_PERIOD = new RegExp(
  `${THIS_RULE}[^。;“”]{0,30}?(?:期限|时限|期间)(?:均|都)?(?:以|按)工作日计(?:算)?|${THIS_RULE}(?:所称|中|规定)的?(?:日|天|期限|时限)${IS_WORKDAY}`,
);
const PERIODS_UP_TO = new RegExp(`${THIS_RULE}[^。;“”]{0,12}?(\\d{1,3})日以内(?:的)?(?:期限|时限)[^。;]{0,6}?${IS_WORKDAY}`);
const LISTED_PERIODS = new RegExp(`${THIS_RULE}[^。;“”]{0,24}?((?:“\\d{1,3}日”、?)+)[^。;]{0,10}?${IS_WORKDAY}`);

export function workdayDefinition(paragraphs: readonly string[]): WorkdayDefinition | null {
  for (const text of paragraphs) {
    if (!text.includes('工作日')) continue;
    const listed = LISTED_PERIODS.exec(text);
    if (listed) return { scope: 'listed', days: new Set([...listed[1].matchAll(/\d+/g)].map((d) => Number(d[0]))) };
    const upTo = PERIODS_UP_TO.exec(text);
    if (upTo) return { scope: 'up-to', days: Number(upTo[1]) };
    if (EVERY_PERIOD.test(text)) return { scope: 'all' };
  }
  return null;
}

/** A period counted in calendar days as written: "二十日内", "7日前", "15天内"; not months, hours or weeks. */
const COUNTED_IN_DAYS = /\d{1,3}(?:日|天)(?:内|以内|之内|前|以前|之前)?$/;

/**
 * The findings whose periods the definition makes working days, read as such. The definition is asked for (`definitionOfDocument`
 * reads every paragraph of the document) only when a finding has a period in calendar days: most documents have none.
 */
export function countDefinedWorkdays(findings: Finding[], definitionOfDocument: () => WorkdayDefinition | null): void {
  let definition: WorkdayDefinition | null | undefined;
  for (const f of findings) {
    const v = f.match.value;
    if (v.kind !== 'sla' || v.workdays || !COUNTED_IN_DAYS.test(f.norm.text.slice(f.match.start, f.match.end))) continue;
    if (definition === undefined) definition = definitionOfDocument();
    if (!definition) return;
    const inScope = definition.scope === 'all' || (definition.scope === 'up-to' ? v.days <= definition.days : definition.days.has(v.days));
    if (inScope) f.match = { ...f.match, value: { ...v, workdays: true } };
  }
}
