import { isoDate } from '../calendar/dates.ts';
import type { TextPiece } from './blocks.ts';
import { type Found, ParagraphLayout, type Range, type SegmentPattern, lowerBound, matchStarts } from './layout.ts';
import { unclosedBracketEnds } from './brackets.ts';
import type { Drop, DropReason, UnitSource } from './explain.ts';
import { type NormalisedText, normalise, spaceBefore, writtenForm } from './normalise.ts';
import { ACT_CLOSES, DONE_LE, DONE_MARK, MUST_MODAL, PERIOD_DESCRIBED, SHOULD_MODAL, type RecogniseContext, TIME_CLOSES, type TimeMatch, type TimeValue, WINDOW_CLOSES, recognise } from './recognise.ts';
import { labelFields } from './item-labels.ts';
import { CARRIED_OUT, CHARGE_ADVERB, CO_LABEL, CO_WORD, IN_PRACTICE, LEAD_ACT, LIST_OPENING_LABEL, OVERALL_CHARGE, ROLE_COPULA, UNIT_LIST_LABEL } from './role-labels.ts';
import { ITEM_NUMBER, NO_UNITS, OWED_DOCUMENT, RECEIPT_OPENING, type Units, isCompleteUnit, openingUnitAt, parseUnitList, spacesParting, subjectAt, subjectUnits, unitsAsWritten, unitsOfLabels, unitsOnly } from './units.ts';

/** A time expression found in prose, with the units and task the text attaches to it. */
export interface Finding {
  match: TimeMatch;
  norm: NormalisedText;
  piece: TextPiece;
  units: Units;
  /** Where the units came from: an explicit list wins over everything a caller could add. */
  unitSource: UnitSource;
  task: string;
  /** A "从2019年起" before a recurring duty: its first day. */
  recurrenceStart: string | null;
}

const ADVERBIAL = /^(?:由|按照|依照|依据|根据|以|在|围绕|依托|结合|对|为|通过|经|除|针对|立足|聚焦|坚持|利用|借助|当|随着|在此基础上)/;

/** An item's number at the start of a clause. */
const ITEM_MARK = new RegExp(`^[,;:]?${ITEM_NUMBER.source}`);

/**
 * A unit list and where it stands; `chargingBack` when it is a sentence of its own charging the task before it,
 * `partsOfLast` when it charges the parts of the last task before it alone (其中…由A负责,…由B负责).
 */
export interface UnitList {
  at: number;
  end: number;
  units: Units;
  chargingBack?: true;
  partsOfLast?: true;
  /**
   * The item's labels: its label lines run on in its paragraph (labelTail), or its brackets holding a time label
   * beside the units: the times among them are the item's.
   */
  labels?: true;
}

/**
 * A parenthesis with what it holds, two levels of nesting inside: a list's names hold one ("县(市、区)政府"), and a
 * remark among them holding such a name the second ("(责任单位:A,B管委会(以下任务均需各县(市、区)人民政府落实,
 * 不再列出),C)", 泉州 2021).
 */
const PARENTHESIS = /\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/g;
/** "责任单位:A、B" outside brackets, up to the end of its sentence. */
const UNBRACKETED_LIST = new RegExp(`(?:${LIST_OPENING_LABEL})[:]((?:[^。()\\]]|\\([^()]*\\))+?)(?=[。\\]]|$)`, 'g');

/**
 * A label said with 为 or 是 before its units ("牵头单位为市住建局,配合单位为市财政局", "责任单位为市住建局"), which names them
 * as a colon does: the word is read as the colon, one character for one, so every offset holds.
 */
const LABEL_SAID = new RegExp(`(${UNIT_LIST_LABEL})(?:为|是(?!否))(?=[^,;。:]{2})`, 'g');

/**
 * Explicit unit lists in parentheses, "(责任单位:A、B)" or "(A牵头,B配合)", with where they stand. `spaceAt` tells where the
 * input set a space that normalising dropped (normalise.ts, spaceBefore): spaces may part a list's names.
 */
