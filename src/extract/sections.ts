/**
 * Units that come from the structure around an item rather than its own clause: a labelled unit
 * line standing above a list of items ("牵头单位:A" / "协办单位:B、C"), and a stage heading
 * ("(一)准备阶段(6月10日前)") whose units are the subject of the stage's body.
 */
import type { Block } from './blocks.ts';
import { type NormalisedText, writtenForm } from './normalise.ts';
import { labelFields } from './item-labels.ts';
import { type Finding, unitLists } from './paragraph.ts';
import { LEAD_ACT, OVERALL_CHARGE, UNIT_LIST_LABEL, labelRole } from './role-labels.ts';
import { ITEM_NUMBER, NO_UNITS, type Units, isCompleteUnit, parseUnitList, spacesPartingIn, splitUnits, subjectAt, subjectUnits, unitsAsWritten, unitsOfLabels, unitsOnly } from './units.ts';

/**
 * A heading's number, one group for each level, deepest last: 第一章, 一、, (一) or ㈠, 1. or ⒈, (1) or ⑴, ①. One pattern
 * rather than one for each level: every paragraph is asked, and most hold no number. A point before a digit
 * makes a decimal, unless a year follows it ("1.2021年5月底前完成…": item 1, dated).
 */
const NUMBER_OF_EACH_LEVEL = /^\s*(?:(第[一二三四五六七八九十百]+[章节部分])|([一二三四五六七八九十]+[、.])|(\([一二三四五六七八九十]+\)|[㈠-㈩])|(\d+(?:、|\.(?!\d)|\.(?=(?:19|20)\d\d\s*年))|[⒈-⒛])|(\(\d+\)|[⑴-⒇])|([①-⑳]))/;

/** How deep a heading's number puts it: 第一章 above 一、 above (一) above 1. above (1) above ①; null for no number. */
export function headingLevel(text: string): number | null {
  const number = NUMBER_OF_EACH_LEVEL.exec(text);
  if (!number) return null;
  let level = 0;
  while (number[level + 1] === undefined) level++;
  return level;
}

/** A label of role-labels.ts, its colon and the names after it, the whole line. */
const LABEL = new RegExp(`^(${UNIT_LIST_LABEL})[:]\\s*(.+?)[。;]?$`);

/**
 * Whether a line can be one unitLabelLine reads: its labels need their colon, its bracket opens the line. Spaces parted
 * as 、 add neither, so the other lines, most of a document, are not parted to be read for nothing.
 */
