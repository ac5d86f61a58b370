import { type Clock, shanghaiDate, systemClock } from '../clock.ts';
import { type GazetteDocument, PAGE_FURNITURE } from '../gazette/split.ts';
import { normalise } from './normalise.ts';
import { PLAN_ORDINAL, type TimeValue, fiveYearPlanEnd } from './recognise.ts';
import { BODY, CHARGE_ADVERB, CO_MARK, IN_PRACTICE, LEAD_ACT, OVERALL_CHARGE } from './role-labels.ts';
import { ITEM_OPENING, type Units, splitUnits, subjectAt, unitsOnly } from './units.ts';

/** Where the year of a month without its own year came from, weakest last. */
export const YEAR_SOURCES = ['plan-title', 'plan-heading', 'document-date', 'text-heading', 'date-line', 'dates-in-text', 'doc-number', 'years-in-text', 'page-date', 'clock', 'none'] as const;
export type YearSource = (typeof YEAR_SOURCES)[number];

/** The year a month without its own year belongs to, with the evidence for it: --explain shows both. */
export interface YearContext {
  year: number;
  source: YearSource;
  /** The text the year was read from ("2018年数据共享工作要点", "〔2016〕"), or the clock's date. */
  evidence: string;
}

const PLAN_NAME = /(\d{4})年(?:度)?(?![—~-])[^\d(《》]{0,30}?(?:工作要点|要点|实施方案|工作方案|方案|计划|工作安排|安排|任务|重点工作|清单)/;
/**
 * What a title says of a plan it reports on, right after the plan's name: how it went ("2017年度科技创新目标任务考核结果的通报",
 * "2016年国民经济和社会发展计划执行情况与…", "…重点工作任务完成情况的通报") or who did it best (…任务先进单位). Such a plan is
 * the year reported, most often the one before the document's.
 */
const REPORTED_ON = /^[^,;。的与和及]{0,8}?(?:(?:完成|落实|执行|进展|推进|实施|考核|考评|评估|督查|检查)?(?:情况|结果)|先进|优秀)/;

/**
 * The first plan a title names for its own work: "关于印发2018年数据共享工作要点的通知", and after a plan it only reports on,
 * the next ("关于2016年…计划执行情况与2017年…计划草案的报告": 2017); null when every plan it names is one reported on.
 */
function plannedIn(title: string): RegExpExecArray | null {
  for (let from = 0; from < title.length; ) {
    const plan = PLAN_NAME.exec(title.slice(from));
    if (!plan) return null;
    if (!REPORTED_ON.test(title.slice(from + plan.index + plan[0].length))) return plan;
    from += plan.index + plan[0].length;
  }
  return null;
}

/**
 * A heading that names the year of the work its text plans or reports, alone on its line or run into the
 * first sentence: "2010年防汛检查工作总结", "某局2015年工作总结暨2016年工作计划今年以来…", "2019年某镇工作要点".
 */
const HEADING_YEAR =
  /^[^,;:。!?《》“”]{0,20}?(\d{4})年(?:度)?(?![—~-])[^\d,;:。!?《》“”]{0,30}?(?:工作要点|要点|实施方案|工作方案|方案|计划|工作安排|总结|情况的?(?:报告|汇报|通报)|工作汇报)/;
/** An item's number: "一、2018年工作总结" heads a part of the text, not the text. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])/;
/** How many of a text's first lines may hold its heading, under a web page's own title and furniture. */
const HEADING_LINES = 8;

/** The year a heading among the document's first lines names for its work, with the heading. */
function headingYear(doc: GazetteDocument, lines: string[]): { year: number; evidence: string } | null {
  let seen = 0;
  for (let i = doc.firstLine - 1; i < doc.lastLine && i < lines.length && seen < HEADING_LINES; i++) {
    if (!lines[i].trim()) continue;
    seen++;
    if (!lines[i].includes('年') || PAGE_FURNITURE.test(lines[i])) continue;
    const line = normalise(lines[i]).text.replace(/^[*#•·\-]+/, '');
    const m = NUMBERED.test(line) ? null : HEADING_YEAR.exec(line);
    if (m && plausible(Number(m[1]))) return { year: Number(m[1]), evidence: m[0] };
  }
  return null;
}

/** A date standing for the text itself: alone on its line, or behind a label such as 成文日期 or 印发日期. */
const DATE_OF_TEXT =
  /^\(?(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./])(\d{1,2})日?\)?$|(?:成文|印[发發]|公[布佈]|[发發]文|[签簽][发發])(?:日期|时间|時間)[:|]*(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./])(\d{1,2})/;
/**
 * A web page's own dates: when it was posted (发布时间, 生成日期, 公开日期, a bare 时间 or 日期 label, a
 * date beside 来源 or 浏览次数). They say when the page went up, which may be years after the text was
 * written; a date of an update (更新时间, 修改日期) says nothing of the text at all.
 */
const PAGE_DATE = /(?<!更新|修改|维护|維護)(?:[发發][布佈]|生成|公[开開]|[发發]表|上[传傳])?(?:日期|[时時][间間])[:|]*(\d{4})(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}/;
/** A date with its time of day ("2020年07月23日06:05:59"): the moment a page was posted, never a signed date. */
const POSTING_STAMP = /^\(?(\d{4})(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?\)?\d{1,2}:\d{2}/;
const FULL_DATE = /(\d{4})年\d{1,2}月\d{1,2}[日号](?!以来|来)/g;
/** What closes a date as a deadline: "2009年1月5日前", "…日(星期一)之前", "…日下午5时前". */
const CLOSED_AS_DEADLINE = /^(?:\([^()]{1,8}\))?(?:上午|下午|中午)?(?:\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分)?))?(?:之|以)?前/;
/** A date as web pages and forms write it: "截止:2019-06-18", "2019/06/18". */
const NUMERIC_DATE = /(?<![\d.])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.])/g;
const CITED_NUMBER = /[\u4e00-\u9fa5][〔\[](\d{4})[〕\]]\d{1,4}号/g;
/**
 * A year named in passing, but not as the start of a span up to now or as a baseline ("2003年以来", "比2015年"), nor
 * as the horizon a span or a goal runs to ("今年起至2012年,我省每年解决…", "到二〇〇五年", while "到2020年6月底" is a
 * month's year): neither is the year the text is written in.
 */