export function unitLists(written: string, layout = new ParagraphLayout(written), spaceAt: ((i: number) => boolean) | null = null): UnitList[] {
  const out: UnitList[] = [];
  const text = written.includes('单位') || written.includes('部门') || written.includes('科室') || written.includes('处室') ? written.replace(LABEL_SAID, '$1:') : written;
  const parted = (content: string, at: number) => (spaceAt ? spacesParting(content, (i) => spaceAt(at + i)) : content);
  // Each pattern is run by exec: matchAll would copy it for every paragraph.
  PARENTHESIS.lastIndex = 0;
  const bracketed = (at: number, end: number, inside: string) => {
    const content = parted(inside, at + 1);
    const fields = labelFields(content);
    const units = parseUnitList(withoutDeadline(content, fields));
    // "(责任单位:A;完成时限:2018年底前)": the item's labels in its brackets, its time among them.
    if (units) out.push(fields?.some((f) => f.role === 'time') ? { at, end, units, labels: true } : { at, end, units });
  };
  for (let m = PARENTHESIS.exec(text); m; m = PARENTHESIS.exec(text)) bracketed(m.index, m.index + m[0].length, m[1]);
  // "(责任单位:县工信局,完成时限:2019年6月底前" whose closing the copy lost: the brackets hold what they hold up to where
  // they stop.
  for (const [open, end] of unclosedBracketEnds(text) ?? []) if (text[open] === '(') bracketed(open, end, text.slice(open + 1, end));
  // An unbracketed "责任单位:A、B" closing the item.
  // "【责任单位:A、B】" (read as [ ]): a web page's bracket closes it as 。 would.
  UNBRACKETED_LIST.lastIndex = 0;
  for (let m = UNBRACKETED_LIST.exec(text); m; m = UNBRACKETED_LIST.exec(text)) {
    if (layout.enclosingOpen(m.index, '(', ')') >= 0) continue;
    const tail = labelTail(text, m.index, m.index + m[0].length);
    if (tail) {
      out.push({ at: m.index, end: text.length, units: tail, labels: true });
      break;
    }
    const units = parseUnitList(withoutDeadline(parted(m[0], m.index)));
    if (units) out.push({ at: m.index, end: m.index + m[0].length, units });
  }
  // "…完成规划编制。该项工作由市发改委负责,市住建局配合。", "该项目3月建成后,…。由市建设局负责实施。":
  // a sentence charging the task before it.
  // Such a sentence holds 由, 负责, 负总责, 牵头 or 具体 ("县政府负总责,县住建局具体组织实施", "A具体组织实施"): the
  // pattern, slow to fail, is spared the many paragraphs with none.
  if (text.includes('由') || text.includes('负责') || text.includes('负总责') || text.includes('牵头') || text.includes('具体')) {
    CHARGING_BACK.lastIndex = 0;
    for (let m = CHARGING_BACK.exec(text); m; m = CHARGING_BACK.exec(text)) {
      // "由马娜牵头,区收储办、区自然资源和规划分局负责" (新华区 2022): one marked who is no unit's name (a person) leaves the units
      // after it, read as they were before the division was read whole.
      const units = parseUnitList(m[2] ?? m[3]) ?? (m[3] ? laterGroups(m[3]) : null);
      if (units) out.push({ at: m.index + m[1].length, end: m.index + m[0].length, units, chargingBack: true });
    }
  }
  // "…力争12月底前完成。其中《甲办法》由市财政局负责,《乙办法》由市民政局负责。": the parts of the task just before.
  if (text.includes('其中')) {
    PARTS_CHARGED.lastIndex = 0;
    for (let m = PARTS_CHARGED.exec(text); m; m = PARTS_CHARGED.exec(text)) {
      const units = partsCharged(m[2]);
      if (units) out.push({ at: m.index + m[1].length, end: m.index + m[0].length, units, chargingBack: true, partsOfLast: true });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "…完成梳理。牵头单位:A。配合单位:B。完成时限:2023年6月底前": the label lines under an item, joined into its paragraph
 * (a web copy runs them on after the task, as 广东 2023 分工方案's news copy runs "分管领导:… 部门分工:…" on): the labels
 * from the list at `at` to the paragraph's end read as the lines would (item-labels.ts), their units one list, and
 * the times among them the item's. Null unless the list's sentence (ending at `end`) is followed by another label and
 * nothing but labels follows to the end.
 */
function labelTail(text: string, at: number, end: number): Units | null {
  if (text.charCodeAt(end) !== FULL_STOP_CODE || end + 1 >= text.length) return null;
  const fields = labelFields(text.slice(at));
  if (!fields || fields.length < 2 || fields.some((f) => f.value.includes('。'))) return null;
  return unitsOfLabels(fields);
}

const FULL_STOP_CODE = '。'.charCodeAt(0);

/** A sentence of 其中 that names the parts of the task before it and who does each. */
const PARTS_CHARGED = /(^|[。;])其中,?([^。]+)(?=。|$)/g;
/** One part's charge: "《甲办法》由市财政局负责". */
const PART_CHARGE = /由((?:[^,;由()]|\([^()]*\))+?)(?:牵头)?负责/g;

/**
 * The units of a 其中 sentence in which each of two or more parts is 由X负责: each does its own part, so all
 * lead. Null when a part names no unit, or fewer than two parts are charged.
 */
function partsCharged(sentence: string): Units | null {
  const lead: string[] = [];
  let parts = 0;
  PART_CHARGE.lastIndex = 0;
  for (let m = PART_CHARGE.exec(sentence); m; m = PART_CHARGE.exec(sentence)) {
    // "市智慧城市建设领导小组办公室(以下简称“市智慧办”)": a name defining its short form is the name.
    const names = subjectAt(m[1].replace(/\(以下简称[^()]*\)/, ''));
    if (!names) return null;
    parts++;
    for (const name of names) if (!lead.includes(name)) lead.push(name);
  }
  return parts >= 2 ? { lead, co: [] } : null;
}

/**
 * A sentence charging the task before it: one pointing back at it (该项工作, 上述任务) and naming who does
 * it (由A负责, A牵头B配合), or one that is only who does it: "由A负责实施", "A负责", "A牵头,B、C配合", "A负责,B配合"
 * (the division a 部门分工 label gives, said without it), with how those marked 牵头 lead after the marker
 * ("由A牵头组织实施,B配合", "A牵头抓总", role-labels.ts LEAD_ACT), and "A具体组织实施", "A负总责" (CHARGE_ADVERB,
 * OVERALL_CHARGE). 负责解释 charges no one with the work. Such a clause closing the dated sentence after a comma charges
 * its task as the sentence of its own does ("2019年6月底前完成危房排查,县住建局牵头,县财政局配合。"): where the division
 * stands, in brackets, as a sentence or as the last clause, does not change what it says. So the helpers may be followed by
 * those who carry the work out ("A牵头,B配合,各市政府负责落实", CARRIED_OUT), and those after the one marked 牵头 may answer
 * for their share or carry it ("由A牵头,B、C按职责分工负责", "分管副县长牵头,县住建局负责", "A牵头,B落实"): they are others
 * responsible, as in brackets (units.ts, parseUnitList; 咸阳 2022 "(…牵头,市级各有关部门及各县市区政府按职责分工负责)", 潮州 2019
 * "(…参与,各县、区人民政府(管委会)负责落实)"). Read whole, not from that last clause alone, which made them the leads.
 */
const CHARGING_BACK = new RegExp(
  `(^|[。;,])(?:(?:该|此|这|上述|以上|前述)(?:项|些|两项|几项)?(?:工作|任务)由((?:[^。;()]|\\([^()]*\\))+?)|由?((?:[^。;,:()由]|\\([^()]*\\))+?(?:负责|${OVERALL_CHARGE}|牵头${LEAD_ACT}{0,2}|(?:${CHARGE_ADVERB})(?:组织)?(?:实施|落实|承办))(?:[,、](?:[^。;:()由]|\\([^()]*\\))+?(?:${CO_WORD}|${IN_PRACTICE}|${CARRIED_OUT}|负责|落实))?)(?:组织)?(?:实施|落实)?)(?=[。;]|$)`,
  'g',
);

/** The units of a division's groups after its first, or null when it has one group. */
function laterGroups(division: string): Units | null {
  const comma = division.indexOf(',');
  return comma > 0 ? parseUnitList(division.slice(comma + 1)) : null;
}

/** "(责任单位:市发改委;完成时限:2018年底前)": the units without the time that shares their brackets. */
function withoutDeadline(content: string, fields = labelFields(content)): string {
  // "(责任领导:张三;责任单位:市发改委;完成时限:…)", "(责任单位:市司法局 时间:…)": labelled fields keep their units alone,
  // however they are parted (the space between them is gone once normalised).
  if (fields) return fields.filter((f) => f.role === 'lead' || f.role === 'co' || f.role === 'units').map((f) => `${UNIT_FIELD_LABEL[f.role]}:${f.value}`).join(';');
  return content
    .split(/[;,]/)
    .filter((part) => !/(?:时限|时间|期限)[:]|\d{4}年|\d{1,2}月/.test(part) && !STATUS_TAG.test(part))
    .join(',');
}

/** The label a unit field is read under again once the other fields are gone. */
const UNIT_FIELD_LABEL: Record<string, string> = { lead: '牵头单位', co: '配合单位', units: '责任单位' };

/** A time closed as a deadline is: "7月底前", "2019年6月30日之前". */
const CLOSED_BY_BEFORE = /(?:前|以前|之前)$/;

/** What a bracketed date only dates, not times: a time word, a document or its title. */
const DATED_BEFORE = /[年月日号季期》]$|通知$|意见$|方案$|办法$|规定$|决定$|文件$|规划$|纲要$|报告$|讲话$|批复$|[^\u4e00-\u9fa5]$/;

/** A time closed by 前 and the finishing of the work, closing a bracket's content: "5月前完成", "6月底前全面完成". */
const FINISHED_BY = /(?:前|以前|之前)(?:全面|基本)?(?:完成|办结|完工)。?$/;

/**
 * The deadline column of a task list folded into the text, as the last part of the brackets closing an item: "…学校。
 * (年内持续推进)", "…小康社会。(国务院各部门分别负责,年内持续推进)" (国发〔2020〕6号 and the 天津 分工 that copy its form),
 * "(市发展改革委牵头,年内完成)", "(长期坚持)": when the item is due, with no 前, as "(5月前完成)" says it with one; 年内持续推进
 * keeps the work going to the plan year's end.
 */
const STATUS_TAG = /^(?:(?:今年|本年度?)?年内|年底前?|年末前?)(?:全面|基本)?(?:完成|持续推进|推进)$|^长期坚持$/;

/** The last part of a bracket's content, after its last comma or semicolon. */
const lastPart = (content: string) => content.slice(Math.max(content.lastIndexOf(','), content.lastIndexOf(';')) + 1);

/** A parenthesis's content (one level of nesting inside), read once however many dates it holds. */
const PAREN_CONTENT = /\(((?:[^()]|\([^()]*\))*)\)/y;

/** Does the parenthesis opening at `paren` hold an item's deadline or its unit list? */
function holdsItemDeadline(layout: ParagraphLayout, paren: number): boolean {
  return layout.once(`item-deadline@${paren}`, () => {
    PAREN_CONTENT.lastIndex = paren;
    const found = PAREN_CONTENT.exec(layout.text);
    const content = found?.[1] ?? layout.text.slice(paren + 1, layout.unclosedEnd(paren) ?? paren + 1);
    // "每月28日(本次报送于5月29日)之前": a 前 right after the brackets closes the date inside them.
    if (found && /^(?:之前|以前|前)/.test(layout.text.slice(paren + found[0].length, paren + found[0].length + 2))) return true;
    // "(到各单位督查在每月15号之前必须完成,…)": brackets that set a duty of their own hold a deadline too, and so do
    // brackets closing on when the item before them is to be done ("(5月前完成)", "(近期设计,3月底前完成)"): a
    // document's date is never told as a time by which to finish.
    return /时限|完成时间|时间要求|必须|务必|要在|应在|须在|应于|须于|要于/.test(content) || FINISHED_BY.test(content) || STATUS_TAG.test(lastPart(content)) || parseUnitList(withoutDeadline(content)) !== null;
  });
}

/**
 * "凡于2013年6月30日前在区民政局注册登记的各类社会组织,均应…", "2023年6月30日以前经审批部门登记成立的社会团体":
 * a time in the relative clause that picks out which units a duty is for (those set up, registered or approved by
 * then) dates their founding, not an act due. The clause closes on the units' name with no word of duty before it.
 */
const PICKED_OUT_BY_TIME = /^(?:\(含\))?(?:前|以前|之前|后|以后|及以后)?([^,;。:的]{0,24}?)(?:成立|注册|登记|设立|批准|认定|入库|开业|投产)的([^,;。:、和及与的]{2,20})/;
const DUTY_BETWEEN = /要|应|须|必须|完成|做好|办理|提交|报送/;

function picksOutUnits(text: string, m: TimeMatch): boolean {
  const q = PICKED_OUT_BY_TIME.exec(text.slice(m.end, m.end + 60));
  if (!q || DUTY_BETWEEN.test(q[1])) return false;
  // The name may run on to the clause's predicate: its shortest complete prefix is the head.
  for (let end = 2; end <= q[2].length; end++) if (isCompleteUnit(q[2].slice(0, end))) return true;
  return false;
}

/**
 * "重点改造2000年底前建成的老旧小区", "可以适当支持2001-2005年建成的老旧小区", "2000年底以前建成的、居民改造意愿强…的小区",
 * "2000年以前建成、失养失修失管…的城镇老旧小区", "2000年底前建成需改造的城镇老旧小区", "基本完成建成于2000年底前,失养失修…的
 * 住宅小区": a time by which things were built (建成, 竣工, 落成, 建造, 修建), then 的 and the things, or the traits listed
 * after it with 、 up to that 的, or 建成于 before it, says which things are meant (those built by then), as the time units
 * were founded by does; no work is due then. A time opened by a duty's or a target's own words (于, 要在, 确保, 力争, 到)
 * builds: "于2021年底前建成并投入使用", "确保6月底前建成5个示范点", "到2030年建成…的体系"; so does one whose 、 lists acts,
 * no 的 closing them ("年底前建成、投运5个充电站").
 */
const BUILT_BY_TIME = /^(?:以前|之前|前)?(?:已)?(?:建成|竣工|落成|建造|修建)(?:的|、[^,;。:]{1,60}?的|需[^,;。:的]{0,3}的)/;
const BUILT_IN = /(?:建成|竣工|落成|建造|修建|建)[于於]$/;
const TIME_OF_DUTY_BEFORE = /(?:在|于|到|至|要|应|须|确保|力争|争取|务必|计划|拟)$/;

function builtByTime(text: string, m: TimeMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  // The 于 of 建成于 is read into the time ("于2000年底前") as a deadline's is.
  const opening = /^[于於]/.test(text[m.start] ?? '') ? text[m.start] : '';
  if (BUILT_IN.test(before + opening)) return true;
  return BUILT_BY_TIME.test(text.slice(m.end, m.end + 70)) && !TIME_OF_DUTY_BEFORE.test(before);
}

/**
 * "按照年初既定的目标任务", "较好地完成年初确定的目标任务", "低于年初制定的3.0%调控目标", "2019已过半,年初制定的旅行计划":
 * a time, then a verb that sets targets or plans and 的, says which targets are meant (those set then), as a time things
 * were built by does; the clause has no object of its own, the noun after 的 is. "于年初制定工作计划" and "在年初确定本
 * 单位目标任务" set them by then. A time a year or month opens with, before the targets themselves ("确保年初的各项目标
 * 任务落地生根", "认真对照年初奋斗目标"), names them so too: the opening of a period is when its targets are set, never
 * when they are due.
 */
const SET_AT_TIME = /^(?:前|以前|之前)?(?:既定|确定|制定|下达|提出|签订|部署|定下|设定|确立)的/;
const TARGETS_OF_OPENING = /^的?(?:各项|主要)?(?:奋斗|预期|考核|工作|年度)?目标/;

function setAtTime(text: string, m: TimeMatch): boolean {
  const after = text.slice(m.end, m.end + 12);
  return SET_AT_TIME.test(after) || (/初$/.test(text.slice(m.start, m.end)) && TARGETS_OF_OPENING.test(after));
}

/**
 * "规划期为2021—2025年,展望到2035年", "规划期限为2022-2035年,近期到2025年", "规划期至2025年,展望到2035年": a plan saying
 * what span it covers and how far it looks, its times joined by no word but its horizons'; the targets are in its goals.
 */
const PLAN_TERM_BEFORE = /规划(?:期限?|时限)(?:为|是|:|至|到)?(?:[\d\s年—\-~至、]|,(?:远景)?展望(?:到|至)?|,[近中远]期(?:为|到|至)?)*$/;

/** A five-year plan's period named right before a bracket: "“十四五”时期(". */
const PLAN_PERIOD_BEFORE = /十[一二三四五六七八九]五["”]?(?:时期|期间)$/;

/** A deed told as done within a few words after a time: "5月底进行了改办", "在4月9日召开的交办会上". */
const DONE_AFTER_TIME = new RegExp(`^[^,;。:]{0,16}?(?:${DONE_MARK}|召开的|举行的|印发的|出台的)`);

/**
 * Why an expression that looks like a deadline is no obligation here, or null when it is one.
 * `doneBefore`: the date before which a time told with no word of duty tells what was done: the
 * document's date, or null in a document that sets out work (a plan issued late still sets its dates).
 */
export function dropReason(layout: ParagraphLayout, m: TimeMatch, doneBefore: string | null = null, reportedUntil: string | null = null, year: number | null = null): DropReason | null {
  const text = layout.text;
  if (layout.enclosingOpen(m.start, '《', '》') >= 0) return 'citation';
  const asOf = isAsOf(text, m) ? statusAsOf(text, m, doneBefore, year) : null;
  if (asOf) return asOf;
  if (isExempt(text, m)) return 'exempt';
  // "有效期至2021年1月31日": how long a policy holds, not a time to act; "有效期届满前30日" counts back from its end to act.
  const fromTermEnd = m.value.kind === 'sla' && !!m.value.before;
  if (!fromTermEnd && /(?:有效期|有效期限|有效期为)$/.test(text.slice(Math.max(0, m.start - 5), m.start))) return 'policy-window';
  if (policyTerm(text, m)) return 'policy-window';
  // "对2019年6月30日前申报的企业,优先审核": a time inside the phrase that picks out whom the duty is for;
  // "对6月30日前未完成整改的,要约谈" closes a condition with 的 and still sets the date to meet.
  if (/对$/.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^[\u4e00-\u9fa5]{1,8}的[\u4e00-\u9fa5]/.test(text.slice(m.end, m.end + 11))) return 'trigger-clause';
  if (m.value.kind === 'once' && (picksOutUnits(text, m) || builtByTime(text, m) || setAtTime(text, m))) return 'qualifying-date';
  if (inSlogan(layout, m)) return 'slogan';
  if (m.value.kind === 'once' && PLAN_TERM_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return 'plan-span';
  if (namesByQuotedPeriod(text, m)) return 'quoted-name';
  if (definesSeason(text, m)) return 'policy-window';
  const paren = layout.enclosingOpen(m.start, '(', ')');
  // A bracket left open ("排查隐患(重点是学校、医院等场所,于2019年9月底前完成排查整治。") lost its closing somewhere before
  // its sentence's end, on either side of the time: only a time opening it right after a document's name ("…通知》(2018年6月
  // 30日印发,…") is known to date the document; any other is read as if no bracket stood there.
  const leftOpen = paren >= 0 && layout.unclosedEnd(paren) !== undefined;
  if (leftOpen && m.start === paren + 1 && DATED_BEFORE.test(text.slice(Math.max(0, paren - 2), paren))) return m.recogniser === 'year-span' ? 'plan-span' : 'citation';
  // "“十四五”时期(2021—2025年),是…的第一个五年": the span glosses a plan period the sentence says what it is.
  if (paren >= 0 && !leftOpen && PLAN_PERIOD_BEFORE.test(text.slice(Math.max(0, paren - 8), paren)) && PERIOD_DESCRIBED.test(text.slice(paren))) return 'year-described';
  if (paren >= 0 && !leftOpen) {
    // A stage "(2015年1月—2015年3月)" or an item's "(责任单位:A;完成时限:2018年底前)" is a deadline;
    // a plan's span "(2018—2020年)" or a date cited in passing is not.
    const before = text.slice(Math.max(0, paren - 4), paren);
    // "提出审核意见(1个工作日)": a period that is all the brackets hold is the time limit of the step before.
    const periodOnly = m.value.kind === 'sla' && m.start === paren + 1 && text[m.end] === ')';
    // "第一次检查(4月)": a date that is all the brackets hold is when the thing before them happens, unless
    // they follow a time ("上月(4月)") or a document they date ("…通知(2019年4月)"). A time closed by 前 dates no
    // document: "制定《第四次全国经济普查方案》(7月底前)" is the making's deadline.
    const timeOnly =
      m.value.kind === 'once' &&
      m.recogniser !== 'year-span' &&
      m.start === paren + 1 &&
      text[m.end] === ')' &&
      (!DATED_BEFORE.test(text.slice(Math.max(0, paren - 2), paren)) || CLOSED_BY_BEFORE.test(text.slice(m.start, m.end)));
    const stage = /阶段|步骤|期$/.test(before) || m.recogniser === 'month-range' || m.recogniser === 'day-range' || periodOnly || timeOnly;
    if (!stage && !holdsItemDeadline(layout, paren)) return m.recogniser === 'year-span' ? 'plan-span' : 'citation';
  }
  const after = text.slice(m.end, m.end + 20);
  // "第一次检查(4月)已经结束": also past the bracket a time fills.
  if (/^\)?[:,]?(?:以来|已|已经)/.test(after)) return 'past-event';
  // "在2019年4月9日召开的交办会上", "5月底进行了改办": what was done is no deadline.
  if (m.value.kind === 'once' && DONE_AFTER_TIME.test(after)) return 'past-event';
  if (m.value.kind === 'once' && toldDoneLater(layout, m)) return 'past-event';
  if (m.value.kind === 'once' && paren < 0 && meetingHeld(layout, m)) return 'past-event';
  if (m.value.kind === 'once' && meetingSet(text, m)) return 'meeting-date';
  if (/^(?:起执行|起施行|起实施|起开始)/.test(after)) return 'reference-date';
  if (m.value.kind === 'once' && reportsProgress(text, m)) return 'progress-report';
  if (toldAsDone(layout, m, doneBefore, reportedUntil)) return 'past-event';
  if (m.value.kind === 'once' && isForecast(layout, m)) return 'forecast';
  if (m.value.kind === 'once' && periodNamesEvent(text, m)) return 'period-names-event';
  if (m.value.kind === 'once' && (coveredByReport(text, m) || periodOfFigures(text, m) || opensFiguresReached(layout, m))) return 'report-period';
  // After the figures' period: "预计1-6月份,完成地区生产总值…" dates figures, expected or not.
  if (m.value.kind === 'once' && expectedBy(layout, m)) return 'forecast';
  if (m.value.kind === 'recurring' && eachPeriodReported(layout, m)) return 'report-period';
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  // A reference point ("以2019年3月末(统计结报日)为清查时点") or a baseline ("比2015年下降").
  // "较一季度大幅提升5位": the change may be told with its degree.
  if (/(?:以|比|较|同比)$/.test(before) && /^(?:\([^()]*\))?(?:为|相比|(?:大幅|明显|略有|有所)?(?:下降|增长|减少|提高|提升|上升|回落))/.test(after)) return /^(?:\([^()]*\))?为/.test(after) ? 'reference-date' : 'baseline';
  // "固定资产投资五年累计完成2.8万亿元,是“十一五”期间的2.1倍", "对外直接投资是“十一五”的3.6倍": a figure told as a multiple
  // or a share of a period's names that period as what it is measured against.
  if (/(?:是|为|相当于)$/.test(before) && /^的\d+(?:\.\d+)?(?:倍|%)/.test(after)) return 'baseline';
  if (m.value.kind === 'recurring' && isRateOrAmount(layout, m)) return 'entitlement';
  return null;
}

/**
 * The end of the term a policy runs ("实施期限至2021年12月31日", "费率政策实施至4月30日", "将…政策实施期限延长至
 * 2022年4月30日"), and the span it runs ("2021年5月1日至2022年4月30日实施阶段性下调费率的政策"): when a benefit
 * or a rate holds, not a time to act. A term of work ("整改期限至6月30日") is a deadline.
 */
const POLICY_TERM_BEFORE = /(?:(?:政策|费率|措施)[^,;。]{0,8}?(?:实施|执行|延长|延续|顺延)(?:期限)?(?:延长|延续)?|(?:实施|执行)期限(?:延长|延续)?)(?:至|到)?$/;
const POLICY_SPAN_AFTER = /^(?:期间)?,?(?:继续)?(?:实施|执行|施行)[^,;。]{0,30}?(?:政策|费率|标准)/;

function policyTerm(text: string, m: TimeMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (POLICY_TERM_BEFORE.test(before) && (/^(?:至|到)/.test(text.slice(m.start, m.start + 1)) || /(?:至|到)$/.test(before))) return true;
  return (m.recogniser === 'day-range' || m.recogniser === 'month-range') && POLICY_SPAN_AFTER.test(text.slice(m.end, m.end + 40));
}

/** Words that charge someone with a step or set it as a goal; each use below adds its own. */
const DUTY_OR_GOAL = '要|应|须|务必|必须|力争|争取|确保';
/**
 * A modal of duty, not inside a word that merely holds its character (需要, 重要, 主要, 纪要, 要点, 应急, 应用;
 * 响应, 适应, 相应, 对应, 反应, 供应, 答应, 回应, 效应), nor 要求 as the noun closing a phrase ("…的总体要求,").
 */
const DUTY_WORD = new RegExp(`${MUST_MODAL}(?![点素闻件害]|求[,;。:)”])|${SHOULD_MODAL}|须|务必`);

/** 了 telling a deed done (DONE_MARK's 了, not 过, which a long stretch holds in other words), not a question's 了吗. */
const DEED_DONE = new RegExp(`${DONE_LE}(?!吗)`);
/**
 * Another time between a time and the deed: the deed is that time's. A time naming what is dealt with ("对2025年《政府工作
 * 报告》…上半年工作落实情况进行了督查": a document's year, a period's work) dates no deed.
 */
const OTHER_TIME = /(?:\d{1,2}月|\d日|\d{4}年|年底|年末|月底|季度|半年)(?![《度的]|工作)/;
/** Words that set work, a goal or a plan: a sentence holding one before the deed is not a report of it. */
const SETS_WORK = new RegExp(`${DUTY_WORD.source}|力争|争取|确保|计划|拟|请`);
/** How far from the time its deed and a word of work before it are looked for: a sentence's few clauses. */
const DEED_REACH = 120;

/**
 * "2020年4月7日至2020年6月8日,县委第十一轮巡察三个巡察组对…开展了常规巡察", "于2021年2月1日至3日,集中利用3天时间对相关单位
 * 班子成员和单位一把手进行了反馈", "2019年,四川省对泸州市…等10个市州开展了第二轮省级生态环保督察": the deed a time opens, told
 * as done with 了 further on in its sentence than DONE_AFTER_TIME reads, up to a ";" that may open another member. No word
 * of work before the deed (要, 确保, 计划…), no other time between, and 了 closing no modifier ("对6月底前开展了自查的单位,
 * 要…" picks out units): a report of what was done, as news of inspections and reports of 整改 tell it.
 */
function toldDoneLater(layout: ParagraphLayout, m: TimeMatch): boolean {
  const text = layout.text;
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  // Read within a reach on either side, not to the sentence's ends: a sentence of many times read whole for each costs
  // the square of its length (linear.test.ts).
  const ahead = text.slice(m.end, Math.min(sentence.end, m.end + DEED_REACH));
  const semicolon = ahead.indexOf(';');
  const rest = semicolon < 0 ? ahead : ahead.slice(0, semicolon);
  const done = DEED_DONE.exec(rest);
  if (!done) return false;
  const between = rest.slice(0, done.index);
  if (OTHER_TIME.test(between) || SETS_WORK.test(between) || SETS_WORK.test(text.slice(Math.max(sentence.start, m.start - DEED_REACH), m.start))) return false;
  return !/^[^,;。:]{0,12}的/.test(rest.slice(done.index + 1));
}

/**
 * Words that tell what is expected to happen, not what anyone must do: "据测算", "有可能", "预计将"; 预测
 * only as the source of a figure ("预测显示"), not as work to do ("进行分析预测").
 */
const FORECAST = /据(?:测算|预测|估算|估计)|预测(?:显示|表明|到)|估计(?:到|将|会)|有可能|可能(?:会|将)|预计将/;
/** A time said to be expected, not set: "预计今年春节前完成相关验收", "预计于9月15日完成". */
const EXPECTED_BY = /预计(?:将|会)?$/;

/** Is the time said to be expected (预计 right before it) in a sentence that sets no work or goal (力争, 要, 确保)? */
function expectedBy(layout: ParagraphLayout, m: TimeMatch): boolean {
  if (!EXPECTED_BY.test(layout.text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  return !SET_AS_WORK.test(layout.text.slice(sentence.start, sentence.end));
}
/** Words that make the sentence set work or a goal after all. */
const SET_AS_WORK = new RegExp(`${DUTY_OR_GOAL}|目标`);

/**
 * "据测算,我市老年人口到2020年将有可能达到110万人左右": a sentence that forecasts tells what is expected to
 * happen by then; no one is charged with it. One that also sets work or a goal keeps its date.
 */
function isForecast(layout: ParagraphLayout, m: TimeMatch): boolean {
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  // Once a sentence: a long one holds many times.
  return layout.once(`forecast@${sentence.start}`, () => {
    const text = layout.text.slice(sentence.start, sentence.end);
    return FORECAST.test(text) && !SET_AS_WORK.test(text);
  });
}

/** "截至2020年6月底", "截止到6月30日": the date a count or a state is given as of. */
const AS_OF = /(?:截至|截止)(?:到|至)?$/;

/** Does 截至 or 截止(到) open the match, inside it or right before it? */
function isAsOf(text: string, m: TimeMatch): boolean {
  const opening = /^(?:截至|截止|到|至)*/.exec(text.slice(m.start, m.start + 4))![0];
  return AS_OF.test(text.slice(Math.max(0, m.start - 3), m.start + opening.length));
}
/** Words of a state reached or a running count ("已完成", "累计建成", "共排查"), before any word of duty. */
const STATE_REACHED = /^[^。;]*?(?:已经|已|累计|共计|共(?![同享治]|建(?!成))|总计|合计|目前|现有)/;
const AS_OF_DUTY = new RegExp(`${DUTY_OR_GOAL}|计划|拟`);

/**
 * 截至 closes a count at a date: "截至2020年6月底,全县已完成改造1200户" says where work stood, "统计数据截至6月30日"
 * dates the figures, "截至6月底的完成情况" names what a report covers. Only 截至…前 ("截至6月底前完成"),
 * or a date still to come with no state reached ("截至年底,覆盖率达到90%"), sets a time to act.
 */
function statusAsOf(text: string, m: TimeMatch, doneBefore: string | null, year: number | null): DropReason | null {
  if (CLOSED_BY_BEFORE.test(text.slice(m.start, m.end))) return null;
  // "推荐时间截至11月28日。": a time to act that closes then, not a count.
  if (WINDOW_CLOSES.test(text.slice(Math.max(0, m.start - 8), m.start + (/^截至/.test(text.slice(m.start, m.start + 2)) ? 2 : 0)))) return null;
  if (text[m.end] === '的') return 'report-period';
  // "数据截至6月30日。" dates figures; "报名截止到6月30日。" closes a time to act, as 截止 says.
  if (/^(?:[。;)]|$)/.test(text.slice(m.end, m.end + 1)) && !/截止(?:到|至)?$/.test(text.slice(Math.max(0, m.start - 3), m.start + 4).replace(/\d.*$/, ''))) return 'reference-date';
  if (m.value.kind === 'once' && doneBefore && m.value.due < doneBefore) return 'past-event';
  // "截至2019年12月底,全市完成新建、改扩建幼儿园8所" in a 2020 text: a count as of a year before the text's own,
  // which no plan of that year can still set.
  if (m.value.kind === 'once' && year !== null && Number(m.value.due.slice(0, 4)) < year) return 'past-event';
  const clause = text.slice(m.end, m.end + 80);
  const reached = STATE_REACHED.exec(clause);
  if (reached && !AS_OF_DUTY.test(reached[0])) return 'progress-report';
  // "截至9月底,全市完成投资45亿元,同比增长12%": figures told as reached, as a period heading them tells them.
  const sentence = /^[^。;]*/.exec(clause)![0];
  return FIGURES_REACHED.test(sentence) && !FIGURES_SET.test(sentence) ? 'progress-report' : null;
}

/**
 * The time a ban or a permission holds ("秸秆禁烧重点时段", "禁烧期", "烟花爆竹禁放时段", "燃放时间"): the window of a
 * rule for everyone, not a stage of anyone's work. 整治时间, 排查时段 name stages and are not of this kind.
 */
const BAN_WINDOW = '(?:禁烧|禁放|禁燃|禁售|禁猎|禁伐|燃放)(?:工作)?(?:重点)?(?:时段|时间|期)';
/**
 * A season of the year that rules hold in: floods (汛期), heating (供暖期), fishing bans (禁渔期), fire
 * danger (防火期), holidays; or the part of one when danger peaks and rules tighten (防汛关键期, 森林特别
 * 防护期, 戒严期, 高发期). Its dates bound the rules; they are no stage of work.
 */
const SEASON =
  '(?:(?:主汛|前汛|后汛|汛|旱|枯水|丰水|供暖|采暖|供热|禁渔|休渔|禁捕|禁牧|休牧|防火|森林防火|高火险|雨|梅雨|台风|高温|农忙|三夏|三秋|夏收|秋收|春运|暑|寒|假|节假日|节日|旅游旺|旺|淡)(?:期|季)|(?:关键|防护|专防|戒严|禁火|高危|高发|易发|多发|高峰|危险)期|' +
  BAN_WINDOW +
  ')(?:间)?';
/** "防火期只有一个,就是…", "汛期即为…": the season named, then its dates restated by 就是 or 即. */
const RESTATED = '(?:[^。;为是]{0,8}?(?:就|即))?';
/** "通常为", "一般是": how a season's dates are stated in general. */
const AS_A_RULE = '(?:通常|一般|大致|大体|均)?';
/**
 * The season's dates, in brackets after it or stated by 为/是: "汛期(5月1日—9月30日)", "防火期为每年10月1日至次年4月30日";
 * a season of the year itself only by 为/是 ("春季通常为3月15日至6月15日"): "春季:3月…" may head a stage of work.
 */
const SEASON_DATES = new RegExp(
  `(?:${SEASON}(?:\\(|${RESTATED}${AS_A_RULE}(?:为|是)|:|从|自)|[春夏秋冬]季${AS_A_RULE}(?:为|是))(?:每年)?(?:(?:\\d{1,2}月)?\\d{1,2}[日号]?(?:至|到|—{1,2}|-|~))?$`,
);

/** A span written straight after its season: "主汛期6—8月", "供暖期每年11月15日至次年3月15日". */
const SEASON_SPAN = new RegExp(`${SEASON}(?:每年)?$`);

/**
 * The dates first, the season they make after 为/是: "每年9月至次年4月30日为森林特别防护期", "7月15日至9月15日是
 * 防火期". The start of a span the recogniser read as two times is followed by the rest of the span.
 */
const SEASON_AFTER = new RegExp(`^(?:(?:至|到|—{1,2}|-|~)[^,;。为是]{1,10}?)?(?:为|是)[^,;。为是]{0,12}?${SEASON}(?=[,;。)]|$)`);
/**
 * A span that is one of a list of windows the sentence then makes the season: "午季禁烧(5月20日-7月20日)、秋季禁烧
 * (9月20日-12月31日)、重大活动保障期间为秸秆禁烧重点时段".
 */
const LISTED_SEASON_AFTER = new RegExp(`^\\)?(?:[、和及与][^,;。为是]{1,60}?)?(?:为|是)[^,;。为是]{0,12}?${SEASON}(?=[,;。)]|$)`);
/**
 * A span whose clause is a prohibition with no one charged: "3月2日至19日全国“两会”期间,禁止任何形式的露天焚烧",
 * "6月1日至8月31日,禁止在河道内采砂": the window a ban holds in; nothing falls due at its end.
 */
const PROHIBITED_IN = /^(?:[^,;。]{0,30}?期间)?,?(?:全面|一律|坚决|全域|全县|全市|全区|全镇|全乡)?(?:禁止|严禁)/;
/** A later span of the list a season is stated as: "禁烧重点时段为5月20日至6月30日、10月20日至12月31日". */
const LISTED_SEASON_BEFORE = new RegExp(`${SEASON}(?::|为|是)[^,;。为是]{1,60}?、$`);

/** A label giving a stage its time, then the seasons it falls in: "时间:夏收期间(", "时段为秋收期(". */
const STAGE_TIME = /(?:时间|时段)(?::|为)[^。;:]{0,30}$/;
/** "禁烧重点时段为", "燃放时间为": the label is the ban's window itself, no stage's time. */
const BAN_WINDOW_LABEL = new RegExp(`${BAN_WINDOW}(?::|为)[^。;:]{0,30}$`);

function definesSeason(text: string, m: TimeMatch): boolean {
  // "关键期(6月底前)": a time 前 closes is a deadline set in the season, never its span.
  if (CLOSED_BY_BEFORE.test(text.slice(m.start, m.end))) return false;
  // "全面禁烧阶段。时间:秋收期间(10月1日—10月31日)": a season given as the time of a stage dates the stage.
  const label = text.slice(Math.max(0, m.start - 40), m.start);
  if (STAGE_TIME.test(label) && !BAN_WINDOW_LABEL.test(label)) return false;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return (
    SEASON_DATES.test(before) ||
    ((m.recogniser === 'month-range' || m.recogniser === 'day-range') && SEASON_SPAN.test(before)) ||
    SEASON_AFTER.test(text.slice(m.end, m.end + 32)) ||
    ((m.recogniser === 'month-range' || m.recogniser === 'day-range') &&
      (LISTED_SEASON_AFTER.test(text.slice(m.end, m.end + 90)) ||
        LISTED_SEASON_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) ||
        PROHIBITED_IN.test(text.slice(m.end, m.end + 40))))
  );
}

/** Single times a step may be told by, without 前 closing them: "3月", "4月15日", "5月上旬", "3月底". */
const SINGLE_TIME = new Set(['month-context', 'month-end', 'full-date']);
/** In a report of work, the periods its figures and events are told for too: "1—6月", "上半年", "一季度", "3月8日至11日". */
const REPORTED_SPAN = new Set(['month-range', 'day-range', 'year-period']);
/** A word that sets a step still to do: a duty, a plan, a goal, a limit. */
/**
 * 前 closes a time only after one (5月底前, 汛前, 会前, 之前): 楼前, 空前, 目前, 提前 are no deadline. 现将 ("现将
 * 工作情况报告如下") hands over what follows; it tells nothing still to come.
 */
const STILL_TO_DO = new RegExp(`${DUTY_WORD.source}|必须|(?<!现)将|拟|计划[于在到将]|力争|争取|确保|(?:(?<=[\\d日号月底末旬年度季周天时汛节会])|之|以)前|以内|之内`);

/**
 * The clause a time opens, ended by the meeting's own verb with no object after it: "2024年1月17日至19日,
 * 市人民代表大会第三次会议在市里召开,", "3月10日下午,…在人民大会堂闭幕。". The meeting is the subject: the
 * news of one held. A plan puts the object after the verb ("5月,召开全县动员大会"); one to come says so.
 */
const MEETING_HELD = /^(?:上午|下午|中午|晚上|晚)?,?[^,;。]{2,60}?(?:召开|举行|开幕|闭幕|举办|隆重举行|胜利召开|顺利召开)(?=[,;。]|$)/;
const MEETING_TO_COME = new RegExp(`${STILL_TO_DO.source}|定于|计划|预计`);

/**
 * The day a meeting or a session is set for, by those who call it or with the meeting as subject: "定于2019年3月15日
 * (星期五)上午9:00在县政府三楼会议室召开…会议", "大会定于2016年5月30日至6月2日在北京召开", "县人大常委会拟于4月下旬召开
 * 第十次会议", "第九次会议2月26日至27日举行". An event on the calendar, not a time by which someone must act; the
 * duties it brings (…前报送参会回执) have dates of their own. A meeting to hold by a deadline (3月底前召开动员会) is one.
 */
const SETS_MEETING = /(?:定于|拟于|拟定于|拟在|计划于|预定于|(?:会议|大会|全会|年会|座谈会|论坛|听证会|培训班|会)(?:将|拟|定)?(?:于|在)?)$/;
const MEETING_ON = /^(?:\([^()]{1,8}\))?(?:上午|下午|中午|晚上)?(?:\d{1,2}(?::\d\d|时(?:\d{1,2}分)?|点(?:\d{1,2}分)?|时半)?)?(?:\([^()]{1,8}\))?(?:在[^,;。]{1,30}?)?(?:召开|举行|举办|开幕)/;

function meetingSet(text: string, m: TimeMatch): boolean {
  if (/(?:前|以前|之前|底|末)$/.test(text.slice(m.start, m.end))) return false;
  if (!MEETING_ON.test(text.slice(m.end, m.end + 50))) return false;
  const clause = text.slice(Math.max(0, m.start - 30), m.start).split(/[,;。:]/).pop()!;
  const lead = /^(?:于|在)/.test(text.slice(m.start, m.end)) ? clause + text[m.start] : clause;
  return SETS_MEETING.test(lead);
}

function meetingHeld(layout: ParagraphLayout, m: TimeMatch): boolean {
  const text = layout.text;
  if (!MEETING_HELD.test(text.slice(m.end, m.end + 80))) return false;
  // A notice of a meeting to come asks something of its readers in the same sentence ("…举办,各单位要派员参加").
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  return !MEETING_TO_COME.test(text.slice(sentence.start, sentence.end));
}

/**
 * "1.3月,召开全县安全生产工作会议", "3.2021年5月,成立领导小组" in a document dated July: a single month
 * or day, not closed by 前, that ended before the month the document is dated in, in a sentence with
 * no word of duty, tells what was done (a report of work), whether or not 了 or 已 says so. A stage's
 * span and a time in brackets keep their dates, as plans issued late do. In a report of work done
 * ("2025年1—6月…执行情况的报告"), such a time and the period its figures cover ("1—6月", "上半年"), up to
 * the end of the period the report covers, tell what was done; its plans for later keep their dates.
 */
function toldAsDone(layout: ParagraphLayout, m: TimeMatch, doneBefore: string | null, reportedUntil: string | null): boolean {
  if (m.value.kind !== 'once') return false;
  const reported = reportedUntil !== null && m.value.due <= reportedUntil;
  // "到2015年年底,完成11个项目施工" in a 2015 summary: a target inside the period reported is where work stood.
  if (m.value.target ? !reported : !(SINGLE_TIME.has(m.recogniser) || (reportedUntil && REPORTED_SPAN.has(m.recogniser)))) return false;
  const expression = layout.text.slice(m.start, m.end);
  // 于 or 在 sets a time to act in a plan; in a report it dates what was done ("市防指于2010年2月20日发出通知").
  if (CLOSED_BY_BEFORE.test(expression) || (!reported && /^(?:于|在)/.test(expression)) || layout.enclosingOpen(m.start, '(', ')') >= 0) return false;
  const past = reported || (!m.value.target && doneBefore !== null && m.value.due < `${doneBefore.slice(0, 7)}-01`);
  if (!past) return false;
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  // Once a sentence: a long one may tell many months.
  return !layout.once(`still-to-do@${sentence.start}`, () => STILL_TO_DO.test(layout.text.slice(sentence.start, sentence.end)));
}

/** What a quoted slogan names, a few words of its kind aside: a principle or a system of work ("的督查制度"). */
const SLOGAN_NAME = /^的?[\u4e00-\u9fa5]{0,4}?(?:原则|制度|机制|模式|做法|理念|方针|思路|工作法)/;

/** Quotation marks, opening and closing, as Chinese text pairs them. */
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };

/**
 * "一般企业投资项目审批“最多80天”改革", "“最多90天”实现率", "“最多15个工作日”改革": a period that is all its
 * quotation marks hold names a reform or a goal by its length, as “最多跑一次” names one by its promise; it is
 * no time a unit must act within. Where such a goal is set, its date is the record ("2019年底前实现…"). A date
 * quoted whole (“十四五”) still dates, and a quotation that only opens with a period ("“3个工作日内办结”") is
 * read as a duty.
 */
function namesByQuotedPeriod(text: string, m: TimeMatch): boolean {
  if (m.value.kind !== 'sla' && m.value.kind !== 'relative') return false;
  const close = QUOTES[text[m.start - 1]];
  return close !== undefined && text[m.end] === close;
}

/**
 * "“年初公布、年中检查、年底兑现”的原则", "“年初建账、年底交账”的督查制度": times inside quotes that name
 * a principle or a system are how work is done every year, not dates of this plan. A quoted schedule
 * ("按照“11月前全面完成、12月查漏补缺”任务节点要求") keeps its dates.
 */
function inSlogan(layout: ParagraphLayout, m: TimeMatch): boolean {
  if (layout.enclosingOpen(m.start, '“', '”') < 0) return false;
  const close = layout.text.slice(m.end, m.end + 60).indexOf('”');
  return close >= 0 && SLOGAN_NAME.test(layout.text.slice(m.end + close + 1, m.end + close + 16));
}

/** "(1月免报)", "(四季度免报)": a period a report is spared in. */
const EXEMPT = /^份?(?:免报|免于报送|免于上报|不报|无需报送|无须报送|不需报送|不再报送|停报|暂停报送|除外)/;

/** Is the match a period that the words right after it spare from the duty ("1月免报")? Read in deadline cells too. */
export function isExempt(text: string, m: TimeMatch): boolean {
  return EXEMPT.test(text.slice(m.end, m.end + 6));
}
/** Words saying where work stands ("已开始招标", "正在开展", "仍需调整"), unless 的 makes them part of a noun. */
const PROGRESS = /(?:已经|已|正在|仍需|仍在|仍未|尚未|目前)(?![^,;。:]{0,8}的)/;

/**
 * "已完成第一季度结对仪式", "第三季度:两个项目已开始招标": a period named in a report of progress
 * (done just before it, or heading an entry that says where work stands) is when work was done.
 */
function reportsProgress(text: string, m: TimeMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  if (/已(?:经)?[^,;。:的]{0,2}了?$/.test(before)) return true;
  if (text[m.end] !== ':') return false;
  const entry = /^[^;。]{0,200}/.exec(text.slice(m.end + 1, m.end + 201))![0];
  return PROGRESS.test(entry);
}

/**
 * What a report or a count covers, closing the phrase a time opens: "…的工作情况", "…完成情况", "…数据", "…工作总结".
 * The phrase ends where a noun phrase does: at a stop, a conjunction, its own 的 ("第四季度报表的汇总"), the verb
 * it is the object or subject of, the manner or request that follows a fronted object ("…的自查情况以电子文本形式
 * 报送", "第四季度的报表请各单位…填报", "对前三季度目标任务完成情况进行督查"), or 时 ("填报第四季度报表时");
 * "数据中心", "报告会" go on as other nouns.
 */
const REPORTED_MATTER =
  /^止?的?([^,;。:()]{0,20}?)(情况|数据|报表|完成率|总结|报告)(?=[,;。)、及和与的]|$|报|上报|汇报|提交|送|汇总|于|在|要|应|须|按|以|请|由|时|通过|务必|必须|统一|一律|进行)/;
/**
 * A label naming the period that figures cover, opening its sentence: "统计时间:2013年7月1日—2014年6月30日", "时间区间:
 * 统计数据为本单位1-10月份实际发生数加上11-12月份计划数", "数据时间区间:1-12月". What falls in it is counted; nothing is
 * due at its end. 报送时间, 填报时间 and 调查时间 give the time to act.
 */
const FIGURES_PERIOD_LABEL = new RegExp(`^(?:${ITEM_NUMBER.source})?(?:数据|统计)?(?:统计时间|统计时段|统计期间|统计区间|统计周期|时间区间|数据时间|数据区间|数据期间)(?::|为)`);

function periodOfFigures(text: string, m: TimeMatch): boolean {
  if (/(?:前|底|末)$/.test(text.slice(m.start, m.end))) return false;
  // Read back a label's reach only: a line with no stop would be read to its start at every time on it.
  const from = Math.max(0, m.start - LABEL_REACH);
  const before = text.slice(from, m.start);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'));
  return (stop >= 0 || from === 0) && FIGURES_PERIOD_LABEL.test(before.slice(stop + 1));
}

/** How far before its time a label and what it opens may stand: "1、时间区间:统计数据为本单位2013年1-10月份实际发生数加上". */
const LABEL_REACH = 48;

/** A verb that makes a summary or report its object, a step to take: "12月上旬完成总结", "年底前形成报告". */
const WRITES_IT = /(?:完成|做好|形成|撰写|起草|进行|搞好)$/;
/** "下半年工作目标", "下半年重点工作安排": a period naming the plan it heads, with nothing done in between. */
const PLAN_OF_PERIOD = /^的?(?:重点|主要|各项)?工作(?:目标|计划|安排|打算|要点|思路|任务)(?=[,;。:)、及和与]|$|报告如下)/;
/** Words only a report of figures uses: "同比增长14%", "占年计划的53%", "环比下降". */
const STATISTIC = /同比|环比|比上年同期|占(?:全年|年度|年)[\u4e00-\u9fa5]{0,4}计划/;
/** Words that make figures a goal: "力争上半年同比增长7%". */
const GOAL_WORD = /力争|确保|争取|目标|预期|要|务必/;
/**
 * A duty or a report's verb between the time and the matter: "上半年报送工作情况" is a deadline; so is a time that a
 * preposition follows, opening the clause it dates ("第三季度对投资完成情况进行检查").
 */
const ACTED_ON = /要|应|须|报送|上报|提交|报告|汇报|通报|取得|实现|达到|^(?:对|就)/;

/**
 * A meeting, a ceremony, an inspection or an assessment that a quarter or a half-year names, the period right before
 * it with no act between: "代县召开2024年一季度经济运行调度会", "江川县召开2015年一季度经济运行分析会" (held on 23 April),
 * "凤县举行2022年第三季度重点项目集中开工仪式", "深入贯彻全省、全市二季度经济发展调度会精神", "迎接县三季度督查工作",
 * "将验收情况作为2021年一季度堤防管理考核评比依据". The period is the one the meeting reviews or the round the inspection
 * belongs to (a quarter's analysis meeting sits after it), no time by which to act. A period the act follows ("二季度召开
 * 分析会", "一季度完成项目开工", "三季度要开展督查") is when to act; so is one closed by 前, 底 or 末.
 */
const EVENT_NAMED = /^([^,;。:、()]{0,24}?)(?:会议|大会|分析会|调度会|推进会|座谈会|现场会|观摩会|讲评会|仪式|督查|督导|考核|考评|评比)/;
const ACT_BEFORE_EVENT = /召开|举行|举办|开展|组织|进行|完成|实现|启动|做好|抓好|迎接|参加|接受|要|应|须|将|在|于|对|就|了/;
function periodNamesEvent(text: string, m: TimeMatch): boolean {
  const expression = text.slice(m.start, m.end);
  if (!/(?:季度|半年)$/.test(expression) || !/^(?:\d{4}年)?(?:第)?[一二三四1-4上下]/.test(expression)) return false;
  const named = EVENT_NAMED.exec(text.slice(m.end, m.end + 40));
  return named !== null && !ACT_BEFORE_EVENT.test(named[1]);
}

/**
 * "将第三季度及全年完成情况报送", "报告涵盖上年度1月1日起至12月31日止的工作情况": a time that opens the
 * noun phrase naming what a report covers is its period, not a deadline; a time closed by 前/底 is one.
 */
function coveredByReport(text: string, m: TimeMatch): boolean {
  if (/(?:前|底|末)$/.test(text.slice(m.start, m.end))) return false;
  const after = text.slice(m.end, m.end + 30);
  const covered = REPORTED_MATTER.exec(after);
  if ((covered && !ACTED_ON.test(covered[1]) && !(/总结|报告/.test(covered[2]) && WRITES_IT.test(covered[1]))) || PLAN_OF_PERIOD.test(after)) return true;
  // "预计1-6月份,完成地区生产总值10.3亿元,同比增长14.4%": the period of figures reported, unless the
  // sentence sets them as a goal.
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const head = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf(';')) + 1);
  const rest = text.slice(m.end, m.end + 120);
  const stop = rest.search(/[。;]/);
  const tail = stop >= 0 ? rest.slice(0, stop) : rest;
  return STATISTIC.test(tail) && !GOAL_WORD.test(head + text.slice(m.start, m.end) + tail);
}