const mayBeLabelLine = (text: string): boolean => text.includes(':') || /^\s*[([]/.test(text);

/**
 * A line that is only a labelled unit list: the units it gives, and whether the label names those who lead or are
 * responsible (牵头单位, 责任单位) or those who co-operate (协办单位, 配合处室). Null for any other line.
 */
export function unitLabelLine(text: string): { units: Units; leads: boolean } | null {
  // "(县自然资源局牵头)" on a line of its own under a plan's title: the bracket says what a label line would.
  const line = text.trim();
  if ((line.startsWith('(') || line.startsWith('[')) && bracketOpening(line) === 0) {
    const units = markedUnits(line.slice(1, -1));
    return units ? { units, leads: true } : null;
  }
  // "牵头单位:A;配合单位:B", "责任领导:张三 责任单位:A、B": several labels on the line are read as the label lines under an item are.
  const fields = labelFields(line);
  if (fields && fields.length > 1) {
    const units = unitsOfLabels(fields);
    return units ? { units, leads: units.lead.length > 0 } : null;
  }
  const m = LABEL.exec(line);
  if (!m || /[。]/.test(m[2])) return null;
  const role = labelRole(m[1]);
  if (role === 'co') {
    const co = splitUnits(m[2]);
    return co.length ? { units: { lead: [], co }, leads: false } : null;
  }
  // A label of those who lead (牵头, 主办) names leaders only; a 责任 list follows the first-listed convention.
  if (role === 'lead') {
    const lead = splitUnits(m[2]);
    return lead.length ? { units: { lead, co: [] }, leads: true } : null;
  }
  const units = parseUnitList(`${m[1]}:${m[2]}`);
  return units ? { units, leads: true } : null;
}

/** "专项规划编制工作由市规划办负责。": a sentence of its own charging one unit with a section's work. */
const WORK_CHARGED = new RegExp(`(?:^|[。;:])[^,。;:]{0,24}?工作由([^,。;:]{2,30}?)(?:(?:统一)?(?:组织)?(?:领导|负责|牵头${LEAD_ACT}{0,2})|具体(?:组织)?(?:负责|实施|落实)|${OVERALL_CHARGE})(?:实施)?(?=[。;]|$)`);

/**
 * The section a statement in block `at` speaks for, as the range of blocks [from, to). A statement
 * under one heading speaks for that heading's section; one standing unnumbered after a run of
 * numbered items (1. 2. 3.) closes their parent's section. With no heading above, the whole document.
 */
function statementSection(blocks: SectionBlock[], levels: Array<number | null>, at: number): [number, number] {
  // The nearest heading above, and whether a sibling of it stands above it in the same parent.
  let nearest = -1;
  let parent = -1;
  let siblings = 0;
  for (let j = at - 1; j >= 0 && parent < 0; j--) {
    const l = levels[j];
    if (l === null) continue;
    if (nearest < 0) nearest = j;
    else if (l === levels[nearest]) siblings++;
    else if (l < levels[nearest]!) parent = j;
  }
  if (nearest < 0) return [0, blocks.length];
  // A bare title (第二章 报送要求, (二)农村道路整治) opens the section its body is; only an item of content (3.…完成。)
  // ends before an unnumbered paragraph standing after its run.
  const owner = siblings > 0 && /[。;]/.test(blocks[nearest].norm?.text ?? '') ? parent : nearest;
  if (owner < 0) return [0, blocks.length];
  // "一、组织领导 …工作由A统一组织领导": the section on how the work is run speaks for all of it.
  if (ORGANISATION_HEADING.test(blocks[owner].norm?.text.slice(0, 20) ?? '')) return [0, blocks.length];
  const level = levels[owner]!;
  let to = at + 1;
  while (to < blocks.length && (levels[to] === null || levels[to]! > level)) to++;
  return [owner, to];
}

/**
 * Narrows a statement assigning the document's work (context.ts, documentAssignment), standing in block `at`, to its
 * section when it stands among dated items of that section ("(一)重点车辆整治 / 重点车辆整治工作由A牵头,B配合。/
 * 1.…5月底前… / (二)农村道路整治 / …8月底前…"): the items of other sections that name no unit of their own take
 * none from it. A statement in the preamble, under a heading over how the work is run, or in a section of its
 * own that holds no dated item ("五、保障措施 …工作由A牵头,B、C配合") speaks for the whole document.
 */
export function scopeDocumentAssignment(blocks: SectionBlock[], at: number): void {
  const levels: Array<number | null> = [];
  for (const b of blocks) levels.push(b.level);
  const own = levels[at];
  // A numbered paragraph making the statement ("(一)重点车辆整治。…工作由A牵头") heads the section it speaks for.
  let [from, to] = own === null ? statementSection(blocks, levels, at) : [at, at + 1];
  if (own !== null) {
    if (ORGANISATION_HEADING.test(blocks[at].norm?.text.slice(0, 20) ?? '')) return;
    while (to < blocks.length && (levels[to] === null || levels[to]! > own)) to++;
  }
  if (from === 0 && to === blocks.length) return;
  let itemsOfItsOwn = false;
  for (let j = from; j < to && !itemsOfItsOwn; j++) if (j !== at && blocks[j].findings.length > 0) itemsOfItsOwn = true;
  if (!itemsOfItsOwn) return;
  for (let j = 0; j < blocks.length; j++) {
    if (j >= from && j < to) continue;
    for (const f of blocks[j].findings) if (f.unitSource === 'document') Object.assign(f, { units: NO_UNITS, unitSource: 'none' });
  }
}

/**
 * A heading over how the whole work is run: 组织领导, 组织机构, 组织实施, 职责分工; or the general provisions of a set
 * of rules (第一章 总则), which say who does the work the later chapters set out.
 */
const ORGANISATION_HEADING = /^[^。;,]{0,8}?(?:组织领导|组织机构|组织实施|领导机构|工作机构|职责分工|工作分工|责任分工|总\s?则)(?:[。;]|$)/;

/** Findings that name no unit of their own, which a section's units may fill. */
const takesSectionUnits = (f: Finding) => f.unitSource === 'none' || f.unitSource === 'document';

/** One past the last block holding a finding that takes a section's units (takesSectionUnits), 0 when none does. */
function takersEnd(blocks: SectionBlock[]): number {
  let end = blocks.length;
  while (end > 0 && !blocks[end - 1].findings.some(takesSectionUnits)) end--;
  return end;
}

/** A stage's title: its number, a name with 阶段 or 步骤, or a time in brackets closing it. */
const STAGE_TITLE = /阶段|步骤/;

/**
 * A clause naming the unit that deploys, organises or convenes a stage ("由县安委办统一部署,", "由市政府组织召开动员会后,"):
 * a host, not the subject; 由A牵头/负责 is a marker of who leads, and stays.
 */
const HOSTING_FRAME = /^由[^,。;]{2,30}?(?:统一)?(?:部署|组织|安排|指导|召开|主持|统筹|协调|调度)[^,。;]{0,12},/;

/**
 * A stage heading with no number of its own, its name opening the paragraph right before a colon or its bracketed
 * time: "第三阶段:总结评比(12月上旬)。", "自查自纠阶段(2007年3月下旬):". A plan may set its stages out so, below a
 * numbered heading ("四、实施步骤"), as it sets out numbered ones. "分阶段" names no stage.
 */
const UNNUMBERED_STAGE = /^(?:第[一二三四五六七八九十]{1,3}阶段|[^,。;:()“”]{2,14}?(?<!分)(?:阶段|步骤))(?=[:(])/;

/** How far a stage's body is read for its subject: a stage's body states who acts in its first lines. */
const BODY_SENTENCES = 12;

export interface SectionBlock {
  block: Block;
  norm: NormalisedText | undefined;
  findings: Finding[];
  /** How deep the block's heading number puts it (`blockLevel`): read once, asked by every pass over the sections. */
  level: number | null;
}

/** A block's heading level: a Markdown heading is a top one, a paragraph has its number's, a table row none. */
export function blockLevel(block: Block, norm: NormalisedText | undefined): number | null {
  if (block.kind !== 'paragraph') return null;
  // "2.一天4次接收…" is normalised to "2.1天4次…", which reads as a decimal: the number is read as written then.
  return block.heading ? 0 : (headingLevel(norm?.text ?? '') ?? headingLevel(block.piece.text));
}

/**
 * Gives section units to the findings of `blocks` (in document order) that name none: those under a
 * labelled unit line standing below a title (until the next label or a heading as high as the one
 * above the label), and those in a stage heading (from the first subject of the stage's body).
 */
export function assignSectionUnits(blocks: SectionBlock[]): void {
  // Units are given only to findings that take them (takesSectionUnits): most documents' findings all name their own
  // units, and their blocks are not read for statements, labels or headings at all.
  if (takersEnd(blocks) === 0) return;
  // Pushed, not mapped: map's array is of another kind when every level is a number, and the loops
  // reading it had their optimised code thrown away there (node --trace-deopt: wrong map).
  const levels: Array<number | null> = [];
  for (const b of blocks) levels.push(b.level);
  blocks.forEach(({ block, norm, findings }, at) => {
    const charged = block.kind === 'paragraph' && norm && norm.text.includes('工作由') ? WORK_CHARGED.exec(norm.text) : null;
    const names = charged && subjectAt(charged[1]);
    if (!names || block.kind !== 'paragraph' || !norm) return;
    const units = spelt({ lead: names, co: [] }, norm, block.piece.text);
    // A statement standing alone speaks for its section; one closing a paragraph of dated items, for that paragraph.
    const [from, to] = findings.length ? [at, at + 1] : statementSection(blocks, levels, at);
    // One speaking for the whole document leaves the items the document's assignment (牵头/配合, 责任主体) already gave units.
    const whole = from === 0 && to === blocks.length;
    for (let j = from; j < to; j++) for (const f of blocks[j].findings) if (whole ? f.unitSource === 'none' : takesSectionUnits(f)) Object.assign(f, { units, unitSource: 'section' });
  });
  // What follows reads the blocks in order for the units a section gives to the findings that name none
  // (labels, lead-ins, headings, the actor a list's items share) and gives them only to findings that take
  // them: after the last such finding nothing is given, and the blocks there are not read.
  const end = takersEnd(blocks);
  let lastHeading: number | null = null;
  let labelled: { units: Units; level: number | null } | null = null;
  let unitHeading: { units: Units; level: number } | null = null;
  let leadIn: { units: Units; level: number | null } | null = null;
  let previousFindings = 0;
  let previousWasLabel = false;
  let siblings: SiblingActor | null = null;
  for (let i = 0; i < end; i++) {
    const { block, norm, findings } = blocks[i];
    const text = norm?.text ?? '';
    const level = levels[i];
    const read = block.kind === 'paragraph' && norm && findings.length === 0 && mayBeLabelLine(text) ? unitLabelLine(spacesPartingIn(norm, block.piece.text)) : null;
    const label = read && block.kind === 'paragraph' && norm ? { ...read, units: spelt(read.units, norm, block.piece.text) } : null;
    if (label) {
      if (previousWasLabel && labelled) {
        // "牵头单位:A" then "协办单位:B": one assignment.
        labelled.units = label.leads && labelled.units.lead.length === 0
          ? { lead: label.units.lead, co: [...labelled.units.co, ...label.units.co] }
          : { lead: labelled.units.lead, co: [...labelled.units.co, ...label.units.lead, ...label.units.co] };
      } else {
        // A label right under an item closes that item (read there); one under a title opens a section.
        labelled = previousFindings === 0 ? { units: label.units, level: lastHeading } : null;
      }
      previousWasLabel = true;
      continue;
    }
    previousWasLabel = false;
    // The items under a lead-in are numbered deeper than it; any other block ends them.
    if (leadIn && (level === null || (leadIn.level !== null && level <= leadIn.level))) leadIn = null;
    const opener = findings.length === 0 && block.kind === 'paragraph' && norm ? leadInSubject(text) : null;
    if (opener && norm && block.kind === 'paragraph') leadIn = { units: spelt(subjectUnits(text, opener.names, opener.at), norm, block.piece.text), level };
    if (level !== null) {
      if (labelled && (labelled.level === null ? level === 0 : level <= labelled.level)) labelled = null;
      if (unitHeading && level <= unitHeading.level) unitHeading = null;
      lastHeading = level;
      const names = findings.length === 0 && block.kind === 'paragraph' && norm ? headingUnits(text) : null;
      if (names && norm && block.kind === 'paragraph') unitHeading = { units: spelt(subjectUnits(text, names, 0), norm, block.piece.text), level };
      const marked = !names && findings.length === 0 && block.kind === 'paragraph' && norm ? headingBracketUnits(text) : null;
      if (marked && norm && block.kind === 'paragraph') unitHeading = { units: spelt(marked, norm, block.piece.text), level };
    }
    // The actor the numbered items of one list share, for an item of the list that names none.
    const own = level !== null && block.kind === 'paragraph' && norm ? itemActor(text) : null;
    if (siblings && level !== null && level < siblings.level) siblings = null;
    const shared: SiblingActor | null = siblings && level === siblings.level ? siblings : null;
    if (own && norm && block.kind === 'paragraph' && level !== null) {
      const units = spelt(subjectUnits(text, own.names, own.at), norm, block.piece.text);
      const key = siblingKey(own.names);
      siblings = withItemActor(shared, key, units, level);
    }
    // An item opening with a unit's name of its own, whatever its verb, is another's: the list's actor is no longer shared.
    if (!own && shared && level !== null && opensWithOtherUnit(text, shared.key)) siblings = withItemActor(shared, '', NO_UNITS, level);
    const itemUnits = !own && siblings === shared && shared?.units ? shared.units : null;
    previousFindings = findings.length;
    if (findings.length === 0) continue;
    // An item whose dated duty names its actor elsewhere than at its opening ("1.此项工作由A牵头,…于6月底前完成") has
    // an actor of its own: the list shares one only while its items agree, and it shares none this item did not open with.
    const named: Finding | undefined = !own && level !== null && siblings === shared ? findings.find((f) => (f.unitSource === 'list' || f.unitSource === 'subject') && f.units.lead.length > 0) : undefined;
    if (named && level !== null) {
      const key = siblingKey(named.units.lead);
      siblings = shared ? withItemActor(shared, key, NO_UNITS, level) : { key, units: null, level };
    }
    const stage = norm && (level !== null || UNNUMBERED_STAGE.test(norm.text)) ? stageUnits(blocks, i, level, norm.text, findings) : null;
    for (const f of findings) {
      if (!takesSectionUnits(f)) continue;
      const units = stage && stage.inTitle(f) ? stage.units : (leadIn?.units ?? unitHeading?.units ?? labelled?.units ?? itemUnits ?? undefined);
      if (units && units.lead.length) Object.assign(f, { units, unitSource: 'section' });
    }
  }
}

const HEADING_NUMBER = new RegExp(`^${ITEM_NUMBER.source}`);

/**
 * The actor the numbered items of one list name, at the list's level: `units` null once two items name different ones.
 * `key` tells the names apart.
 */
interface SiblingActor {
  key: string;
  units: Units | null;
  level: number;
}

/**
 * Does the numbered item open with the name of a unit other than the list's actor (`key`, without its 各), whatever
 * follows the name ("省政府班子成员每年…", "县信访局当天受理…")? Such an item names its own actor even where its
 * verb is not read.
 */
function opensWithOtherUnit(text: string, key: string): boolean {
  const number = NUMBER_OF_EACH_LEVEL.exec(text);
  if (!number) return false;
  const body = text.slice(number[0].length).replace(/^由/, '').replace(/^(?:各|每个)/, '');
  for (let end = 2; end <= Math.min(body.length, 16); end++) {
    if (isCompleteUnit(body.slice(0, end))) return key === '' || !body.startsWith(key);
  }
  return false;
}

/** The actor a list shares once an item of it names `key`: the first item's, kept while the items agree, none once they differ. */
function withItemActor(shared: SiblingActor | null, key: string, units: Units, level: number): SiblingActor {
  if (shared === null) return { key, units, level };
  return shared.key === key ? shared : { key: '', units: null, level };
}

/**
 * The names an item list's actor is known by. 每个县统计局 (each one) and 各县统计局 name the same units.
 * Pushed, not mapped: map makes a packed or a holey array by which of V8's tiers runs it, and the
 * optimised code of assignSectionUnits, which joins it, was thrown away at the kind it had not seen
 * (node --trace-deopt: wrong map).
 */
function siblingKey(names: readonly string[]): string {
  const bare: string[] = [];
  for (const name of names) bare.push(name.replace(/^各/, ''));
  return bare.join('、');
}

/**
 * "1.秘书处每日到交换中心收取信件…", "1、由各区统计局组织实施": the unit a numbered item opens with, acting in
 * it (由 names it as the one acting). Null when the item opens with anything else, or is only the names of units.
 */
function itemActor(text: string): { names: string[]; at: number } | null {
  const number = NUMBER_OF_EACH_LEVEL.exec(text);
  if (!number) return null;
  const body = text.slice(number[0].length).replace(/^由/, '');
  const names = subjectAt(body);
  if (!names) return null;
  const last = names[names.length - 1];
  const end = body.indexOf(last) + last.length;
  // A heading that is only names heads the duties of those units (headingUnits), it states no act of its own.
  return end < body.length && !/^[:。;]/.test(body.slice(end)) ? { names, at: number[0].length + (text.length - number[0].length - body.length) } : null;
}

/**
 * "第五条 各乡镇按以下要求报送:", "一、各单位要做好以下工作:": a sentence closed by a colon that points at the
 * list under it, whose subject acts in the numbered items of that list. The subject and where it stands, or null.
 */
function leadInSubject(text: string): { names: string[]; at: number } | null {
  if (!text.endsWith(':')) return null;
  const at = Math.max(text.lastIndexOf('。'), text.lastIndexOf(';')) + 1;
  const sentence = text.slice(at).replace(ARTICLE_NUMBER, '');
  // The sentence points at the list under it (以下, 如下, 下列): a salutation or a label names no one acting.
  if (!/以下|如下|下列/.test(sentence)) return null;
  // "对在窗口办理的事项,局办事窗口按以下情况办理:": a frame before the clause that points at the list.
  const names = subjectAt(sentence) ?? subjectAt(sentence.slice(sentence.lastIndexOf(',', sentence.search(/以下|如下|下列/)) + 1));
  return names ? { names, at: at + text.slice(at).indexOf(names[0]) } : null;
}

/** An article's number opening its text: 第五条. */
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百\d]+条/;

/**
 * "1、一级网格办公室", "(三)市财政局:": a numbered heading that is only the names of units heads the duties of
 * those units; the names, or null for any other heading.
 */
function headingUnits(text: string): string[] | null {
  const number = HEADING_NUMBER.exec(text);
  if (!number) return null;
  const names = text.slice(number[0].length).replace(/[:。]$/, '');
  return names.length >= 2 && names.length <= 40 ? unitsOnly(names) : null;
}

/**
 * "一、强化科技创新(区科技局牵头)": a numbered title closed by a bracket that names who leads its section (a 牵头 or
 * 负责 marker, or a 牵头单位 label), as a unit line under the title would. A bracket naming no one by role (试行,
 * 2025年版, a short name) is none.
 */
function headingBracketUnits(text: string): Units | null {
  const number = HEADING_NUMBER.exec(text);
  if (!number || !(text.endsWith(')') || text.endsWith(']'))) return null;
  const open = bracketOpening(text);
  if (open <= number[0].length || /[。;]/.test(text.slice(number[0].length, open))) return null;
  return markedUnits(text.slice(open + 1, -1));
}

/**
 * Where the bracket closing `text` opens, or -1: ( ) or [ ], as 【】 are normalised ("(一)加快农村建设【牵头单位:市农业农村局】").
 */
function bracketOpening(text: string): number {
  const close = text[text.length - 1];
  if (close !== ')' && close !== ']') return -1;
  const open = close === ')' ? '(' : '[';
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && --depth === 0) return i;
  }
  return -1;
}