const NAMED_YEAR = /(?:(?<![\d自从比较—~-]|截至|到|至)|(?<=到|至)(?=\d{4}年\d{1,2}月))(\d{4})年(?!以来|来|至今)/g;
/**
 * What makes a date one of a past event, read after the date (its month and day skipped): a phrase it
 * heads that describes a thing already done ("1949年7月所定制度", "2016年3月印发的《…》", "2010年已建成"),
 * or read before it ("早在2003年", "曾于2012年"). Such a date dates the event, not the text.
 */
const PAST_AFTER = /^(?:\d{1,2}月(?:份|\d{1,2}[日号])?)?(?:所[定订发颁作立制出]|[曾已]|以来|来|至今|(?:印发|下发|出台|制定|颁布|发布|召开|通过|成立|建成|开展|实施|批准|施行)的)/;
const PAST_BEFORE = /(?:早在|曾于|已于|曾在|曾经|截至|截止)$/;
/** A person's birth, as a profile gives it: "男,汉族,1970年12月生", "1968年1月出生", "1968年2月2日出生于…". */
const BORN = /^(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:出生|生(?=[,;。)人]))/;

/** Is the date at [start, end) of `line` the date of a past event? */
export function isPastEventDate(line: string, start: number, end: number): boolean {
  const after = line.slice(end, end + 16);
  return PAST_AFTER.test(after) || BORN.test(after) || PAST_BEFORE.test(line.slice(Math.max(0, start - 4), start));
}

/**
 * Only lines that can hold a year (and `holding`, when given) are read, and only those with Chinese
 * numerals are normalised.
 */
function yearLines(lines: string[], doc: GazetteDocument, holding = ''): string[] {
  const out: string[] = [];
  for (let i = doc.firstLine - 1; i < doc.lastLine && i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(holding) || !/年|〔|\[|\d{4}[-./]/.test(line)) continue;
    out.push(/[〇○零一二三四五六七八九十Oo]/.test(line) ? normalise(line).text : line.replace(/\s+/g, ''));
  }
  return out;
}