/**
 * Figures told as reached: a rate of change ("增长13.7%", "同比下降5.6%", "增长3.94倍", not a goal's "增长7%以上", "左右"), a running
 * count ("累计完成投资126.02亿元", "共受理"), a rank ("居全省第6位"), a count or a share stated as what it is ("完成项目数为
 * 156个", "比重为44%", "投资完成率分别为43.2%、37.8%"), a share of the year's plan stated ("为年计划的44%"; "完成年度任务的80%" may be a plan's milestone).
 */
const FIGURES_REACHED = new RegExp(
  [
    '(?:增长|下降|上涨|增加|减少|提高|回落|比增|下滑)约?\\d+(?:\\.\\d+)?(?:%|个百分点|倍)(?!以上|左右|以内)',
    '累计|共计|合计|总计|(?<![公])共(?![同享治产]|建(?!成))[^,;。]{0,10}?\\d',
    '(?:居|位居|排名|位列)(?:全国|全省|全市|全区)?[^,;。]{0,6}?第[\\d一二三四五六七八九十]+',
    '(?:数|率|比重|比例|占比)(?:均|分别)?为\\d',
    '为年(?:度)?计划的',
    STATISTIC.source,
  ].join('|'),
);
/**
 * What may stand before the period in its clause: a subject ("该项目1—10月", "全市上半年"), 今年, 据统计, the 前 or 一至
 * of a span ("前三季度", "一至三季度"); not a word that sets the time ahead ("将于一季度", "拟在").
 */
const FIGURES_OPENING = /^[^于在将拟]{0,12}$/;
/** Words that set the figures as a goal or charge someone with them: "力争上半年GDP增长8%", "确保", "目标". */
const FIGURES_SET = new RegExp(`${DUTY_WORD.source}|力争|确保|争取|预期|目标(?!任务的)`);

/**
 * "上半年,全市GDP增长13.7%,居全省第6位", "1-6月项目累计完成投资126.02亿元", "前三季度,全市实现地区生产总值619.8亿元,
 * 同比增长6.0%": a period at the head of its clause, whose clause tells figures reached, is the period those figures
 * cover (a report of work or of statistics), not a time to act; a time closed by 前 is one. A sentence that sets the
 * figures as a goal or a duty keeps its date.
 */
function opensFiguresReached(layout: ParagraphLayout, m: TimeMatch): boolean {
  if (m.value.kind !== 'once') return false;
  const text = layout.text;
  // "到2020年,单位工业增加值二氧化碳排放比2015年下降22%", "“十三五”期间…下降25%": a goal's time, figures to reach; the
  // 至 that closes a span ("一至三季度", "今年以来至9月底") is no goal's.
  if (m.value.target && !(/^至/.test(text.slice(m.start, m.end)) && /(?:[一二三四\d]|以来)$/.test(text.slice(Math.max(0, m.start - 2), m.start)))) return false;
  if (CLOSED_BY_BEFORE.test(text.slice(m.start, m.end))) return false;
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  const head = text.slice(sentence.start, m.start);
  if (!FIGURES_OPENING.test(head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(':')) + 1))) return false;
  const rest = text.slice(m.end, sentence.end);
  const clauseEnd = rest.search(/[;。]/);
  const clause = clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest;
  return FIGURES_REACHED.test(clause) && !FIGURES_SET.test(text.slice(sentence.start, sentence.end));
}

/** A bare frequency word, which may also qualify a noun ("每月工作情况": each month's). */
const BARE_FREQUENCY = /^(?:每月|每个月|每季度|每个季度|每季|每半年|每年|每周|每天|每日)$/;
/** A verb whose object is what a report holds, right before it: "简要报告每月工作情况", "汇总每季度数据". */
const REPORTING_VERB = /(?:报告|报送|上报|呈报|汇报|通报|填报|总结|汇总|统计|分析|提交|公布|公开|反映|梳理)$/;

/** A time the sentence gives its report by: a date, a deadline, another frequency ("单月十日前送达", "年底前", "每季度末"). */
const TIMES_OF_REPORT = /[\d一二三四五六七八九十]{1,3}(?:月|日|号)|[月年季]底|[月年季]末|季度末|单月|双月|每(?:个)?(?:月|季|年|周|天|日|半年)|工作日|[日天]内|以内|之内/g;

/**
 * "简要报告每月工作情况及存在的问题,单月十日前送达", "于年底前提交每年工作总结": a frequency word after a
 * reporting verb opens the noun phrase naming what is reported (each month's work) when the sentence
 * says elsewhere when the report is due. With no other time ("按时报送每季度整治数据") it is the only
 * word of when, and the report is as often as it says; "每月报告工作情况" puts it before the verb.
 */
function eachPeriodReported(layout: ParagraphLayout, m: TimeMatch): boolean {
  const text = layout.text;
  if (!BARE_FREQUENCY.test(text.slice(m.start, m.end)) || !REPORTING_VERB.test(text.slice(Math.max(0, m.start - 2), m.start))) return false;
  const covered = REPORTED_MATTER.exec(text.slice(m.end, m.end + 30));
  if (covered === null || ACTED_ON.test(covered[1])) return false;
  const sentence = layout.sentences[layout.sentenceAt(m.start)];
  // The sentence's times found once: a long one holds many reports.
  const times = layout.once(`times-of-report@${sentence.start}`, () => {
    const found: Array<[number, number]> = [];
    const part = text.slice(sentence.start, sentence.end);
    TIMES_OF_REPORT.lastIndex = 0;
    for (let t = TIMES_OF_REPORT.exec(part); t; t = TIMES_OF_REPORT.exec(part)) found.push([sentence.start + t.index, sentence.start + t.index + t[0].length]);
    return found;
  });
  // A bare frequency word overlaps at most two of them (每月, 月…), so a third lies outside it.
  return times.length > 2 || times.some(([start, end]) => end <= m.start || start >= m.end);
}

// "按不低于10%的比例开展抽查": a share of the work an action covers is no rate.
const RATE_OR_AMOUNT = /\d(?:\.\d+)?(?:元|万元|亿元|%(?!(?:的)?(?:比例)?(?:开展|进行|组织|实施)?(?:抽查|检查|抽检|核查|督查|复查|抽验|抽取|评估)))|补贴|补助|标准|工资|收入|享受|增长|递增|下降|提高到/g;
const CLAUSE_BREAK = /[,;。]/g;

/** "每月不低于50元", "每年增长10%": a rate or an entitlement, not a duty that falls due. */
function isRateOrAmount(layout: ParagraphLayout, m: TimeMatch): boolean {
  // The rest of the clause holds a rate when a match of RATE_OR_AMOUNT starts in it (none holds a break).
  const rates = layout.once('rates', () => matchStarts(layout.text, RATE_OR_AMOUNT).starts);
  const breaks = layout.once('clause-breaks', () => matchStarts(layout.text, CLAUSE_BREAK).starts);
  const b = lowerBound(breaks, m.end);
  const clauseEnd = b < breaks.length ? breaks[b] : layout.text.length;
  const r = lowerBound(rates, m.end);
  return r < rates.length && rates[r] < clauseEnd;
}

const RECURRENCE_START = /(?:从|自)?(\d{4})年(?:第?([1-4])季度|([上下])半年|(\d{1,2})月份?)?(?:起|开始)/;

/** The month a 从…起 opens in: a quarter's or half-year's first month, a named month, else January. */
function startMonth(quarter: string | undefined, half: string | undefined, month: string | undefined): number {
  if (quarter) return Number(quarter) * 3 - 2;
  if (half) return half === '下' ? 7 : 1;
  return month ? Number(month) : 1;
}

/** "从2019年起", "从2019年第二季度起" earlier in the sentence than a recurring duty: the duty's first day. */
function recurrenceStart(layout: ParagraphLayout, sentence: Range, at: number): string | null {
  const m = layout.once(`recurrence@${sentence.start}`, () => {
    const found = RECURRENCE_START.exec(layout.text.slice(sentence.start, sentence.end));
    if (!found) return null;
    const month = startMonth(found[2], found[3], found[4]);
    return month <= 12 ? { end: sentence.start + found.index + found[0].length, day: isoDate(Number(found[1]), month, 1) } : null;
  });
  return m && m.end <= at ? m.day : null;
}