/**
 * The units a bracket's list names with a role (A牵头, A负责, 牵头单位:A), or null when it names no one leading. A bracket
 * made of labels is read as the label lines under an item are, a person's label among them ("(分管领导:程少云;牵头部门:
 * 市卫健委)", 鄂州 2020) naming no unit.
 */
function markedUnits(content: string): Units | null {
  if (!ROLE_IN_BRACKET.test(content)) return null;
  const fields = labelFields(content);
  const units = fields ? unitsOfLabels(fields) : parseUnitList(content);
  return units && units.lead.length > 0 ? units : null;
}

const ROLE_IN_BRACKET = new RegExp(`牵头|负责|${UNIT_LIST_LABEL}`);

/**
 * Whether a paragraph opens with a stage's title — a name with 阶段 or 步骤, or a time in brackets,
 * dated in the title — and which findings stand in it; null when it does not.
 */
function stageTitle(text: string, findings: Finding[]): ((f: Finding) => boolean) | null {
  const titleEnd = stageTitleEnd(text, findings);
  const title = text.slice(0, titleEnd);
  if (title.length > 60) return null;
  const inTitle = (f: Finding) => f.match.end <= titleEnd;
  const dated = findings.filter(inTitle);
  if (dated.length === 0) return null;
  const bracketed = dated.some((f) => text.lastIndexOf('(', f.match.start) > text.lastIndexOf(')', f.match.start));
  return STAGE_TITLE.test(title) || bracketed ? inTitle : null;
}