/** The most frequent of the years (the later one on a tie), or null. */
function commonestYear(years: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

const plausible = (y: number) => y >= 1949 && y <= 2100;

/**
 * The year that a month without its own year belongs to, from the text: the plan year of the title
 * or of a plan the document issues ("2015年…工作要点", "现将《…2017年度…计划》印发"), the year of the
 * document's date, of a heading among its first lines that names the year of its work, of a date line (a signature or a 成文日期), of the full dates in the text, of the
 * latest 文号 it cites, of the years it names (none of a past event's, none of the page's furniture);
 * then the year the page was posted; only with none of these the clock's year.
 */
export function yearContext(doc: GazetteDocument, lines: string[], clock: Clock = systemClock): YearContext {
  const title = normalise(doc.title).text;
  if (/印发|方案|要点|计划|安排|任务|清单/.test(title)) {
    const plan = plannedIn(title);
    if (plan) return { year: Number(plan[1]), source: 'plan-title', evidence: plan[0] };
  }
  // A plan the document issues is named in 《》, which normalising leaves as they are.
  for (const line of yearLines(lines, doc, '《')) {
    const issued = /(?:印发|现将)[^《]{0,10}《([^》]*)》|《([^》]*)》(?:已经[^,。]{0,20})?(?:印发|下发)/.exec(line);
    const plan = issued && PLAN_NAME.exec(issued[1] ?? issued[2]);
    if (plan && plausible(Number(plan[1]))) return { year: Number(plan[1]), source: 'plan-heading', evidence: plan[0] };
  }
  if (doc.issued) return { year: Number(doc.issued.slice(0, 4)), source: 'document-date', evidence: doc.issued };
  // Before a date alone on a line: on a web page that is as often the day the page went up.
  const heading = headingYear(doc, lines);
  if (heading) return { ...heading, source: 'text-heading' };
  const text = yearLines(lines, doc);
  const pageLine = (line: string) => PAGE_FURNITURE.test(line) || POSTING_STAMP.test(line) || (PAGE_DATE.test(line) && !DATE_OF_TEXT.test(line));
  for (const line of text) {
    if (PAGE_FURNITURE.test(line)) continue;
    const m = DATE_OF_TEXT.exec(line.replace(/^[•·*\-]+/, ''));
    const year = m ? Number(m[1] ?? m[4]) : 0;
    if (plausible(year)) return { year, source: 'date-line', evidence: m![0] };
  }
  // The lines of the text itself, found once for the three kinds of year gathered from them.
  const ownLines = text.filter((line) => !pageLine(line));
  // An exec loop, not matchAll, which copies the pattern for every line. (Each pattern's match holds four digits, never empty.)
  // `deadlines`, when given, takes the years of the dates closed as deadlines, which are not gathered.
  const gather = (pattern: RegExp, deadlines?: number[]) => {
    const years: number[] = [];
    for (const line of ownLines) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const year = Number(m[1]);
        const end = m.index + m[0].length;
        if (isPastEventDate(line, m.index, end) || !plausible(year)) continue;
        if (deadlines && CLOSED_AS_DEADLINE.test(line.slice(end, end + 12))) deadlines.push(year);
        else years.push(year);
      }
    }
    return years;
  };
  const deadlines: number[] = [];
  const dated = commonestYear([...gather(FULL_DATE, deadlines), ...gather(NUMERIC_DATE)]);
  if (dated) return { year: dated, source: 'dates-in-text', evidence: `${dated}年…日` };
  // A deadline falls on or after the day the text is written: "要求…分别于6月27日、9月30日、2009年1月5日前将半年、
  // 前三季度、全年的自查情况报送" sets its last report early in the year after its work. The year the text
  // most often names for its work, the first deadline's or the one before, is the text's; else the deadline's.
  if (deadlines.length) {
    const first = Math.min(...deadlines);
    const named = commonestYear(gather(NAMED_YEAR).filter((y) => y === first || y === first - 1)) ?? first;
    return { year: named, source: 'dates-in-text', evidence: `${named}年…日` };
  }
  const numbers = gather(CITED_NUMBER);
  if (numbers.length) {
    const latest = Math.max(...numbers);
    return { year: latest, source: 'doc-number', evidence: `〔${latest}〕` };
  }
  const named = commonestYear(gather(NAMED_YEAR));
  if (named) return { year: named, source: 'years-in-text', evidence: `${named}年` };
  for (const line of text) {
    const m = PAGE_DATE.exec(line) ?? POSTING_STAMP.exec(line);
    if (m && plausible(Number(m[1]))) return { year: Number(m[1]), source: 'page-date', evidence: m[0] };
  }
  // A clock a person set (--now, SHIXIAN_NOW: replaying old gazettes) says which year an undated text
  // is read in. Today's date says nothing about it: 'none', and the dates that would take it are refused.
  const today = shanghaiDate(clock.now());
  return { year: Number(today.slice(0, 4)), source: clock === systemClock ? 'none' : 'clock', evidence: today };
}