/** The memo keys of the words' starts, each made once: a key made afresh at each of many calls is a new string to hash. */
const STARTS_KEYS = new Map<RegExp, string>();

function startsKey(words: RegExp): string {
  let key = STARTS_KEYS.get(words);
  if (key === undefined) STARTS_KEYS.set(words, (key = `words:${words.source}`));
  return key;
}

/**
 * Does a match of `words` (a global pattern) start in text[from, to)? A search through the
 * paragraph's segments for a pattern that holds one of the words is spared where none stands: the
 * words' starts are found once per paragraph.
 */
function holdsWordIn(layout: ParagraphLayout, words: RegExp, from: number, to: number): boolean {
  const starts = layout.once(startsKey(words), () => matchStarts(layout.text, words).starts);
  const i = lowerBound(starts, from);
  return i < starts.length && starts[i] < to;
}

/**
 * "凡于…前在区民政局注册登记的各类社会组织,均应在6月15日前…", "请2023年10月1日以前注册成立的单位,…于11月20日前…":
 * units picked out by a relative clause after 凡 or 请, as the subject of the clauses after it. They are the name the
 * clause closes on; a bare head (单位, 企业) names no one without the words picking them out, and keeps them.
 */
const PICKED_OUT = /^[,;:]?(?:凡是|凡|请)([^,;。:]{2,60}的)([^,;。:的]{2,30}?)[,:]?$/;
const BARE_HEAD_WORD = /^(?:单位|企业|机构|部门|组织|团体)$/;

function pickedOutUnits(clause: string): string[] | null {
  const m = PICKED_OUT.exec(clause.replace(ITEM_MARK, ''));
  const heads = m ? unitsOnly(m[2]) : null;
  if (!m || !heads) return null;
  return heads.length === 1 && BARE_HEAD_WORD.test(heads[0]) ? [m[1] + heads[0]] : heads;
}

/** "按照省编办统一部署": with no subject, the unit directing the work leads. */
function directorOf(scope: string): string[] | null {
  const m = /按照([^,;。]{2,20}?)(?:的)?(?:统一)?(?:部署|安排)/.exec(scope);
  return m ? subjectAt(m[1]) : null;
}

/** How far into a sentence its opening meeting and body are read. */
const MEETING_REACH = 60;
/** "市安委会全体会议每年至少召开一次": a body's own meeting, named as the subject of 召开. */
const BODY_MEETING = /^([^,;。]{2,20}?)(?:全体(?:成员)?会议|全会|例会|常务会议)[^,;。]*?召开/;
/** "联席会议原则上每年召开1次全体会议": the body opens the clause and holds its own meeting. */
const BODY_HOLDS_MEETING = /^([^,;。]{2,20}?)(?:原则上|一般|每)[^,;。]*?召开[^,;。]*?(?:全体(?:成员)?会议|全会|例会)/;
/** "省联席会议原则上每半年召开一次": a body that is itself a meeting, convened on a schedule. */
const MEETING_BODY_CONVENED = /^([^,;。]{0,20}?联席会议)(?:原则上|一般)?(?:每|定期)[^,;。]{0,8}?召开/;
/** "原则上每月召开领导小组例会": the body named in the meeting's own name, after 召开, holds it. */
const BODY_NAMED_IN_MEETING = /^(?:原则上|一般)?(?:每|定期)[^,;。]{0,8}?召开(?:一次|\d次)?([^,;。]{2,20}?)(?:例会|全体(?:成员)?会议|成员会议)/;

/**
 * The body whose meeting a sentence sets ("X全体会议每年召开一次", "X每季度召开1次例会", "每月召开X例会",
 * "X联席会议每半年召开一次"): the body holds it and leads. A 联席会议 is such a body though its name ends in 会议.
 */
function meetingHolderOf(sentence: string): string[] | null {
  const clause = sentence.replace(ITEM_MARK, '');
  const named = BODY_NAMED_IN_MEETING.exec(clause);
  if (named) return subjectAt(named[1]);
  const m = BODY_MEETING.exec(clause) ?? BODY_HOLDS_MEETING.exec(clause) ?? MEETING_BODY_CONVENED.exec(clause);
  if (!m) return null;
  return subjectAt(m[1]) ?? (/联席会议$/.test(m[1]) && !/[,、和及与]/.test(m[1]) ? [m[1]] : null);
}

/** "以市政府名义向省建设厅提出申请": with no subject, the unit in whose name the act is done does it. */
function nameHolderOf(scope: string): string[] | null {
  const m = /^[^。;]{0,20}?以([^,;。]{2,20}?)(?:的)?名义/.exec(scope);
  return m ? subjectAt(m[1]) : null;
}

/**
 * "对转办各科室的留言,要当天受理": with no subject, the unit a matter is passed to (转办, 交办, 转交
 * X的…) handles it. The one who passes it on (市委交办的事项) is named before the verb, not after.
 */
function assigneeOf(layout: ParagraphLayout, from: number, to: number): string[] | null {
  if (!holdsWordIn(layout, ASSIGNING, from, to)) return null;
  const m = layout.firstMatchIn(ASSIGNEE, from, to);
  return m ? subjectAt(m.groups[0]!) : null;
}

const ASSIGNING = /转办|交办|转交|转送|分送|批转/g;
const ASSIGNEE: SegmentPattern = { pattern: /(?:转办|交办|转交|转送|分送|批转)(?:给|至|到)?([^,;。的]{2,20}?)的/g, maxLength: 26 };

/**
 * "…要求在8月底前全部完工。请各乡镇人民政府…务必…完成": a requirement that names no one, followed by a
 * request addressed to units, is theirs.
 */
function requestAfter(layout: ParagraphLayout, sentenceIndex: number): string[] | null {
  const next = layout.sentences[sentenceIndex + 1];
  if (!next) return null;
  const m = /^请(?![示求])/.exec(layout.text.slice(next.start, next.start + 2));
  return m ? openingUnitAt(layout.text.slice(next.start + 1, Math.min(next.end, next.start + 80)), false) : null;
}

/** A sentence that only sets a time: "时间:6月5日一6月30日。", "(一)时间安排:3月至5月。". */
const TIME_ONLY = new RegExp(`^(?:${ITEM_NUMBER.source})?(?:工作|实施|活动|整治|完成)?时间(?:安排|节点|要求|范围)?[:]`);

/** The sentence after sentence k when k only sets a time: the work that time is for. */
function timedSentence(layout: ParagraphLayout, k: number): Range | null {
  const sentence = layout.sentences[k];
  const next = layout.sentences[k + 1];
  return next && TIME_ONLY.test(layout.text.slice(sentence.start, sentence.start + 16)) ? next : null;
}

/**
 * "(二)全面禁烧阶段。时间:6月5日一6月30日。镇政府、各行政村要按照分工…": a sentence that only sets a time
 * dates the work of the sentence after it, whose actor acts then.
 */
function timedActor(layout: ParagraphLayout, k: number): string[] | null {
  if (!timedSentence(layout, k)) return null;
  const [from, to] = layout.clausesOf(k + 1);
  if (from >= to) return null;
  const actor = actorOpening(layout.text.slice(layout.clauses[from].start, layout.clauses[from].end));
  return actor === 'topic' ? null : actor;
}

/**
 * "时间:2023年3月1日-3月15日。" on a line of its own, before "各乡镇要成立工作专班…": the time is for the work
 * of the paragraph after it. Its findings that name no unit take the actor that paragraph opens with, and
 * its first sentence as their task.
 */
export function giveTimeItsWork(timed: Finding[], timedText: string, next: NormalisedText, nextWritten: string): void {
  const stop = timedText.indexOf('。');
  if (!TIME_ONLY.test(timedText) || (stop >= 0 && stop < timedText.length - 1)) return;
  const layout = new ParagraphLayout(next.text);
  const first = layout.sentences[0];
  if (!first) return;
  const [from, to] = layout.clausesOf(0);
  const actor = from < to ? actorOpening(next.text.slice(layout.clauses[from].start, layout.clauses[from].end)) : null;
  const names = actor === 'topic' ? null : actor;
  const units = names ? unitsAsWritten(subjectUnits(next.text, names, 0), (name) => writtenForm(next, nextWritten, name)) : null;
  const task = taskText(next.text.slice(first.start, first.end));
  for (const f of timed) {
    if (units && f.unitSource === 'none') Object.assign(f, { units, unitSource: 'subject' });
    if (task) Object.assign(f, { task });
  }
}

/** The task of a sentence that only sets a time: the work of the sentence after it. */
function timedWork(layout: ParagraphLayout, k: number): string | null {
  const next = timedSentence(layout, k);
  return next ? taskText(layout.text.slice(next.start, next.end)) || null : null;
}

const BY = /由/g;
// 负责人, 负责同志 are persons (由市安委会负责人带队), not 负责 charging the unit before them.
// "由市商务局承担", "由市人社局具体实施": the unit charged with carrying the work out.
const AGENT: SegmentPattern = { pattern: new RegExp(`由([^,;。]{2,30}?)(?:(?:牵头|${CHARGE_ADVERB})?负责(?!人|同志)|${OVERALL_CHARGE}|牵头|(?:${CHARGE_ADVERB})?(?:承担|组织实施|实施|落实))`, 'g'), maxLength: 40 };

/** "该项工作由市发改委负责": with no subject, the unit charged by 由…负责/牵头 leads. */
function chargedUnitOf(layout: ParagraphLayout, from: number, to: number): string[] | null {
  if (!holdsWordIn(layout, BY, from, to)) return null;
  const m = layout.firstMatchIn(AGENT, from, to);
  const names = m ? subjectAt(m.groups[0]!) : null;
  return names && !names.some((name) => sentToBefore(layout.text, from, m!.index, name)) ? names : null;
}

/**
 * "各乡镇于1月15日前将完成情况报送至县政府督查室,由县政府督查室负责汇总": a unit the sentence sends to before 由 (or
 * another word) charges it handles what it receives, a step after the sender's; the sender's time is not its duty.
 */
function sentToBefore(text: string, from: number, at: number, name: string): boolean {
  return sentToIn(text.slice(from, at), name);
}

function sentToIn(before: string, name: string): boolean {
  if (RECEIVING.some((verb) => before.includes(`${verb}${name}`))) return true;
  // "…前反馈委综合处,由综合处汇总后…": the sender names the receiver's office under the body it belongs to (委, 我局).
  const under = before.indexOf(name);
  return under > 0 && SENT_UNDER_SUPERIOR.test(before.slice(Math.max(0, under - 6), under));
}

/** The units, unless `before` sends to one of them. */
function notSentTo(names: string[] | null, before: string): string[] | null {
  return names && names.some((name) => sentToIn(before, name)) ? null : names;
}

/** A unit's share of the work, after its name: 按职责分工负责, 按照各自辖区分工负责, 根据职能分工负责. */
const SHARE_OF_WORK = '(?:按照?|根据|依据)[^,;。]{0,8}?分工负责';

/**
 * Units named around the predicate that co-operate: 会同X, 组织X完成, 由X统一组织, 由X负责, X配合.
 * Each pattern comes with a word all its matches hold: a range where that word does not start is
 * not searched for it.
 */
const COOPERATING: Array<{ word: RegExp; segment: SegmentPattern }> = [
  // "A会同B完成…", "A联合B开展…": those A acts jointly with.
  { word: /会同|联合/g, segment: { pattern: /(?:会同|联合)([^,;。]{2,60})/g, maxLength: 62 } },
  // "组织建筑产权单位论证评估": the units organised to act, named right after 组织.
  { word: /组织/g, segment: { pattern: /组织(?![、等])((?:各|有关|相关)?[^,;。]{1,10}?(?:单位|部门|企业|机构|政府))/g, maxLength: 16 } },
  // "组织县消防救援大队、各乡镇开展演练": a list of units organised, as the subject of the verb after it; a
  // unit's name opens with a place or a determiner (组织督导…企业 is a verb's object, not a name).
  { word: /组织/g, segment: { pattern: /组织((?:各|有关|相关|省|市|县|区|州|乡|镇)[^,;。]{1,59})/g, maxLength: 62 } },
  // "县住建局督促各乡镇于6月底前完成排查", "负责指导各乡镇开展危房排查": those urged, guided or overseen to do the work carry
  // it, as those organised do, beside the one who urges them.
  { word: /督促|指导|督导/g, segment: { pattern: /(?:督促|指导|督导)((?:各|有关|相关|省|市|县|区|州|乡|镇)[^,;。]{1,59})/g, maxLength: 62 } },
  // "由市安委会领导带队,相关部门参加": 参加 closing a clause names those who take part, as 参与 does.
  { word: /配合|参与|协助|参加/g, segment: { pattern: /(?:^|[,;])([^,;。]{2,40}?)(?:积极|共同|做好)?(?:配合|参与|协助|参加)(?=[,;。]|$)/g, maxLength: 45 } },
  // "市财政局配合市发改委于…完成": those helping the unit named after 配合, which acts (units.ts, HELPS_ANOTHER); that
  // one's name opens with a place or a determiner.
  { word: /配合|协助/g, segment: { pattern: /(?:^|[,;])([^,;。]{2,40}?)(?:积极|主动|全力|认真|全面)?(?:配合|协助)(?=(?:各|有关|相关|上级|省|市|县|区|州|乡|镇|街道)[^,;。]{1,30})/g, maxLength: 52 } },
  // "由省级人民政府负总责,地方各级财政部门、农业部门具体组织实施": those who carry out in practice the work another answers for.
  { word: /具体/g, segment: { pattern: new RegExp(`(?:^|[,;])([^,;。]{2,40}?)(?:${IN_PRACTICE})(?=[,;。]|$)`, 'g'), maxLength: 48 } },
  // "执法分局牵头,各工商所按照各自辖区分工负责": those doing their share of the work the one marked 牵头 leads, as the
  // same words read in brackets ("(A牵头,市级各有关部门及各县市区政府按职责分工负责)", 咸阳 2022). With no one before
  // them they all lead (units.ts, ALL_LEAD), and COOPERATING leaves out the record's own lead.
  { word: /分工负责/g, segment: { pattern: new RegExp(`(?:^|[,;])([^,;。]{2,40}?)(?:${SHARE_OF_WORK})(?=[,;。]|$)`, 'g'), maxLength: 52 } },
  // "市住建局为牵头单位,市财政局为配合单位": those named as helpers by a label's name.
  { word: new RegExp(`(?:${ROLE_COPULA})(?:${CO_LABEL})`, 'g'), segment: { pattern: new RegExp(`(?:^|[,;])([^,;。]{2,40}?)(?:${ROLE_COPULA})(?:${CO_LABEL})(?=[,;。]|$)`, 'g'), maxLength: 52 } },
  // A title in 《》 is never inside a name: "由办公厅会议处填写《议题审核办理卡》" charges no one with 审核.
  { word: /由/g, segment: { pattern: new RegExp(`由([^,;。《]{2,30}?)(?:${CHARGE_ADVERB})?(?:组织|负责(?!人|同志)|${OVERALL_CHARGE}|审定|审核)`, 'g'), maxLength: 37 } },
];

const namesFound = new WeakMap<Found, string[]>();

/**
 * "…承办单位应当在3个月内再次答复,…省政府办公厅会同省人大常委会代表工作机构…组织协商": the units 会同 or 联合
 * joins act with the unit opening its clause; when that unit is none of the record's actors, they act in another
 * step, not this one.
 */