/**
 * Where a stage's title ends: at its first 。 or ;, or at a colon closing a dated title
 * ("(二)实施阶段(2019年5月—8月):各地…"), which opens the stage's body as a 。 would.
 */
function stageTitleEnd(text: string, findings: Finding[]): number {
  const colonTitle = /^[^。;:]{1,60}?[)段骤]:/.exec(text);
  const colon = colonTitle ? colonTitle[0].length - 1 : -1;
  if (colon > 0 && findings.some((f) => f.match.end <= colon)) return colon;
  return firstStopOrEnd(text);
}

/** Where a heading's first sentence ends: at its first 。 or ;, or at the text's end. */
export function firstStopOrEnd(text: string): number {
  // Not text.search(/[。;]|$/): with $ among its alternatives the pattern is tried at every offset.
  const stop = FULL_STOP.exec(text);
  return stop ? stop.index : text.length;
}

const FULL_STOP = /[。;]/;

/**
 * A stage heading's units: the first subject named in its body (the rest of its paragraph after the
 * title, then the paragraphs below until a heading as high as its own, or for an unnumbered stage
 * (`level` null) until the next stage or numbered heading). Null when the paragraph is
 * no stage heading or its body names no subject.
 */
function stageUnits(
  blocks: SectionBlock[],
  at: number,
  level: number | null,
  text: string,
  findings: Finding[],
): { units: Units; inTitle: (f: Finding) => boolean } | null {
  const inTitle = stageTitle(text, findings);
  if (!inTitle) return null;
  const titleEnd = stageTitleEnd(text, findings);
  let read = 0;
  const subjectIn = (body: string, b: SectionBlock): Units | null => {
    for (const s of body.split(/[。;]/, BODY_SENTENCES)) {
      if (!s.trim()) continue;
      if (read++ >= BODY_SENTENCES) break;
      // "由县消防救援大队统一部署,各乡镇…开展自查": the unit that deploys or convenes hosts the stage; who acts follows it.
      const sentence = s.trim().replace(HOSTING_FRAME, '');
      const names = subjectAt(sentence);
      // A line of names alone (a signature, an addressee) states no one acting.
      const acts = names && sentence.length > sentence.lastIndexOf(names[names.length - 1]) + names[names.length - 1].length;
      if (names && acts && b.block.kind === 'paragraph' && b.norm) return spelt(subjectUnits(sentence, names, 0), b.norm, b.block.piece.text);
    }
    return null;
  };
  const own = subjectIn(text.slice(titleEnd + 1), blocks[at]);
  if (own) return { units: own, inTitle };
  for (let j = at + 1; j < blocks.length && read < BODY_SENTENCES; j++) {
    const b = blocks[j];
    if (b.block.kind !== 'paragraph' || !b.norm) break;
    const l = b.level;
    // An unnumbered stage's body is the unnumbered paragraphs below it, up to the next stage or numbered heading.
    if (level === null ? l !== null || UNNUMBERED_STAGE.test(b.norm.text) : l !== null && l <= level) break;
    // A stage made of stages of its own, each dated: their units are theirs, not the whole stage's.
    if (l !== null && stageTitle(b.norm.text, b.findings)) break;
    const units = subjectIn(b.norm.text, b);
    if (units) return { units, inTitle };
  }
  return null;
}