/** A statement assigning the work of a document or of a section: its units, and the paragraph it stands in. */
export interface WorkAssignment {
  units: Units;
  /** The index of the paragraph, among those given, that makes the statement. */
  paragraph: number;
}

/** Units carrying out the work another leads, after it: "A牵头,各县(市、区)政府负责实施", "B负责组织落实". */
const CARRIED_OUT = '负责(?:组织)?(?:实施|落实)';

/**
 * "…工作由A牵头,B、C等单位积极配合", "…工作由A牵头组织实施,B配合", "本方案各项任务由A牵头,B负责实施": the unit leading
 * the work, and those helping or carrying it out
 * (role-labels.ts's helper words); the verb after 牵头 says how A leads, and is no part of its name.
 */
const WORK_LED = new RegExp(
  `(?<!此项|该项|这项|本项|上述|以上|此|该|这|日常)(?:工作|任务)由([^,。;]{2,60}?)(?:牵头${LEAD_ACT}{0,2}|${OVERALL_CHARGE}|(?:${CHARGE_ADVERB})?(?:组织实施|负责|组织领导)),([^。;]{2,400}?)(?:等(?:${BODY}))?(?:(?:积极|共同|密切|协同)?(?:${CO_MARK})|${IN_PRACTICE}|${CARRIED_OUT})`,
);

/**
 * A statement that assigns a whole document or a section ("…工作由A牵头,B、C等单位积极配合", "各市、县(市、区)
 * 政府是…的责任主体"): the units of every item in its scope that names none. Where it stands says what its
 * scope is (sections.ts, documentAssignmentScope).
 */
export function documentAssignment(paragraphs: string[]): WorkAssignment | null {
  // Each pattern holds a word that most paragraphs lack: a search for it skips them first.
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p.includes('工作由') && !p.includes('任务由')) continue;
    // "此项工作由A牵头" points back at its own item, not at the whole document.
    // "…工作由A负责(统一组织实施),B、C配合" charges A as 牵头 does; an office's 日常工作 is the running of a group, not the tasks.
    const led = WORK_LED.exec(p);
    // The helpers' clause opens with their names ("各有关部门按照职责分工配合"): "…牵头,建立协作机制" names no helper.
    const helpers = led && subjectAt(led[2]);
    if (led && helpers) {
      const lead = splitUnits(led[1]);
      const co = [...helpers];
      const rest = p.slice(led.index + led[0].length);
      const bearer = /([^,。;]{2,30}?)作为[^,。;]{0,40}?实施主体/.exec(rest);
      if (bearer) co.push(...splitUnits(bearer[1].replace(/^[,;]/, '')));
      if (lead.length) return { units: { lead, co }, paragraph: k };
    }
  }
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    // 市场主体, 创新主体 and the like are common; only a 责任主体 or a 实施主体 can be held.
    if (!p.includes('责任主体') && !p.includes('实施主体')) continue;
    // "…的原则,发生地县政府是…责任主体": after a frame, the clause's own names are the holder, if it is names alone.
    for (const holder of p.matchAll(RESPONSIBLE_BODY)) {
      const clause = holder[2].replace(ITEM_OPENING, '');
      const lead = namesClosing(clause) ?? (holder[1] === ',' ? null : splitUnits(clause));
      if (lead?.length) return { units: { lead, co: [] }, paragraph: k };
    }
  }
  return null;
}

/** What a request says when it asks only to put a text into effect or read it (认真贯彻执行, 抓紧落实, 认真阅读). */
const ONLY_TO_CARRY_OUT = '(?:认真|结合实际|抓好|抓紧|切实|按照|,)*(?:贯彻|遵照|参照|执行|实施|研究|阅读|落实)';

/**
 * "请你们定时上报…情况", "请你单位及时按规定流程申报", "请你单位派员协助检查": a request to 你们 (你单位, 你局,
 * 你市…), the notice's addressees, to act themselves. A notice that hands them another text names 你们 before its
 * 请 ("现将《…》印发给你们,请认真贯彻执行"), and one asking them only to carry out or read a text (请你们认真贯彻执行,
 * 请你单位认真阅读…) sets them no work of its own.
 */