function joinsAnotherActor(text: string, from: number, at: number, actors: string[]): boolean {
  if (actors.length === 0 || !/^(?:会同|联合)/.test(text.slice(at, at + 2))) return false;
  let start = at;
  while (start > 0 && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  const opening = text.slice(start, at);
  // "…报送县发改局,由县发改局会同县财政局汇总": those joining the receiver handle what it receives with it.
  const receiver = agentOf(opening)?.filter((name) => sentToBefore(text, from, start, name));
  const joiner = requiredUnits(opening) ?? subjectAt(opening) ?? (receiver?.length ? receiver : null);
  return joiner !== null && !joiner.some((name) => actors.includes(name));
}

function cooperating(layout: ParagraphLayout, from: number, to: number, actors: string[] = []): string[] {
  const out: string[] = [];
  for (const { word, segment } of COOPERATING) {
    if (!holdsWordIn(layout, word, from, to)) continue;
    for (const m of layout.matchesIn(segment, from, to)) {
      if (joinsAnotherActor(layout.text, from, m.index, actors)) continue;
      let names = namesFound.get(m);
      if (!names) namesFound.set(m, (names = subjectAt(m.groups[0]!) ?? []));
      for (const name of names) if (!sentToBefore(layout.text, from, m.index, name)) out.push(name);
    }
  }
  out.push(...carryingAfterLead(layout, from, to));
  return out;
}

const LEAD_MARK = /牵头/g;

/**
 * "由县住建局牵头,县财政局、各乡镇负责,…", "由A牵头,B配合,C负责落实,…": the units of a clause that is only their charge or its
 * carrying out, after a clause naming the one marked 牵头 in text[from, to), are others responsible, as in brackets
 * (units.ts, parseUnitList) and in a division closing the sentence (CHARGING_BACK). Clauses are each a segment of their own,
 * so the clause before is asked of the paragraph's clauses, not of a pattern.
 */
function carryingAfterLead(layout: ParagraphLayout, from: number, to: number): string[] {
  const out: string[] = [];
  if (!holdsWordIn(layout, LEAD_MARK, from, to)) return out;
  let led = false;
  for (const c of layout.clauses) {
    if (c.end <= from) continue;
    if (c.start >= to) break;
    const clause = layout.text.slice(c.start, c.end);
    const carrying = led ? CARRYING_CLAUSE.exec(clause) : null;
    const names = carrying ? subjectAt(carrying[1]) : null;
    if (names) out.push(...names);
    led ||= namesLead(clause);
  }
  return out;
}

export interface ParagraphContext extends RecogniseContext {
  /** Units the whole document assigns, for items that name none. */
  documentUnits: Units | null;
  /** The units the notice is addressed to: a table of dates with no unit column is theirs to meet. */
  addressees?: Units | null;
  /** When given (by --explain), every expression dropped is reported here with the text it was read from. */
  dropped?: DroppedAt[];
  /** In a report of work done, the last day of the period it covers: its times up to then tell what was done. */
  reportedUntil?: string | null;
  /** The document sets out work to do (a plan, a notice): its past times are late deadlines, not what was done. */
  setsOutWork?: boolean;
}

/** A drop with the text its offsets refer to, so it can be quoted as the input has it. */
export interface DroppedAt {
  drop: Drop;
  norm: NormalisedText;
  piece: TextPiece;
}

/** Recognises `norm`'s expressions; under --explain, reports those dropped on the way. */
export function recogniseIn(piece: TextPiece, norm: NormalisedText, ctx: ParagraphContext): TimeMatch[] {
  if (!ctx.dropped) return recognise(norm.text, ctx);
  const drops: Drop[] = [];
  // Field by field, not a spread: a document's context reads its facts on demand, from getters a spread would not copy.
  const reporting: { [K in keyof Required<RecogniseContext>]: RecogniseContext[K] } = {
    year: ctx.year,
    docDate: ctx.docDate,
    deadlineCell: ctx.deadlineCell,
    limitValue: ctx.limitValue,
    standingRules: ctx.standingRules,
    inForce: ctx.inForce,
    planStart: ctx.planStart,
    drops,
  };
  const matches = recognise(norm.text, reporting);
  for (const drop of drops) ctx.dropped.push({ drop, norm, piece });
  return matches;
}

/** Reports a match found but not kept as an obligation, when --explain asks. */
export function reportDrop(ctx: ParagraphContext, piece: TextPiece, norm: NormalisedText, m: TimeMatch, reason: DropReason): void {
  ctx.dropped?.push({ drop: { start: m.start, end: m.end, reason, recogniser: m.recogniser }, norm, piece });
}

/**
 * Do two times mean the same (the item's own 6月底前 and its 完成时限 label restating it)? A time's value is flat: the
 * same fields with the same values, whichever recogniser set them in whichever order (a field left undefined is none).
 */
export function sameTime(a: TimeValue, b: TimeValue): boolean {
  const one: Record<string, unknown> = a;
  const other: Record<string, unknown> = b;
  for (const key of new Set([...Object.keys(one), ...Object.keys(other)])) if (one[key] !== other[key]) return false;
  return true;
}

/**
 * Reads one paragraph: finds its time expressions, drops those that are no obligation, and attaches
 * units by precedence — an explicit list after the item, the clause's subject, a subject carried
 * from earlier in the sentence, the paragraph's opening subject, the document's assignment.
 */
export function readParagraph(piece: TextPiece, ctx: ParagraphContext, norm: NormalisedText = normalise(piece.text)): Finding[] {
  const text = norm.text;
  const recognised = recogniseIn(piece, norm, ctx);
  // The paragraph's findings, none or some, are all this one array's: an empty literal returned
  // beside a filled list is of another array kind, and readDocument's optimised code, which reads
  // both, was thrown away at it (node --trace-deopt: wrong map).
  const findings: Finding[] = [];
  // Most paragraphs hold no time expression: they never pay for the layout's indexes.
  if (recognised.length === 0) return findings;
  const layout = new ParagraphLayout(text);
  // Pushed, not filtered (nor mapped, below): filter's and map's arrays differ in kind with what they
  // hold and with the tier of V8 that made them, and readParagraph's optimised code, which reads them,
  // was thrown away at a kind it had not seen (node --trace-deopt: wrong map).
  const matches: TimeMatch[] = [];
  for (const m of recognised) {
    const reason = dropReason(layout, m, ctx.setsOutWork ? null : ctx.docDate, ctx.reportedUntil ?? null, ctx.year);
    if (reason) reportDrop(ctx, piece, norm, m, reason);
    else matches.push(m);
  }
  if (matches.length === 0) return findings;
  const lists = unitLists(text, layout, spaceBefore(norm, piece.text));
  // "2023年6月底前完成梳理。责任单位:A。完成时限:2023年6月底前": the time label restates the item's own time, one record.
  const labels = lists.find((l) => l.labels);
  if (labels) {
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k];
      if (m.start < labels.at || !matches.some((g) => g.start < labels.at && sameTime(g.value, m.value))) continue;
      reportDrop(ctx, piece, norm, m, 'restated-label');
      matches.splice(k, 1);
    }
  }
  const bodies = bodiesAfterHeading(norm, piece.text);
  // Read at the first finding that needs it: most findings' own sentences name their units.
  const opening = () => layout.once('opening-subject', () => openingSubject(text, layout.sentences));
  // A subject the paragraph opens with speaks for its sentence and those after it, never for a sentence before it.
  const paragraphSubject = (sentenceIndex: number): string[] | null => {
    const o = opening();
    return o && o.sentence <= sentenceIndex ? o.names : null;
  };
  const starts: number[] = [];
  for (const m of matches) starts.push(m.start);
  // Lists are in text order and so are the matches: a list ending before one match ends before all later ones.
  let firstList = 0;
  // The units and task each match's sentence gives it: a time in brackets after another (its aside) has the same.
  const namedAt: Array<string[] | null> = [];
  const taskAt: string[] = [];

  matches.forEach((match, k) => {
    const sentenceIndex = layout.sentenceAt(match.start);
    const sentence = layout.sentences[sentenceIndex];
    // Two readings of one expression ("次月(季度)15日内": a monthly and a quarterly report) share what follows it.
    let next = k + 1;
    while (next < matches.length && matches[next].start < match.end) next++;
    // The time in brackets right after this one is an aside: what follows the brackets is still this time's.
    const asideAfter = next < matches.length && isAsideOf(text, match, matches[next]);
    if (asideAfter) next++;
    const nextMatch = matches[next];
    while (firstList < lists.length && lists[firstList].end < match.end) firstList++;
    let found: UnitList | undefined;
    for (let l = firstList; l < lists.length && !found; l++) {
      // A sentence charging the task before it speaks for its own item only, not one numbered before it.
      if (lists[l].chargingBack && opensItemBetween(layout, match.end, lists[l].at)) continue;
      // The parts of a task are the last task's before them, not an earlier step's.
      if (lists[l].partsOfLast && nextMatch && nextMatch.start < lists[l].at) continue;
      if (lists[l].at >= match.end || (lists[l].at < match.start && lists[l].end >= match.end)) found = lists[l];
    }
    // A list of helpers only leaves the lead to the sentence; its units join those who co-operate.
    const helpers = found && found.units.lead.length === 0 ? found.units.co : [];
    const list = helpers.length ? undefined : found;
    let units: Units = NO_UNITS;
    let unitSource: Finding['unitSource'] = 'none';
    // "于4月15日、7月15日及2020年1月15日前,将…报送…": times joined so share what follows the last of them.
    const shared = sharedScope(text, matches, k, sentence.end);
    const nextInSentence = nextMatch !== undefined && nextMatch.start < sentence.end;
    const scopeEnd = shared ? shared.end : nextInSentence ? dividedMemberAt(text, match.end, nextMatch.start) : sentence.end;
    const scope = shared ? text.slice(shared.start, shared.end) : text.slice(asideAfter ? afterAside(text, match.end, scopeEnd) : match.end, scopeEnd);
    // Units the dated sentence names itself, before and after those it carries from earlier sentences.
    // The match before this one; none for the first, which is not read as matches[-1], a lookup by name through the
    // prototype chain rather than an element.
    const earlier = k > 0 ? matches[k - 1] : undefined;
    const aside = isAsideOf(text, earlier, match);
    const ownBefore = (): string[] | null =>
      (aside ? namedAt[k - 1] : null) ??
      clauseSubject(layout, sentenceIndex, match, scopeEnd, bodies) ??
      carriedSubject(layout, sentenceIndex, match, matches, starts, bodies) ??
      meetingHolderOf(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MEETING_REACH)));
    const ownAfter = (): string[] | null =>
      directorOf(scope) ?? chargedUnitOf(layout, numberedMemberStart(text, sentence.start, match.start), scopeEnd) ?? nameHolderOf(scope) ?? assigneeOf(layout, sentence.start, match.start);
    // A sentence charging the task before it never overrides the units the dated sentence names.
    const namedBefore = list?.chargingBack ? ownBefore() : null;
    const namedAfter = list?.chargingBack && !namedBefore ? ownAfter() : null;
    if (list && !namedBefore && !namedAfter) {
      units = list.units;
      unitSource = 'list';
    } else {
      // The earlier sentence whose actor this one's subject is, if it is: its co-operating units come along.
      const carried: { from?: Range } = {};
      const earlierActor = (): string[] | null => {
        const actor = earlierSentenceSubject(layout, sentenceIndex, bodies);
        if (actor) carried.from = layout.sentences[actor.sentence];
        return actor?.names ?? null;
      };
      const asked = requestOfNoOne(layout, sentenceIndex, match);
      const found =
        (list ? namedBefore : ownBefore()) ??
        earlierActor() ??
        paragraphSubject(sentenceIndex) ??
        (list ? namedAfter : ownAfter()) ??
        requestAfter(layout, sentenceIndex) ??
        timedActor(layout, sentenceIndex);
      // "会议议题由县政府办公室汇总。议题材料应于会议召开前2个工作日送县政府办公室": a unit carried from before that the
      // dated sentence names only as the one it sends to receives, and does not act.
      const named = (asked && found && found.some((name) => asksOrReceives(name, scope))) || (found && found.every((name) => receivedIn(name, scope))) ? null : found;
      namedAt[k] = named;
      if (named && ctx.addressees && named.every((name) => SECOND_PERSON.test(name))) {
        // "请你单位在…内公开", "你局要于…前完成": a notice or a reply speaking to the units it is addressed to.
        units = ctx.addressees;
        unitSource = 'addressees';
      } else if (named) {
        units = subjectUnits(text, named, match.start);
        unitSource = 'subject';
        // "到2020年,A基本建成…;B实现…": a target set for several subjects, each in a clause of its own, is each one's.
        const others = match.value.kind === 'once' && match.value.target ? subjectsOfLaterClauses(layout, match, scopeEnd, named) : [];
        if (others.length) units = { lead: [...named, ...others], co: [] };
      } else if (ctx.addressees && (asked || REQUEST_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12))) || (match.start - sentence.start <= LABEL_REACH && CLOSING_LABEL_OPENING.test(text.slice(sentence.start, match.start))))) {
        // "请于5月底前报送…", "报送截止时间:5月10日" naming no one: a request is made to those the notice is addressed to.
        units = ctx.addressees;
        unitSource = 'addressees';
      } else if (ctx.documentUnits) {
        units = ctx.documentUnits;
        unitSource = 'document';
      }
      if (unitSource === 'subject' || unitSource === 'document') {
        // "A会同B…完成X。2005年3月底前完成Y。": the second sentence's subject is the first one's, with whom it acts.
        const around = carried.from ? cooperating(layout, carried.from.start, carried.from.end) : [];
        const extra = [...around, ...cooperating(layout, ownMemberStart(text, sentence.start, earlier ? earlier.end : 0, match.start, units.lead), scopeEnd, units.lead), ...helpers].filter((u, i, all) => !units.lead.includes(u) && !units.co.includes(u) && all.indexOf(u) === i);
        if (extra.length) units = { lead: units.lead, co: [...units.co, ...extra] };
      } else if (helpers.length) {
        units = { lead: [], co: helpers };
        unitSource = 'list';
      }
    }
    findings.push({
      match,
      norm,
      piece,
      // Asked by source first: asking the context for its units would read the whole document for them.
      units:
        (unitSource === 'document' && units === ctx.documentUnits) || unitSource === 'addressees'
          ? units
          : unitsAsWritten(units, (name) => writtenForm(norm, piece.text, name)),
      unitSource,
      task: (taskAt[k] = aside ? taskAt[k - 1] : (timedWork(layout, sentenceIndex) ?? itemTask(layout, sentence, match, scope, earlier, !shared && !!nextMatch && nextMatch.start === scopeEnd && scopeEnd < sentence.end))),
      recurrenceStart: match.value.kind === 'recurring' ? recurrenceStart(layout, sentence, match.start) : null,
    });
  });
  return findings;
}

/**
 * "由县发改局牵头,县财政局配合,在9月底前完成甲项工作;由县住建局牵头,县民政局配合,在12月底前完成乙项工作" (师宗 2022): members
 * of a ";" list, each opening with its own division of the work and holding its own time. Where the ";" member holding the next
 * time opens with a division (ANSWERING_CLAUSE), the time before it ends at that ";": the division is the next time's, its
 * helpers none of this one's and its clause no part of this one's task. Returns `end` where no such member opens before it.
 */
function dividedMemberAt(text: string, from: number, end: number): number {
  const semi = lastSemicolonIn(text, from, end);
  if (semi < 0) return end;
  const clauseEnd = text.slice(semi + 1, end).search(/[,;]/);
  const opening = clauseEnd < 0 ? '' : text.slice(semi + 1, semi + 2 + clauseEnd);
  return ANSWERING_CLAUSE.test(opening) ? semi : end;
}

/**
 * Where the units co-operating with a time's lead are looked for from: the ";" member holding the time, where that member names the
 * lead itself and no time before this one (the 师宗 2022 list above: each member's helpers are its own); else the sentence's start, as
 * the lead may be carried from a member before ("由A牵头,B配合;6月底前完成方案,12月底前完成实施"). The ";" is looked for after the
 * time before (`floor`) only, so a long line is read once, not once for each of its times.
 */
function ownMemberStart(text: string, sentenceStart: number, floor: number, at: number, leads: string[]): number {
  const semi = lastSemicolonIn(text, Math.max(sentenceStart, floor), at);
  if (semi < 0) return sentenceStart;
  const member = text.slice(semi + 1, at);
  return leads.length && leads.every((name) => member.includes(name)) ? semi + 1 : sentenceStart;
}

/** The last ";" in text[from, to), -1 if none: scanned back over that range alone, never past `from`. */
function lastSemicolonIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === SEMICOLON) return i;
  return -1;
}
const SEMICOLON = ';'.charCodeAt(0);

/** A paragraph opening with a time's preposition and no subject ("于8月31日之前将…报送。"): its sentence goes on from the line above. */
const OPENS_BY_TIME = /^(?:并|同时|另外|此外)?(?:于|在)/;

/**
 * "各单位务必于6月30日之前报送A。\n于8月31日之前报送B。": a paragraph that opens by a time with no subject
 * leaves its subject to the sentence before it, as a sentence inside a paragraph does; so does one that
 * goes on from a line ending in ; (a member of the same list: "各单位方案于7月底前报市安委办;\n每月25日前
 * 将汇总表报送市安委办;") unless it opens an item of its own. The findings of its first sentence that name
 * no unit take those of the last finding of the paragraph just above, when that one's units are its own
 * sentence's subject.
 */
export function carrySubjectIntoContinuation(found: Finding[], above: Finding[], text: string, aboveText = ''): void {
  const from = above[above.length - 1];
  if (!from || from.unitSource !== 'subject' || from.units.lead.length === 0) return;
  if (!OPENS_BY_TIME.test(text) && !(aboveText.endsWith(';') && !ITEM_MARK.test(text))) return;
  const firstStop = text.indexOf('。');
  for (const f of found) {
    if (firstStop >= 0 && f.match.start > firstStop) break;
    if (f.unitSource === 'none' || f.unitSource === 'document') Object.assign(f, { units: from.units, unitSource: 'subject' });
  }
}

/** What joins two times that share what follows them: "于6月底和7月底报送…", "4月15日、7月15日及10月15日前". */
const JOINS_TIMES = /^(?:和|及|与|或|、|以及|至|到)$/;

/**
 * The scope of the last of the times joined to the k-th ("于6月底和7月底报送阶段报告": 报送阶段报告 for both),
 * or null when nothing joins it to the next one. Joined times share one task and one set of units; the words
 * between them are none.
 */
function sharedScope(text: string, matches: TimeMatch[], k: number, sentenceEnd: number): Range | null {
  let j = k;
  while (j + 1 < matches.length && matches[j + 1].start < sentenceEnd && JOINS_TIMES.test(text.slice(matches[j].end, matches[j + 1].start))) j++;
  if (j === k) return null;
  const after = matches[j + 1];
  return { start: matches[j].end, end: after && after.start < sentenceEnd ? after.start : sentenceEnd };
}

/** Does a numbered item open at a sentence or clause start after `from` and at or before `to`? */
function opensItemBetween(layout: ParagraphLayout, from: number, to: number): boolean {
  const opens = layout.once('item-opens', () => matchStarts(layout.text, ITEM_OPENING).starts);
  const i = lowerBound(opens, from);
  return i < opens.length && opens[i] <= to;
}

/** A numbered item opening after a sentence's or clause's end: "。2.", ";(三)". */
const ITEM_OPENING = new RegExp(`(?<=[。;])${ITEM_NUMBER.source}`, 'g');

/** How far into a quotation its subject may stand before the time expression: a provision opens with it. */
const QUOTED_SUBJECT_REACH = 80;

/**
 * A sentence that opens with a request (请, after an item's number or a connective, or after the topic it asks for:
 * "检查结果请于4月30日前报送…", "有关材料请…"), not 请示 nor 请求 (a matter asked: "收到复核请求的机关应当…"), nor 请
 * inside a word (申请, 报请, 提请).
 */
const REQUEST_OPENING = new RegExp(`^(?:${ITEM_NUMBER.source}|[,;:]|同时|另外|此外)*(?:[^,;。:]{1,8}?(?<![申邀聘提恳报呈]))?请(?![示求])`);

/**
 * "…,现公开征求意见,请将意见于7月26日前反馈至…", "有关材料请于5月20日前报送…": the time's clause asks (请) and names
 * no one after 请. Whoever is asked reads the notice: not a unit of the clauses around it.
 */
function requestOfNoOne(layout: ParagraphLayout, sentenceIndex: number, match: TimeMatch): boolean {
  const [from, to] = layout.clausesOf(sentenceIndex);
  const i = layout.clauseAt(match.start, from, to);
  if (i < 0) return false;
  // The request stands right before its time ("请将意见于…"): read back no further than a label's reach.
  const head = layout.text.slice(Math.max(layout.clauses[i].start, match.start - LABEL_REACH), match.start);
  const at = ASKING.exec(head);
  return at !== null && subjectAt(head.slice(at.index + at[0].length)) === null;
}

/** 请 asking, not inside 申请, 邀请, 聘请, 恳请, 报请, 提请, 呈请, 请示 nor 请求. */
const ASKING = /(?<![申邀聘恳报提呈])请(?![示求])/;

/**
 * The one who asks is never the one asked: the issuer speaking of itself (我局, 本委, 我们) or the unit the clause
 * sends to (…报送县政府督查室, …反馈至市防汛办, …向县委报告), named there or as the start of that name.
 */
function asksOrReceives(name: string, scope: string): boolean {
  if (SELF_REFERENCE.test(name)) return true;
  const near = scope.slice(0, LABEL_REACH);
  return RECEIVING.some((verb) => near.includes(`${verb}${name}`));
}

/**
 * Whether the clause the time opens sends to the unit: "送县政府办公室", "将办理情况报县财政局" (not 报县政府办公室 for
 * 县政府, a longer name). A later clause's receiver ("…作出书面答复;…应当及时向排水管理部门报告") is another step's.
 */
function receivedIn(name: string, scope: string): boolean {
  const near = scope.slice(0, LABEL_REACH).split(/[,;。]/)[0];
  return RECEIVING.some((verb) => {
    const at = near.indexOf(`${verb}${name}`);
    return at >= 0 && !NAME_GOES_ON.test(near.slice(at + verb.length + name.length));
  });
}
/** A character that goes on with a unit's name (县政府 → 县政府办公室, 市财政 → 市财政局). */
const NAME_GOES_ON = /^[办局委室厅部处科组中站所队院会司]/;

/** The addressee spoken to: 你单位, 你局, 你市, 你们. */
const SECOND_PERSON = /^你(?:们|单位|局|委|办|厅|部|院|校|处|室|科|站|所|中心|会|机关|公司|市|县|区|镇|乡|省)?$/;
const SELF_REFERENCE = /^(?:我|本)(?:局|委|办|厅|部|院|校|处|室|科|站|所|中心|会|单位|机关|公司)?$|^我们$/;
const RECEIVING = ['报', '报送', '反馈', '上报', '送', '送交', '送至', '报至', '发送至', '反馈至', '反馈给', '交', '交至', '寄至', '传真至', '向', '提交', '提交至', '发至', '给'];
/** A sending verb and the body an office belongs to, right before the office's name: 反馈委综合处, 报我局办公室, 送本厅法规处 (not 办: 交办县住建局 assigns). */
const SENT_UNDER_SUPERIOR = new RegExp(`(?:${RECEIVING.join('|')})[我本]?[委局厅部院]$`);

/** A time said to close, before its day: "报名时间截止到", "时间截至"; or the act itself ("报名截止到"). */
const WINDOW_CLOSING = new RegExp(`${TIME_CLOSES}$`);
const ACT_CLOSING = /(?:截止|截至)(?:到|至)?$/;
/** A sentence that opens with the label of a closing day, straight before the time: "2、报送截止时间:", "意见反馈截止时间为". */
const CLOSING_LABEL_OPENING = new RegExp(`^(?:${ITEM_NUMBER.source})?[^,;。:]{0,10}?(?:(?:截止|截稿)(?:时间|日期|日)?(?::|为|是)|时限:|${TIME_CLOSES})$`);

/** A clause's text before its time expression, without the duty words that lead into it: "省发改委要在" → "省发改委". */
function subjectBefore(text: string, start: number, end: number): string[] | null {
  let head = text.slice(start, end);
  // "由A", "请A", "要求A" with no one requiring before it, and "送A提出审核意见(1个工作日)": the unit
  // addressed, required or sent to acts in the step the period limits.
  head = head.replace(/^[,;:]?(?:由|送|送交|转交|转送|交由|交给|请(?![示求])|要求|责成)/, '');
  // "推荐表请各单位于…报送", "县教育局请各学校在…": the one asked stands after 请, whatever the topic or the asker before it.
  const request = TOPIC_THEN_REQUEST.exec(head);
  if (request) head = head.slice(request[0].length);
  const bare = withoutDutyEnding(head);
  const names = subjectAt(bare);
  // "县委组织部要求各乡镇在…前上报": the units required to act are the ones who act.
  const required = names ? REQUIRING.exec(bare) : null;
  return (required && subjectAt(required[1]) ? subjectAt(required[2]) : null) ?? names ?? (request && eachAskedBefore(request[0])) ?? requiredUnits(bare);
}

/**
 * "各部门请于2023年10月31日前将…发…", "各单位请于7月10日前将两个表格及时返回": units under 各 right before a 请 that names no
 * one after it are those asked, addressed the way a notice addresses its readers; a single unit before 请 (县教育局请于…)
 * may be the one asking, and is left out as before.
 */
function eachAskedBefore(request: string): string[] | null {
  const names = unitsOnly(request.slice(0, -1).replace(/^[,;:]/, '').replace(ITEM_MARK, ''));
  return names && names.every((name) => name.startsWith('各')) ? names : null;
}

/**
 * "省建设厅要求各市建设局会同财政等部门尽快将任务分解下达到县", "(局长)要求各有关乡镇积极行动起来", "县长责成县交通局…": the
 * units a clause requires or charges act in it and in the clauses after it that name no one; whoever requires them
 * (a unit, a post, a meeting) does not. A requirement forbidden (不得要求企业…) charges no one.
 */
const REQUIRED_UNITS = /^([^,;。:]{0,30}?)(?<![不得须])(?:要求|责成)(?![,;。:的])/;
/**
 * 要求 as a noun: a requirement followed (按照…要求, 根据部门预算管理要求及…职责, also after the actor: 承办单位按照督办单要求…),
 * met (符合要求, 达到…要求) or owned (…的要求); or a name joined to the requirement (…要求及厅内各处室职责), which no one is
 * required by.
 */
const REQUIREMENT_NOUN = /^(?:按|结合|围绕|针对|为)|按照|依照|依据|根据|遵照|对照|符合|满足|达到|的$/;

function requiredUnits(clause: string): string[] | null {
  const c = clause.replace(/^[,;:]/, '').replace(ITEM_MARK, '');
  const m = REQUIRED_UNITS.exec(c);
  if (!m || REQUIREMENT_NOUN.test(m[1])) return null;
  const rest = c.slice(m[0].length);
  if (/^(?:及|和|与|或|、|以及)/.test(rest)) return null;
  // The units required are the object of 要求 and the subject of the verb after them, whatever that verb is.
  return subjectAt(rest) ?? openingUnitAt(rest, false);
}

/** The matter asked for, or the one asking, before 请 (not 申请, 邀请, 聘请, 恳请, 请示 nor 请求): "回执请", "县教育局请". */
const TOPIC_THEN_REQUEST = /^[^,;。:]{1,16}?(?<![申邀聘恳报提呈])请(?![示求])/;

/** A unit requiring or charging other units: "A要求B…", "A责成B…", "A通知B…". */
const REQUIRING = /^([^,;。]{2,30}?)(?:要求|责成|通知)([^,;。]{2,40})$/;