function spelt(units: Units, norm: NormalisedText, original: string): Units {
  return unitsAsWritten(units, (name) => writtenForm(norm, original, name));
}

/**
 * A note, most often closing an item's unit list, that puts units on every item after it and says they will not be
 * named again: "以下各项工作均需各县、区人民政府(管委会)落实,不再列出" (潮州 2019 蓝天), "(以下任务均需各县(市、区)
 * 人民政府和泉州开发区、泉州台商投资区管委会落实,不再列出)" (泉州 2021), "以下任务均需各区市政府、开发区管委落实,
 * 不再一一列出" (威海 2023), "具体任务均涉及相关市(州)人民政府,不再做分工,下同" (四川 2022 现代流通). The units it
 * names are in group 1.
 */
const NOTED_FOR_ALL_LATER =
  /(?:以下|下述|其余|具体)(?:各项|所有)?(?:工作|任务|事项)(?:均|都|皆)(?:需要?|须|由|要|涉及)?([^,。;:]{2,80}?)(?:负责)?(?:落实|实施)?,不再(?:一一|逐一|重复|单独)?(?:列出|列明|标注|[做作]?分工)/;

/**
 * Gives the units of such a note (NOTED_FOR_ALL_LATER) to the findings after it that name none of their own: the
 * spec's statement assigning a section, its scope everything after the note ("以下", "下同"). An item naming its own
 * units keeps them: the spec gives a statement's units only to items that name none, and the note's units are those
 * the items' own lists leave out by saying so, not a lead over theirs. A note names those who carry the work out
 * (落实), each in its own place: all lead. Runs after the sections' units, which speak for a narrower part.
 */