const ASKS_YOU = new RegExp(`请你(?:们|单位|局|厅|委|办|部门|市|县|区|镇|乡|公司)(?!${ONLY_TO_CARRY_OUT})`);

/**
 * "请各有关省按照…要求,认真做好…工作,并按要求向我司报送工作进展情况。" in a notice's preamble, before its numbered
 * items: the units asked act in the items that name no one, as the addressees do when asked as 你们. A request only to
 * put a text into effect (请各地认真贯彻执行) sets no work of its own. Read in the paragraphs before the first numbered one.
 */
export function requestedInPreamble(paragraphs: string[]): WorkAssignment | null {
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (ITEM_OPENING.test(p)) return null;
    if (!p.includes('请各')) continue;
    for (const m of p.matchAll(REQUESTED_UNITS)) {
      const names = unitsOnly(m[1]);
      if (names) return { units: { lead: names, co: [] }, paragraph: k };
    }
  }
  return null;
}

/** 请 and the units it asks, before the words of what they are asked, unless only to carry out a text. */
const REQUESTED_UNITS = new RegExp(`(?:^|[。;,])请(各[^,。;:“]{1,30}?)(?=按照|根据|要|务必|于|在|及时|尽快|定期|抓紧)(?!${ONLY_TO_CARRY_OUT})`, 'g');

export function asksAddresseesToAct(paragraphs: string[]): boolean {
  for (const p of paragraphs) if (p.includes('请你') && ASKS_YOU.test(p)) return true;
  return false;
}

/** "X是…的责任主体", "X作为…的责任主体" opening a sentence or a clause, with what stands before it. */
const RESPONSIBLE_BODY = /(^|[。;,])([^,。;:]{2,30}?)(?:是|作为)[^,。;]{0,40}?(?:责任主体|实施主体)/g;

/**
 * The unit names a clause states something of: all of it, or what follows the words telling who states it
 * ("通知明确各级政府", "会议强调各乡镇"); null when that is no list of names.
 */
function namesClosing(clause: string): string[] | null {
  const said = /^[^,。;:]{0,8}?(?:明确|规定|强调|指出|要求|提出)/.exec(clause);
  return unitsOnly(clause) ?? (said ? unitsOnly(clause.slice(said[0].length)) : null);
}

/** A year an expression names itself: 2018年, 2018-06-30, or a five-year plan (十三五). */
const OWN_YEAR = /(?:19|20)\d\d|十[一二三四五六七八九]五/;

/**
 * Whether a reading's date comes from the document's year rather than a year its own words name:
 * 6月底前, 年底前 and 今年 do; 2018年6月底前, a rule (每月) and a period (10日内) do not.
 */
export function takesTheDocumentYear(value: TimeValue, expression: string): boolean {
  return (value.kind === 'once' || value.kind === 'ongoing') && !OWN_YEAR.test(expression);
}

/**
 * The head of a document that is a five-year plan: its name, alone as a title or opening the sentence that says on what
 * it is drawn up ("大连市国民经济和社会发展第十三个五年规划纲要,根据…编制", "江西省…第十四个五年规划和二〇三五年远景目标
 * 纲要,根据", "五河县“十四五”教育事业发展规划", "关于印发云南省“十四五”区域协调发展规划的通知"), numerals as normalised (第13个5年).
 * A notice about making one ("关于做好“十三五”规划编制工作的通知") names no plan it is.
 */
const PLAN_HEAD = /^[^,。;:]{0,60}?(?:第1([1-9])个5年(?:规划|计划)|十([一二三四五六七八九])五["”’]?[^,。;:]{0,30}?(?:规划|纲要|计划))(?:[^,。;:]{0,16}?纲要)?(?:》?的通知)?(?:$|,(?:根据|依据))/;

/** The first year of the five-year plan a document's title or first paragraphs name as the document, or null. */
export function planStartOf(heads: string[]): number | null {
  for (const head of heads) {
    const m = PLAN_HEAD.exec(head);
    // A plan's first year is four before its last.
    if (m) return fiveYearPlanEnd(m[1] ? 10 + Number(m[1]) : PLAN_ORDINAL[m[2]]) - 4;
  }
  return null;
}