/** A document a unit hands in or makes public, closing a clause's head: "市财政局工作方案应于", "各单位联系电话于". */
const OWNED_DOCUMENT = new RegExp(`^的?[^,;。的]{0,10}?(?:${OWED_DOCUMENT})(?:应当|应|要|须|必须)?[于在]?$`);
/** What is done with a document by the one who owes it: sending or publishing it. */
const DELIVERY = /^(?:报送|上报|呈报|报|提交|送|向|公布|公开|发布|印发|备案)/;

/**
 * "市财政局工作方案应于3月底前报市政府": the unit whose document the clause dates, when the clause then
 * sends or publishes it, owes it and leads. A document described in a clause of its own ("行政机关
 * 年度报告应涵盖…,于…公布") is not read here: its clause states what it holds, not who hands it in.
 */
function documentOwnerOf(head: string, tail: string): string[] | null {
  if (!DELIVERY.test(tail)) return null;
  const possessive = /^([^,;。的]{2,30})的/.exec(head);
  // "县财政局、县审计局的年度报告应于…报送": a list before 的, every name of it, owns the document.
  if (possessive) {
    const owners = subjectAt(possessive[1]);
    const wholly = owners !== null && owners.join('').length === possessive[1].replace(/、|和|及|与/g, '').length;
    return wholly && OWNED_DOCUMENT.test(head.slice(possessive[1].length)) ? owners : null;
  }
  const names = openingUnitAt(head, false);
  if (!names || names.length !== 1) return null;
  const at = head.indexOf(names[0]);
  return at >= 0 && at <= 2 && OWNED_DOCUMENT.test(head.slice(at + names[0].length)) ? names : null;
}

/** The text without a closing (要|应|须|将|必须|应当|务必)(于|在|到), each optional. */
function withoutDutyEnding(head: string): string {
  let end = head.length;
  // An empty head has no last character, and head[-1] is a lookup by name through the prototype chain.
  if (end > 0 && /[于在到]/.test(head[end - 1])) end--;
  if (end >= 2 && /^(?:必须|应当|务必)$/.test(head.slice(end - 2, end))) end -= 2;
  else if (end > 0 && /[要应须将]/.test(head[end - 1])) end--;
  return head.slice(0, end);
}

/** A clause opening on its modal, its subject left out: "应当自受理申请之日起", ",并应当在", "均须于". */
const SUBJECTLESS_MODAL = /^[,;:]?(?:并|也|均|还|都)?(?:应当|应|须|必须|需|要(?!求))/;

/** The document itself, named before the day it is issued on: 自本通知, 从本实施方案, 本意见, 自. */
const DOCUMENT_ITSELF = /^[,;:]?(?:自|从)?(?:(?:本|该)[\u4e00-\u9fff]{1,6})?$/;

/** The end of an event a period is counted from, standing before the period: 收到申请后, 受理之日起, 公示期满后. */
const COUNTED_FROM_EVENT = /(?:后|之日起|日起)$/;

/**
 * Is the head before a period the event the period counts from or back from: 收到申请后 (5个工作日内), 会议召开 (10日前),
 * 许可证有效期 (届满前30日), 选举日的 (20日前)? Such a head frames the time as an adverbial does, and the clause's
 * subject comes after it.
 */
function headIsEvent(head: string, value: TimeValue): boolean {
  if (COUNTED_FROM_EVENT.test(head)) return true;
  // "自本通知印发之日起30日内,各单位完成清理": the document a period counts from (本通知, 本方案) opens its event.
  if (value.kind === 'relative' && DOCUMENT_ITSELF.test(head)) return true;
  if (value.kind !== 'sla' || value.before === undefined) return false;
  const event = head.replace(/的$/, '');
  return event.length >= 2 && value.before.startsWith(event);
}

/** The subject of the clause holding the expression, or of the clause right after it. */
function clauseSubject(layout: ParagraphLayout, sentenceIndex: number, match: TimeMatch, scopeEnd: number, bodies: BodiesAfterHeading): string[] | null {
  const { text, clauses } = layout;
  const [from, to] = layout.clausesOf(sentenceIndex);
  const i = layout.clauseAt(match.start, from, to);
  if (i < 0) return null;
  // "条例关于“各级行政机关应当在每年3月31日前公布…”的规定": a quoted provision has a subject of its own.
  const quote = layout.enclosingOpen(match.start, '“', '”');
  if (quote >= clauses[i].start && match.start - quote <= QUOTED_SUBJECT_REACH) return subjectBefore(text, quote + 1, match.start);
  const mark = ITEM_MARK.exec(text.slice(clauses[i].start, match.start));
  const headStart = clauses[i].start + (mark ? mark[0].length : 0);
  const head = text.slice(headStart, match.start);
  const tailStart = afterAside(text, match.end, clauses[i].end);
  const tail = text.slice(tailStart, Math.max(tailStart, clauses[i].end));
  const next = i + 1 < to && clauses[i + 1].start < scopeEnd ? text.slice(clauses[i + 1].start, clauses[i + 1].end) : '';
  if (head.length > (/^[,;:]/.test(head) ? 1 : 0)) {
    // "审批部门受理后,…": a sentence's opening unit with a verb of its own.
    // An agent named by 由 after a fronted topic acts, before any unit the topic opens with (各单位考核结果由各镇人事部门汇总后在…).
    const names =
      subjectBefore(text, headStart, match.start) ??
      agentAfterTopic(head) ??
      eachAfterTopic(head) ??
      (i === from ? openingUnitOfHead(layout, headStart, withoutDutyEnding(head)) : null) ??
      documentOwnerOf(head, tail) ??
      (i === from ? ownerAfterHeading(text, bodies(clauses[i].start, match.start), match.start, tail) : null);
    if (names) return withNamesListedBefore(layout, from, i, names, bodies);
    // "(二)集中整治阶段(5月-8月)各县(市、区)组织…": a stage's time in brackets closes its heading, and
    // the body's subject opens right after the bracket.
    if (text[match.end] === ')' && text[match.start - 1] === '(') {
      const body = subjectAt(tail.slice(1));
      if (body) return body;
    }
    // "材料于5月底前报送县民政局,由县民政局汇总后…": the unit the time's clause sends to does not become its actor.
    // An event the period counts from ("收到申请后5个工作日内,县民政局…") frames the time as an adverbial does: the
    // subject comes after it.
    if (!ADVERBIAL.test(head) && !headIsEvent(head, match.value)) return agentOf(tail) ?? notSentTo(agentOf(next), tail);
  }
  // "行政机关实施检验,应当自受理申请之日起五日内指派两名以上工作人员…": a clause whose modal stands before the time has
  // left its subject out, to the clause before; what follows the time is its predicate, and names no actor but by 由.
  if (tail.length > 1) return SUBJECTLESS_MODAL.test(head) ? agentOf(tail) : (subjectAt(tail) ?? agentOf(tail));
  // "…设立分支机构的,应当自…之日起15日内,书面报告分支机构所在地…": the clauses after such a time go on with its predicate too, and
  // only 由 names an actor there ("书面报告分支机构所" was read as a unit).
  const predicateGoesOn = SUBJECTLESS_MODAL.test(head);
  // "由省政府统一组织,各设区市政府对…检查": a subject named after the 由 clause still leads.
  // "由A向B报送…,B审核后上报…": B only receives what A sends, so the later clause does not make it the actor.
  let agent: string[] | null = null;
  let agentClause = '';
  // "…报送我委截止时间为…前20日,以正式文件报送我委,我委将委托…": a unit the sentence sends to up to a later clause
  // receives what is due; that clause's subject is no actor of the time.
  let sentence = text.slice(clauses[i].start, clauses[i].end);
  for (let j = i + 1; j < to && clauses[j].start < scopeEnd; j++) {
    const clause = text.slice(clauses[j].start, clauses[j].end);
    if (!agent) {
      agent = agentOf(clause);
      if (agent) agentClause = clause;
    }
    if (ADVERBIAL.test(clause)) {
      sentence += clause;
      continue;
    }
    if (predicateGoesOn) return agent;
    const subject = notSentTo(subjectAt(clause), sentence);
    return subject && agent && subject.every((name) => receiverIn(agentClause, agent!, name)) ? agent : (subject ?? agent);
  }
  return agent;
}

/** Brackets right after a time, with what they hold. */
const ASIDE = /\((?:[^()]|\([^()]*\))*\)/y;

/**
 * Where the clause goes on after a time ending at `end`: past the brackets right after it ("午季:5月20日至5月24日
 * (秋季:9月20日至9月24日),各村…": the same step's time in another season, an aside) and the break after them.
 */
function afterAside(text: string, end: number, clauseEnd: number): number {
  let at = end;
  if (text[at] === '(') {
    ASIDE.lastIndex = at;
    const aside = ASIDE.exec(text);
    if (aside && at + aside[0].length <= clauseEnd) at += aside[0].length;
  }
  return at + (/[,;:]/.test(text[at] ?? '') && at < clauseEnd ? 1 : 0);
}

/**
 * "5月20日至5月24日(秋季:9月20日至9月24日)": a time that is all the brackets right after another time hold, but
 * for a label, is the same step's time for another season or case: it has the actor the time before it has.
 */
function isAsideOf(text: string, before: TimeMatch | undefined, m: TimeMatch): boolean {
  return before !== undefined && text[before.end] === '(' && text[m.end] === ')' && /^[^()。;,]{0,6}$/.test(text.slice(before.end + 1, m.start));
}

/**
 * "各省民政厅,计划单列市民政局的月报于…报送": clauses right before the subject's own that hold only unit names,
 * parted from it by commas (as a notice's salutation parts its groups), are part of one subject list.
 */
function withNamesListedBefore(layout: ParagraphLayout, from: number, i: number, names: string[], bodies: BodiesAfterHeading): string[] {
  let listed: string[] = [];
  for (let j = i - 1; j >= from; j--) {
    const { start, end } = layout.clauses[j];
    if (layout.text[end - 1] !== ',') break;
    let only = unitsOnly(layout.text.slice(start, end - 1).replace(ITEM_MARK, ''));
    // The sentence's first clause may open with a heading run into its body: "(三)报送日期 各省民政厅,…".
    for (const body of j === from && !only ? bodies(start, end - 1) : []) only ??= unitsOnly(layout.text.slice(body, end - 1));
    if (!only) break;
    listed = [...only, ...listed];
  }
  return listed.length ? [...listed, ...names] : names;
}

/** Where the body may start after a heading run into it (`bodiesAfterHeading`), within text[start, end). */
type BodiesAfterHeading = (start: number, end: number) => number[];

/** How far past an item's number a heading run into its body may end. */
const RUN_IN_HEADING_REACH = 16;

/**
 * "(三)报送日期 各省民政厅的月报于…", "(二)工作要求 各乡镇要于…": a numbered heading and its body on one
 * line, parted by white space alone, which normalising drops. For a text from its start to its end, the
 * places after its opening item number where the input had white space inside the next few characters
 * (none in the number's own run), where the body may start. Empty when no item's number opens it.
 */
function bodiesAfterHeading(norm: NormalisedText, original: string): BodiesAfterHeading {
  const text = norm.text;
  return (start, end) => {
    const mark = ITEM_MARK.exec(text.slice(start, Math.min(end, start + 12)));
    if (!mark) return [];
    const from = start + mark[0].length;
    const out: number[] = [];
    for (let k = from + 2; k < Math.min(end, from + RUN_IN_HEADING_REACH); k++) {
      if (isClauseBreak(text.charCodeAt(k))) break;
      if (/\s/.test(original[norm.originOf(k) - 1] ?? '')) out.push(k);
    }
    return out;
  };
}

/** The subject, or the owner of a document, that opens a body after a heading run into it. */
function ownerAfterHeading(text: string, bodies: number[], end: number, tail: string): string[] | null {
  for (const body of bodies) {
    const names = subjectBefore(text, body, end) ?? documentOwnerOf(text.slice(body, end), tail);
    if (names) return names;
  }
  return null;
}