export function assignNotedUnits(blocks: SectionBlock[]): void {
  let units: Units | null = null;
  // A note speaks for the findings after it: one after the last finding that takes units is not sought.
  const end = takersEnd(blocks);
  for (let i = 0; i < end; i++) {
    const { block, norm, findings } = blocks[i];
    if (units) for (const f of findings) if (takesSectionUnits(f)) Object.assign(f, { units, unitSource: 'section' });
    if (block.kind !== 'paragraph' || !norm || !norm.text.includes('不再')) continue;
    const note = NOTED_FOR_ALL_LATER.exec(norm.text);
    const names = note && unitsOnly(note[1]);
    if (names) units = spelt({ lead: names, co: [] }, norm, block.piece.text);
  }
}

/** A statement pointing back at the work above it: "以上工作由…", "上述各项任务均由…". */
const POINTS_BACK = /^(?:以上|上述|前述)(?:各项|所有|几项|两项|\d项)?(?:工作|任务)(?:均|都)?由/;

/**
 * "1.…6月底前完成村庄规划编制。/ 2.…9月底前完成户厕改造。/ 以上工作由市农业农村局牵头,市住建局、市财政局配合。": an
 * unnumbered statement after a run of items, pointing back at them (以上, 上述) and naming who does them, is the spec's
 * statement assigning a section, whose scope is the items of its section above it. Items naming their own units keep
 * them, as under any statement of a section's work.
 */
export function assignClosingStatements(blocks: SectionBlock[]): void {
  let levels: Array<number | null> | null = null;
  for (let at = 0; at < blocks.length; at++) {
    const { block, norm, level } = blocks[at];
    if (level !== null || block.kind !== 'paragraph' || !norm) continue;
    const pointer = POINTS_BACK.exec(norm.text);
    if (!pointer) continue;
    // What follows the pointer is a sentence charging its work ("由A牵头,B配合"), read as one after a task is.
    const list = unitLists(norm.text.slice(pointer[0].length - 1)).find((l) => l.chargingBack && l.at === 0);
    if (!list) continue;
    levels ??= blocks.map((b) => b.level);
    const units = spelt(list.units, norm, block.piece.text);
    const [from] = statementSection(blocks, levels, at);
    for (let j = from; j < at; j++) for (const f of blocks[j].findings) if (takesSectionUnits(f)) Object.assign(f, { units, unitSource: 'section' });
  }
}