/** The subjects opening the clauses after the one holding `match`, up to `scopeEnd`, other than `named`. */
function subjectsOfLaterClauses(layout: ParagraphLayout, match: TimeMatch, scopeEnd: number, named: string[]): string[] {
  const out: string[] = [];
  const i = layout.clauseAt(match.end - 1, 0, layout.clauses.length);
  for (let j = i + 1; i >= 0 && j < layout.clauses.length && layout.clauses[j].start < scopeEnd; j++) {
    const { start, end } = layout.clauses[j];
    for (const name of subjectAt(layout.text.slice(start, Math.min(end, scopeEnd))) ?? []) if (!named.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** True when the agent's clause sends something to `name` (由A向B报送, 由A报B, 由A交B): B is the receiver there. */
function receiverIn(clause: string, agent: string[], name: string): boolean {
  const last = agent[agent.length - 1];
  const at = clause.indexOf(last);
  if (at < 0) return false;
  const afterAgent = clause.slice(at + last.length);
  const send = /向|报送|上报|呈报|报|送交|送|交/.exec(afterAgent);
  return !!send && afterAgent.slice(send.index + send[0].length).includes(name);
}

/**
 * The unit opening a sentence's first clause with a verb of its own, read from the clause's text
 * before a time expression: `head`, at `headStart`. Each expression of a long clause has a longer
 * head, so its next break comes from the paragraph's index, not from reading the head again.
 */
function openingUnitOfHead(layout: ParagraphLayout, headStart: number, head: string): string[] | null {
  const headEnd = headStart + head.length;
  return openingUnitAt(head, true, (at) => Math.min(layout.clauseBreakFrom(headStart + at), headEnd) - headStart);
}

/** "…发出,由文秘科通知各单位", "在月初由每组带队领导抽取…": the unit after 由 acts, whatever its verb. */
function agentOf(clause: string): string[] | null {
  const m = /^[,;:]?由(?![于此])/.exec(clause);
  return m ? openingUnitAt(clause.slice(m[0].length), false) : null;
}

/** "由县住建局会同县财政局制定方案,": the unit 由 opens the clause with, read as a subject is (subjectAt), no longer phrase. */
function strictAgentOf(clause: string): string[] | null {
  const m = /^[,;:]?由(?![于此])/.exec(clause);
  return m ? subjectAt(clause.slice(m[0].length)) : null;
}

/**
 * A subject named at the start of an earlier clause of the same sentence carries forward. The
 * nearest named clause before each clause is remembered, so each clause is read once.
 */
/** A ";" with the next member's number, if any: "2." may run into the year it opens ("2.2021年"). */
const NEW_LIST_MEMBER = /;(?:\d{1,2}[.、]|\(\d{1,2}\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[①-⑳])?$/;
const NUMBERED_MEMBER = /^;(?:\d{1,2}[.、]|\(\d{1,2}\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[①-⑳])/;
/** How far back a member's number is looked for: a list member is a clause or two. */
const MEMBER_REACH = 300;

/**
 * Where the numbered member of a ";" list holding `at` starts ("1.…,由A负责;2.…"): a unit one
 * member charges is not the next one's. The sentence's start when no numbered member opens near before `at`.
 */
function numberedMemberStart(text: string, sentenceStart: number, at: number): number {
  const floor = Math.max(sentenceStart, at - MEMBER_REACH);
  const near = text.slice(floor, at);
  for (let semi = near.lastIndexOf(';'); semi >= 0; semi = semi > 0 ? near.lastIndexOf(';', semi - 1) : -1) {
    if (NUMBERED_MEMBER.test(text.slice(floor + semi, floor + semi + 6))) return floor + semi + 1;
  }
  return sentenceStart;
}

function carriedSubject(layout: ParagraphLayout, sentenceIndex: number, match: TimeMatch, matches: TimeMatch[], starts: number[], bodies: BodiesAfterHeading): string[] | null {
  const { text, clauses } = layout;
  const sentence = layout.sentences[sentenceIndex];
  if (match.start <= sentence.start) return null;
  // A dated item opening a ";"-separated member of a list, numbered or not ("…;2.2021年9月底前…"), is a
  // new item: nothing carries into it.
  if (NEW_LIST_MEMBER.test(text.slice(Math.max(0, match.start - 6), match.start))) return null;
  const [from, to] = layout.clausesOf(sentenceIndex);
  const i = layout.clauseAt(match.start, from, to);
  const clauseNames = (c: Range, index: number): string[] | null => {
    const inside = matches[lowerBound(starts, c.start)];
    if (inside && inside.start < c.end) {
      const after = text.slice(inside.end, c.end).replace(/^[,;:)]/, '');
      const own = subjectBefore(text, c.start, inside.start) ?? documentOwnerOf(text.slice(c.start, inside.start), after);
      return own ? withNamesListedBefore(layout, from, index, own, bodies) : subjectAt(after);
    }
    // "承办单位收到建议后,…": a unit opening an event clause is the subject of the clauses after it.
    const required = requiredUnits(text.slice(c.start, c.end));
    if (required) return withNamesListedBefore(layout, from, index, required, bodies);
    const clause = text.slice(c.start, c.end);
    // "由县住建局会同县财政局制定方案,于…前完成": the agent 由 opens the clause with acts in the clauses after it, as a subject does
    // (read strictly, as actorOpening reads it for the sentences after).
    const opening = openingUnitAt(clause, true) ?? strictAgentOf(clause.replace(ITEM_MARK, ''));
    return opening ? withNamesListedBefore(layout, from, index, opening, bodies) : pickedOutUnits(clause);
  };
  if (clauses[i].start < match.start) {
    const names = clauseNames({ start: clauses[i].start, end: match.start }, i);
    if (names) return names;
    if (ASKS_THE_UNNAMED.test(text.slice(clauses[i].start, match.start))) return null;
  }
  const carried = layout.once('carried', () => new Map<number, string[] | null>());
  let known = i - 1;
  while (known >= from && !carried.has(known)) known--;
  let names = known >= from ? carried.get(known)! : null;
  let answered = false;
  let led = false;
  for (let j = known + 1; j < i; j++) {
    // "(由)县政府负总责,县住建局具体组织实施,…前完成", "A牵头,B按职责分工负责": the unit carrying out in practice, or
    // doing its share of, the work one named before it answers for is one of the others responsible (COOPERATING),
    // not the sentence's new subject; so are those answering for or carrying out the work one marked 牵头 leads ("由A牵头,
    // B、C负责,…", "由A牵头,B落实,…").
    const clause = text.slice(clauses[j].start, clauses[j].end);
    const inPractice = (answered && IN_PRACTICE_CLAUSE.test(clause)) || (led && CARRYING_CLAUSE.test(clause));
    names = (inPractice ? null : clauseNames(clauses[j], j)) ?? (ASKS_THE_UNNAMED.test(clause) ? null : names);
    answered ||= ANSWERING_CLAUSE.test(clause);
    led ||= namesLead(clause);
    carried.set(j, names);
  }
  return names;
}

/**
 * "市委、市政府高度重视,并要求…确保…在2019年底前清零", "县政府召开专题会议,要求在6月底前完成": a clause opening on 要求 or
 * 责成 that names no unit after it (requiredUnits) asks others, unnamed, to act; the subject before it only asks.
 */
const ASKS_THE_UNNAMED = /^[,;]?(?:并|同时|还|也|均)?(?:要求|责成)(?![,;。:的])/;

/** A clause naming the unit that answers for the work: "(由)县政府负总责", "县住建局牵头", "由市发改委负责". */
const ANSWERING_CLAUSE = new RegExp(`^[,;]?(?:${ITEM_NUMBER.source})?由?[^,;。由]{2,40}?(?:${OVERALL_CHARGE}|牵头${LEAD_ACT}{0,2}|负责)[,;。]?$`);

/** A clause naming the one that leads the work: "由县住建局牵头", "县住建局牵头组织". */
const LEADING_CLAUSE = new RegExp(`^[,;]?(?:${ITEM_NUMBER.source})?由?([^,;。由]{2,40}?)牵头${LEAD_ACT}{0,2}[,;。]?$`);

/** Does `clause` name a unit (or a post) as the one leading? One who is no unit's name ("由张三牵头") leads no division here. */
function namesLead(clause: string): boolean {
  const m = LEADING_CLAUSE.exec(clause);
  return m !== null && subjectAt(m[1]) !== null;
}

/** A clause that is only units and their charge or its carrying out, after one marked 牵头: "县财政局、各乡镇负责", "九重镇落实". */
const CARRYING_CLAUSE = new RegExp(`^[,;]?([^,;。]{2,40}?)(?:${CARRIED_OUT}|负责|落实)[,;。]?$`);

/**
 * A clause that is only a unit and what it does in practice ("县住建局具体组织实施", IN_PRACTICE) or its share of the work
 * ("各工商所按照各自辖区分工负责", SHARE_OF_WORK).
 */
const IN_PRACTICE_CLAUSE = new RegExp(`^[,;]?[^,;。]{2,40}?(?:${IN_PRACTICE}|${SHARE_OF_WORK})[,;。]?$`);

/**
 * The subject of the nearest earlier sentence of the paragraph that names one as the actor: a
 * subject stays the subject of the sentences after it until another is named ("市督查局要…。每季度
 * 督查汇总…"). An actor is a unit with a duty word in its clause (要, 应, 请…), opening an item, or
 * opening an event clause (X收到…后); a unit that is only the topic ("微型消防站根据需要设在…的")
 * is not carried. Each sentence's opening is read once, so the paragraph is read in one pass.
 */
function earlierSentenceSubject(layout: ParagraphLayout, sentenceIndex: number, bodies: BodiesAfterHeading): SentenceActor | null {
  const known = layout.once('sentence-subjects', () => [] as Array<SentenceActor | null>);
  for (let k = known.length; k < sentenceIndex; k++) {
    const [from, to] = layout.clausesOf(k);
    // "在资料齐全的情况下,审批部门受理后,…": a condition opening the sentence comes before its actor, and so
    // does a frame ("按照…要求,各地各部门要…").
    let c = from;
    while (c + 1 < to && opensBeforeActor(layout.text.slice(layout.clauses[c].start, layout.clauses[c].end))) c++;
    const first = layout.clauses[c];
    let actor = first ? actorOpening(layout.text.slice(first.start, first.end)) : null;
    let bodyStart = first?.start ?? 0;
    // A heading run into the body opens an item: the body's subject acts in it, as after an item's number.
    for (const body of c === from && first && actor === null ? bodies(first.start, first.end) : []) {
      const names = subjectAt(layout.text.slice(body, first.end));
      if (names) {
        actor = names;
        bodyStart = body;
        break;
      }
    }
    if (first && actor !== null && layout.text[first.end - 1] === ',' && unitsOnly(layout.text.slice(bodyStart, first.end - 1).replace(ITEM_MARK, ''))) {
      // "各县区政府,市直各部门要…": names alone before a comma go on as one subject list, which acts as the list
      // opening an item does, or when the clause closing it holds a duty word.
      const listed = namesListedAfter(layout, c + 1, to);
      if (Array.isArray(actor)) actor = [...actor, ...listed.names];
      else if (listed.names.length && DUTY_WORD.test(listed.closing)) actor = [...unitsOnly(layout.text.slice(first.start, first.end - 1))!, ...listed.names];
    }
    // "宋开慧强调了农房重建的重要性,要求各乡镇务必要将农房重建作为头等大事来抓…。": units a later clause requires are the
    // actors of the sentences after it, when the sentence opens with no actor of its own.
    for (let j = c + 1; j < to && actor === null; j++) actor = requiredUnits(layout.text.slice(layout.clauses[j].start, layout.clauses[j].end));
    // A sentence about another topic ends the chain: what follows goes back to the paragraph's own subject.
    // The first sentence carries nothing from before it (known[-1] would be a lookup by name, not an element).
    known.push(actor === 'topic' ? null : actor ? { names: actor, sentence: k } : k > 0 ? known[k - 1] : null);
  }
  return sentenceIndex > 0 ? known[sentenceIndex - 1] : null;
}

/**
 * "各省民政厅,计划单列市民政局、兵团民政局的月报于…": the names of the subject list that goes on past the comma
 * closing clause `c - 1`, in clauses of names alone and the clause that closes the list (its subject, or the
 * owners of the document it dates), with the text of that closing clause. No names when clause `c - 1` closes
 * no list with a comma.
 */
function namesListedAfter(layout: ParagraphLayout, c: number, to: number): { names: string[]; closing: string } {
  const names: string[] = [];
  for (let j = c; j < to && layout.text[layout.clauses[j].start - 1] === ','; j++) {
    const { start, end } = layout.clauses[j];
    const clause = layout.text.slice(start, end);
    const only = clause.endsWith(',') ? unitsOnly(clause.slice(0, -1)) : null;
    if (only) {
      names.push(...only);
      continue;
    }
    const possessive = /^([^,;。的]{2,40})的/.exec(clause);
    const closing = subjectAt(clause) ?? (possessive && unitsOnly(possessive[1]));
    if (closing) names.push(...closing);
    return { names, closing: closing ? clause : '' };
  }
  return { names, closing: '' };
}

/** The actor an earlier sentence names, with the index of that sentence. */
interface SentenceActor {
  names: string[];
  sentence: number;
}

/** A clause that only states a condition: "在…的情况下,", "…的前提下,". */
const CONDITION = /(?:情况下|前提下|条件下)[,;:]$/;

/**
 * "通知要求,", "会议强调:", "《办法》明确,", "该通知明确指出,": a report of what a notice, a meeting or a rule says, whose
 * words follow: the actor is named in them.
 */
const REPORTED_SAYING = '(?:该|此|本)?(?:通知|会议|文件|意见|方案|办法|规定|反馈|《[^》]{1,40}》)[^,;。:]{0,6}?(?:要求|强调|指出|明确|提出|规定)(?:指出)?';

/**
 * A clause that only frames the sentence by what it follows or what it is for ("按照省里部署和要求,",
 * "根据工作需要,", "为确保按期完成,", "结合实际,"): the actor, if any, is named in the clause after it.
 */
const FRAME = new RegExp(`^(?:${ITEM_NUMBER.source})?(?:(?:按照|依照|依据|根据|遵照|对照|围绕|结合|针对|立足|聚焦|为了?)[^,;。:]*|${REPORTED_SAYING})[,:]$`);

/**
 * "一、区人大代表建议的办理,承办单位在收到…后,要…", "县长信箱办理工作,…": a clause that only names the matter the
 * sentence is about, fronted as its topic (a handling named as a noun, a work, a matter); the actor, if any, is
 * named in the clause after it.
 */
const TOPIC_CLAUSE = new RegExp(`^(?:${ITEM_NUMBER.source})?(?:关于|对于|至于)?[^,;。:]{2,40}?(?:的(?:办理|处理|答复|审批|审核|交办|督办|落实)(?:工作)?|办理工作|工作|事项|事宜)[,:]$`);

/**
 * "时间安排及报送要求:各辖市、区统计局接通知后…": a label naming the part of a notice, run into the body it heads; the
 * body's actor follows it.
 */
const RUN_IN_LABEL = new RegExp(`^(?:${ITEM_NUMBER.source})?[^,;。:]{0,10}(?:要求|安排|时间|方式|步骤|程序|内容|范围)[:]$`);

/** Does the clause come before its sentence's actor: a condition, a frame, a topic or a label naming no duty of its own? */
function opensBeforeActor(clause: string): boolean {
  if (RUN_IN_LABEL.test(clause)) return true;
  return CONDITION.test(clause) || ((FRAME.test(clause) || (TOPIC_CLAUSE.test(clause) && !subjectAt(clause.replace(ITEM_MARK, '')))) && !DUTY_WORD.test(clause));
}

/** The sentence without the frames and conditions opening it ("按照…要求,各地要…" → "各地要…"). */
function withoutOpeningFrames(sentence: string): string {
  let rest = sentence;
  for (let comma = rest.indexOf(','); comma > 0 && opensBeforeActor(rest.slice(0, comma + 1)); comma = rest.indexOf(',')) rest = rest.slice(comma + 1);
  return rest;
}

/**
 * "各承办单位按照《…指南》操作流程,及时…接收提案": a frame that is all the clause holds after its subject, the
 * predicate following in the next clause. (A frame followed by a verb in the same clause, "消防站根据需要设在
 * 建筑物内的", describes where the unit stands and names no actor.)
 */
const FRAME_TO_CLAUSE_END = /^(?:按照|根据|依据|依照|遵照|对照)[^,;。:]{1,40}(?:要求|规定|流程|程序|部署|安排|标准|精神|意见|方案|计划|职责|分工|原则|办法|制度|指南|决定)[,:]$/;
/** "承办单位在收到交办的建议后,": an event clause closing in 后 or 时, whose unit acts in the clauses after it. */
const EVENT_CLAUSE_END = /[后时][,:]$/;

/** The actor a sentence's first clause names, 'topic' when it names a unit only as its topic, or null. */
/**
 * A unit charged with the work right after its name ("镇普查办负责划分普查区", "县住建局牵头…", "各村承担…") is its
 * actor, as one with 要 or 应 is: a sentence after it that names no unit of its own ("划分工作于10月15日前完成") is
 * that work's, by the unit named before; so is one charged in a manner (县住建局具体负责, 县长负总责: CHARGE_ADVERB,
 * OVERALL_CHARGE). What a unit is 负责的 is a topic, not a charge.
 */
const CHARGED_WITH = new RegExp(`^(?:(?:${CHARGE_ADVERB})?(?:负责|承担)|${OVERALL_CHARGE}|牵头)(?!人|的)`);

function actorOpening(clause: string): string[] | 'topic' | null {
  const mark = ITEM_MARK.exec(clause);
  const rest = clause.slice(mark ? mark[0].length : 0);
  // "请A…" addresses A; "由A组织…" names A as the one acting.
  const opening = rest.replace(/^(?:请|由)(?![示于此])/, '');
  const required = requiredUnits(rest);
  if (required) return required;
  const strict = subjectAt(opening);
  if (strict) {
    // What follows the names: found by the last one, which the text spells as the names are read.
    const last = strict[strict.length - 1];
    const lastAt = opening.indexOf(last);
    const after = lastAt >= 0 ? opening.slice(lastAt + last.length) : opening.slice(strict.join('').length);
    // "登记中心受理后当场发证": a unit receiving or taking up a matter acts on it.
    const acts = mark || opening !== rest || DUTY_WORD.test(after) || CHARGED_WITH.test(after) || FRAME_TO_CLAUSE_END.test(after) || EVENT_CLAUSE_END.test(after) || RECEIPT_OPENING.test(after);
    return acts ? strict : 'topic';
  }
  return openingUnitAt(opening, true) ?? agentAfterTopic(rest);
}

/**
 * "会议纪要由市政府办公室负责起草", "考核结果由各县人事部门汇总后在…前报送": a matter fronted as the topic, then 由
 * and the unit that acts on it. The topic is no unit, preposition or predicate of its own, nor the text itself
 * (本办法由市财政局负责解释 says who interprets it, no work); 由 closing a word (理由, 自由, 缘由) is no agent's. 理 closing 管理
 * or 处理 closes the matter, and the 由 after it is the agent's ("市政设施管理由市、区相关市政单位负责", "养护管理由…主管部门负责",
 * "业务错误处理由调用方实现"), where after 办 it is the word 理由 (补办理由, 催办理由, 转办理由).
 */
const TOPIC_THEN_AGENT = /^([^,;。:由]{2,30}?)(?<![自缘来因事])(?<!(?<![管处])理)由(?![于此])/;

function agentAfterTopic(text: string): string[] | null {
  const clause = text.replace(/^[,;:]/, '');
  const m = TOPIC_THEN_AGENT.exec(clause);
  if (!m || ADVERBIAL.test(m[1]) || PREDICATE_START_OF_TOPIC.test(m[1]) || /^本/.test(m[1]) || subjectAt(m[1])) return null;
  const agent = clause.slice(m[0].length);
  // "由我局承担的市政项目共22项": 由 inside a relative clause names who the matter belongs to, not an actor.
  if (RELATIVE_AGENT.test(agent)) return null;
  return subjectAt(agent) ?? openingUnitAt(agent, false);
}

/** The agent's clause closing in 的 before its break: a relative clause (由A负责的工作), no predicate. */
const RELATIVE_AGENT = /^[^,;。:]{0,40}?的/;

/** A topic opening with a verb or a modal is a predicate, not a matter fronted (要由A负责, 组织…由A). */
const PREDICATE_START_OF_TOPIC = /^(?:要|应|须|必须|将|可|组织|开展|实施|推进|建立|完成|负责|经)/;

/**
 * "防汛物资各村居必须在6月10日前送交…": a matter fronted as the topic with no comma after it, then 各 and the units a
 * modal charges with it.
 */
const TOPIC_THEN_EACH = /^([^,;。:各]{2,12})(各[^,;。:]{1,20}?)(?:必须|务必|应当|须|要|应)[于在]?$/;
/** Words that make the units after them an object (督促各乡镇…, 对各单位…), not the subject after a topic. */
const GOVERNS_OBJECT = /督促|指导|要求|通知|组织|协调|动员|号召|鼓励|支持|帮助|责成|检查|考核|[对向为把将与和及由]/;

function eachAfterTopic(head: string): string[] | null {
  const m = TOPIC_THEN_EACH.exec(head.replace(/^[,;:]/, ''));
  if (!m || ADVERBIAL.test(m[1]) || PREDICATE_START_OF_TOPIC.test(m[1]) || GOVERNS_OBJECT.test(m[1]) || subjectAt(m[1])) return null;
  return unitsOnly(m[2]);
}

/**
 * "各地要…" opening a paragraph speaks for all its sentences that name nobody; so does a unit heading the paragraph
 * before a colon ("(一)市发展改革委:负责…,6月底前完成…;每季度报送…"), or alone in its first sentence before the duty it is
 * charged with ("县环保局。负责对全县秸秆禁烧工作实施统一监督…"): a 职责分工 section's way to give each unit its duties,
 * ";"-separated members included.
 */
function openingSubject(text: string, sentences: Range[]): { names: string[]; sentence: number } | null {
  for (let k = 0; k < Math.min(2, sentences.length); k++) {
    const s = sentences[k];
    const sentence = withoutOpeningFrames(text.slice(s.start, s.end).replace(ITEM_MARK, ''));
    const names = subjectAt(sentence);
    const last = names?.[names.length - 1] ?? '';
    const rest = names ? sentence.slice(sentence.indexOf(last) + last.length) : '';
    if (names && (/^[^,;。]*?(?:要|应|须|必须|应当)/.test(rest) || rest.startsWith(':'))) return { names, sentence: k };
    if (names) return null;
    const title = k === 0 && sentences[1] ? unitsOnly(sentence.replace(/。$/, '')) : null;
    if (title && CHARGED_WITH.test(text.slice(sentences[1].start, sentences[1].end))) return { names: title, sentence: 0 };
    if (text[s.end - 1] !== '。' || sentence.length > 40) return null;
  }
  return null;
}

/**
 * The units an item's paragraph names as its actor ("1.各乡镇要完成辖区内危房排查。", "县住建局负责完成…"), spelt as
 * written, for a time given under it on a label line of its own; null when its first clause names none.
 */
export function labelledItemActor(norm: NormalisedText, written: string): Units | null {
  const layout = new ParagraphLayout(norm.text);
  if (!layout.sentences[0]) return null;
  const [from, to] = layout.clausesOf(0);
  const actor = from < to ? actorOpening(norm.text.slice(layout.clauses[from].start, layout.clauses[from].end)) : null;
  if (actor === null || actor === 'topic') return null;
  return unitsAsWritten(subjectUnits(norm.text, actor, 0), (name) => writtenForm(norm, written, name));
}

/** The task an item's paragraph states, for a time given under it on a label line of its own: its first sentence. */
export function labelledItemTask(text: string): string {
  const stop = text.indexOf('。');
  return taskText(stop >= 0 ? text.slice(0, stop) : text);
}

/**
 * The task: what follows the expression, or for a date in the item's closing brackets, the item. `earlier` is the time
 * before it in the text: the words up to it are that time's step; `endsAtNextTime` when the scope runs up to the next.
 */
function itemTask(layout: ParagraphLayout, sentence: Range, match: TimeMatch, scope: string, earlier: TimeMatch | undefined, endsAtNextTime: boolean): string {
  const text = layout.text;
  // "4.开展专项检查。牵头单位:A;完成时限:2019年11月底前。": a sentence of labels gives the time of the item before it.
  if (sentence.start > 0 && labelFields(text.slice(sentence.start, sentence.end))) {
    const task = labelledItemTask(text.slice(0, sentence.start));
    if (task) return task;
  }
  const paren = layout.enclosingOpen(match.start, '(', ')');
  // A bracket left open stands as the item's own only where it holds its labels: "(责任单位:A,完成时限:…" at the item's end.
  const unclosedEnd = paren >= 0 ? layout.unclosedEnd(paren) : undefined;
  if (paren >= sentence.start && (unclosedEnd === undefined || labelFields(text.slice(paren + 1, unclosedEnd)))) {
    // "2.建立审批系统。(责任单位:…;完成时限:…)": brackets standing as a sentence of their own close the item before them.
    const task = taskText(text.slice(sentence.start, paren));
    if (STAGE_NAME.test(task)) return stageWork(layout, sentence, match) || task;
    return task || (sentence.start > 0 ? labelledItemTask(text.slice(0, sentence.start)) : '');
  }
  // "申报截止日期为4月10日,逾期不予受理": what the label closes is the task; what follows is the rule for the late.
  // Labels listed in one sentence ("网上报名截止日期为…,纸质材料邮寄截止日期为…") each open a clause.
  const near = text.slice(Math.max(sentence.start, match.start - LABEL_REACH), match.start);
  const label = near.slice(near.lastIndexOf(',') + 1);
  // 截至 may open the time's own expression ("时间截至2016年8月17日").
  const closing = /^截至/.test(text.slice(match.start, match.start + 2)) ? '截至' : '';
  const actClosing = ACT_CLOSES.test(label + closing);
  if (actClosing || CLOSING_LABEL_OPENING.test(label + closing)) {
    // "报名截止到10月20日": the act that closes is the task, as the time's own subject is.
    const windowClosing = actClosing ? ACT_CLOSING.exec(label + closing) : WINDOW_CLOSING.exec(label + closing);
    if (!windowClosing) return actOfTimeLabel(taskText(label.replace(ITEM_MARK, '').replace(/(?::|为|是)$/, '')));
    // "学籍注册时间截止到9月15日": what the time is for; "…,发送至邮箱,时间截至8月17日": a bare 时间 closes the clauses before it.
    const named = taskText((label + closing).slice(0, windowClosing.index).replace(ITEM_MARK, ''));
    return named || taskText(text.slice(sentence.start, match.start - label.length));
  }
  const bounded = cappedAct(text, sentence, match, earlier);
  if (bounded) return bounded;
  const ownCase = beforeNextCase(scope);
  const stated = withoutOpeningSubject(taskText(endsAtNextTime && ownCase.length === scope.length ? withoutNextTimesHead(ownCase) : ownCase));
  const after = timeOpensClause(text, sentence.start, match.start) ? stated : (CLOSED_BARE_VERB.exec(stated)?.[1] ?? stated);
  // "考核在2018年1月25日前完成": a task that is only its verb leaves what is done before the time.
  if (BARE_VERB.test(after)) {
    const dated = earlier && earlier.end > sentence.start ? earlier.end : sentence.start;
    const topic = topicBefore(text, sentence.start, match.start, dated, match.value.kind === 'sla');
    if (topic) return `${topic}${after}`.slice(0, TASK_LENGTH);
    // "1.完成老旧小区改造,2023年10月底前完成。": the work is the clause before the time's, when that names no subject; a
    // verb told with how fully it is done ("确保工程质量,10月底前全部完成") may close a list of aims, not that work.
    const work = ONLY_VERB.test(after) ? workBefore(text, sentence.start, match.start, dated) : '';
    if (work) return work;
  }
  // "各单位联系电话于4月15日前报送市政府研究室", "…要将典型环境违法案件和挂牌督办问题整改情况于9月25日前报省…办公室": a verb of
  // handing in with only its receiver after the time leaves what is handed in before it.
  if (handedToOnly(after)) {
    const dated = earlier && earlier.end > sentence.start ? earlier.end : sentence.start;
    const handed = handedBefore(text, sentence.start, match.start, dated);
    if (handed) return `${handed}${after}`.slice(0, TASK_LENGTH);
  }
  // "协调时间一般为3至5个工作日;…": the words before the time name what it limits, without the copula.
  return after || actOfTimeLabel(taskText(text.slice(sentence.start, match.start)).replace(LIMIT_COPULA, ''));
}

const LIMIT_COPULA = /(?:一般|原则上)?为$/;

/**
 * A label naming the time of an act, the act before its time word ("报名截止时间", "年检时间", "协调时间", "征兵工作时间",
 * "申报截止日期"): the task is the act. A label that is only the time word ("截止日期"), or names no act but finishing or
 * handling ("完成时限", "办理时限": an item's or a guide's label, whose matter is named elsewhere), stays.
 */
function actOfTimeLabel(label: string): string {
  const act = label.replace(TIME_OF_ACT, '');
  return act.length >= 2 && !NO_ACT_NAMED.test(act) ? act : label;
}
const NO_ACT_NAMED = /^(?:完成|办结|办理|整改|工作)$/;
const TIME_OF_ACT = /的?(?:截止|截至)?(?:时间|日期|时限|期限)$/;

/**
 * A verb with no object closing the clause a time stands in, after its duty word, how fully it is done, or 后 that makes it
 * the event the rest follows: "会议通知一般应在会前1~2天发出,由文秘科通知…", "承办单位应在收到交办事项之日起60日内办结;市委、
 * 市政府领导交办的信访事项…", "应在3个月内办复,少数涉及问题比较复杂,…", "该项目3月建成后,可对…进行实时采集". The time dates
 * that act alone: what follows the clause is another one's act, another case, or what the act brings about, so the task is
 * the verb (and the topic before the time, as for a sentence that closes on it). A clause after the verb joined by 并, 且,
 * 同时, 及, 和, 再 goes on with the same act; words of a phase (开始, 以来, 结束…) are no act.
 */
const CLOSED_BARE_VERB = /^(?:应当|必须|务必|应|要|须)?((?:全部|全面|基本|按时|及时)?(?!开始|以来|以后|之后|以前|之前|为止|期间|结束|截止|前后|左右)[\u4e00-\u9fff]{1,2})(?:以后|之后|后)?[,;](?!并|且|同时|及|和|再|然后|随后)/;

/**
 * Does the time open its clause, nothing but an item's number before it ("2018年底前,完成…")? An item's number is short, so
 * only the few characters before the time are read: a clause without punctuation may run for megabytes.
 */
function timeOpensClause(text: string, sentenceStart: number, at: number): boolean {
  let start = at;
  const reach = Math.max(sentenceStart, at - ITEM_MARK_REACH);
  while (start > reach && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  if (start > sentenceStart && !isClauseBreak(text.charCodeAt(start - 1))) return false;
  return text.slice(start, at).replace(ITEM_MARK, '').trim() === '';
}
const ITEM_MARK_REACH = 12;

/** A verb of handing in or reporting up, and what may close it after its receiver: 报送…, 报…备案, 提交至…. */
const HANDING_IN = /^(?:报送|上报|呈报|报|送交|送达|送|提交|交)(?:至|到|给)?/;
const AFTER_RECEIVER = /(?:备案|审核|审定|审查|审批|汇总)$/;

/** Is the task a verb of handing in with only the one it goes to after it ("报送市政府研究室", "报省政府督查室备案")? */
function handedToOnly(task: string): boolean {
  const verb = HANDING_IN.exec(task);
  if (!verb) return false;
  const receiver = task.slice(verb[0].length).replace(AFTER_RECEIVER, '').replace(/\([^()]*\)$/, '');
  return receiver.length >= 2 && unitsOnly(receiver) !== null;
}

/**
 * What is handed in, named in the time's own clause before it: an object marked by 将 or 把 after the subject ("各地市…领导小组要
 * 将典型环境违法案件和挂牌督办问题整改情况于…" → 将典型…整改情况), or a paper fronted as the clause's topic ("各单位联系电话于…",
 * "各牵头单位的具体推进实施方案务于…", "汇报材料(一式30份,A4纸)必须在…"); '' when the clause holds only a subject ("各乡镇于…"), a
 * time, or a case ("学校发现疫情要在…"). A comma inside brackets does not close the clause.
 */
function handedBefore(text: string, sentenceStart: number, at: number, dated: number): string {
  let start = at;
  for (let depth = 0; start > sentenceStart && (depth > 0 || !isClauseBreak(text.charCodeAt(start - 1))); start--) {
    const code = text.charCodeAt(start - 1);
    if (code === CLOSE_PAREN) depth++;
    else if (code === OPEN_PAREN && depth > 0) depth--;
  }
  if (dated > start) return '';
  const head = text.slice(start, at).replace(ITEM_MARK, '').replace(/(?:务必|务|必须|应当|要|应|须|需|请|分别|均|并)*(?:于|在)?$/, '');
  const marked = /(?:将|把)([^,;。将把]{2,60})$/.exec(head);
  if (marked) return /[于在后]/.test(marked[1]) ? '' : `将${marked[1]}`;
  if (head.length < 2 || /[于在后]/.test(head) || /^请/.test(head) || !HANDED_PAPER.test(head.replace(/\([^()]*\)$/, ''))) return '';
  return head;
}

const OPEN_PAREN = '('.charCodeAt(0);
const CLOSE_PAREN = ')'.charCodeAt(0);
/** What is handed in: a paper, a plan, a list, figures or a report of how things stand. */
const HANDED_PAPER = /(?:材料|报告|方案|计划|情况|表|清单|名单|名册|总结|意见|建议|数据|信息|资料|台账|结果|细则|办法|文件|电话|证明|汇编|简报)[”》]?$/;

/**
 * A stage's name before its time in brackets: "(二)自查摸底阶段", "一是准备阶段", "第一阶段", "时间安排(一)动员部署阶段" (a
 * label run into the heading).
 */
const STAGE_NAME = new RegExp(`^(?:[^,;。:()]{0,6}(?:安排|步骤)(?:${ITEM_NUMBER.source})?)?(?:[一二三四五六七八九十]是)?[^,;。:()]{0,16}阶段$`);
/** A label opening a stage's work: "这一阶段的主要工作是:", "主要任务:". */
const STAGE_WORK_LABEL = /^[^,;。:]{0,12}(?:工作|任务|内容)(?:是|为|有|包括)?:/;

/**
 * "(二)自查摸底阶段(7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题…进行深入检查", "动员部署阶段(2007年3月中旬):
 * 召开市联席会议全体成员第一次会议…", "一是准备阶段(2019年10月—2020年10月)。这一阶段的主要工作是:组建各级普查机构…": the time
 * of a stage heading is for the work that follows it, in its own sentence after the brackets or in the next sentence. ''
 * when none follows: the heading stands alone, its work in items ("。一是召开全市动员部署大会。…二是…"), or the next stage
 * follows after , or ; ("第一阶段为创园动员发动阶段(2009年12月);第二阶段为…").
 */
function stageWork(layout: ParagraphLayout, sentence: Range, match: TimeMatch): string {
  const text = layout.text;
  const close = text.indexOf(')', match.end);
  if (close < 0 || close >= sentence.end) return '';
  let from = close + 1;
  let to = sentence.end;
  if (text[from] === ',' || text[from] === ';') return '';
  if (from >= sentence.end - 1) {
    const next = layout.sentences[layout.sentenceAt(sentence.start) + 1];
    if (!next) return '';
    from = next.start;
    to = next.end;
  }
  const work = text.slice(from, to).replace(/^[:。]/, '').replace(STAGE_WORK_LABEL, '');
  return ITEM_MARK.test(work) || /^[一二三四五六七八九十]是/.test(work) ? '' : taskText(work);
}

/** A cap that opens the time it bounds: 不得超过2小时, 不晚于2019年8月31日. */
const CAP_OPENING = /^(?:最迟|最晚|至迟)?(?:不得超过|不超过|不准超过|不得晚于|不晚于|不得迟于|不迟于)/;
/** A cap's own clause naming the act whose time it bounds: "每级上报的时间", "核查时间最迟", "整体办理时限". */
const CAPPED_TIME_OF = /^(?:且|并|而)?([\u4e00-\u9fff]{2,8}?)的?(?:时间|时限|期限)(?:一般|原则上)?(?:最迟|最晚|至迟|最长|最多)?$/;
/** A clause that is no act: a case closed by 的 (办理的, …的事项), an exception (除特殊情况外), an event (…后, …时). */
const NO_ACT_CLAUSE = /的(?:事项|事件|问题|情况)?$|^除.*外$|[后时]$/;

/**
 * "逐级上报事故情况,每级上报的时间不得超过2小时", "突发事件发生后,县区政府、市政府有关部门要立即向市政府报告,最迟不得超过
 * 2小时", "…共同办理的事项,整体办理时限不得超过45个工作日": a cap closing its clause bounds the act whose time its clause
 * names, or else the act of the clause before, after a comma; the words before the cap are no task, nor is the case the
 * sentence goes on to. '' when the cap opens what is done ("最迟不得超过3个工作日办结") or no act is named.
 */
function cappedAct(text: string, sentence: Range, match: TimeMatch, earlier: TimeMatch | undefined): string {
  if (!CAP_OPENING.test(text.slice(match.start, match.end))) return '';
  if (match.end < sentence.end && !isClauseBreak(text.charCodeAt(match.end))) return '';
  let capStart = match.start;
  while (capStart > sentence.start && !isClauseBreak(text.charCodeAt(capStart - 1))) capStart--;
  const timeOf = CAPPED_TIME_OF.exec(text.slice(capStart, match.start).replace(ITEM_MARK, ''))?.[1];
  if (timeOf && !subjectAt(timeOf) && !LEAD_IN.test(timeOf)) return timeOf;
  // A ; or 。 before the cap's clause closes another member or case; only a comma joins the clause before.
  if (capStart <= sentence.start || text[capStart - 1] !== ',') return '';
  let actStart = capStart - 1;
  while (actStart > sentence.start && !isClauseBreak(text.charCodeAt(actStart - 1))) actStart--;
  // A clause holding the sentence's earlier time ("于5月10日前报送材料,最迟不得超过5月15日") names the act after that time.
  const from = earlier && earlier.end > actStart ? earlier.end : actStart;
  if (from >= capStart - 1) return '';
  const clause = text.slice(from, capStart - 1).replace(ITEM_MARK, '');
  if (clause.length < 2 || NO_ACT_CLAUSE.test(clause) || LEAD_IN.test(clause)) return '';
  return withoutOpeningSubject(taskText(clause)).replace(DUTY_AFTER_SUBJECT, '');
}

/**
 * A clause after ; that opens a case of its own: a condition closed by 的 ("逾期未办结的,", "情况复杂的,", "不属于本机关
 * 职权范围的,") or opened by 如 ("如项目内容较为复杂,", "如果决定不予受理,"), or a duty with its modal and a time's preposition ("各乡镇应当于", "下午收到的公文应在"), either after the
 * matter it is about ("对于建议批评、投诉举报类事项,应在…").
 */
const NEXT_CASE = /;(?:对于?[^,;。]{1,30},)?(?:[^,;。]{1,30}?的,|(?:如果?|若|如需)[^,;。]{1,30},|[^,;。]{0,16}?(?:应当|应|须|必须)(?:于|在|自|按))/;

/**
 * The scope up to the ; that opens the next case of a rule: "应当自受理之日起20日内作出决定;20日内不能作出决定的,经…
 * 批准,可以延长10日" is to 作出决定, what follows being the rule for the late. Members of a list parted by ; with no case
 * of their own ("完成A;完成B") stay in the task.
 */
function beforeNextCase(scope: string): string {
  const next = NEXT_CASE.exec(scope);
  return next ? scope.slice(0, next.index) : scope;
}

/**
 * A scope that runs up to the next time of its sentence without the head of the clause that time opens: "每月25日前报送
 * 当月信息,县政府办公室于次月5日前…" is to 报送当月信息, "公文一般在30日内办结,会议纪要一般在20日内办结" to 办结, the subject,
 * topic or connective before the next time (县政府办公室于, 会议纪要一般在, 确保, 并) being that time's.
 */
function withoutNextTimesHead(scope: string): string {
  let end = scope.length;
  if (/[,;:。]$/.test(scope)) return scope;
  // The condition closing the clause before it ("…答复,不能当天答复的,应在3个工作日内…") is the next time's case too.
  for (let head = true; ; head = false) {
    const cut = Math.max(scope.lastIndexOf(',', end - 1), scope.lastIndexOf(';', end - 1));
    if (cut <= 0 || cut >= end - 1 || /[()]/.test(scope.slice(cut, end)) || !(head || scope[end - 1] === '的')) return scope.slice(0, end);
    end = cut;
  }
}

/** A duty word right after a subject, which the task leaves out with it: 应当, 要, 须. */
const DUTY_AFTER_SUBJECT = /^(?:应当|应|要|须|必须|务必)(?![求点素])/;

/**
 * "收到申请材料后5个工作日内,县民政局应当作出是否受理的决定": a subject and its duty word standing after the time (an
 * event's period, a date before the clause) open what follows it; the task is what the subject must do ("作出是否受理的
 * 决定"), the subject being the record's units. Only a subject the duty word addresses is left out; the task is kept
 * whole when nothing of two characters is left.
 */
function withoutOpeningSubject(task: string): string {
  const names = subjectAt(task);
  if (!names) return task;
  const last = names[names.length - 1];
  const end = task.indexOf(last);
  if (end < 0) return task;
  const after = task.slice(end + last.length);
  const duty = DUTY_AFTER_SUBJECT.exec(after);
  const rest = duty ? after.slice(duty[0].length) : '';
  return rest.length >= 2 && !/^[,;:]/.test(rest) ? rest : task;
}

/**
 * "6月底前,县住建局完成摸底", "用人单位需向残疾人就业服务机构申报…", "被巡察党组织和单位将整改情况上报": a task opening with the
 * subject the record's lead was read from, with no duty word after it, or one that says it needs to or will act (需, 会):
 * the subject is the record's units, not its task. Only names that are the record's final lead, all of them, are left out
 * (`isLead`); a unit named first as the thing done ("天目山镇中心幼儿园竣工交付" in a row whose unit column names 教育局) or
 * as the one reported to stays. A duty word opening the task with no subject before it ("5小时内要向上级部门上报", "每月10日
 * 前要将上一个月…的工作情况书面报送…") says it is owed, as the record does; what is done follows it.
 */
export function withoutActor(task: string, isLead: (name: string) => boolean): string {
  const duty = DUTY_AFTER_SUBJECT.exec(task);
  if (duty) return task.length - duty[0].length >= 2 && !/^[,;:、的]/.test(task.slice(duty[0].length)) ? task.slice(duty[0].length) : task;
  if (RECEIVER_OPENING.test(task)) return task;
  // "7月5日前由市级脱贫攻坚办公室统一收集汇总…", "一天内由办公室负责草拟《…会议纪要》": 由 names the one who acts, as a subject does.
  const agent = AGENT_OPENING.exec(task)?.[0] ?? '';
  const names = subjectAt(task.slice(agent.length));
  if (!names || !names.every(isLead)) return task;
  const last = names[names.length - 1];
  const end = task.indexOf(last, agent.length);
  if (end < 0) return task;
  // "国家统计局、国务院第四次全国经济普查领导小组办公室(以下简称“国务院经普办”)制定…": the short name given goes with the names.
  const after = task.slice(end + last.length).replace(SHORT_NAME_GIVEN, '');
  const said = DUTY_AFTER_SUBJECT.exec(after) ?? ABLE_AFTER_SUBJECT.exec(after) ?? (agent ? CHARGED_AFTER_AGENT.exec(after) : null);
  const rest = said ? after.slice(said[0].length) : after;
  if (agent && /^(?:具体|统一)?(?:负责|牵头)$/.test(rest)) return task;
  // "各牵头单位制定的工作计划…", "…登记机关登记注册的企业": a unit before a short verb closed by 的 names whose the thing is.
  return rest.length >= 2 && !/^[,;:、的(]/.test(rest) && !/^(?![将把])[\u4e00-\u9fff]{1,4}的/.test(rest) ? rest : task;
}

const SHORT_NAME_GIVEN = /^\((?:以下)?简称[^()]*\)/;
/** A preposition opening the task: the unit after it is reported to or dealt with (向设区的市人民政府报告), not the subject. */
const RECEIVER_OPENING = /^(?:向|对|与|同|跟|给|为|从|在|于|把|将|按|由于)/;
/** 由 opening the task before the one who acts; 由于 (because) is no agent's. */
const AGENT_OPENING = /^由(?!于)/;
/** The charge said after the agent 由 names, before the act ("由办公室负责草拟…", "由市发改委牵头制定…"). */
const CHARGED_AFTER_AGENT = /^(?:具体|统一)?(?:负责|牵头)(?=[\u4e00-\u9fff]{2})/;
const ABLE_AFTER_SUBJECT = /^(?:需要|需|会)(?![议同计])/;

/** A verb of one or two characters with no object, perhaps with how fully it is done: 完成, 上报, 全部完工, 全面完成, 公布”. */
const BARE_VERB = /^(?:全部|全面|基本|按时|及时)?[\u4e00-\u9fff]{1,2}[”"]?$/;
const ONLY_VERB = /^[\u4e00-\u9fff]{1,2}$/;
/** Words that only lead into a time or a verb: no topic is made of them. */
const LEAD_IN = /^(?:力争|确保|务必|必须|应当|争取|全部|均|限|并|同时|要|应|须|将)+$/;

/** A case a rule provides for, closed by 的: what can, cannot or need be done, or what belongs or not (能当天答复的). */
const CASE_CLAUSE = /(?:能|需|属于|未|不)[^的]*的$/;

/** An event framed by 自…起 that a period counts from, at the end of the words before the period: 自受理之日起. */
const COUNTED_FROM_FRAME = /自[^,;。]{1,20}?起$/;

/**
 * The event a period counts from or back from, closed by 后 or 的 right before the period: "在会后" (7日内上报), "应在秋季学期
 * 开学后" (20个工作日内完成), "应当在选举日的" (二十日以前公布).
 */
const EVENT_FRAME = /(?:在|于)[^,;。在于]{1,24}?(?:后|以后|之后|的)$/;

/**
 * The topic a clause names before its time ("2017年全县扶贫开发工作成效考核在…", "本年度林区公路项目要求在…", "有关会议精神
 * 贯彻落实情况在会后…"), or '' when the clause opens with its subject (各承办单位应在…) or with words that only lead into
 * the time. A clause that holds only a period's event and its duty word ("…村民名单,应当在选举日的二十日以前公布") has its
 * topic in the clause before.
 */
function topicBefore(text: string, sentenceStart: number, at: number, dated: number, period: boolean): string {
  let start = at;
  while (start > sentenceStart && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  if (dated > start) return '';
  // "信访事项应当自受理之日起60日内办结": the event the period counts from is no part of the topic.
  const framed = text.slice(start, at).replace(ITEM_MARK, '').replace(COUNTED_FROM_FRAME, '');
  const unframed = period ? framed.replace(EVENT_FRAME, '') : framed;
  const head = withoutDutyEnding(unframed).replace(/要求$/, '').replace(/^(?:由|请)/, '');
  // A clause before closed by 的 is the case the duty is for ("当事人要求听证的,应当在…3日内提出"), not what is done.
  if (period && unframed !== framed && !head && text[start - 1] === ',' && !/的,$/.test(text.slice(start - 2, start))) return workBefore(text, sentenceStart, start, dated);
  // A head still holding 于, 在 or 后 is a time of its own ("并于会议举行", "在申请人办理手续后"), not a topic; nor is a case the
  // duty is for ("能当天答复的当天答复"), where what is owed ("…项目欠薪的在2019年底前清零") is.
  // A head opening a quote the verb closes ("按照“11月前全面完成、12月查漏补缺”") is a frame quoting the time, not a topic.
  if (head.length < 2 || LEAD_IN.test(head) || /[于在后]/.test(head) || CASE_CLAUSE.test(head) || subjectAt(head) || /[“《(]$/.test(head)) return '';
  return head;
}

/** The clause right before the one a time opens, as a task, when it names no unit; else ''. */
function workBefore(text: string, sentenceStart: number, at: number, dated: number): string {
  let start = at;
  while (start > sentenceStart && text[start - 1] === ',') start--;
  if (start === at || start <= sentenceStart) return '';
  const end = start;
  while (start > sentenceStart && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  // "咨询类留言要当天受理,当天回复": a clause holding an earlier time of the sentence is that time's step, not this one's work.
  if (dated > start) return '';
  const clause = text.slice(start, end).replace(ITEM_MARK, '');
  // A clause charging a unit (由A承担, A牵头, B配合) says who, not what.
  return clause.length >= 2 && !subjectAt(clause) && !LEAD_IN.test(clause) && !/由|牵头|负责|配合/.test(clause) ? taskText(clause) : '';
}

const BREAK_CODES = new Set([...',;:。'].map((c) => c.charCodeAt(0)));
function isClauseBreak(code: number): boolean {
  return BREAK_CODES.has(code);
}

const TASK_LENGTH = 120;
const ANY_PAREN = /\((?:[^()]|\([^()]*\))*\)/y;
const LEADING = /^[,;:、)]*/;

/**
 * The task a scope states: its first 120 characters without the item's number, the unit lists
 * and deadlines in brackets, and the punctuation around it. Reads the scope only until those 120
 * characters are certain, since a scope may run to the start of a very long sentence.
 */
function taskText(scope: string): string {
  const mark = ITEM_MARK.exec(scope);
  let pos = mark ? mark[0].length : 0;
  let out = '';
  while (pos < scope.length && !settled(out)) {
    const chunkEnd = Math.min(scope.length, pos + 4 * TASK_LENGTH);
    let open = pos;
    while (open < chunkEnd && scope.charCodeAt(open) !== 0x28) open++;
    out += scope.slice(pos, open);
    pos = open;
    if (open === chunkEnd) continue;
    ANY_PAREN.lastIndex = open;
    const paren = ANY_PAREN.exec(scope);
    if (!paren) {
      out += '(';
      pos = open + 1;
      continue;
    }
    const p = paren[0];
    out += /责任|牵头|时限/.test(p) || pointsToAnnexOrContacts(p.slice(1, -1)) || parseUnitList(withoutDeadline(p.slice(1, -1))) ? '' : p;
    pos = open + p.length;
  }
  return withoutClosingMarks(out.replace(/^[,;:、)]+/, '').replace(NEW_LIST_MEMBER, '')).slice(0, TASK_LENGTH);
}

/**
 * A bracket that only points to an annex ("见附件2", "附件", "报表见附件", "使用说明详见附件6", "报送式样附后") or holds nothing but
 * whom to call or write to ("邮箱:…", "联系电话:…", "联系人:…,联系电话:…"): where the form is, or how to reach the office, is no part
 * of what must be done. An annex the thing handed in holds ("含附件") or a rule about it ("附件材料须加盖公章") is.
 */
function pointsToAnnexOrContacts(inner: string): boolean {
  return ANNEX_POINTER.test(inner) || inner.split(/[,;、]/).every((part) => CONTACT_FIELD.test(part.trim()));
}
const ANNEX_POINTER = /^(?!含|包括|连同)[\u4e00-\u9fff]{0,6}?(?:详见|参见|见)?(?:附件|附表)[\d一二三四五六七八九十、\-—]*$|^[\u4e00-\u9fff]{0,6}附后$/;
/** One field of contact details: its label, then a colon or the number or address itself (联系人制度 is no field). */
const CONTACT_FIELD = /^(?:联系人|联系电话|联系方式|咨询电话|办公电话|电话|手机|传真|电子邮箱|电子信箱|邮箱|E-?mail|QQ)(?::|\s*[\dA-Za-z(])/i;

/** 、 too: a milestone listed before the next one's time ("15分钟内向省厅电话报告、35分钟内以书面形式报告") ends the task there. */
const CLOSING_MARKS = [',', ';', ':', '。', '、'].map((mark) => mark.charCodeAt(0));
const DOT = '.'.charCodeAt(0);

/**
 * A task without the clause marks it ends with (,;:。、), or else without a full stop typed as "." after a
 * Chinese character: what /[,;:。、]+$|(?<=[\u4e00-\u9fff])\.$/ would take away. Read from the end: the
 * pattern, anchored at the end, was tried at every comma of the several hundred characters read.
 */
export function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.includes(text.charCodeAt(end - 1))) end--;
  if (end === text.length && end >= 2 && text.charCodeAt(end - 1) === DOT) {
    const before = text.charCodeAt(end - 2);
    if (before >= 0x4e00 && before <= 0x9fff) end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** True when no later text can change the first 120 characters of the task `out` begins. */
function settled(out: string): boolean {
  const lead = LEADING.exec(out)![0].length;
  for (let i = lead + TASK_LENGTH; i < out.length; i++) if (!/[,;:。]/.test(out[i])) return true;
  return false;
}
