import { addDays, addMonths, addYears, isoDate, isValidDay, lastDayOfMonth, chineseDay, weekday } from '../calendar/dates.ts';
import { addWorkdays } from '../calendar/workdays.ts';
import { TextMarks } from './layout.ts';
import type { Drop, DropReason } from './explain.ts';
import { ITEM_NUMBER, ITEM_OPENING } from './units.ts';

/** What a time expression means once its context (year, document date) is known. */
export type TimeValue =
  | { kind: 'once' | 'ongoing' | 'relative'; due: string; target: boolean; beyondCalendar?: boolean }
  | { kind: 'recurring'; rrule: string; target: false }
  | { kind: 'sla'; days: number; workdays: boolean; after?: string; before?: string; target: false }
  /** Text that looks like a deadline but is not one (a policy window, a reference date): it masks its parts. */
  | { kind: 'none'; reason: DropReason }
  /** A time a recogniser read but that is no deadline here; unlike 'none' it masks nothing, it is only reported. */
  | { kind: 'rejected'; reason: DropReason };

export interface TimeMatch {
  /** Range in the normalised text. */
  start: number;
  end: number;
  value: TimeValue;
  recogniser: string;
}

export interface RecogniseContext {
  /** The plan year that month-only expressions take ("2018年工作要点"), else the document's year. */
  year: number;
  /** The document's own date (ISO), from which relative periods count. */
  docDate: string | null;
  /** True for a table's deadline column, where a bare month or year is a deadline. */
  deadlineCell?: boolean;
  /** When given (by --explain), every expression seen and dropped is reported here with its reason. */
  drops?: Drop[];
  /**
   * True for the lines under a heading that names a matter's handling limit ("一、办理时限" / "15个工作日"): a count
   * standing alone there, or after the case it is for, is that limit.
   */
  limitValue?: boolean;
  /** True in a document of articles (第N条): its rules hold every year, so 本年度 there means each year's. */
  standingRules?: boolean;
  /** The day the document says it takes effect (本办法自2019年7月1日起施行), when it names one: 施行之日 is that day. */
  inForce?: string | null;
  /**
   * The first year of the five-year plan the document is, when it says so at its head ("大连市国民经济和社会发展第十三个
   * 五年规划纲要", "五河县“十四五”教育事业发展规划"): a plan period over before it is the history the plan looks back on.
   */
  planStart?: number | null;
}

export interface Recogniser {
  name: string;
  /** Text without any of these cannot match: a cheap test that spares most regex scans. */
  needs: string[];
  /**
   * True when the pattern cannot match a text without an ASCII digit (its month, day, year or count is
   * written \d, as normalise leaves every numeral before a counted word): such a text is not searched.
   * Half the paragraphs that hold an anchor (年, 月, 日, 内…) hold no digit; only the recognisers of words
   * (每月, 季度, 年底, 上旬, 即日, 全年…) can match there. test/extract/digit-prefilter.test.ts holds each
   * one so marked to it over real paragraphs with their digits taken out.
   */
  needsDigit?: true;
  pattern: RegExp;
  /** What every match holds near its start, when the pattern opens with optional words: see `led`. */
  core?: Core;
  /** True when the recogniser reads nothing outside a deadline column: it is not run elsewhere. */
  onlyInDeadlineCell?: true;
  build(m: RegExpExecArray, ctx: RecogniseContext, text: string, marks: TextMarks): TimeValue | null;
}

/** The part of a pattern every match holds, at most `reach` characters after the match's start. */
interface Core {
  pattern: RegExp;
  reach: number;
}

/**
 * A pattern that opens with optional words (`lead`: 力争到, 于, 不超过…, at most `reach` characters
 * long) before the `core` that every match holds. The regex engine tries such a lead at every
 * position of a text; `nextMatch` searches for the core first and tries the whole pattern only from
 * `reach` before it, which finds the same matches.
 */
function led(lead: string, reach: number, core: string): { pattern: RegExp; core: Core } {
  return { pattern: new RegExp(lead + core, 'g'), core: { pattern: new RegExp(core, 'g'), reach } };
}

/**
 * The next match of the recogniser's pattern at or after `from`, the one its exec finds from there.
 * A match starting at p holds its core at p + (lead's length), and a core alone is a match with an
 * empty lead: so the first match starts within `reach` before the first core, and no earlier.
 */
export function nextMatch(r: Recogniser, text: string, from: number): RegExpExecArray | null {
  if (r.core) {
    r.core.pattern.lastIndex = from;
    const core = r.core.pattern.exec(text);
    if (!core) return null;
    from = Math.max(from, core.index - r.core.reach);
  }
  r.pattern.lastIndex = from;
  return r.pattern.exec(text);
}

const TARGET_PREFIX = '(?:力争到|力争在|力争于|力争|争取到|争取|到|至|截至)';
const AT_PREFIX = '(?:于|在)';
/**
 * A cap that makes the time after it the last day to act, as 前 does: "不晚于2019年8月31日完成", "最迟不得超过9月30日",
 * "至迟于6月底". Longer words first: at one start the first alternative that fits is taken.
 */
const CAP_PREFIX = '(?:最迟不得超过|最晚不得超过|最迟不超过|最迟不晚于|不得晚于|不得迟于|不得超过|不晚于|不迟于|不超过|最迟于|最晚于|至迟于|最迟在|最晚在|最迟|最晚|至迟)';
/** What may stand before a date and set it: a target, a cap, or 于/在. */
const DATE_LEAD = `(${TARGET_PREFIX}|${CAP_PREFIX}|${AT_PREFIX})?`;
/** The length of the longest of some alternatives ("力争到|到", or "(?:于|在)"). */
const longestOf = (alternatives: string) => Math.max(...alternatives.replace(/^\(\?:|\)$/g, '').split('|').map((w) => w.length));
const PREFIX_REACH = Math.max(longestOf(TARGET_PREFIX), longestOf(CAP_PREFIX), longestOf(AT_PREFIX));
const TARGET_WORD = new RegExp(`^${TARGET_PREFIX}$`);
const CAP_WORD = new RegExp(`^${CAP_PREFIX}$`);
const isCap = (prefix: string | undefined) => !!prefix && CAP_WORD.test(prefix);
/** What was done to qualify, dated by a cap: "营业执照的成立日期不得晚于2020年1月1日", "注册时间不得晚于…". */
const QUALIFIED_BY_CAP = /(?:成立|注册|登记|设立|出生|入职|开业|参保|取得|颁发|发证|签订)的?(?:日期|时间|时点)?$/;

/**
 * What a cap before a date makes of it, when not the last day to act: the cap of an extension ("延长期限最迟不得超过
 * 2019年12月31日", "确需延期的,最迟于6月底前完成") is granted, as "可延长30日" is; a cap on when a unit was founded or
 * registered says which units qualify; a cap on a term bounds a benefit or a policy.
 */
function capOtherThanDue(text: string, at: number, prefix: string | undefined): TimeValue | null {
  if (!isCap(prefix)) return null;
  const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at), at - 40);
  if (/延长|延期|顺延|展期|推迟/.test(text.slice(Math.max(0, sentenceStart), at))) return { kind: 'none', reason: 'cap' };
  const before = text.slice(Math.max(0, at - 12), at);
  if (QUALIFIED_BY_CAP.test(before)) return rejected('qualifying-date');
  // "贷款期限不超过2021年12月31日", "补贴期限最长不超过2020年底": how long a benefit runs; "试点期不超过…": a policy's window.
  if (TERM_RUNS.test(before)) return rejected('entitlement');
  if (POLICY_TERM_BEFORE_CAP.test(before)) return rejected('policy-window');
  return null;
}
const POLICY_TERM_BEFORE_CAP = /(?:试点|实施|执行|政策|适用)期(?:限)?(?:最长)?$/;
/** Years named by a word, not a number. */
const YEAR_WORDS = '今年|明年|当年|本年度|本年';
const BEFORE = '(?:前|之前|以前)';
/** A clause closed by 的, then the sentence goes on: a condition or a definition, not a step ("2024年达到标准的,"). */
const CONDITION = /^[^,;。]{0,24}的(?:[,;]|$)/;
/** What a plan says it will do in a year that opens a clause: "2016年基本完成…", "2019年对剩余…". */
const PLANNED = /^(?:,|在|实现|基本|初步|全面|完成|对|巩固|取得|达到|建成|力争|确保|要|将|使|实施(?!的|以来))/;
/**
 * A deed a plan schedules in its year beyond PLANNED's words: passing an assessment ("力争2012年通过市级卫生县城验收,2014年通过
 * 省级卫生县城验收", "到2025年…,2026年顺利通过国家对我县普及普惠的评估") or scheduling the work ("(一)2017年安排建设300个农村幸福院").
 * Not the year's thing named with 的 ("2023年通过的《条例》", "2023年安排的资金"), nor a deed told done with 了.
 */
const PLANNED_DEED = /^(?:顺利|通过|安排)(?![的了])(?![^,;。]{0,20}了)/;
/**
 * What a plan does in a month it names with no 底 or 前: "5月完成…", "6月份启动…", "3月建成后", and the
 * steps that settle who does what ("6月份明确各项目的责任单位", "7月确定承办单位"), whatever their object.
 */
const STEP_WORDS = '完成|启动|进行|建成|开展|召开|举办|出台|制定|印发|组织|实施|开工|竣工|投入|投用|上线|验收|部署|动员|总结|明确|确定|落实|建立|成立|形成|编制|修订|提交|报送|上报|发布|公布|下达|举行|全面|基本|初步';
const BARE_MONTH_TASK = new RegExp(`^(?:${STEP_WORDS}|底|前)`);
/**
 * 初 as the early part of a year or month, not the first character of a word after it: "6月初步完成" is June's 初步 (as
 * 基本完成), "到2020年初步建成" the year's, "6月初中考前" June's 中考, "每月初步汇总" each month's; "正月初一" a day.
 */
const EARLY = '初(?![步中级次始审稿选评见具心期一二三四五六七八九十赛检验任设装衷创识版值等犯学生试定筛核查判])';
/**
 * 初 or 中 closing a year written once, sharing its 年 ("2019年初完成", "明年初由…", "2020年中,…"), and not the first
 * character of another word after the year's own 年: "到2020年初步建成" (初步), "2018年初中招生", "2018年中央一号文件",
 * "2023年中秋国庆期间", "2018年中小学". The words 初 opens are few (初步, 初中, 初级, 初次, 初审, 初期…), so 初 closes
 * the year unless one of them follows; 中 opens too many (中国, 中心, 中铁…), so it closes the year only before the
 * clause's end, 前, a list or a step.
 */
const YEAR_PART = `(?:${EARLY}|中(?:$|[,;。:、()和及与至到—~-]|${BEFORE}|${STEP_WORDS}|实现|达到|力争|确保|要|将|对|由|各))`;
const CLOSES_YEAR = new RegExp(`^${YEAR_PART}`);
/** "6月成立的工作组", "5月印发的通知": a month and verb that describe a noun name what was done, not a step to do. */
const DESCRIBES_A_NOUN = /^[\u4e00-\u9fa5]{2}的/;
/**
 * "(2023年10月1日以前)注册成立的单位", "(2022年1月1日前)成立的合作社": a short verb phrase closed by 的 and a noun after a
 * time makes the time part of a definition of the noun; "…完成的,", a condition, "…完成年报" and "前将审核后的数据报送"
 * (将 names the object of the step) set a deadline.
 */
const DEFINES_A_NOUN = /^(?:及)?(?:以前|以后|之前|之后|前|后)?(?![将把对向在于要应须必务请])[\u4e00-\u9fa5]{1,4}的[\u4e00-\u9fa5]/;
/** A time set by 在, 于, 对 (or 自, 从) is read by the rules for those ("在4月9日召开的会上": a past event). */
const definesANoun = (text: string, start: number, end: number) =>
  !/[在于对自从]$/.test(text.slice(Math.max(0, start - 1), start)) && DEFINES_A_NOUN.test(text.slice(end, end + 12));
/** 要 as a modal, not the 要 of 需要, 重要, 主要 or of a digest (摘要, 纲要, 纪要, 提要); each use says what may follow it. */
export const MUST_MODAL = '(?<![需重主摘纲纪提])要';
/** 应 as a modal, not the 应 of 响应, 适应, 相应, 对应, 反应, 供应, 答应, 回应, 效应, 应急 or 应用. */
export const SHOULD_MODAL = '(?<![响适相对反供答回效])应(?![急用])';
/** A duty word right before 于 or 在, or 要求 and those it requires: "要于", "应当在", "务必于", "要求各乡镇于". */
const DUTY_BEFORE_AT = new RegExp(`(?:${MUST_MODAL}|应当|${SHOULD_MODAL}|须|务必|要求[^,;。:]{1,20})$`);
/** What after a day makes it the start of a time or the date of a thing: "6月30日后", "6月30日起", "6月30日召开的会议". */
const NOT_A_STEP_ON_THE_DAY = /^(?:后|以后|之后|起|开始|至|到|—|-|[^,;。]{0,20}了)/;
/**
 * "县住建局要于6月30日完成方案编制", "各乡镇应当在8月20日完成自查", "会议要求各乡镇于12月5日完成验收": a day that a duty word
 * sets with 于 or 在 for the step after it is the last day for that step, as 前 would make it. A day done on (已于), the
 * start of a time (6月30日起) or the date of a meeting (要在6月30日召开的会议上汇报) is none.
 */
function chargesTheDay(text: string, marks: TextMarks, start: number, end: number): boolean {
  const clauseStart = marks.lastBefore(',;。', start) + 1;
  const rest = text.slice(end, end + 24);
  return DUTY_BEFORE_AT.test(text.slice(clauseStart, start)) && /^[\u4e00-\u9fa5]/.test(rest) && !NOT_A_STEP_ON_THE_DAY.test(rest) && !DESCRIBES_A_NOUN.test(rest);
}

/** Whether the text right after a time names a step to take there: not one done (了), nor one describing a noun. */
const opensAStep = (rest: string) => BARE_MONTH_TASK.test(rest) && !/^[^,;。]{0,20}了/.test(rest) && !DESCRIBES_A_NOUN.test(rest);

const once = (due: string, target = false): TimeValue => ({ kind: 'once', due, target });

/** A numeric date as tables write it (2018.6.30, 2018.6): the day itself, or the month's last day; null if no real date. */
function dottedDate(year: number, month: number, day: string | undefined): string | null {
  if (day !== undefined) return isValidDay(year, month, Number(day)) ? isoDate(year, month, Number(day)) : null;
  return month >= 1 && month <= 12 ? lastDayOfMonth(year, month) : null;
}

/**
 * The end of a numeric range (2018.11—12, 2018.5—2019.6, 2018.6.1—30, 2018.6.1—7.15): its closing month or day.
 * A closing month with no year before the opening one runs into the next year (2018.11—2); an end before the start
 * is no range of this reading, null.
 */
function dottedRangeEnd(year: number, month: number, day: string | undefined, endYear: string | undefined, a: string, b: string | undefined): string | null {
  // A day closing a range opened by a day (2018.6.1—30) is in the opening month; a year before it needs its month.
  const sameMonth = day !== undefined && b === undefined;
  if (sameMonth && endYear !== undefined) return null;
  const [closingMonth, closingDay] = sameMonth ? [month, a] : [Number(a), b];
  const start = dottedDate(year, month, day);
  const end = dottedDate(endYear !== undefined ? Number(endYear) : closingMonth < month ? year + 1 : year, closingMonth, closingDay);
  return start !== null && end !== null && end >= start ? end : null;
}

/** Is text[start, end) all that a bracket holds ("第一次检查(4月)")? Then it is the time of what the bracket follows. */
// A bracket that opens its paragraph ("(八月)" under a table's title) follows nothing: it captions, not times, a task.
const fillsBracket = (text: string, start: number, end: number) => start >= 2 && text[start - 1] === '(' && text[end] === ')';

/**
 * A month that 于 or 在 set as a time, or that opens an item, with any listed after it, then the 、
 * that lists one more: "于2020年5月、", "四、2018年11月、".
 */
const LISTED_MONTH = /(?:于|在|^(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]+、))(?:\d{4}年)?\d{1,2}月份?(?:[、和及]\d{1,2}月份?)*[、和及]$/;

/** "5月5日上报第一期": a day the report verb follows straight away is the day to report on; "5月5日上报的数据" names data. */
const REPORTED_ON = /^(?:上报|报送|提交)(?![^,;。]{0,20}(?:的|了))/;
/**
 * "请…于2月1号将材料上报团市委办公室": a day 于 or 在 sets, then the object 将 fronts and the verb that hands it in, in a
 * sentence that asks or charges: the day to report by, as with 前. "于3月5日将材料上报了市政府" tells what was done.
 */
const HANDED_IN_BY = /^将[^,;。]{1,20}?(?:上报|报送|报|提交|送交|送达|交)(?![^,;。]{0,20}(?:的|了))/;
const ASKED_OR_CHARGED = new RegExp(`请|务必|必须|须|${MUST_MODAL}(?![点素闻件害求])|${SHOULD_MODAL}`);
/** A label that makes what follows it a deadline: "完成时限:", "截止时间:". */
const DEADLINE_LABEL = /(?:时限|时间|期限|截止|日期)[:]$/;
/**
 * A label that closes a time to hand something in, then its day: "报送截止时间:2013年11月7日", "意见反馈截止时间为
 * 4月26日", "截稿日期:11月10日", "完成时限:7月10日". The day stated is the last one to act, as 前 would make it. A
 * label dating figures ("数据截止时间为", "统计截止日期:") gives the day they are counted to, 截至 says where things
 * stood, and a term (有效期限:, 实施期限:) is how long a rule holds.
 */
const CLOSING_LABEL = /(?:(?<!数据|统计)(?:截止|截稿)(?:时间|日期|日)?(?::|为|是)|时限:)$/;
/**
 * A time to act said to close on the day after it: "报名时间截止到2017年6月27日", "学籍注册时间截止到9月15日", "…发送至邮箱,
 * 时间截至2016年8月17日16:00". 截止 or 截至 with a time as its subject says the time ends then, as the label "截止时间:"
 * does; with a unit or a count as its subject ("学生截止到9月15日未报到的", "截至6月底,全县已完成…") it says where things
 * stand. Figures' time (统计时间, 检索时间, 数据采集时间, 年龄的计算时间) is the day they are counted to, and 使用时间 or
 * 有效时间 how long a thing may be used.
 */
export const TIME_CLOSES = '(?:时间|日期)(?:截止|截至)(?:到|至)?';
export const WINDOW_CLOSES = new RegExp(`(?<!统计|检索|计算|采集|核验|核算|使用|有效|数据)${TIME_CLOSES}$`);

/**
 * An act of applying or handing in said to close, as its time does: "报名截止到10月20日", "申报截止到9月30日", "意见征集截止到
 * 2026年10月16日", "整体邮寄工作截止到5月15日", "报名截止至9月23日". The day is the last one to act, no target; a count
 * or a unit before 截止 ("截止到2017年12月31日,全县共有…", "学生截止到9月15日未报到的") says where things stand.
 */
export const ACT_CLOSES = /(?:报名|申报|申请|报送|征集|征稿|投稿|推荐|受理|登记|预约|注册|缴费|邮寄|整改)(?:工作)?(?:截止|截至)(?:到|至)?$/;

/** Does a closing label stand right before the time, or before 到, 至 or 截至 that lead it ("报名时间截止到…")? */
function closedByLabel(text: string, start: number, prefix: string | undefined): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (!prefix) return CLOSING_LABEL.test(before) || WINDOW_CLOSES.test(before) || ACT_CLOSES.test(before);
  return /^(?:到|至|截至)$/.test(prefix) && (WINDOW_CLOSES.test(before + prefix) || ACT_CLOSES.test(before + prefix));
}

/** A schedule's node with a deadline (not of a past year), then the 、 that opens the next node: "11月前全面完成、". */
const NEXT_NODE = /(?<!去年|上年|前年|\d)\d{1,2}月(?:(?:底|末|上旬|中旬|下旬|初)(?:前|之前|以前)?|前|之前|以前)[^,;。、\d]{1,16}、$/;

/** An item's number, alone before the text of its item: "1.", "(2)", "(二)", "三、", "②". */
const ITEM_NUMBER_ALONE = /^(?:\d{1,2}[.、]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]+、|[①-⑳])$/;
/**
 * 了 or 过 marking a deed done ("进行了改办", "召开过"), not a word that merely holds the character:
 * 为了 and 除了 (in order to, besides), 了解 and 了结, 终了 (a period's end: "年度终了清算", "季度终了后"), 通过, 经过,
 * 超过, 不过, 过程, 过度.
 */
export const DONE_LE = '(?<![为除罢终])了(?![解结])';
export const DONE_MARK = `(?:${DONE_LE}|(?<![通经超不越路错难透])过(?![程度渡滤期半多高低快硬分]))`;
/** What was done, said right after a time or its comma: "2009年12月召开了…", "今年5月,我市召开了…", "3月以来". */
const DONE_AFTER = new RegExp(`^,?[^,;。]{0,20}?(?:${DONE_LE}|以来|已经|已)`);

/**
 * "1.2009年12月成立工作小组": a time opening a numbered item of a plan, for the plan year or later, and
 * not what was done. A paragraph opening with a date and no number is as often a report of the past.
 */
function opensPlannedItem(text: string, start: number, end: number, year: number, ctx: RecogniseContext): boolean {
  return start <= 6 && ITEM_NUMBER_ALONE.test(text.slice(0, start)) && year >= ctx.year && !DONE_AFTER.test(text.slice(end, end + 24));
}

/** An item's or a stage's short heading closed by 。 or :, right before a sentence: "(四)组织验收总结。", "3.评估验收:", "第一阶段。". */
const ITEM_HEADING_BEFORE = new RegExp(`(?:(?:^|[。;])${ITEM_NUMBER.source}[^。;,:()]{1,16}|第[一二三四五六七八九十\\d]{1,3}阶段[^。;,:()]{0,12})[。:]$`);

/**
 * "(四)组织验收总结。2018年8月,省政府办公厅组织对试点工作评估验收": a month opening the sentence under a
 * stage's heading is the stage's time, as after the item's number, unless it ended before the document's
 * month ("(一)基本情况。2017年3月,我市被列为试点", background told in a plan).
 */
function opensHeadedStep(text: string, start: number, end: number, due: string, ctx: RecogniseContext): boolean {
  if (!ITEM_HEADING_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || Number(due.slice(0, 4)) < ctx.year) return false;
  if (ctx.docDate && due < `${ctx.docDate.slice(0, 7)}-01`) return false;
  return text[end] === ',' && !DONE_AFTER.test(text.slice(end, end + 24));
}

const rejected = (reason: DropReason): TimeValue => ({ kind: 'rejected', reason });

/** A day in figures and its clock time, with no 前 after them: a moment stamped, no time to act by. */
const CLOCK_STAMP = /^(?:19|20)\d{2}([./-])\d{1,2}\1\d{1,2}T?\d{1,2}:\d{2}(?::\d{2})?(?!\d|之?前|以前|止|截止)/;

/** How far back a sentence is read for the year of its dates: a run of milestones stands within a few clauses. */
const SENTENCE_YEAR_REACH = 160;
/** A year written with a month or a part of the year after it, or as a label ("2024年:"): the year of a date, not of a count or a baseline ("比2015年"). */
const DATED_YEAR = /(\d{4})年(?:(\d{1,2})月|[上下]半年|第?[1-4]季度|年?底|年?末|度?:)/g;

/**
 * The year a month written without one takes from the sentence it stands in: the year of the last date written in full
 * before it ("2024年3月底前完成方案,6月底前完成验收": June 2024), when the month does not come before that date's
 * month, where a later milestone would be read as the next year's. Null when the sentence names no such year.
 */
function yearOfSentence(text: string, at: number, month: number): number | null {
  // Read back over a window, not to the sentence's start: a text without sentence ends would be read again at every month.
  const window = text.slice(Math.max(0, at - SENTENCE_YEAR_REACH), at);
  const sentence = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('!'), window.lastIndexOf('?')) + 1);
  if (sentence.length < 6) return null;
  let last: RegExpExecArray | null = null;
  DATED_YEAR.lastIndex = 0;
  for (let m; (m = DATED_YEAR.exec(sentence)); ) last = m;
  if (!last) return null;
  const earlierMonth = last[2] ? Number(last[2]) : 1;
  return month >= earlierMonth ? Number(last[1]) : null;
}

/**
 * The year of a month written without one. A notice dated late in its year asks for what is due in the months after
 * it: "请于1月10日前报送年度总结" under 二〇一八年十二月二十日 is due in January 2019, not eleven months before the
 * notice. So a month more than half a year before the document's own month, in the year the document's date gave,
 * is the next year's. A plan year named in the title ("2019年工作要点" issued in December 2018) is the year itself.
 */
function yearOfUndatedMonth(month: number, ctx: RecogniseContext): number {
  if (!ctx.docDate || Number(ctx.docDate.slice(0, 4)) !== ctx.year) return ctx.year;
  return Number(ctx.docDate.slice(5, 7)) - month > 6 ? ctx.year + 1 : ctx.year;
}

/**
 * The public holidays a deadline is named by, each with its day in a Gregorian year: 元旦, 五一 and 国庆 by the
 * Gregorian calendar, 春节 (正月初一), 元宵 (正月十五), 端午 (五月初五) and 中秋 (八月十五) by the Chinese one.
 */
const FESTIVALS: Array<{ names: string[]; month: number; day: number; chinese: boolean }> = [
  { names: ['五一劳动节', '五一节', '五一', '劳动节'], month: 5, day: 1, chinese: false },
  { names: ['国庆节', '国庆'], month: 10, day: 1, chinese: false },
  { names: ['元旦节', '元旦'], month: 1, day: 1, chinese: false },
  { names: ['春节'], month: 1, day: 1, chinese: true },
  { names: ['元宵节', '元宵'], month: 1, day: 15, chinese: true },
  { names: ['端午节', '端午'], month: 5, day: 5, chinese: true },
  { names: ['中秋节', '中秋'], month: 8, day: 15, chinese: true },
];
const FESTIVAL = `(?:${FESTIVALS.flatMap((f) => f.names).join('|')})`;
/**
 * A goal 确保 sets for a year, in the clause after the year: a result reached or a measure kept ("确保2022年全省粮食播种面积
 * 稳定在6287万亩以上", "确保2018年各项目标任务全面如期完成", "确保2016年…招生规模不低于去年"). The year of a thing named with
 * 的 ("确保2018年的毕业典礼顺利进行") or an occasion in it ("确保2022年春节期间市场供应充足",
 * "确保2022年秋季学期开学前完成": the occasion is the time) dates no goal of the year.
 */
const ENSURED_GOAL = new RegExp(`^(?!的)(?![^,;。]*?(?:期间|(?<![提超])前(?!列)|${FESTIVAL}))[^,;。]{0,40}?(?:完成|实现|达到|达成|稳定在|控制在|不低于|不少于|超过|收官|建成|取得|增长|突破|提高到|提升到|下降|降低)`);
const festivalNamed = (name: string) => FESTIVALS.find((f) => f.names.includes(name));
/**
 * A verb whose object the festival opens: "开展国庆节前安全生产大排查", "开展…中秋、国庆节前安全生产检查" name an event,
 * the check before the festival, not a time to act.
 */
const NAMES_EVENT = /(?:开展|组织|进行|举行|召开|部署|启动)[^,;。:]{0,12}$/;
function festivalDay(name: string, year: number): string | null {
  const f = festivalNamed(name);
  if (!f) return null;
  return f.chinese ? chineseDay(year, f.month, f.day) : isoDate(year, f.month, f.day);
}

/**
 * A festival's day each year as a rule: the Gregorian ones' (国庆: BYMONTH=10;BYMONTHDAY=1), and the Chinese calendar's
 * ones' in that calendar (RFC 7529's RSCALE=CHINESE, 春节: BYMONTH=1;BYMONTHDAY=1), whose day moves in the Gregorian one.
 */
function festivalEveryYear(name: string): TimeValue | null {
  const f = festivalNamed(name);
  if (!f) return null;
  return { kind: 'recurring', rrule: `${f.chinese ? 'RSCALE=CHINESE;' : ''}FREQ=YEARLY;BYMONTH=${f.month};BYMONTHDAY=${f.day}`, target: false };
}

/** The next day of a festival after the notice: a notice of the plan year dated after that year's one means the next one. */
function comingFestivalDay(name: string, ctx: RecogniseContext): string | null {
  const day = festivalDay(name, ctx.year);
  if (!day || !ctx.docDate || Number(ctx.docDate.slice(0, 4)) !== ctx.year) return day;
  return ctx.docDate > day ? festivalDay(name, ctx.year + 1) : day;
}

/** A day's weekday in brackets: "(星期五)", "(周三)", "(本周三)". */
const WEEKDAY_BRACKET = '\\((?:本|这)?(?:星期|周|礼拜)[一二三四五六日天1-7]\\)';
/**
 * A day's weekday in brackets and its hour, then 前: "3月15日(星期五)前", "3月18日下午5时前", "3月20日(周三)下班前",
 * "3月22日17:00前", "6月6日(本周三)下午3点前" (a notice naming the weekday of its own week). The day closes a time to act as
 * "3月15日前" does.
 */
const HOUR_THEN_BEFORE = new RegExp(
  `^(?:${WEEKDAY_BRACKET})?(?:上午|下午|中午|晚上|早上)?(?:\\d{1,2}(?:[:：]\\d{2}|[时点](?:\\d{1,2}分?|半|整)?)|下班|上班|12时)?(?:之前|以前|前)`,
);

function closedByHour(text: string, end: number): boolean {
  return hourClosing(text, end) !== null;
}

/** The weekday, hour and 前 that close the day ending at `end`, or null when no weekday or hour stands there. */
function hourClosing(text: string, end: number): string | null {
  const m = HOUR_THEN_BEFORE.exec(text.slice(end, end + 20));
  return m !== null && !/^(?:之前|以前|前)$/.test(m[0]) ? m[0] : null;
}

/** The end of a day or of a weekday (每周一, 本周五, 星期三), which an hour may close. */
const DAY_OR_WEEKDAY_END = /(?:[日号]|(?:周|星期|礼拜)[一二三四五六日天1-7])$/;
const WEEKDAY_IN_BRACKETS = new RegExp(`^${WEEKDAY_BRACKET}`);

/**
 * "请于3月25日(星期五)下班前将回执传真至…", "每月28日15点前送县林业局", "于4月2日(周五)将名单报送…", "每周一上午10点前
 * 报送": the weekday and hour closing a day are part of its time, so the task is what is done by then ("将回执传真至…"), not "(星期五)下班前将回执…".
 */
function withClosingHours(text: string, matches: TimeMatch[]): TimeMatch[] {
  return matches.map((m) => {
    if (m.value.kind === 'none' || !DAY_OR_WEEKDAY_END.test(text.slice(Math.max(0, m.end - 3), m.end))) return m;
    const closing = hourClosing(text, m.end) ?? WEEKDAY_IN_BRACKETS.exec(text.slice(m.end, m.end + 6))?.[0];
    return closing ? { ...m, end: m.end + closing.length } : m;
  });
}

const SENTENCE_WINDOW = 200;
/** A ban, whose window of dates is when it holds: 禁火, 禁止, 严禁. */
const BAN = /严禁|禁止|禁火|禁烧|禁渔|禁牧|禁捕|禁猎/;
/** Words of a policy that people claim or enjoy within a window of dates. */
const POLICY_WORDS = /补贴|补助|享受|申领|领取|返还|减免|缓缴|优惠|奖励|资助|参保|缴纳|适用|有效期/;

/** The sentence (up to 。;) around a range of the text, at most a window's width on either side. */
function sentenceAround(text: string, marks: TextMarks, start: number, end: number): string {
  const from = Math.max(marks.lastBefore('。;', start) + 1, start - SENTENCE_WINDOW);
  const tail = text.slice(end, end + SENTENCE_WINDOW);
  const stop = tail.search(/[。;]/);
  return text.slice(from, stop >= 0 ? end + stop : end + tail.length);
}

/**
 * The year a span of months or days closes in: the one written at its end, else the next after its start's when
 * 次年 says so or the closing month comes before the opening one ("12月10日—1月5日"), else its start's.
 */
function spanEndYear(startYear: number, endYear: string | undefined, nextYearWord: string | undefined, startMonth: number, endMonth: number): number {
  if (endYear) return Number(endYear);
  return nextYearWord || endMonth < startMonth ? startYear + 1 : startYear;
}

/** A day the calendar lacks ("9月31日", "2月30日") read as the reader does: the month's last day. */
function dayOrMonthEnd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return isValidDay(year, month, day) ? isoDate(year, month, day) : lastDayOfMonth(year, month);
}

/**
 * An event's end or start and the 前 that counts back from it, the count after: "届满前1个工作日", "召开前3日",
 * "会议召开之日前5个工作日", "选举日期前5天", "开学前15天"; or the day of any event so named ("合同终止之日前30日").
 */
const EVENT_EDGES = ['届满', '到期', '期满', '截止', '召开', '举行', '举办', '开始', '结束', '开学', '开标', '开工', '开幕', '闭幕'];
const COUNT_BACK_FROM = [...EVENT_EDGES.flatMap((e) => [`${e}之日前`, `${e}日期前`, `${e}前`]), '之日前', '日期前'].join('|');
/** 前 after the count, as 以前 and 之前 are: "选举日的20日前", "选举日的二十日以前". */
const COUNTS_BACK_SUFFIX = /^(?:前|以前|之前)$/;
const ENDS_BEFORE_COUNT = new RegExp(`^(?:${COUNT_BACK_FROM})$`);
/** An event's end or start right before the count that counts back from it: "有效期届满3个月前". */
const EVENT_EDGE_BEFORE = new RegExp(`(?:${EVENT_EDGES.join('|')})(?:之日|日期)?的?$`);
/**
 * A limit on how long something may take ("不超过5天", "压缩到21个工作日", "办理期限为3个月"), or the length a field of a
 * service guide gives its limit ("承诺办结时限:5个工作日", "承诺时限15个工作日", "办理时限一般为10个工作日").
 */
const LIMIT = '不超过|不得超过|不准超过|不能超过|不应超过|最长|最多|压缩到|压缩至|缩短到|缩短至|控制在|期限一般为|时限一般为|期限为|时限为|期限:|时限:|期限|时限|各';
/** What runs for a term: a benefit, a status or a contract ("补贴期限", "见习期", "有效期"). */
const TERM_OF = '(?:补贴|补助|贴息|扶持|享受|见习|培养|试用|服务|租赁|贷款|有效|保护|聘用|任职|挂职|借调)期(?:限)?';
/**
 * The term a benefit, a status or a contract runs, named right before its length ("补贴期限最长不超过3年", "贴息期限
 * 不超过2年", "培养期限为", "有效期最长为"), or opening the sentence whose next clause caps it ("见习期限一般为3至6个月,
 * 最长不超过12个月"). A term of work (整改期限为30日, 办理期限为3个月) is a time to act within and is none of these.
 */
const TERM_RUNS = new RegExp(`${TERM_OF}(?:一般)?(?:为)?(?:最长|最多)?(?:为)?$`);
const TERM_OPENS = new RegExp(`^[^,;。]{0,12}?${TERM_OF}`);
/** A process time cut to, or held to, a length: "压缩至90个工作日", "控制在5天", "最多100天". */
const CUT_TO = /^(?:压缩|缩短|控制|最多)/;
/**
 * A date that sets a target or deadline earlier in the sentence: "到2019年6月底,", "2019年底前", "2019年上半年",
 * "力争年内". A year alone ("根据2018年的规定") sets nothing.
 */
const TARGET_DATE_BEFORE = /(?:到|至)\d{4}年|\d{4}年(?:\d{1,2}月|上半年|下半年|第?[1-4]季度)?(?:底|末|前)|\d{4}年(?:上半年|下半年|第?[1-4]季度)|年底前|年内/;
/**
 * A speech, a report given at a meeting or a session whose own length a limit caps ("发言一般不超过5分钟", "汇报时间不得超过
 * 10分钟", "汇报发言,原则上不超过10分钟", "每次会期不超过半天"): how long the act lasts, no time within which to act.
 */
const SESSION_LENGTH = /(?:发言|讲话|致辞|演讲|汇报|会期|会议时间|会议时长)(?!材料|稿)[^,;。后起]{0,12}(?:,[^,;。后起]{0,8})?$/;
/** A limit stated with the event it counts from before the count: "时限为材料报齐后", "办理期限为受理之日后". */
const LIMIT_THEN_EVENT = /(?:时限|期限)(?:为|:)([^,;。为:]{2,20}?)(?:后|之日起)$/;
/**
 * The handling of a matter a time limit is said of ("办理时限", "承诺办结时限", "法定时限", "审批期限", "答复期限"): a limit owed
 * on each matter handled, counted from its receipt, never from the day of the text that sets it. A limit named by its colon
 * or written right before its count (承诺时限15个工作日) is one only after such a word: "公示期限:5个工作日" is a window.
 */
const HANDLING_WORDS = '办理|办结|承诺|法定|审批|审查|审核|答复|回复|受理|处理';
const HANDLING_LIMITED = new RegExp(`(?:${HANDLING_WORDS})$`);
/**
 * A line that only names a matter's handling limit, the value on the lines under it: "一、办理时限", "办结时限",
 * "港澳通行证办理时限:" (its item number taken off). A line holding a count or a sentence is no such heading.
 */
export const HANDLING_LIMIT_HEADING = new RegExp(`^[^,;。:\\d]{0,16}?(?:${HANDLING_WORDS})(?:时限|期限):?$`);
/** The case a value under such a heading may name before its count: "广东省户籍:7个工作日;", "加急办证的5个工作日". */
const LIMIT_CASE = '(?:[^,;。:\\d]{1,16}[:的])?';
/** What may stand before a count that is the whole value under such a heading: nothing, or the case it is for. */
const HEADED_LIMIT_CASE = new RegExp(`^${LIMIT_CASE}$`);
/**
 * A limit's value that is no count but handling at once: "承诺时限:即办", "法定时限:即办件" (a 即办件 is handled as it is taken in,
 * its limit 0 working days where a 承诺件 has a count). A slogan (接诉即办, 即收即办) is none: it stands under no limit's name.
 */
const AT_ONCE = '即办件?(?![\\u4e00-\\u9fa5])';
/** A line giving a limit's value under its heading: a count, alone or after the case it is for, or handling at once. */
export const HEADED_LIMIT_VALUE = new RegExp(`^${LIMIT_CASE}(?:\\d|${AT_ONCE})`);
/**
 * A step's name right before the bracket that gives its length ("审批(", "初审(", "联审、备案("); a notice's window (公示(7个工作日),
 * 公示审核结果() is no step to carry out within it.
 */
const STEP_BEFORE_BRACKET = /^(?![^(]*(?:公示|公告|公布))[\u4e00-\u9fa5、]{2,12}\($/;
/** The time a matter's handling takes, capped by the limit after it: "办理时间不得超过", "辦理的時間一般不超过". */
const HANDLING_TIME = /(?:办理|办结|辦理|辦結)的?(?:时间|時間|时限|時限|期限)(?:一般|原则上|原則上|最长|最長)?$/;
/** A limit said of what is due, before the event a period counts back from: "报送截止时间为", "办理时限为". */
const LIMIT_SAID_BEFORE_EVENT = /^[^,;。]*?(?:截止时间|截止日期|时限|期限)为/;
/** A notice asking its addressees to act (请各单位于…, 请你们…), where a rule's own provisions say 应当, 须 or 要. */
const NOTICE_REQUEST = /(?:^|[,:])请/;
/** A goal set for a period ("力争3年内") and the means of reaching it ("利用2年时间"). */
const GOAL_WORDS = '力争|争取';
const MEANS_WORDS = '用|利用|通过';
/** What is done within a period, said right after it ("1个工作日办结", "在30个工作日内上报"). */
const ACTIONS = '办结|办复|办理|完成|答复|回复|反馈|送呈|送达|发出|报送|上报|处理|审核|审批|作出';
/** What a period is for, when no 内 closes it ("1个工作日办结", "(1个工作日)"). */
const DONE_NEXT = new RegExp(`^(?:${ACTIONS}|\\))`);
/**
 * A period closed by 内 and followed by what must be done in it ("落实情况在30个工作日内上报", "整改结果15日内报县政府")
 * prescribes it as a modal would; a count of what was done so ("3个工作日内办结的占90%") does not.
 */
const PRESCRIBED_NEXT = new RegExp(`^(?:${ACTIONS}|报)(?![^,;。]*的)`);

/**
 * A modal that grants, not binds: "可以自收到决定书之日起60日内申请复议", "可在收到通知后3个工作日内提出申诉", "有权在…内要求
 * 听证". 可 is the modal only as 可以 or before the preposition that opens the period (许可, 认可, 即可, 不可 are not).
 */
const PERMISSION_MODAL = /(?<!不)可以|有权|(?<![不许认即])可(?=[在于自从])/g;
const BINDING_MODAL = /应当|应|须|必须|要|必/;
/**
 * The grant said after the period, between it and what it grants: "有效期届满前60个工作日内可以申请延长", "在障碍消除后十日内
 * 可以申请顺延", "社会保障卡到期前六十日内可以申请换领", "签收后七日内可以申请退款". 可能, 可行 and 可靠 grant nothing.
 */
const GRANTED_AFTER = /^,?(?:均|也|亦|仍)?(?:可以|可(?![能行靠见]))/;
/** What a party applies for within a term granted it: renewal, an extension, a refund, a new card. */
const APPLIED_FOR = /申请/;
/** A sentence that opens on the party's disagreement: "对处罚决定不服的,", "对初审意见有异议的,". */
const CONTESTED = /不服|异议/;
/** What a party may do against a decision within its term: appeal, seek review, object, challenge, ask a hearing, return goods. */
const REMEDY = /复议|复核|复查|复审|起诉|诉讼|上诉|申诉|异议|质疑|听证|仲裁|退货/;

/**
 * Asking for a remedy as the act a period is for: "提出复查申请", "向村民选举委员会提出申诉", "以书面形式向采购人提出质疑",
 * "向人民法院起诉". What a body does with the request is no asking: 复核意见, 复议决定, 起诉状, 申诉人, nor "对申诉进行调查";
 * 申请 naming the papers or the one who asked (申请材料, 申请人, 申请书, 申请表) asks nothing.
 */
const ASKS_REMEDY =
  /(?:提出|提请|提起|申请(?![人材书表])|请求|要求)[^,;。]{0,12}?(?:复议|复核|复查|复审|听证|申诉|异议|质疑|仲裁|诉讼)(?!意见|决定|结论|报告|答复|机关|机构|状|书|人)|(?:起诉|上诉|申诉|质疑)(?=[,;。(]|$)/;
/** 提出 alone, or with no more than 申请 or 请求 ("…日内提出", "向复查机关提出书面申请"): what is asked is said before. */
const BARE_ASK = /^(?:[^,;。]{0,16}?)(?:提出|申请)(?:书面)?(?:申请|请求)?(?=[,;。(]|$)/;
/**
 * A body dealing with what was asked, the remedy its object: "对申请材料进行复核", "对当事人提出的复核申请进行审查",
 * "对复查请求予以答复", "对异议作出处理", "组织听证". The period is the body's, as "作出复议决定" is.
 */
const BODY_HANDLES = /进行|予以|作出|做出|组织/;
/** The ask named before the period: "当事人要求听证的", "申请人申请行政复议", "…不服的", "…有异议的". */
const ASKED_BEFORE = /(?:要求|申请|请求)(?:举行)?(?:行政)?(?:听证|复议|复核|复查)|不服|有异议/;

/**
 * The term a party has to contest or seek review, bound by 应当 as often as granted by 可以: "当事人要求听证的,应当在行政机关
 * 告知后3日内提出" (行政处罚法, 治安管理处罚法), "申请人申请行政复议,应当在…之日起60日内提出", "…在接到处理结果之日起30日内
 * 提出复查申请" (信访 复查复核), "村民对公布的选民名单有异议的,应在选举日的7日前…提出申诉", "对招标文件有异议的,应当在投标截止
 * 时间10日前提出" (招标投标法实施条例). It is the limit of a right, as a permission's term is: asking late loses the remedy,
 * and no unit owes anything by then. What a body does with the request (作出复议决定, 提出复核意见, 组织听证) is its duty.
 */
function contestedWithin(act: string, sentenceBefore: string): boolean {
  if (BODY_HANDLES.test(act)) return false;
  return ASKS_REMEDY.test(act) || (BARE_ASK.test(act) && ASKED_BEFORE.test(sentenceBefore));
}

/**
 * Whether the clause before a period grants it, unless a duty word after the grant binds the period again
 * ("可以口头申请,行政机关应当在…", "被许可人可以…并应当在…"). A grant alone is not enough: in an office's own rules
 * "办信处可在收到材料之日起3日内移交督查处" sets the office its step; a party's term to contest is the permission.
 */
function permitted(clauseBefore: string): boolean {
  let last = -1;
  for (const m of clauseBefore.matchAll(PERMISSION_MODAL)) last = m.index + m[0].length;
  return last >= 0 && !BINDING_MODAL.test(clauseBefore.slice(last));
}

/** A clause for the case that the limit is not met, closed by 的: "不能如期答复的,", "确实无法按期办结的,". */
const LATE_CASE = /(?:不能|无法|未能|难以|不能够)(?:如期|按期|按时|在规定(?:时间|时限|期限)内)[^,;。]{0,12}的,/;
/**
 * A case set apart as exceptional: "个别疑难问题", "对于涉及面广、处理难度大的…", "情况复杂确需…的", "特殊情况". Its
 * outer limit ("最晚不能超过3个月", "经…同意…至迟不超过6个月") is granted on request or approval, as an extension is.
 */
const EXCEPTIONAL_CASE = /个别|疑难|难度(?:较|很|特别)?大|涉及面(?:较|很)?广|情况(?:较为|比较|特别|较)?复杂|特殊情况|特殊原因|确需|确有困难/;

/**
 * A period in whole days: a month counts 30, an hour rounds up to a day, minutes are the same day.
 * Years are no period from an event.
 */
function periodDays(n: number, unit: string): number | null {
  if (unit === '工作日' || unit === '日' || unit === '天') return n;
  if (unit === '周') return 7 * n;
  if (unit === '月') return 30 * n;
  if (unit === '小时') return Math.ceil(n / 24);
  if (unit === '分钟') return 0;
  return null;
}

/**
 * 受理 as the act of taking a matter in. Not where it names who takes matters in, where or at what stage (受理部门, 受理窗口,
 * 受理人, 受理工作组, 受理环节), or a paper the act issues (受理通知书, 受理回执): "审核环节,受理部门会在两日内完成初审" names
 * no acceptance; nor where the act is denied (不予受理, 不受理, 未受理, 不能当即受理).
 */
const ACCEPTED = '(?<!不|未|不予|不能|无法|不能当即|不能当场)受理(?!部门|单位|机关|机构|窗口|人|员|工作组|组|中心|处|科|股|室|大厅|点|站|平台|通知|回执|凭证|编号|环节|阶段|范围|条件)';
/**
 * Things that happen to a matter and start a count: receiving, handing over, accepting, an incident.
 * 事发地 and 事发单位 name where an incident happened and who must report it, not the incident; 收件 is a window's receiving
 * the papers ("办理处收件登记后,应…当即(当日)办理移交"), 收件人 whom a mail is sent to.
 */
const EVENT_VERB = new RegExp(`收到|收件(?!人)|接到|接收|接(?:报|警|诉)(?=后|之后|以后)|${ACCEPTED}|交办(?!机关|单位|部门)|转办|批转|提交|提出|发生|事发(?![地单])|送|下达|审核|立项|发现|转给|转来|印发|批准|签发|答复|回复|报送|呈报|退回|到达|录入|抵达`);
/** Every event verb of a text, to ask whether any of them is not denied. */
const EVENT_VERBS = new RegExp(EVENT_VERB.source, 'g');
/** A denial or failing right before an event's verb ("不能当天答复", "未答复", "无法按期报送"): the act is not done. */
const DENIED_BEFORE = /(?:不|未|没有|无法|不能|不予)(?:当天|当日|当场|当即|及时|按时|按期|如期)?$/;

/**
 * A finding made on the matter ("确认为疑似口蹄疫疫情的", "经核实属实的", "认定是疑似重大动物疫情的"): its making is an event. 认为 is
 * no finding: "认为不属于本单位办理的" is the case of a matter the unit holds not its own.
 */
const FINDING = /确认|认定|确诊|核实|核定|判定|鉴定/;

/**
 * Whether words name an event that happens to the matter: an event verb not denied ("收到举报", not the 答复 of "不能当天答复"),
 * or a finding made on it.
 */
function namesEvent(words: string): boolean {
  if (FINDING.test(words)) return true;
  for (const m of words.matchAll(EVENT_VERBS)) if (!DENIED_BEFORE.test(words.slice(0, m.index))) return true;
  return false;
}

/** An item's number ("五、", "(2)") opening a clause. */

/**
 * A clause that opens with an incident (事件, 事故, 险情…) and goes straight on to a short period, or ends
 * there: "特别重大突发事件15分钟内…".
 */
const INCIDENT_FIRST = /^([\u4e00-\u9fa5、]{0,20}?(?:事件|事故|险情|灾情|疫情|警情|火灾))(?=\d{1,3}个?(?:分钟|小时|工作日|日|天)|$)/;

/**
 * A modal charging a clause's subject to act (要 of 要求 and 只要 charges nothing), and not opening a time: a modal opening a time
 * ("应在收到转办件工单的当日", "须于…") leaves the event inside that time to be read.
 */
const CHARGED_ACT = new RegExp(`(?:应当|${SHOULD_MODAL}|(?<![必无])须|务必|(?<!只)${MUST_MODAL}(?![求素点]))(?![在于自从当])`);

/**
 * The modal between an actor and the time it is charged within ("…部门应当在2小时内", "较大事件须在发生后…"): what the event
 * text leaves out, whether it follows the incident (INCIDENT_TOPIC) or the one who received (EVENT_TIED).
 */
const MODAL_BEFORE_TIME = `应当|${SHOULD_MODAL}|须|必须|${MUST_MODAL}`;
/** 发生 or 事发 alone, with no incident of its own named with it. */
const BARE_OCCURRENCE = /^(?:发生|發生|事发|事發)$/;
/** An incident the clause is about, closing the words before the event, any modal and its 自 or 在 after it left out. */
const INCIDENT_TOPIC = new RegExp(`([\\u4e00-\\u9fa5、]{0,24}(?:事件|事故|[险險]情|[灾災]情|疫情|警情|火[灾災]|[灾災]害))(?:${MODAL_BEFORE_TIME}|均)?(?:自|从|在|于)?$`);

const STATING_VERB = /^(?:明确|要求|规定|强调|指出)/;

/**
 * "道路交通事故、火灾事故自发生之日起7日内", "较大事件须在发生后1小时内书面上报": a bare 发生 (or 事发) is the occurrence of the
 * incident the clause is about, named before its 自 or 在; the event is that incident's occurrence, not 发生 alone.
 */
function withIncident(event: string, before: string): string {
  if (!BARE_OCCURRENCE.test(event)) return event;
  const topic = INCIDENT_TOPIC.exec(before);
  if (!topic) return event;
  // "(通知)明确重大事件须在发生后…": the verb saying what a text sets opens the clause, not the incident.
  return `${topic[1].replace(STATING_VERB, '')}${/發/.test(event) ? '發生' : '发生'}`;
}

/**
 * A clause closed by 时 that says when: "出现聚集性疫情时", "当学校发现传染病病人时". Not a word of time that ends in 时 (同时, 及时,
 * 按时, 届时, 平时, 随时, 小时, 17时), nor a state that allows a manner of acting ("情况紧急时,可先电话报告,并在10分钟内…", 必要时,
 * 需要时): the count still runs from the event named before (接报).
 */
const WHEN_CLOSED = /^(?:当|在|凡|如|若|一旦)?([^,;:。]{3,40}?)(?<![同及按准适定实限即暂临不有小课工学计超逾守过顿历耗届当此那彼平随\d]|紧急|必要|需要|允许|特殊|可能)时$/;

/**
 * 自 and 从 opening the event a period counts from, not as a word's first character: 自治区 (州, 县, 旗), 自然资源, 自行, 自愿,
 * 自身, 自己, 从事, 从业人员, 从严, 从重, 从而. Read as the preposition, "自治区人民政府收到报告后" lost its 自 and began its
 * event at 治区; "自然资源局应当自受理之日起" began at 然资源局, not at 受理. 自行政机关 and 从业务 are the preposition before 行政,
 * 业务.
 */
const FROM = '(?:自(?![治然愿身己]|行(?!政))|从(?![事严重而]|业(?!务)))';
/** A character of an event's words, up to the preposition that would open it: 自 and 从 of a word are the event's. */
const EVENT_WORD_CHAR = (prepositions: string) => `(?:[^自从${prepositions}]|(?!${FROM})[自从])`;
const DAY_OF_EVENT = new RegExp(`${FROM}(${EVENT_WORD_CHAR('')}{2,30}?)之日(?:起|后)$`);
const COUNTED_FROM_EVENT = new RegExp(`(?:${FROM}|在|于)?(${EVENT_WORD_CHAR('在于')}{2,40}?)(之日起|之日后|之日|以后|之后|后|起)(?:[^后起]{0,12})$`);

/** The clause, latest first, that names the event a period counts from ("承办单位接到转办件后"). */
function eventIn(textBefore: string): string | null {
  const clauses = textBefore.split(/[,;:。!?]/);
  const goesOn = /^(?:并且?|同时)/.test(clauses[clauses.length - 1]);
  for (let i = clauses.length - 1; i >= 0; i--) {
    // An item's number ("五、") is no part of the event it names.
    const clause = clauses[i].replace(ITEM_OPENING, '');
    // "自会议决定之日起,各单位在5个工作日内…": 自…之日起 names the start of a count whatever its verb.
    const dayOf = DAY_OF_EVENT.exec(clause);
    if (dayOf) return withIncident(dayOf[1], clause.slice(0, dayOf.index));
    // "…并有相似症状时,学校疫情报告人应当在24小时内报出相关信息", "个别学生出现不明原因的高热等症状时,…应当在1小时内…": a
    // clause closed by 时 sets the case the count starts from, whatever its verb (患病, 出现, 有…史).
    const when = WHEN_CLOSED.exec(clause);
    if (when) return when[1];
    const counted = COUNTED_FROM_EVENT.exec(clause);
    // The closing word is read with the event: 接报 counts only as 接报后.
    if (counted && EVENT_VERB.test(counted[1] + counted[2])) return withIncident(counted[1], clause.slice(0, counted.index));
    // "对媒体曝光的事项,…要在5个工作日内回应": the matter the clause is about is what the count starts from.
    // "对确系不属于本单位职责范围内的,应在5日内…", "对符合条件的,…": with no noun after its 的 the clause sets a case, and is the
    // matter only where its words name an event ("对领导批示交办的,…").
    const matter = /^对(?:于)?(.{2,40}的(?:事项|问题|情况|案件|件|诉求|投诉|建议)?)$/.exec(clause);
    if (matter && (!/的$/.test(matter[1]) || namesEvent(matter[1]))) return matter[1];
    // "特别重大突发事件15分钟内向…报告": an incident named right before the period is what it counts from.
    const incident = INCIDENT_FIRST.exec(clause);
    if (incident) return `${incident[1]}发生`;
    // "在接报后,应快速向县委、县政府有关领导呈报,并在10分钟内…", "事发乡镇要立即组织救援,并在2小时内…": where the
    // period's clause goes on with 并, a clause before it charging the same subject with an act names what is owed too,
    // not what the count starts from. With a new subject ("A应立即向B报告,B应于1小时内…") A's act is B's event.
    const verb = goesOn && CHARGED_ACT.test(clause) ? null : EVENT_VERB.exec(clause);
    if (verb) return eventAround(clause, verb.index);
  }
  return null;
}

/**
 * The law and article an event's words open with when a rule is quoted under its number ("行政复议法第十七条 行政复议机关收到
 * 行政复议申请后", "《行政复议法》第十七条…", "依据《条例》第十五条第二款…"): they say where the rule stands, not what
 * happens; the event is what follows. A 的 after them ("本办法第五条规定的材料") makes them part of what is named, and so
 * does a verb before them ("符合本条例第十条规定条件的").
 */
const CITED_ARTICLE = new RegExp(
  `^(?:根据|依照|依据|按照|根據|依據)?(?:《*[^《》,]{1,40}》+|(?:[本该該]|(?:(?![本该該的符依按照据據])[\u4e00-\u9fa5]){1,20}?)(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定))?第[一二三四五六七八九十百零〇\d]+[条條](?:第[一二三四五六七八九十\d]+款)?(?:的?[规規]定)?(?![的规規])`,
);

/**
 * 对于 or 对 opening the matter a clause is about ("对于当事人所提出的行政复议申请,复议机关一般应在六十日内给答复", "对领导批示交办的
 * 督查事项,急件1—5日内办结"): the topic's marker, no part of the matter.
 */
const TOPIC_MARKER = /^对(?:于|於)?(?=[^,;]*的)/;

/** An sla's event told without what opens its words and names no part of it: the law and article it is quoted under, a topic's marker. */
function eventAlone(value: TimeValue | null): TimeValue | null {
  if (!value || value.kind !== 'sla') return value;
  const cut = (event: string | undefined): string | undefined => {
    if (event === undefined) return event;
    // A name's opening bracket may fall before the words an event was read in ("依据《行政复议法》第二十六条 申请人…").
    const uncited = event.slice(CITED_ARTICLE.exec(event)?.[0].length ?? 0);
    const alone = uncited.slice(TOPIC_MARKER.exec(uncited)?.[0].length ?? 0);
    return alone.length >= 2 ? alone : event;
  };
  return value.after !== undefined ? { ...value, after: cut(value.after) } : { ...value, before: cut(value.before) };
}

/** A period closed by 内 standing before an event's verb in its clause. */
const PERIOD_BEFORE_EVENT = /\d{1,4}个?(?:分钟|小时|工作日|日|天|周|月)(?:内|以内|之内)/g;
/** The time's 在 or 于 before an event's verb ("应在收到…", "应当在接到…"), latest in the clause. */
const OPENED_EVENT = new RegExp(`(?:在|于)(?=${EVENT_VERB.source})`, 'g');
/** A 的 closing an event's words: tying them to their day ("…工单的" 当日) or to whoever received ("…的卫生行政主管部门应当在"). */
const EVENT_TIED = new RegExp(`的(?:[^的]{0,20}?(?:${MODAL_BEFORE_TIME})(?:在|于))?$`);

/**
 * The event a verb names where no closing word (后, 起) ends it: "承办单位应在收到转办件工单的当日", "省、自治区、直辖市人民政府应当
 * 在接到报告1小时内", "接到报告的卫生行政主管部门应当在2小时内". The time's 在 or 于 right before the verb opens the event, the
 * actor and modal before it being no part of it; a 的 after the verb's words closes it, and so does the bracket a step's own
 * limit opens after its name ("2.受理(时限:1个工作日)").
 */
function eventAround(clause: string, at: number): string {
  let opened = -1;
  for (const m of clause.matchAll(OPENED_EVENT)) opened = m.index + 1;
  let from = opened >= 0 ? opened : Math.max(0, at - 12);
  // "申请人在被告知听证权利之日起5日内提出听证申请的,行政机关应当在20日内组织听证": a period before the verb is another
  // party's time to act in; the event is the act it bounds ("提出听证申请"), not that time.
  let periodEnd = from;
  for (const m of clause.slice(from, at).matchAll(PERIOD_BEFORE_EVENT)) periodEnd = from + m.index + m[0].length;
  from = periodEnd;
  const words = clause.slice(from, Math.max(at, from) + 20).replace(/^[^\u4e00-\u9fa5]+/, '').replace(/\($/, '');
  const tied = words.replace(EVENT_TIED, '');
  return tied.length >= 2 ? tied : words;
}

/** With no event named, the clause the period belongs to. */
function subjectClause(sentenceBefore: string): string | null {
  const clause = /[^,;:]*$/.exec(sentenceBefore)?.[0] ?? '';
  return clause.length >= 2 ? clause : null;
}

/** A clause closed by 后 before the clause of the period: "行政审批决定作出后,制证工作人员应于…". */
const FOLLOWED_ACT = /(?:^|[,;:])(?:[^,;:]*?(?:在|于|待))?([^,;:在于]{2,30}?)(?:以后|之后|(?<![今此然最随其日])后)[,;:][^,;:]*$/;
/** "重大事故一经确认,供气企业应急机构要在4小时内…": the thing and the act 一经 says starts the count. */
const DONE_ONCE = /(?:^|[,;:])([^,;:]{0,12}?)一经([^,;:]{2,12})[,;:]/;
/** "经鉴定确认为…D级危房的要立即停止使用…,并在1个月内拆除", "经公示无异议…的,…中心三个工作日内…": the procedure 经 says was gone through. */
const PASSED_THROUGH = /(?:^|[,;:])经([^,;:的]{2,30})的/;

/**
 * With no event named at all, what a period of a standing rule counts from: an act the sentence names before the period in a form
 * the event readers pass over, closed by 后 ("申请政府信息公开后,行政机关通常需20个工作日内答复"), opened by 一经 or by 经 and closed by
 * 的; else the matter's acceptance (受理). The rule is owed on each matter it governs from the day the matter reaches the unit: "请示性公文必须在
 * 3个工作日内办结", "没有明确报告时限的,公文一般在30日内办结", "申请材料不齐全…的,应当当场或者在五日内一次告知", "一般诉求7天内
 * 反馈". The words before the period there name the matter, a case of it or its subject, none of them an event, as a service
 * guide's handling limit names none (受理 there too).
 */
function matterOf(sentenceBefore: string): string {
  const followed = FOLLOWED_ACT.exec(sentenceBefore);
  if (followed) return followed[1].replace(ITEM_OPENING, '');
  const once = DONE_ONCE.exec(sentenceBefore);
  if (once) return once[1].replace(ITEM_OPENING, '') + once[2];
  const through = PASSED_THROUGH.exec(sentenceBefore);
  return through ? through[1] : '受理';
}

/**
 * 起 or 开始 right after a time: the time a duty starts from ("自5月起", "于今年5月起,每月10日报送"). 起 that opens
 * 起草 is the verb of the duty itself ("于6月底前起草方案": to draft by then).
 */
const STARTS_FROM = /^(?:起(?!草)|开始)/;

/** Why a date followed by `after` is no deadline: an event in the past, or the day something starts. */
function pastOrStart(after: string): DropReason | null {
  if (/^(?:以来|已|已经)/.test(after)) return 'past-event';
  if (STARTS_FROM.test(after) || /^(?:至|到)/.test(after)) return 'reference-date';
  return null;
}

/** Why a date read without any word of duty around it is no deadline, for --explain. */
function whyNotDue(m: RegExpExecArray, text: string): DropReason {
  const end = m.index + m[0].length;
  // A date alone on its line is the document's own date under the signature.
  if (m.index === 0 && end === text.length) return 'document-date';
  if (/(?:比|较)$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return 'baseline';
  return pastOrStart(text.slice(end, end + 2)) ?? 'no-obligation-verb';
}

/**
 * "2018年实现…;2019年对…;2020年…": a year whose sentence goes on to later years of the plan, reaching
 * its own year, is a target of the plan even where it falls before the document.
 */
function yearsGoOn(text: string, from: number, year: number, ctx: RecogniseContext): boolean {
  const rest = text.slice(from, from + 300);
  const stop = rest.search(/[。!?]/);
  const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
  for (const later of sentence.matchAll(/[,;:](\d{4})年/g)) {
    const at = later.index + later[0].length;
    if (Number(later[1]) > year && Number(later[1]) >= ctx.year && PLANNED.test(sentence.slice(at, at + 4))) return true;
  }
  return false;
}

const isTarget = (prefix: string | undefined) => !!prefix && TARGET_WORD.test(prefix);

/**
 * "2017年,是新一届市人民政府的开局之年", "2023年,是全面贯彻党的二十大精神的起始之年", "从现在到2020年,是全面建成小康社会
 * 决胜期": a year, or the time up to it, said to be what it is. A notice's preamble names its plan year so; the work is in
 * the sentences after it.
 */
const YEAR_DESCRIBED = /^,?(?:既|也|又|更|仍|将|正)?是(?!否)/;
/** A plan period said to be what it is, past the span in brackets that glosses it: "时期(2021—2025年),是…". */
export const PERIOD_DESCRIBED = new RegExp(`^(?:\\([^()]{0,16}\\))?${YEAR_DESCRIBED.source.slice(1)}`);

/** 上旬 / 中旬 / 下旬 of a month: the 10th, the 20th, the last day. */
function decadeEnd(year: number, month: number, decade: string): string {
  if (decade === '上') return isoDate(year, month, 10);
  if (decade === '中') return isoDate(year, month, 20);
  return lastDayOfMonth(year, month);
}

/** 年初 / 年中 / 年底, 上半年 / 下半年, 一季度 … 四季度 of a year. */
function periodEnd(year: number, period: string): string | null {
  if (period === '年初') return isoDate(year, 1, 31);
  if (period === '年中' || period === '上半年') return isoDate(year, 6, 30);
  if (/^(?:年底|年末|下半年|全年|年内)$/.test(period)) return isoDate(year, 12, 31);
  const q = /^第?([1-4])季度/.exec(period);
  return q ? lastDayOfMonth(year, Number(q[1]) * 3) : null;
}

/** The month a yearly rule falls in for 年初 / 年中 / 年底 / a quarter (its last month). */
function periodMonth(period: string): number | null {
  if (period === '年初') return 1;
  if (period === '年中' || period === '上半年') return 6;
  if (/^(?:年底|年末|下半年)$/.test(period)) return 12;
  const q = /^第?([1-4])季度/.exec(period);
  return q ? Number(q[1]) * 3 : null;
}

function relativeYear(word: string, ctx: RecogniseContext): number {
  if (word === '明年' || word === '次年' || word === '明') return ctx.year + 1;
  return ctx.year;
}

const WEEKDAY: Record<string, string> = { 一: 'MO', 二: 'TU', 三: 'WE', 四: 'TH', 五: 'FR', 六: 'SA', 日: 'SU', 天: 'SU', '1': 'MO', '2': 'TU', '3': 'WE', '4': 'TH', '5': 'FR', '6': 'SA', '7': 'SU' };

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The days from `first` to `last` in the week's order (周一至周五), none when the span runs backwards. */
function weekdaySpan(first: string, last: string): string[] {
  const from = WEEK.indexOf(first);
  const to = WEEK.indexOf(last);
  return to > from ? WEEK.slice(from, to + 1) : [];
}

const yearly = (month: number, day: number | string): TimeValue => ({
  kind: 'recurring',
  rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`,
  target: false,
});

/**
 * A day in each of several months of the year: every quarter's or half-year's when the months fall
 * evenly through the year (1、4、7、10月; 6、12月), as 每季度 and 每半年 are written; else those months yearly.
 */
function inMonths(months: number[], day: number): TimeValue {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const step = 12 / sorted.length;
  const even = Number.isInteger(step) && step > 1 && sorted.every((mo, i) => i === 0 || mo - sorted[i - 1] === step);
  const rrule = even ? `FREQ=MONTHLY;INTERVAL=${step};BYMONTH=${sorted.join(',')};BYMONTHDAY=${day}` : `FREQ=YEARLY;BYMONTH=${sorted.join(',')};BYMONTHDAY=${day}`;
  return { kind: 'recurring', rrule, target: false };
}

/** "年度结束后4个月内", "季度终了后1个月内": the last day of the Nth month after each period's last month. */
function monthsAfterEachPeriod(period: string, n: number): TimeValue | null {
  const length = period === '年' ? 12 : period === '半年' ? 6 : period === '季度' || period === '个季度' ? 3 : 0;
  if (n < 1 || n >= length) return null;
  if (length === 12) return yearly(n, -1);
  const months = Array.from({ length: 12 / length }, (_, i) => length * i + n);
  return { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=${length};BYMONTH=${months.join(',')};BYMONTHDAY=-1`, target: false };
}

/** The months after each period's end, where a day counted from that end falls: 季度 → 1, 4, 7, 10. */
const MONTHS_AFTER_EACH: Record<string, number[]> = { 月: [], 季度: [1, 4, 7, 10], 半年: [1, 7], 年: [1] };

/**
 * "季度终了后15日内", "每季度次月10日前", "年度终了后30日内": a day of the month after each period ends, every period. The
 * day may be any that month always has: the 30th after a quarter (January, April, July and October all hold it), the
 * 31st after a year; after a month, one every month holds (28).
 */
function dayAfterEachPeriod(period: string, day: number): TimeValue | null {
  const months = MONTHS_AFTER_EACH[period];
  if (!months) return null;
  const lastDay = months.length ? Math.min(...months.map((mo) => Number(lastDayOfMonth(2001, mo).slice(8)))) : 28;
  if (day !== -1 && (day < 1 || day > lastDay)) return null;
  if (months.length === 0) return { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, target: false };
  if (months.length === 1) return yearly(months[0], day);
  return { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=${12 / months.length};BYMONTH=${months.join(',')};BYMONTHDAY=${day}`, target: false };
}

/** The last frequency word before a next month, and the period a report after it names as its own (报送上季度数据). */
const FREQUENCY_BEFORE = /每个?(月|季度|半年)(?!.*每个?(?:月|季度|半年))/;
/** The period a report after its day covers or names: "次月10日前报送上月数据", "…提交上季度的评估", "…报送月报". */
const REPORTED_PERIOD = /^[^。;!?]{0,30}?(?:上(?:一个?)?(月|季度)|(月|季)报)/;
/**
 * The period whose next month a day is set in, when the quarter it reports on or a frequency of quarters or half-years
 * said before it in the sentence (or in the clause before its semicolon) gives one: "每季度报送一次,于次月10日前报送",
 * "每季度报送一次。每季度下一个月的5日前报送" (北京 行政调解统计), "各市于每季度第一个月的10日前将此报表上报省综治办;县(市、区)于
 * 次月5日前上报市综治办" (a 综治 return), "在次月10日前录入并提交学员上季度的全部成长评估": the month after each quarter, as
 * "每季度次月10日前" is, where the next month was read as every month's.
 */
function periodBeforeNextMonth(text: string, marks: TextMarks, start: number, end: number): string | null {
  const reported = REPORTED_PERIOD.exec(text.slice(end, end + 40));
  if (reported) return (reported[1] ?? reported[2]) === '月' ? null : '季度';
  const sentenceStart = marks.lastBefore('。!?', start) + 1;
  const frequency = FREQUENCY_BEFORE.exec(text.slice(Math.max(sentenceStart, start - CARRY_WINDOW), start))?.[1];
  return frequency && frequency !== '月' ? frequency : null;
}

/**
 * "验收后次月10日前", "达到标准的次月25日前": a next month counted from an event with no date sets nothing; after the
 * period's own end ("月度结束后的次月15日之前") it is every month's.
 */
const countedFromAnEvent = (text: string, at: number) =>
  (/后的?$/.test(text.slice(Math.max(0, at - 2), at)) && !/(?:月|月度|季|季度)(?:结束|终了)后的?$/.test(text.slice(Math.max(0, at - 6), at))) ||
  // "于活动结束次月底前完成统计": an event's end right before 次月, which no period's end ("月度结束后") is.
  (/(?:结束|完成|验收|启用|开通|发生|到期|届满)$/.test(text.slice(Math.max(0, at - 2), at)) && !/(?:月|月度|季|季度|年度)(?:结束|终了)$/.test(text.slice(Math.max(0, at - 4), at))) ||
  // "于达到标准的次月25日前": the month after an event the 的 phrase names, once for each unit.
  /[^月份度季报表后]的$/.test(text.slice(Math.max(0, at - 2), at));

/** The last year of a five-year plan: 十一五 → 2010, 十二五 → 2015, 十三五 → 2020 … */
export function fiveYearPlanEnd(ordinal: number): number {
  return 1955 + 5 * ordinal;
}

/** The rest of a heading naming what a plan period faces or sets, as a topic: "…发展面临的形势", "的主要任务". */
const PERIOD_TOPIC = /^的?[^,;。:!?]{0,20}?(?:形势|任务|目标|重点|成就|回顾|机遇|挑战|问题|意义|思路|原则|成效)$/;
/**
 * "制定“十五五”时期国民经济和社会发展规划", "明确“十四五”时期中医药发展目标任务", "按照“十四五”时期全省卫生健康事业“一个
 * 主题…”": a period right after a verb that makes or grasps a plan, or a preposition, opens that verb's object, a noun
 * phrase it qualifies; a time the clause is set in stands before its verb, never after it. So it does after the verb told
 * as done ("规划明确了“十四五”时期…的主要目标", "《建议》提出了“十四五”时期…必须遵循的原则"). Verbs of reaching (完成, 实现)
 * keep the period a goal ("全面完成“十四五”时期目标任务"). The verbs and the 对 with which a plan or a report says what it
 * sets out or shows open such an object too: "重点对“十四五”期间国民经济和社会发展作出总体部署" (江西 十四五 纲要), "实化量化“十四五”
 * 时期经济社会发展主要目标和重大任务" (国新办 2021), "介绍“十四五”时期经济社会发展成就" (国新办 2025), "诠释了“十二五”时期
 * 湖南发展的活力" (华声在线 2016).
 */
const PERIOD_OPENS_OBJECT = /(?:(?:制定|编制|阐明|明确|提出|研究|谋划|把握|领会|理解|列入|介绍|量化|诠释)了?|按照|关于|对)$/;

/**
 * "确保“十四五”开好局、起好步", "为“十五五”开好局、起好步提供坚实支撑", "紧扣“十四五”开好局起好步", "为实现“十四五”良好开局
 * 提供有力支撑": a plan period before 开好局 or 起好步 (or 开局, 起步, 良好开局) names the period's opening, its first year, where
 * the clause's work is; its end is no target of it. "确保“十四五”圆满收官" and "全面完成“十四五”目标任务" reach the period's end.
 */
const PERIOD_OPENING = /^(?:开好局|起好步|开局|起步|良好开局)/;

/** Work kept going, said right after 年内: 持续推进, 持续实施, 长期坚持. */
const YEAR_ROUND_AFTER = /^(?:持续|长期)(?:推进|实施|开展|坚持)/;

/** The ordinal of the five-year plan 十X五 names: 十一五 is the 11th. */
export const PLAN_ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };

/**
 * A recogniser as an object of the one shape every recogniser has (an optional field it lacks is there, undefined):
 * recognise and nextMatch read a recogniser's fields at every match, and V8 reads a field of objects of one shape
 * with one check, of several with a check for each.
 */
function inOneShape(r: Recogniser): Recogniser {
  return { name: r.name, needs: r.needs, needsDigit: r.needsDigit, pattern: r.pattern, core: r.core, onlyInDeadlineCell: r.onlyInDeadlineCell, build: r.build };
}

/** What opens a period: a goal, a means (用3年时间), a limit or a word that counts back. */
const WITHIN_LEAD = `(${GOAL_WORDS})?(?:${MEANS_WORDS})?(${LIMIT}|会前|提前|${COUNT_BACK_FROM})?`;
const WITHIN_LEAD_REACH = longestOf(GOAL_WORDS) + longestOf(MEANS_WORDS) + longestOf(`${LIMIT}|会前|提前|${COUNT_BACK_FROM}`);
/** A count of units closed by 内, 前 or 时间, with the count's own form and what may not stand before it. */
function withinCore(notAfter: string, count: string): string {
  return `${notAfter}(?:(\\d{1,3})(?:至|到|—|~|-))?(${count})(个)?(工作日|日|天|月|年|周|小时|分钟)(内|以内|之内|前|以前|之前|左右时间|时间(?:的努力)?)?`;
}
/**
 * The recognisers, each for one family of expressions. Several may match overlapping text; the
 * resolver keeps the longest, so "2018年6月底前" wins over its "6月底前".
 */
const RECOGNISERS_AS_WRITTEN: Recogniser[] = [
  {
    // "2019年1月1日至12月31日,对…的,给予补贴" is the window in which a policy applies, not a deadline;
    // "集中整治阶段(6月10日-10月10日)", "突击整治周从3月5日至3月20日" is a stage, due on its last day.
    name: 'day-range',
    needs: ['日'],
    needsDigit: true,
    // The dash may be doubled or tripled as typed ("——", "---"), or typed as 一, which before a digit can
    // be no numeral ("5月30日一6月4日"). A span inside one month may write 日 once ("11月1-15日").
    // A span crossing the year's end closes in the next year: "12月10日—1月5日", "11月15日至次年3月15日".
    // A span of every year ("企业应当于每年1月1日至6月30日…报送上一年度年度报告", "每年11月1日至次年3月31日开展冬春攻
    // 势") closes in each, as a span of months after 每年 does, and one of the year after (纳税人"应当在取得所得的次年
    // 三月一日至六月三十日内办理汇算清缴") is a yearly report's window, as 次年M月底前 is: a yearly rule on its last day.
    pattern: /(?<!\d)(?:(\d{4})年|(每年|次年|翌年)(?:的)?)?(\d{1,2})月(\d{1,2})日?(?:起)?(?:至|到|—{1,2}|~|-{1,3}|(?<=日)一(?=\d))(?:(\d{4})年|(次年)(?:的)?)?(?:(\d{1,2})月)?(\d{1,2}日|底|末)(?:止|为止)?/g,
    build: (m, ctx, text, marks) => {
      const [, startYear, everyYear, startMonth, , endYear, nextYearWord, endMonth, last] = m;
      const sentence = sentenceAround(text, marks, m.index, m.index + m[0].length);
      if (POLICY_WORDS.test(sentence)) return { kind: 'none', reason: 'policy-window' };
      const month = Number(endMonth ?? startMonth);
      if (month < 1 || month > 12) return null;
      const day = last === '底' || last === '末' ? -1 : Number(last.slice(0, -1));
      // A leap year's calendar: "每年2月1日至2月29日" names a day some years have.
      if (everyYear && !endYear) return day === -1 || isValidDay(2000, month, day) ? yearly(month, day) : null;
      const year = spanEndYear(startYear ? Number(startYear) : ctx.year, endYear, nextYearWord, Number(startMonth), month);
      if (day === -1) return once(lastDayOfMonth(year, month));
      return isValidDay(year, month, day) ? once(isoDate(year, month, day)) : null;
    },
  },
  {
    // "(一)动员部署阶段(即日起至3月31日)": a stage that runs from the notice's day is due on its last day, as a
    // dated stage is; "即日起至12月31日,对…给予补贴" is a policy's window.
    name: 'from-now-span',
    needs: ['即日', '今日', '现在', '之日'],
    needsDigit: true,
    pattern: /(?:自|从)?(?:即日|今日|现在|(?:本通知|本方案)?(?:印发|下发|发布)之日)起?(?:至|到)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末))?(?![\d年])/g,
    build: (m, ctx, text, marks) => {
      // "本办法自发布之日起至2025年12月31日施行": the term the rules hold in.
      // "禁火时间:即日起至10月10日", "即日起至5月底,严禁野外用火": the window a ban holds in.
      const inForce = /^止?(?:施行|执行|有效|实施|试行)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const sentence = sentenceAround(text, marks, m.index, m.index + m[0].length);
      if (inForce || POLICY_WORDS.test(sentence) || BAN.test(sentence)) return { kind: 'none', reason: 'policy-window' };
      const year = m[1] ? Number(m[1]) : ctx.year;
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      if (!m[3]) return once(lastDayOfMonth(year, month));
      const due = dayOrMonthEnd(year, month, Number(m[3]));
      return due ? once(due) : null;
    },
  },
  {
    // A reference date for a count ("以2019年3月末为清查时点"), or a starting point ("自2018年4月1日起",
    // "从2019年第2季度起", "自2020年下半年开始", "从5月份起").
    name: 'reference-date',
    needs: ['以', '自', '从'],
    pattern: /(?:以|自|从)(?:\d{4}年)?(?:第?[1-4]季度|上半年|下半年|\d{1,2}月份?)?(?:\d{1,2}日|底|末)?(?:为|起|开始)/g,
    build: (m) => (/\d/.test(m[0]) ? { kind: 'none', reason: 'reference-date' } : null),
  },
  {
    name: 'full-date',
    needs: ['日', '号', '前'],
    needsDigit: true,
    // "2020年9月30前": a copy that lost the 日 still reads one way when 前 closes it.
    ...led(DATE_LEAD, PREFIX_REACH, `(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})(?:[日号]|(?=${BEFORE}))(${BEFORE}|止|为止)?`),
    build: (m, ctx, text) => {
      const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
      const due = dayOrMonthEnd(y, mo, d);
      if (!due) return null;
      const capped = capOtherThanDue(text, m.index, m[1]);
      if (capped) return capped;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!m[5] && pastOrStart(after)) return rejected(pastOrStart(after)!);
      // "2023年10月1日以前注册成立的单位": the date defines which units are meant.
      if (!m[1] && definesANoun(text, m.index, m.index + m[0].length)) return rejected('no-obligation-verb');
      const reported = REPORTED_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const labelled = closedByLabel(text, m.index, m[1]);
      if (!m[5] && !m[1] && !ctx.deadlineCell && !closedByHour(text, m.index + m[0].length) && !opensHeadedStep(text, m.index, m.index + m[0].length, due, ctx) && !reported && !labelled) return rejected(whyNotDue(m, text));
      // "报名时间截止到2017年6月27日": the last day of a time to act, no target.
      return once(due, isTarget(m[1]) && !labelled);
    },
  },
  {
    name: 'month-end',
    needs: ['月'],
    needsDigit: true,
    ...led(DATE_LEAD, PREFIX_REACH, `(?:(?<!\\d)(\\d{4})年|(今年|明年|当年))(\\d{1,2})月份?(底|末|上旬|中旬|下旬|上中旬|中下旬)?(${BEFORE})?`),
    build: (m, ctx, text) => {
      const [prefix, year, yearWord, month, part, before] = m.slice(1);
      const y = year ? Number(year) : relativeYear(yearWord, ctx);
      const mo = Number(month);
      if (mo < 1 || mo > 12) return null;
      const capped = capOtherThanDue(text, m.index, prefix);
      if (capped) return capped;
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
      if (/\d/.test(next) && !part) return null; // part of a full date
      // "于今年5月起,每月10日报送": the time a duty starts from, no deadline.
      if (STARTS_FROM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return rejected('reference-date');
      const end = m.index + m[0].length;
      const timed = fillsBracket(text, m.index, end) || opensPlannedItem(text, m.index, end, y, ctx) || opensHeadedStep(text, m.index, end, lastDayOfMonth(y, mo), ctx);
      // "各县区2019年10月完成改造": a step named right after the month is due in it, as after a month without its year.
      const rest = text.slice(end, end + 24);
      const action = !part && !before && opensAStep(rest);
      if (!part && !before && !prefix && !ctx.deadlineCell && !timed && !action) return rejected(whyNotDue(m, text));
      const due = part && part.endsWith('旬') ? decadeEnd(y, mo, part[part.length - 2]) : lastDayOfMonth(y, mo);
      return once(due, isTarget(prefix));
    },
  },
  {
    name: 'month-range',
    needs: ['月'],
    needsDigit: true,
    // A stage "(2015年1月—2015年3月)", "3月至6月", "(4月-5月中旬)", "5月下旬-8月", "11月底至12月初": due at the end of the
    // closing month, 旬 or 月初.
    // A dash typed as 一 is read only after a month's 月 or 旬: before a digit it can be no numeral. The years may be
    // words ("今年10月至明年3月", "于今年4月至6月"): the span is one, where its closing month was read as a goal (至 as 到)
    // and its opening month as a deadline of its own. A span may lie wholly in the next year ("明年3月至5月", "明年1-2月"):
    // the 明年 before its opening month is the year of both ends, as 今年 is. A span may open at a year's end ("今年底至明年6月"), and a month's
    // end may run into the next month's start with no word between ("11月底12月初").
    pattern: /(?<![\d.])(?:每年(?:的)?(?=\d))?(?:(?:(\d{4})年|(今年|本年|当年|明年))?(\d{1,2})(?:月(?:份)?)?(?:上旬|中旬|下旬|初|底)?|(?:(\d{4})年|(今年|本年|当年))年?[底末])(?:至|到|—{1,2}|~|-{1,3}|(?<=[月份旬初底])一(?=\d)|(?<=\d月(?:底|末|下旬))(?=\d{1,2}月(?:初|上旬)))(?:(\d{4})年|(次年|明年|翌年)(?:的)?)?(\d{1,2})月(?:份)?(底|末|上旬|中旬|下旬|初)?(?![\d日])/g,
    build: (m, ctx) => {
      const [, year, yearWord, opening, endOfYear, endOfYearWord, endYear, nextYearWord, closing, part] = m;
      const month = Number(closing);
      // "今年底至明年6月", "2018年底至2019年6月": a span opening at a year's end opens in its twelfth month.
      const openingMonth = opening ? Number(opening) : 12;
      if (month < 1 || month > 12 || openingMonth > 12) return null;
      // "7月底8月初召开会议", "6月底7月初交付": a month's end written against the next month's start, with no 至, is one
      // window across the turn of the month, as "7月底至8月初" is; months further apart are two times.
      if (/(?:底|末|下旬)\d/.test(m[0]) && month !== (openingMonth % 12) + 1) return null;
      // "每年6月至8月开展专项整治", "每年11月底12月初", "每年11月至次年3月开展冬春整治": a span of every year closes in
      // each, as 每年M月 falls in each year's month M. The 每年 is the expression's, as a span of days' is: "年检时间:每年3月至
      // 5月" has no task "年检时间:每年".
      if (!year && !endOfYear && !endYear && m[0].startsWith('每年')) {
        return yearly(month, part === '初' || part === '上旬' ? 10 : part === '中旬' ? 20 : -1);
      }
      const startYear = year ?? endOfYear;
      const startWord = yearWord ?? endOfYearWord;
      const y = spanEndYear(startYear ? Number(startYear) : startWord ? relativeYear(startWord, ctx) : ctx.year, endYear, nextYearWord, openingMonth, month);
      // "11月底至12月初": a span closing at a month's start closes on its 10th, as M月初 does.
      if (part === '初') return once(isoDate(y, month, 10));
      return once(part?.endsWith('旬') ? decadeEnd(y, month, part[0]) : lastDayOfMonth(y, month));
    },
  },
  {
    name: 'year-end',
    needs: ['底', '末'],
    needsDigit: true,
    ...led(DATE_LEAD, PREFIX_REACH, `(?<!\\d)(\\d{4})年(?:年)?(底|末|年底|年末)(${BEFORE})?`),
    // "2018年底,全市建成美丽河湖10条" in a 2019 plan: a year-end before the plan's year, with no 前 and no
    // word that sets it, tells what was done by then.
    build: (m, ctx, text) =>
      capOtherThanDue(text, m.index, m[1]) ??
      (!m[1] && !m[4] && Number(m[2]) < ctx.year && !DEADLINE_LABEL.test(text.slice(Math.max(0, m.index - 6), m.index))
        ? rejected('past-event')
        : once(isoDate(Number(m[2]), 12, 31), isTarget(m[1]))),
  },
  {
    name: 'year-period',
    needs: ['半年', '年初', '年中', '季度'],
    ...led(
      // "2019年初", "明年初": the year and 年初 share one 年, as 今年底 does.
      `${DATE_LEAD}(?:(?<!\\d)(\\d{4})(?:年|(?=年[初中]))|(${YEAR_WORDS}|[今明](?=年[初中])))?`,
      PREFIX_REACH + Math.max('2019年'.length, longestOf(YEAR_WORDS)),
      // "前三季度", "一至三季度", "1-3季度": the quarters from the year's start, ending with the last one named. "上半年内",
      // "二季度以内": within the period, by its end, as 年内 is the year's.
      `(?:(?:前|[1一]至|1[-—])(?=[2-4]季度))?(上、?下半年|上半年|下半年|年初|年中|第?[1-4]季度)(末|底|结束时|结束前)?(?:以?内(?![容部]))?(${BEFORE})?(?:\\((\\d{1,2})月份?\\))?`,
    ),
    build: (m, ctx, text) => {
      const capped = capOtherThanDue(text, m.index, m[1]);
      if (capped) return capped;
      // 上一季度, 本季度, 每季度: a period counted from some other time, not a date of the plan year.
      const periodStart = m.index + m[0].indexOf(m[4], m[1]?.length ?? 0);
      if (!m[2] && !m[3] && /[上下本每该这次]/.test(text[periodStart - 1] ?? '')) return null;
      if (/^年[初中]$/.test(m[4])) {
        // The 年 of 年初 or 年中 closing another word is that word's: a year of two digits ("已于20年初完成"), 学年初 (a
        // school year's start), 去年初 (last year's), 全年中 and 近年中 (within the year, in recent years), 三年中, 青年中心,
        // 老年中心, 历年中考.
        if (!m[2] && !m[3] && /[\d学去全近历多往同周半青少老成一二两三四五六七八九十几]/.test(text[periodStart - 1] ?? '')) return null;
        // 初 or 中 opening a word after the 年 (YEAR_PART): "到2020年初步建成", "2018年中央一号文件", "年中心工作".
        if (!CLOSES_YEAR.test(text.slice(periodStart + 1))) return null;
      }
      const year = m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], ctx) : ctx.year;
      // "2017年上半年,全市完成…" in a 2018 plan: a period of a year before the plan's, with nothing that sets it.
      if (m[2] && year < ctx.year && !m[1] && !m[5] && !m[6] && !DEADLINE_LABEL.test(text.slice(Math.max(0, m.index - 6), m.index))) return rejected('past-event');
      // "上、下半年各开展一次督查": both halves, the first's end added beside this one (bothHalves); in standing rules every year's.
      if (/^上、?下半年$/.test(m[4])) return ctx.standingRules && !m[2] && !m[3] ? inMonths([6, 12], -1) : once(isoDate(year, 12, 31), isTarget(m[1]));
      // "第四季度(11月份)": a month inside the period narrows it.
      const narrowed = m[7] ? Number(m[7]) : 0;
      const last = periodMonth(m[4]);
      if (narrowed && last && narrowed <= last && narrowed > last - (m[4].includes('季度') ? 3 : 6)) return once(lastDayOfMonth(year, narrowed), isTarget(m[1]));
      const due = periodEnd(year, m[4]);
      return due ? once(due, isTarget(m[1])) : null;
    },
  },
  {
    name: 'year-end-context',
    needs: ['年底', '年末', '年终'],
    // 年底前 / 今年底 / 今年年底 / 在年终 with the year from context; "2018年底" and "2018年年底" are year-end's.
    // In 今年底 the year word shares its 年 with 年底. A school year's end (学年末, 学年底, 学年终了) is no calendar year's.
    ...led(`${DATE_LEAD}(${YEAR_WORDS}|[今明当本](?=年[底末终]))?`, PREFIX_REACH + longestOf(YEAR_WORDS), `(?<![\\d每学])(?<![^今明当本]年)(年底|年末|年终)(${BEFORE})?`),
    build: (m, ctx, text) => {
      // 年终考核: a name. "对…项目进行年终推进", "开展年终盘点": after a verb that makes an activity its object, 年终 names
      // the kind of activity, as in 年终考核; so it does after a verb that files a thing under a heading ("纳入年终全县目标
      // 考核体系", "作为年终评先的依据"), whose object is always a noun. "在年终进行督查" still sets the time.
      if (m[3] === '年终' && (/^(?:考核|总结|评估|检查|奖)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) || (!m[1] && !m[2] && /(?:进行|开展|组织|搞好|做好|召开|纳入|列入|计入|记入|作为|列为)$/.test(text.slice(Math.max(0, m.index - 2), m.index))))) return null;
      // "于年中、年末", "于年中和年末": the second of a list the first one's 于 governs.
      const listed = /(?:年初|年中|上半年)(?:、|和|及|与)$/.test(text.slice(Math.max(0, m.index - 4), m.index));
      // "年底组织考核": a step of the plan named right after the year-end, as after a bare month.
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const action = opensAStep(rest);
      if (!m[2] && !m[4] && !m[1] && m[3] !== '年终' && !listed && !action) return null;
      const capped = capOtherThanDue(text, m.index, m[1]);
      if (capped) return capped;
      const year = m[2] ? relativeYear(m[2], ctx) : ctx.year;
      return once(isoDate(year, 12, 31), isTarget(m[1]));
    },
  },
  {
    name: 'numeric-date',
    // "2018.6.30前", "2018/12", "2018-06" as tables from web pages write them, the day's 日 or 号 typed after it as a date
    // in words has it ("2015.6.30日前", "2017.12.31日前使用有效", "2013.8.31日前依然可以报名"); and their ranges, "2018.11—12",
    // "2018.5—2019.6", "2018.6.1—6.30", due at the range's end as a stage "M月至N月" is. One separator runs through a
    // date (2018.11-12 is November to December, 2018-11-12 a day).
    needs: ['.', '/', '-'],
    needsDigit: true,
    pattern: new RegExp(
      `(?<![\\d.])((?:19|20)\\d{2})([./-])(\\d{1,2})(?:\\2(\\d{1,2})[日号]?)?` +
        `(?:\\s*[—~至到-]\\s*(?:((?:19|20)\\d{2})\\2)?(\\d{1,2})(?:\\2(\\d{1,2})[日号]?)?)?(?![\\d.])(底|末)?(${BEFORE})?`,
      'g',
    ),
    build: (m, ctx, text) => {
      // "时间:2023-12-22 17:46" under a page's title: a day with its clock time, with no 前 after it, is when the page was
      // posted or changed (normalised, the space is gone: the day and the hour run together as 2023-12-2217:46).
      if (!m[9] && !m[8] && CLOCK_STAMP.test(text.slice(m.index, m.index + 24))) return rejected('timestamp');
      if (!m[9] && !m[8] && !ctx.deadlineCell) return null;
      const end = m[6] === undefined ? dottedDate(Number(m[1]), Number(m[3]), m[4]) : dottedRangeEnd(Number(m[1]), Number(m[3]), m[4], m[5], m[6], m[7]);
      return end === null ? null : once(end);
    },
  },
  {
    name: 'year-within-context',
    // "确保年内完成", "本年度内完成": by the end of the plan year. 年度内部 (年度内部审计) is 内部, inside, not 内; a 年度 not
    // this one (相应年度内, 两个会计年度内, 半年度内) is no year of the calendar, and 半年内 is six months. Nor is a school year
    // (本学年内, 1个学年内, 四分之三学年内): it runs from one autumn to the next summer, by a school calendar this does not
    // read, as 学年初 names no date either.
    needs: ['年内', '年度内'],
    pattern: /(?<![\d年半学])(?:(今年|当年|本年度?)(?:年|度)?|年)内(?!容|部)/g,
    build: (m, ctx, text) => {
      const due = isoDate(m[1] ? relativeYear(m[1], ctx) : ctx.year, 12, 31);
      // "(年内持续推进)", "年内持续推进…改革": work kept going through the year, not finished once by its end.
      return YEAR_ROUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) ? { kind: 'ongoing', due, target: false } : once(due);
    },
  },
  {
    name: 'year-within',
    needs: ['年内', '年度内'],
    needsDigit: true,
    // "2018年内完成", "2019年度内完成": by the year's end.
    pattern: /(?<![\d—~-])(\d{4})年(?:年|度)?内(?!容|部)/g,
    build: (m) => once(isoDate(Number(m[1]), 12, 31)),
  },
  {
    name: 'festival',
    // Every form closes with 前: the festivals' own characters would take more anchors than the index holds.
    needs: ['前'],
    // "确保…在2021年春节前全部解决", "务必在国庆节前完成病媒防制工作", "从2019年11月20日至2020年春节前,…开展冬季攻坚行动":
    // a festival is a day of the calendar, the last one to act, as "M月D日前" makes the named day. Without its year it
    // is the next one after the notice. Two named together ("元旦、春节前", "中秋国庆前") are due by the earlier day.
    // "春节前后" is a window around it, "国庆节前夕" its eve as news tells, "春节前一周" a count back from it,
    // "国庆节前可完成十六项" a forecast (中新社 1999), "分界每年元旦前移一年" no time (前移: moves earlier).
    ...led(
      DATE_LEAD,
      PREFIX_REACH,
      `(?:(?<!\\d)(\\d{4})年|(${YEAR_WORDS}))?(${FESTIVAL})(?:、?(${FESTIVAL}))?${BEFORE}(?![后夕可移]|[\\d一二两三四五六七八九十]{1,3}(?:天|日|周|个))`,
    ),
    build: (m, ctx, text) => {
      const [, prefix, year, yearWord, first, second] = m;
      const capped = capOtherThanDue(text, m.index, prefix);
      if (capped) return capped;
      if (!prefix && !year && !yearWord && NAMES_EVENT.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
      const dayOf = (name: string) => {
        if (year) return festivalDay(name, Number(year));
        return yearWord ? festivalDay(name, relativeYear(yearWord, ctx)) : comingFestivalDay(name, ctx);
      };
      const days = [first, second].filter((name): name is string => !!name).map(dayOf);
      if (days.some((day) => day === null)) return null;
      return once((days as string[]).sort()[0]);
    },
  },
  {
    name: 'yearly-festival',
    needs: ['每年', '每逢'],
    // "赡养费于每年春节前给付", "年终奖金…发放时间为每年春节前", "画像…每年国庆前更换一次", "政府每年元旦前公告新费率": a duty
    // due by a festival every year is due on its day each year, where 每年 made it due on 12-31 and the festival gave the
    // next one alone. Two named together are due by the one that comes first. "每年春节前后" is a window around it,
    // "每年中秋节前夕" its eve, "每年春节前一周" a count back from it, "分界每年元旦前移一年" no time to act (前移: moves earlier).
    pattern: new RegExp(`每(?:年|逢)(?:的|在|于)?(${FESTIVAL})(?:、?(${FESTIVAL}))?${BEFORE}(?![后夕移]|[\\d一二两三四五六七八九十]{1,3}(?:天|日|周|个))`, 'g'),
    build: (m, ctx) => {
      const [, first, second] = m;
      const earlier = second && (festivalDay(second, ctx.year) ?? '') < (festivalDay(first, ctx.year) ?? '') ? second : first;
      return festivalEveryYear(earlier);
    },
  },
  {
    name: 'target-year',
    needs: ['年'],
    needsDigit: true,
    ...led(`(${TARGET_PREFIX})?`, PREFIX_REACH, `(?<![\\d—~-])(\\d{4})年(${BEFORE})?(?![\\d月底末度年终内—~-]|${YEAR_PART}|后)`),
    build: (m, ctx, text) => {
      const year = Number(m[2]);
      if (!m[3] && YEAR_DESCRIBED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return rejected('year-described');
      // 确保 before a year sets a goal to be met in it, as 力争 does: "确保2022年全省粮食播种面积稳定在…".
      if (!m[1] && !m[3] && text.slice(Math.max(0, m.index - 2), m.index) === '确保' && ENSURED_GOAL.test(text.slice(m.index + m[0].length))) {
        return once(isoDate(year, 12, 31), true);
      }
      if (!m[1] && !m[3]) {
        // "2016年基本完成…", "2020年,巩固…": a year opening a clause of a plan, said of what is to come.
        // An item's number opens it too: "1.2019年", "(一)2021年", "②2022年".
        const opens = m.index === 0 || /[,;。:、]/.test(text[m.index - 1]) || /\d\.$|\([一二三四五六七八九十\d]{1,3}\)$|[①-⑳]$/.test(text.slice(Math.max(0, m.index - 5), m.index));
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        // "请…的单位,2024年达到规定统计标准的,于11月20日前提供…": a clause closed by 的 is a condition naming who is meant.
        const condition = CONDITION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
        const planned = opens && !condition && (PLANNED.test(next) || PLANNED_DEED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) && (year >= ctx.year || (yearsGoOn(text, m.index + m[0].length, year, ctx) && !DONE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))));
        return planned ? once(isoDate(year, 12, 31), true) : rejected(whyNotDue(m, text));
      }
      // "2015至2017年" is a span, 截至2020年 a count; 至 opening a clause ("…,至2020年建成充电站1000余座") is 到.
      if (m[1] === '截至' || (m[1] === '至' && !(m.index === 0 || /[,;。:]/.test(text[m.index - 1]) || /(?:力争|确保|争取)$/.test(text.slice(Math.max(0, m.index - 2), m.index))))) return null;
      return once(isoDate(year, 12, 31), true);
    },
  },
  {
    name: 'span-to-event',
    needs: ['止'],
    needsDigit: true,
    // "(2009年12月起至2010年获得省园林城市称号止)": a stage that ends with an event dated only by its year is
    // a target of that year; one whose event has no year ("至获得称号止") sets nothing. A month after the year is a
    // date, no event: "自2019年5月1日起至2019年8月31日止" closes on its day, as the span does without 止.
    pattern: /(?:(?<!\d)\d{4}年\d{1,2}月(?:\d{1,2}日)?起?)?至(\d{4})年(?!\d{1,2}月)([^,;。()起至止]{2,24}?)止/g,
    build: (m) => once(isoDate(Number(m[1]), 12, 31), true),
  },
  {
    name: 'year-span',
    needs: ['年'],
    needsDigit: true,
    ...led(`(${GOAL_WORDS})?`, longestOf(GOAL_WORDS), `(?<!\\d)(\\d{4})(?:年)?(?:—|~|-|至|到)(\\d{4})年(?![\\d月底末度])`),
    build: (m) => (Number(m[3]) > Number(m[2]) ? once(isoDate(Number(m[3]), 12, 31), true) : null),
  },
  {
    name: 'five-year-plan',
    needs: ['五'],
    // Its end is said as 末 and as 期末, 末期 or 时期末: "到“十四五”期末,力争基本完成…改造任务".
    // Inside a quotation the name takes single quotes: "“高质量完成‘十四五’规划”系列主题新闻发布会" (国新办 2025).
    pattern: /[“"‘]?十([一二三四五六七八九])五[”"’]?((?:期间|时期末|时期|期末|末期|末)(?:(?<=末)前)?)?/g,
    build: (m, ctx, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!m[2] && !/(?:确保|完成|实现|达到|全面)[^,。;]*$/.test(before)) return null;
      if (!m[2] && PERIOD_OPENING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return rejected('plan-opening');
      // "编制“十一五”规划纲要": the plan's name, not its end.
      if (!m[2] && /^(?:规划|纲要|计划|发展规划|时期规划)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "一、“十三五”时期老龄事业发展面临的形势": a heading that names the period's topic sets nothing.
      if (m[2] && PERIOD_TOPIC.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
      // "“十四五”时期是…的第一个五年", "“十五五”时期是…的关键时期", "“十四五”时期(2021-2025年),是…": a plan's opening
      // says what the period is, as "2017年,是…开局之年" does a year; its work is in the sentences after it.
      if (m[2] && !m[2].includes('末') && PERIOD_DESCRIBED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return rejected('year-described');
      if (m[2] && !m[2].includes('末') && PERIOD_OPENS_OBJECT.test(text.slice(Math.max(0, m.index - 3), m.index))) return rejected('period-qualifies');
      const end = fiveYearPlanEnd(PLAN_ORDINAL[m[1]]);
      // "“十二五”期间,…出台了一系列政策" in a plan dated 2017: a plan period over before the document's year is
      // told, not set. Without the document's date the year of context may be only today's.
      if (ctx.docDate && end < Number(ctx.docDate.slice(0, 4))) return rejected('past-event');
      // "“十二五”时期,…取得一系列重大成就", "“十二五”期间,地区生产总值年均增长8.5%" in the 十三五 plan's review of its base,
      // whatever its copy's date: a period before the plan's own is what was done, not what is set.
      if (ctx.planStart && end < ctx.planStart) return rejected('past-event');
      return once(isoDate(end, 12, 31), true);
    },
  },
  {
    name: 'month-context',
    needs: ['月'],
    needsDigit: true,
    // A month without its year: 6月底前, 3月1日前, 9月上旬, 今年8月31日前, taking the plan year. Copies that
    // lost a character still read one way: "4月28前" (no 日), "6底前" is month-end's.
    ...led(
      `${DATE_LEAD}(${YEAR_WORDS})?`,
      PREFIX_REACH + longestOf(YEAR_WORDS),
      `(?<![\\d月每]|(?<![今明当本])年|(?<!本)年度)(\\d{1,2})月(?:(\\d{1,2})[日号]?|份)?(底|末|上旬|中旬|下旬|${EARLY}|上中旬|中下旬)?(${BEFORE})?`,
    ),
    build: (m, ctx, text, marks) => {
      const [, prefix, yearWord, month, dayText, part, before] = m;
      const mo = Number(month);
      if (mo < 1 || mo > 12) return null;
      const capReading = capOtherThanDue(text, m.index, prefix);
      if (capReading) return capReading;
      const capped = isCap(prefix);
      const ahead = text.slice(Math.max(0, m.index - 2), m.index);
      if (/(?:次年|每年|每月)$/.test(ahead)) return null;
      // "于今年5月起,每月10日报送", "从5月上旬起至…": the time a duty starts from, no deadline.
      const following = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (STARTS_FROM.test(following)) return rejected('reference-date');
      if (!prefix && definesANoun(text, m.index, m.index + m[0].length)) return rejected('no-obligation-verb');
      // A list member takes the year its list began with: "2019年4月15日、7月15日…".
      const listYear = /(\d{4})年\d{1,2}月\d{1,2}[日号](?:[、和及]\d{1,2}月\d{1,2}[日号])*[、和及]$/.exec(text.slice(Math.max(0, m.index - 40), m.index));
      // "2020年5月、10月": so does a month listed after a month of that year.
      const listMonthYear = /(\d{4})年\d{1,2}月份?(?:[、和及]\d{1,2}月份?)*[、和及]$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const year = yearWord ? relativeYear(yearWord, ctx) : listYear ? Number(listYear[1]) : listMonthYear ? Number(listMonthYear[1]) : (yearOfSentence(text, m.index, mo) ?? yearOfUndatedMonth(mo, ctx));
      // "于4月15日、7月15日及次年1月15日前": a date inside a list that one 前 closes.
      // "于6月、9月、12月底前": so is a month inside a list that one 底前 closes.
      const listed =
        !before &&
        (/^(?:[、和及](?:\d{4}年)?\d{1,2}月\d{1,2}[日号])+(?:前|之前|以前)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
          (!dayText && !part && /^(?:[、和及](?:\d{4}年)?\d{1,2}月份?)+(?:底|末)?(?:前|之前|以前)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))));
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const action = !part && !before && !dayText && opensAStep(rest);
      // "于2020年5月、10月分别组织检查": a month listed after one that 于 or 在 set as a time.
      // The list is read from the text's start when that is near, so that an item's opening is seen as one.
      const listedMonth = !part && !before && !dayText && LISTED_MONTH.test(text.slice(m.index > 30 ? m.index - 30 : 0, m.index)) && (m.index <= 30 || /(?:于|在)(?:\d{4}年)?\d{1,2}月/.test(text.slice(m.index - 30, m.index)));
      // "(本次报送于5月29日)之前": a date in brackets that a 前 after them closes.
      const closedAfter = /^\)(?:之前|以前|前)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || closedByHour(text, m.index + m[0].length);
      // "11月前全面完成、12月查漏补缺": a month opening the next node of a schedule whose node before it had a deadline.
      const nextNode = !part && !before && NEXT_NODE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !DONE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const end = m.index + m[0].length;
      const timed = !dayText && (fillsBracket(text, m.index, end) || opensPlannedItem(text, m.index, end, year, ctx) || opensHeadedStep(text, m.index, end, lastDayOfMonth(year, mo), ctx));
      // "第三阶段。2月26日,镇整治领导小组对各责任区进行检查验收": a day opening the sentence under a stage's heading.
      const dayDue = dayText && /[日号]$/.test(text.slice(m.index, end)) ? dayOrMonthEnd(year, mo, Number(dayText)) : null;
      // "请于4月2日(周一)将名单报送…": what is done by the day follows its weekday.
      const next = dayDue ? end + (WEEKDAY_IN_BRACKETS.exec(text.slice(end, end + 6))?.[0].length ?? 0) : end;
      const handedIn =
        !!dayDue && !before && (prefix === '于' || prefix === '在') && HANDED_IN_BY.test(text.slice(next, next + 30)) && ASKED_OR_CHARGED.test(text.slice(Math.max(0, text.lastIndexOf('。', m.index) + 1, m.index - 60), m.index));
      const labelledDay = !!dayDue && !yearWord && closedByLabel(text, m.index, prefix);
      const chargedDay = !!dayDue && !before && (prefix === '于' || prefix === '在') && chargesTheDay(text, marks, m.index, next);
      const headedDay = !!dayDue && (opensHeadedStep(text, m.index, end, dayDue, ctx) || REPORTED_ON.test(text.slice(next, next + 24)) || handedIn || labelledDay || chargedDay);
      // Seen all the same, so --explain lists a month that no step follows ("6月份明确…" once went unlisted).
      if (!part && !before && !capped && !(prefix && isTarget(prefix)) && !ctx.deadlineCell && !action && !listed && !timed && !closedAfter && !nextNode && !listedMonth && !headedDay) return rejected(whyNotDue(m, text));
      // In a document of standing rules, 本年度 is each year's.
      if (ctx.standingRules && yearWord && /^(?:本年度|本年|当年)$/.test(yearWord)) {
        if (dayText) return /[日号]/.test(m[0]) && Number(dayText) >= 1 && Number(dayText) <= 31 ? yearly(mo, Number(dayText)) : null;
        return yearly(mo, part === '上旬' || part === '初' ? 10 : part === '中旬' ? 20 : -1);
      }
      if (dayText) {
        // "4月28前" lost its 日; "4月28" with nothing after is no deadline.
        if (!/[日号]$/.test(text.slice(m.index, m.index + m[0].length).replace(/(?:前|之前|以前)$/, '')) && !before && !capped) return null;
        const d = Number(dayText);
        const due = dayOrMonthEnd(year, mo, d);
        return due && (before || capped || ctx.deadlineCell || listed || closedAfter || headedDay) ? once(due, isTarget(prefix) && !labelledDay) : null;
      }
      if (part === '初') return once(isoDate(year, mo, 10), isTarget(prefix));
      // "11月中下旬": the later of two decades.
      const due = part && part.endsWith('旬') ? decadeEnd(year, mo, part[part.length - 2]) : lastDayOfMonth(year, mo);
      return once(due, isTarget(prefix));
    },
  },
  {
    name: 'month-lost',
    needs: ['底'],
    needsDigit: true,
    // "2016年6底前": a month-end whose 月 was lost in copying.
    pattern: new RegExp(`(?:(\\d{4})年)?(?<![\\d月])(\\d{1,2})底(${BEFORE})`, 'g'),
    build: (m, ctx) => {
      const mo = Number(m[2]);
      return mo >= 1 && mo <= 12 ? once(lastDayOfMonth(m[1] ? Number(m[1]) : ctx.year, mo)) : null;
    },
  },
  {
    name: 'day-lost-month',
    needs: ['日'],
    needsDigit: true,
    // "分别于615日、1215日前": dates whose 月 was lost in copying, read only where one split into month and
    // day is possible (615 → 6月15日; 111 could be 1月11日 or 11月1日, so it is no date, nor a count of 111 days).
    pattern: new RegExp(`(?<![\\d.个])(\\d{3,4})日(${BEFORE})?(?!内|以内|左右)`, 'g'),
    build: (m, ctx) => {
      const digits = m[1];
      const readings: string[] = [];
      for (let cut = 1; cut < digits.length; cut++) {
        const [mo, d] = [Number(digits.slice(0, cut)), Number(digits.slice(cut))];
        if (digits[cut] !== '0' && mo >= 1 && mo <= 12 && isValidDay(ctx.year, mo, d)) readings.push(isoDate(ctx.year, mo, d));
      }
      if (readings.length > 1) return { kind: 'none', reason: 'lost-month-ambiguous' };
      return readings.length === 1 ? once(readings[0]) : null;
    },
  },
  {
    name: 'yearly-date',
    needs: ['每年', '次年'],
    needsDigit: true,
    // Several months may share the day: "每年1、4、7、10月8日前", "每年6月、12月底前".
    pattern: new RegExp(`(每年|次年|每年度)(?:的)?(\\d{1,2}(?:月?[、和及]\\d{1,2})*)月(?:(\\d{1,2})[日号]|份)?(底|末|上旬|中旬|下旬)?(${BEFORE})?`, 'g'),
    build: (m) => {
      const months = m[2].split(/月?[、和及]/).map(Number);
      if (months.some((mo) => mo < 1 || mo > 12)) return null;
      const day = m[3] ? Number(m[3]) : m[4] === '上旬' ? 10 : m[4] === '中旬' ? 20 : -1;
      return months.length === 1 ? yearly(months[0], day) : inMonths(months, day);
    },
  },
  {
    name: 'yearly-period',
    needs: ['每年', '次年'],
    // "每年上、下半年各开展一次", "每年上下半年各报送一次": both halves of every year, as 每半年.
    pattern: new RegExp(`(每年|次年|每年度)(?:的)?(年初|年中|年底|年末|上、?下半年|上半年|下半年|第?[1-4]季度|初|底|末)(末|底)?(${BEFORE})?`, 'g'),
    build: (m, _ctx, text) => {
      if (/^上、?下半年$/.test(m[2])) return m[1] === '次年' ? null : inMonths([6, 12], -1);
      // "每年初中毕业生升学工作": 初 opens 初中 after 每年, as after a year (YEAR_PART).
      if (m[2] === '初' && !CLOSES_YEAR.test(text.slice(m.index + m[0].indexOf('初', m[1].length)))) return null;
      const month = periodMonth(m[2].length === 1 ? `年${m[2]}` : m[2]);
      return month ? yearly(month, -1) : null;
    },
  },
  {
    name: 'after-each-period',
    // "每季度结束后15日内": the Nth day of the month after each period ends. "季度结束后15日内", "月度终了后10日内"
    // say the same of every quarter or month without 每: a period named by its kind, not one of them (第1季度, 本季度).
    // "年度结束后4个月内": by the end of the Nth month after. The law's "自季度终了之日起15日内", "自年度终了之日起五个月内"
    // count from the same end.
    needs: ['后', '起'],
    needsDigit: true,
    pattern: /(?:每(季度|个季度|月|年|半年)(?:度)?(?:结束|终了|末)?|(?<![第本上下当该次前每个\d])(季度|月度|月份|年度|半年度?)(?:结束|终了))(?:后|之日起)(?:的)?(\d{1,2})(?:个)?(工作日|日|天|月)(?:内|以内)/g,
    build: (m) => {
      const period = m[1] ?? { 季度: '季度', 月度: '月', 月份: '月', 年度: '年', 半年: '半年', 半年度: '半年' }[m[2]]!;
      const n = Number(m[3]);
      if (m[4] === '月') return monthsAfterEachPeriod(period, n);
      return dayAfterEachPeriod(period === '个季度' ? '季度' : period, n);
    },
  },
  {
    name: 'one-per-period',
    needs: ['1周一', '1月一', '1季一'],
    needsDigit: true,
    // "一周一报", "一月一调度", "一季一通报": once in each week, month or quarter, as 每周, 每月, 每季度.
    pattern: /(?<![\d年])1(周|月|季)一(?:报|次(?!性)|调度|通报|会商|督查|督导|检查|研判|分析)/g,
    build: (m) => {
      const rrule = m[1] === '周' ? 'FREQ=WEEKLY;BYDAY=FR' : m[1] === '月' ? 'FREQ=MONTHLY;BYMONTHDAY=-1' : 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1';
      return { kind: 'recurring', rrule, target: false };
    },
  },
  {
    name: 'quarterly',
    needs: ['季'],
    // "每季反馈一次": 每季 without 度 is the same.
    pattern: /(?:每季度|每个季度|按季度|逐季|每季(?!度))(?:末|底)?/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', target: false }),
  },
  {
    name: 'half-yearly',
    needs: ['每半年'],
    pattern: /每半年/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1', target: false }),
  },
  {
    name: 'half-monthly',
    needs: ['每半'],
    pattern: /每半个?月/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,-1', target: false }),
  },
  {
    name: 'by-period',
    needs: ['按', '逐'],
    // "按月报送", "逐月调度", "按季通报", "按周更新": by the month, quarter or week as 每月, 每季度, 每周; only before
    // a verb of reporting or follow-up, so "按月发放补贴" and "逐月递增" (a payment, a trend) are not read.
    pattern: /(?:按|逐)(月|季|周)(?!度|份)(?=(?:进行|开展|及时|准时|定期)?(?:报送|上报|报告|报|通报|调度|汇总|统计|检查|督查|督导|考核|推进|召开|更新|公布|公开|分析|研判|填报|对账|查账))/g,
    build: (m) => {
      const rrule = m[1] === '月' ? 'FREQ=MONTHLY;BYMONTHDAY=-1' : m[1] === '季' ? 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1' : 'FREQ=WEEKLY;BYDAY=FR';
      return { kind: 'recurring', rrule, target: false };
    },
  },
  {
    name: 'monthly',
    needs: ['每月', '每个月'],
    // "每月5日前", "每月10日、20日前" (several days in one rule), "每月底" and "每月底前", "每月上旬" and "每月初" (the 10th, as M月上旬
    // and M月初; 每月初一 is the lunar month's first day); 每个月 with its measure word is the same ("每个月20日之前报送").
    pattern: new RegExp(`每个?月(?:的)?(?:(\\d{1,2}[日号](?:[、和及]\\d{1,2}[日号])*)(${BEFORE})?|(底|末)${BEFORE}?|(上旬|中旬|下旬|月?${EARLY}(?!\\d))(${BEFORE})?)?`, 'g'),
    build: (m) => {
      const decade = m[4] === '上旬' || m[4]?.endsWith('初') ? 10 : m[4] === '中旬' ? 20 : -1;
      const days = m[1] ? [...m[1].matchAll(/\d{1,2}/g)].map((d) => Number(d[0])) : [decade];
      if (days.some((d) => d < 1 && d !== -1) || days.some((d) => d > 31)) return null;
      return { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${days.join(',')}`, target: false };
    },
  },
  {
    name: 'every-n-weeks',
    needs: ['周'],
    needsDigit: true,
    // "每两周" (the normaliser made it 每2周): every N weeks, on Friday as 每周.
    pattern: /每(\d{1,2})(?:个)?(?:周|星期)/g,
    build: (m) => (Number(m[1]) >= 2 ? { kind: 'recurring', rrule: `FREQ=WEEKLY;INTERVAL=${Number(m[1])};BYDAY=FR`, target: false } : null),
  },
  {
    name: 'every-other',
    needs: ['每隔'],
    needsDigit: true,
    // "以后每隔一周报送一期": skipping N weeks (days, months, years) between, every N+1; 每隔一周 is every other week.
    pattern: /每隔(\d{1,2})个?(天|日|周|星期|月|年)/g,
    build: (m) => {
      const interval = Number(m[1]) + 1;
      if (interval < 2) return null;
      const rrule =
        m[2] === '天' || m[2] === '日'
          ? `FREQ=DAILY;INTERVAL=${interval}`
          : m[2] === '月'
            ? `FREQ=MONTHLY;INTERVAL=${interval};BYMONTHDAY=-1`
            : m[2] === '年'
              ? `FREQ=YEARLY;INTERVAL=${interval};BYMONTH=12;BYMONTHDAY=-1`
              : `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=FR`;
      return { kind: 'recurring', rrule, target: false };
    },
  },
  {
    name: 'every-n-months',
    needs: ['每'],
    needsDigit: true,
    // "每两个月", "每两月" (the normaliser made them 每2个月, 每2月): every N months at the month's end.
    pattern: /每(\d{1,2})个?月/g,
    build: (m) => (Number(m[1]) >= 2 ? { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=${Number(m[1])};BYMONTHDAY=-1`, target: false } : null),
  },
  {
    name: 'odd-even-month-day',
    needs: ['单月', '双月'],
    needsDigit: true,
    // "双月之十日前送达": every other month, the even (双) or odd (单) ones, by a day of the month.
    pattern: new RegExp(`(单|双)月(?:之|的)?(\\d{1,2})[日号](${BEFORE})?`, 'g'),
    build: (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 28) return null;
      const months = m[1] === '单' ? '1,3,5,7,9,11' : '2,4,6,8,10,12';
      return { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=2;BYMONTH=${months};BYMONTHDAY=${day}`, target: false };
    },
  },
  {
    name: 'odd-even-month',
    needs: ['单月', '双月'],
    // "每双月对计算核心与功耗模型进行工程复核", "常规评估由每季度1次调整为每双月1次", "逢单月报送": every other month,
    // the even or the odd ones, by the month's end, as 每两个月 is. 双月 with no 每 or 逢 is a noun (双月刊, 单月销量).
    pattern: /(?:每逢|每|逢)(单|双)月份?(?![\d刊])/g,
    build: (m) => ({ kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=2;BYMONTH=${m[1] === '单' ? '1,3,5,7,9,11' : '2,4,6,8,10,12'};BYMONTHDAY=-1`, target: false }),
  },
  {
    name: 'quarter-month-day',
    needs: ['季度'],
    // "每个季度第1个月的20日前", "每季度最后一个月的30日前": a day in a named month of every quarter. Without a day the
    // month is the time to act, by its end as "每年M月" is, or by its 旬: "季度巡检 每季度首月", "每季度第一个月上旬开展
    // 评价" (the first month of a quarter is January, April, July and October: "每季度首月（1、4、7、10 月）").
    pattern: new RegExp(`每个?季度(?:的)?(第1个?月|首月|最后1个?月|末月)(?:的?(\\d{1,2})[日号](${BEFORE})?|(上旬|中旬|下旬|底|末)?(?:${BEFORE})?)`, 'g'),
    build: (m) => {
      const day = m[2] !== undefined ? Number(m[2]) : m[4] === '上旬' ? 10 : m[4] === '中旬' ? 20 : -1;
      if (day === 0 || day > 31) return null;
      const months = /第1|首/.test(m[1]) ? '1,4,7,10' : '3,6,9,12';
      return { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=3;BYMONTH=${months};BYMONTHDAY=${day}`, target: false };
    },
  },
  {
    name: 'this-month-day',
    needs: ['本月', '当月'],
    needsDigit: true,
    // "请于本月25日前报送": a day of the month the notice is dated in (none in undated text or standing
    // rules); "当月25日前报送当月数据", the month each report is for, is every month's.
    pattern: new RegExp(`(?:于|在)?(本月|当月)(?:的)?(\\d{1,2})[日号](${BEFORE})`, 'g'),
    build: (m, ctx) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      if (m[1] === '当月') return day <= 28 ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, target: false } : null;
      if (ctx.standingRules || !ctx.docDate) return null;
      const [year, month] = ctx.docDate.split('-').map(Number);
      const due = dayOrMonthEnd(year, month, day);
      return due ? once(due) : null;
    },
  },
  {
    name: 'day-of-notice',
    needs: ['于', '在'],
    needsDigit: true,
    // "请于25日前将材料报送县政府办", "各项目部本月进度报表请于25日前提交", "请于20日前完成": a day set by 于 or 在 and closed
    // by 前, with no month, is a day of the month the notice runs in: the next such day from the notice's own (none in
    // undated text or standing rules, which name no month for it). It was read as a count of days back from the words
    // before it. What was done so
    // long ago ("成绩已于30日前公布") is past. After a frequency in the sentence it is every month's day, as 次月's is.
    pattern: new RegExp(`(?<![高低大小早晚等])(?:于|在)(\\d{1,2})[日号](${BEFORE})`, 'g'),
    build: (m, ctx, text, marks) => {
      if (/已$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return { kind: 'none', reason: 'past-event' };
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const sentenceStart = marks.lastBefore('。;!?', m.index) + 1;
      // "合同期满需要续签的,应当于30日前提出": an event's edge named before it, the count is of days back from it.
      const before = text.slice(Math.max(sentenceStart, m.index - CLAUSE_WINDOW), m.index);
      if (EVENT_EDGES.some((edge) => before.includes(edge))) return null;
      // "各单位每月汇总,于5日前报送上月数据": after a frequency in the sentence it is every month's day.
      if (/每个?月/.test(text.slice(Math.max(sentenceStart, m.index - CARRY_WINDOW), m.index))) return day <= 28 ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, target: false } : null;
      if (ctx.standingRules || !ctx.docDate) return { kind: 'none', reason: 'no-month' };
      const [year, month, noticeDay] = ctx.docDate.split('-').map(Number);
      const [y, mo] = day >= noticeDay ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
      const due = dayOrMonthEnd(y, mo, day);
      return due ? once(due) : null;
    },
  },
  {
    name: 'weekday-of-notice',
    needs: ['本周', '下周', '这周', '星期'],
    // "各单位于本周五前开展一次自查", "请各部门…于本周五前完成自查自纠工作", "请于下周一前报送": a weekday of the week the notice
    // is dated in, or of the week after it (weeks run Monday to Sunday), the day itself the last to act, as "M月D日前"
    // makes it; an hour or 下班 may stand before 前 (本周五下班前, 本周四17:00前). None in undated text or standing rules.
    pattern: new RegExp(
      `(?:于|在)?(本|这|下个?)(?:周|星期)(?:的)?(?:周|星期)?([一二三四五六日天])(?:上午|下午|中午|晚上)?(?:\\d{1,2}(?:[:：]\\d{2}|[时点](?:\\d{1,2}分?|半|整)?)|下班|上班)?${BEFORE}(?!后)`,
      'g',
    ),
    build: (m, ctx) => {
      if (ctx.standingRules || !ctx.docDate) return { kind: 'none', reason: 'no-month' };
      const noticeDay = (weekday(ctx.docDate) + 6) % 7;
      const day = WEEK.indexOf(WEEKDAY[m[2]]);
      return once(addDays(ctx.docDate, day - noticeDay + (m[1].startsWith('下') ? 7 : 0)));
    },
  },
  {
    name: 'next-month-of-notice',
    needs: ['下月', '下个月', '下1个月'],
    // "请于下月10日前报送方案": a day of the month after the one the notice is dated in (none in undated text or
    // standing rules, whose 下月 is any month's next). After a frequency in the sentence ("每月汇总,下月5日前报送")
    // it is every month's, as 次月 is. "下月底前", "下月中旬完成" are that month's end and 旬.
    pattern: new RegExp(`(?:于|在)?(?:下月|下1?个月)(?:的)?(?:(\\d{1,2})[日号](${BEFORE})|(底|末|上旬|中旬|下旬)(?:${BEFORE})?)`, 'g'),
    build: (m, ctx, text, marks) => {
      const day = m[1] !== undefined ? Number(m[1]) : m[3] === '上旬' ? 10 : m[3] === '中旬' ? 20 : -1;
      if (day === 0 || day > 31) return null;
      // "考试将于下月中旬开始": when something starts, no deadline.
      if (STARTS_FROM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return rejected('reference-date');
      const sentenceStart = marks.lastBefore('。;!?', m.index) + 1;
      const period = periodBeforeNextMonth(text, marks, m.index, m.index + m[0].length);
      if (period) return dayAfterEachPeriod(period, day);
      if (/每个?月/.test(text.slice(Math.max(sentenceStart, m.index - CARRY_WINDOW), m.index))) return day <= 28 ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, target: false } : null;
      if (ctx.standingRules || !ctx.docDate) return null;
      const [year, month] = ctx.docDate.split('-').map(Number);
      const [nextYear, nextMonth] = [month === 12 ? year + 1 : year, (month % 12) + 1];
      const due = day === -1 ? lastDayOfMonth(nextYear, nextMonth) : dayOrMonthEnd(nextYear, nextMonth, day);
      return due ? once(due) : null;
    },
  },
  {
    name: 'period-of-notice',
    needs: ['本月', '本季度', '下季度', '下个季度', '下1个季度'],
    // "请于本月底前报送", "本月中旬前完成", "于本季度内完成", "下季度末前完成": the end (or 旬) of the month or quarter the
    // notice is dated in, or of the quarter after it (none in undated text or standing rules, whose 本月 is any month).
    pattern: new RegExp(`(?:于|在)?(?:(本月)(底|末|内|上旬|中旬|下旬)|(本季度|下1?个?季度)(底|末|内))(${BEFORE})?`, 'g'),
    build: (m, ctx, text) => {
      if (ctx.standingRules || !ctx.docDate) return null;
      if (STARTS_FROM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return rejected('reference-date');
      const [year, month] = ctx.docDate.split('-').map(Number);
      if (m[1]) return once(m[2] === '上旬' ? isoDate(year, month, 10) : m[2] === '中旬' ? isoDate(year, month, 20) : lastDayOfMonth(year, month));
      const quarterEnd = Math.ceil(month / 3) * 3 + (m[3] === '本季度' ? 0 : 3);
      return once(quarterEnd > 12 ? lastDayOfMonth(year + 1, quarterEnd - 12) : lastDayOfMonth(year, quarterEnd));
    },
  },
  {
    name: 'next-month-day',
    needs: ['次月'],
    // "次月5日前报送上月数据": a monthly report due on a day of the month after the one it covers, every
    // month, as "月后5日前"; "验收后次月10日前" counts from an event with no date and sets nothing.
    // "次月10日内" is the same day: the report is due within the first ten days of the next month. "月报、季报
    // 于次月(季度)15日内" is read the quarter's way too (quarterInBrackets).
    // "次月底前报送上月情况" is due on every month's last day. After a quarter ("每季度次月10日前", "季度结束后次月15日前",
    // "每季度末次月5日前") or a half-year the next month is the one after each such period: one rule, as "季后10日" is,
    // where the quarter and the month were read as two.
    pattern: /(?:(?:每个?|(?<![第本上下当该次前每个或者\d一二三四]))(季度|半年度?)末?(?:结束|终了)?后?的?)?次月(?:\((?:次)?季度?\))?(?:的)?(?:(\d{1,2})[日号]|底|末)(?:前|之前|以前|内|以内)?/g,
    build: (m, _ctx, text, marks) => {
      const day = m[2] === undefined ? -1 : Number(m[2]);
      if (day === 0 || countedFromAnEvent(text, m.index)) return null;
      return dayAfterEachPeriod(m[1] ? m[1].slice(0, 2) : periodBeforeNextMonth(text, marks, m.index, m.index + m[0].length) ?? '月', day);
    },
  },
  {
    name: 'next-quarter-day',
    needs: ['次季'],
    needsDigit: true,
    // "季报于次季度15日内报送", "次季首月10日前": a quarterly report due on a day of the quarter after the one
    // it covers, as "季后15日"; counted from an event ("验收后次季度…") it sets nothing.
    pattern: /次季度?(?:的)?(?:首月|第1个?月)?(?:的)?(\d{1,2})[日号](?:前|之前|以前|内|以内)?/g,
    build: (m, _ctx, text) => {
      const day = Number(m[1]);
      if (day < 1 || day > 28 || countedFromAnEvent(text, m.index)) return null;
      return { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`, target: false };
    },
  },
  {
    name: 'after-period-end',
    needs: ['月后', '季后', '年后'],
    needsDigit: true,
    // A report table's "月后18日前" (the 18th of the next month, every month), "季后7日" (each quarter's),
    // "一季度季后7日" (that quarter's only: 7 April), and a yearly report's "年后10日前" (every 10 January).
    pattern: /(?:(?<![\d年])([1-4])季度)?(?<![\d个今明当去前])(月|季|年)后(\d{1,2})[日号](?:前|之前|以前|内|以内)?/g,
    build: (m, ctx) => {
      const day = Number(m[3]);
      if (day < 1 || day > 28) return null;
      if (m[1]) return m[2] === '季' ? once(isoDate(ctx.year + (m[1] === '4' ? 1 : 0), (Number(m[1]) * 3) % 12 + 1, day)) : null;
      const rrule =
        m[2] === '月' ? `FREQ=MONTHLY;BYMONTHDAY=${day}` : m[2] === '年' ? `FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=${day}` : `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`;
      return { kind: 'recurring', rrule, target: false };
    },
  },
  {
    name: 'monthly-weekday',
    needs: ['每月', '每个'],
    needsDigit: true,
    // "每月第一个周五", "每月的第二个星期五", "每月最后一个周五", "每月第一周星期五": an ordinal weekday of every month,
    // the day a 主题党日 or a clean-up day is fixed on; not the month's end, which a bare 每月 takes. Without its weekday
    // ("每月第一周", "每月最后一个工作日") it names no such day and is left to 每月; the Nth working day is monthly-workday's.
    pattern: /每个?月(?:的)?(?:第([1-5])|(最后|倒数第)1)个?(?:(?:周|星期)(?:的)?)?(?:周|星期)([一二三四五六日天1-7])/g,
    build: (m) => ({ kind: 'recurring', rrule: `FREQ=MONTHLY;BYDAY=${m[2] ? '-1' : m[1]}${WEEKDAY[m[3]]}`, target: false }),
  },
  {
    name: 'monthly-workday',
    needs: ['每月', '每个'],
    needsDigit: true,
    // "交易机构于每月第5个工作日前向市场经营主体…出具上月结算依据" (an electricity market's rules), "月报:每月前5个工作日内
    // 报送上月综合风险报告", "每月前5个工作日内结算上一个月收益", "每月第一个工作日检查兼容债台账": the Nth working day of
    // every month (the Nth weekday, BYSETPOS over Monday to Friday: a rule has no public holidays), where 每月 alone made it
    // the month's end, weeks late, and "第5个工作日前" a count back from an event called 每月第. The last working day stays
    // the month's end that 每月 gives (periods.test): at most a few days after it.
    pattern: /每个?月(?:的)?(?:第(\d{1,2})|前(\d{1,2}))个?工作日(?:内|以内|之内|前|以前|之前)?/g,
    build: (m) => {
      const n = Number(m[1] ?? m[2]);
      if (n === 0 || n > 23) return null;
      return { kind: 'recurring', rrule: `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${n}`, target: false };
    },
  },
  {
    name: 'weekly',
    // 每星期, 每个星期 and 每个周 are 每周 ("原则上每个星期召开一次", "每星期一上午"); 每个周期 is a cycle, no week.
    needs: ['每周', '每个', '每星'],
    // "每周星期一、三": each day of a list; "每周一至周五": each day of the span. A number a count closes
    // ("每周1次", "每周1、2次", "每周2至3次", "每周1天") is how often in the week, not which day: the week's
    // rule on Friday, as a bare 每周. So is a 报 that ends its phrase ("坚持每周一报,", "每周一报制度");
    // a 报 going on to what or where it reports is the verb of that day ("每周一报送", "每周五报至县网格办").
    pattern:
      /每(?:个?(?:周(?!期)|星期))(?:(?:星期|周)?(?:([一二三四五六日天1-7])(?:至|到|—|-|~)(?:星期|周)?([一二三四五六日天1-7])|([一二三四五六日天1-7](?:[、和及](?:星期|周)?[一二三四五六日天1-7])*))(?![、和及至到~\-—]?[\d一二三四五六七八九十]*(?:次|个|天|批|轮|回|名|人|报(?=[、,。;:)]|制|$))))?/g,
    build: (m) => {
      const days = m[1] ? weekdaySpan(WEEKDAY[m[1]], WEEKDAY[m[2]]) : m[3] ? [...new Set(m[3].replace(/星期|周/g, '').split(/[、和及]/).map((d) => WEEKDAY[d]))] : ['FR'];
      return days.length ? { kind: 'recurring', rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`, target: false } : null;
    },
  },
  {
    name: 'daily',
    needs: ['每天', '每日', '天', '日'],
    // "一天4次接收": a count a day is a daily duty (the normaliser made 一天 "1天").
    // A daily duty bounded to a stretch of time ("节日期间每天报告", "汛期每日报告雨情") is still one on every day
    // of it: the stretch narrows its season, as "每年3月至12月每月巡查" keeps its 每月.
    // A time of day right after 每日 is the hour the duty falls due ("每日17时前报送", "每日8:30前"), as after 每天.
    pattern: /每天|每日(?:(?!\d)|(?=\d{1,2}(?:时|点|:\d\d)))|(?<!\d)1(?:天|日)(?:\d{1,2}|多)次/g,
    build: () => ({ kind: 'recurring', rrule: 'FREQ=DAILY', target: false }),
  },
  {
    name: 'every-n-hours',
    needs: ['小时', '分钟'],
    // "每12小时报告一次水情", "每半小时报送1次", "每隔2小时巡查": a duty more often than daily happens on every day,
    // as "一天4次" does; counted in days as N小时内 is (a day for up to 24 hours), so 每48小时 is every other day.
    // "每12小时或6小时" names the usual and the stepped-up pace of one duty.
    pattern: /每隔?(半|\d{1,3})?个?(小时|分钟)(?:或(?:半|\d{1,3})个?(?:小时|分钟))*/g,
    build: (m, _ctx, text) => {
      if (!SUB_DAY_DUTY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/\([^()]*\)/g, ''))) return null;
      const days = !m[1] || m[1] === '半' || m[2] === '分钟' ? 1 : Math.ceil(Number(m[1]) / 24);
      if (days < 1) return null;
      return { kind: 'recurring', rrule: days === 1 ? 'FREQ=DAILY' : `FREQ=DAILY;INTERVAL=${days}`, target: false };
    },
  },
  {
    name: 'every-n-days',
    needs: ['每'],
    // "每10天召开一次调度会", "每3日报送一次": every N days from the rule's start, as 每2周 is every other week. "平均每3天
    // 新增1家" is a rate, no duty. 每旬 is each ten days of the month (上旬, 中旬, 下旬): due on the 10th, 20th and the
    // month's end, as 每半个月 is due on the 15th and the end.
    pattern: /(?<!平均|大约|约)每(?:(\d{1,3})个?(?:天|日)(?![\d内])|旬(?:末)?)/g,
    build: (m) => {
      if (!m[1]) return { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10,20,-1', target: false };
      const n = Number(m[1]);
      if (n < 1) return null;
      return { kind: 'recurring', rrule: n === 1 ? 'FREQ=DAILY' : `FREQ=DAILY;INTERVAL=${n}`, target: false };
    },
  },
  {
    name: 'once-a-period',
    needs: ['次'],
    needsDigit: true,
    // "原则上两个月召开一次", "一个月召开一次", "半年召开一次", "两周一次": a period and once in it, with no 每, is as
    // often as 每两个月, 每月, 每半年, 每两周. A month or a quarter takes its 个 ("2月召开1次" is in February, "1季度召开1次"
    // in the first quarter, "上半年召开1次" in the first half); a period closed by 内 bounds one act ("3个月内召开1次"),
    // 一次性 is all at once, "1年1次的体检" names a kind of thing, and "每人1年1次" is an entitlement. "上1个月召开1次" tells of
    // the month before (原则上 is no such 上).
    pattern: /(?<![每第近前后本该这头末人户下\d])(?<!(?<!原则)上)(?:(\d{1,2})个(月|季度)|(?<![上下])(半年|半个月)|(\d{1,2})(?:个)?(周|星期|年))(?=(?:(?:至少|不少于|原则上|一般)?(?:召开|开展|举行|进行|组织|报送|上报|通报|汇报|报告|检查|督查|调度|会商|研判|分析|更新|公布))?1次(?![性的]))/g,
    build: (m) => {
      const n = Number(m[1] ?? m[4] ?? 1);
      if (n < 1) return null;
      const unit = m[2] ?? m[3] ?? m[5];
      const rrule = onceEvery(n, unit);
      return rrule ? { kind: 'recurring', rrule, target: false } : null;
    },
  },
  {
    name: 'every-n-years',
    needs: ['每'],
    needsDigit: true,
    pattern: /每(\d{1,2})年/g,
    build: (m) => (Number(m[1]) >= 2 ? { kind: 'recurring', rrule: `FREQ=YEARLY;INTERVAL=${Number(m[1])};BYMONTH=12;BYMONTHDAY=-1`, target: false } : null),
  },
  {
    name: 'yearly-before-event',
    needs: ['每年'],
    // "每年汛前应完成泄水建筑物全面检查和维护", "这份内容每年开学前要改一轮": a yearly duty by a season or an event that
    // has no day of the calendar, which the spec does not record (在省人代会召开前); 每年 alone made it due at each
    // year's end, after the flood season it is for. A bracket naming the season's month gives the day: "每年汛前(4月30日前)",
    // "每年汛期前(每年5月份)", "每年入汛前(4—5月)". A festival has its day (每年春节前), and 前后 is around the season.
    pattern: new RegExp(
      `每年(?:的|在|于)?((?!年|上半年|下半年|第|[初底末度]|${FESTIVAL})[^,;。:、()\\d要应须将对向报次]{1,8}?)${BEFORE}` +
        `(?:\\((?:每年)?(?:\\d{1,2}月?(?:至|到|—{1,2}|-|~))?(\\d{1,2})月份?(?:(\\d{1,2})[日号]|(底|末|上旬|中旬|下旬))?${BEFORE}?\\))?`,
      'g',
    ),
    build: (m) => {
      const [, , month, day, part] = m;
      if (!month) return { kind: 'none', reason: 'event-without-count' };
      const mo = Number(month);
      if (mo < 1 || mo > 12) return null;
      return yearly(mo, day ? Number(day) : part === '上旬' ? 10 : part === '中旬' ? 20 : -1);
    },
  },
  {
    name: 'yearly',
    needs: ['每年'],
    // A yearly duty with no day (每年至少召开一次): checked at the year's end. "每年的10月1日至次年5月31日" is a
    // date or a span of every year, which the date's own reading takes; "每年每季度末" is the finer frequency's duty,
    // which 每年 only says goes on every year.
    pattern: /每年(?!的?\d|年初|年中|年底|年末|上、?下半年|上半年|下半年|第?[1-4]季度|初|底|末|每)/g,
    build: (m, _ctx, text) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/每[人户亩家]$|^人$/.test(before) || /[人户亩]$/.test(before)) return null;
      return yearly(12, -1);
    },
  },
  {
    name: 'from-document',
    needs: ['之日起', '之日后', '起', '后'],
    needsDigit: true,
    pattern: /(印发|发布|下发|公布|出台|施行|实施|发文)(?:之日)?(?:起|后)(\d{1,4})(个)?(工作日|日|天|月|年)(?:内|以内)/g,
    build: (m, ctx, text, marks) => {
      // "规章应当自公布之日起30日内报送备案", "在地方标准发布之日起30日内备案": what is published is another text, whose
      // day no calendar gives; the period counts from that event, as from receiving a file.
      const other = otherTextPublished(text, marks, m.index);
      if (!other) return relativeFrom(countedFrom(ctx, text, m.index, m[1]), Number(m[2]), m[4]);
      const days = periodDays(Number(m[2]), m[4]);
      return days === null ? null : { kind: 'sla', days, workdays: m[4] === '工作日', after: other + m[1], target: false };
    },
  },
  {
    name: 'within-period',
    needs: ['内', '前', '时间', '工作日', '天', '小时', '分钟', '超过', '个月', '日'],
    needsDigit: true,
    // "力争3年内", "收到申请材料起3个工作日内", "会议举行10日前", "3至5个工作日办结", "不超过5天": from an
    // event when one anchors the period, else from the document's date when the text speaks of the
    // document or sets a goal.
    ...led(WITHIN_LEAD, WITHIN_LEAD_REACH, withinCore('(?<![\\d.月])', '\\d{1,4}')),
    build: (m, ctx, text, marks) => withinPeriod(m, ctx, text, marks),
  },
  {
    name: 'within-half',
    needs: ['半年', '半个月', '半个工作日', '半工作日', '半日', '半天'],
    // "自本办法施行之日起半年内完成较高风险以上存量客户的尽职调查", "半个月内完成整改": half a year is six months, half a
    // month fifteen days, read as any period is. 上半年, 下半年 and 每半年 are a half of the calendar year or a frequency.
    // "收到请求后原则上在半个工作日内提供软件", "短信签名和模板提交后,我们会在半个工作日内完成审核": half a day is a day's
    // fraction, rounded up as 0.5个工作日 is (countAndUnit).
    ...led(WITHIN_LEAD, WITHIN_LEAD_REACH, withinCore('(?<![\\d.月上下每前近多大])', '半')),
    build: (m, ctx, text, marks) => withinPeriod(m, ctx, text, marks),
  },
  {
    name: 'within-fraction',
    needs: ['.'],
    needsDigit: true,
    // "开办企业0.5个工作日内完成" (南宁兴宁区), "由市或区政务窗口0.5个工作日内出文制证、用印", "不动产登记中心0.5个工作日内核准
    // 登记、缮证": a count of days with a decimal fraction, which the whole counts of within-period leave out (a count after a
    // point is no count). Only days and hours: no fraction of a week, month or year has been seen.
    ...led(WITHIN_LEAD, WITHIN_LEAD_REACH, withinCore('(?<![\\d.])', '\\d{1,2}\\.\\d{1,2}')),
    build: (m, ctx, text, marks) => withinPeriod(m, ctx, text, marks),
  },
  {
    name: 'handling-limit-at-once',
    needs: ['即'],
    // "承诺时限:即办", "法定时限:即办件", or "即办" alone under a limit's heading: the matter is handled as it is taken in,
    // an sla of 0 days from acceptance as a limit with a count is of its count.
    pattern: new RegExp(`(?:(?:时限|期限)(?:为|:)?|^)${AT_ONCE}`, 'g'),
    build: (m, ctx, text) => {
      const named = m[0].startsWith('时限') || m[0].startsWith('期限');
      if (named ? !HANDLING_LIMITED.test(text.slice(Math.max(0, m.index - 5), m.index)) : !ctx.limitValue) return null;
      return { kind: 'sla', days: 0, workdays: false, after: '受理', target: false };
    },
  },
  {
    name: 'event-without-count',
    needs: ['前'],
    // "在省人代会召开前报送": a deadline tied to an event with no date and no count is not recorded.
    pattern: /(?:在|于)([^,;。:\d]{2,20}?)(?:召开|举行|开幕|开始|结束|闭幕)(?:之前|以前|前)(?!\d)/g,
    build: () => ({ kind: 'none', reason: 'event-without-count' }),
  },
  {
    name: 'same-or-next-day',
    needs: ['当日', '当天', '即日', '次日', '下1', '下一'],
    // "当天受理,当天回复", "特急件当日反馈", "下午收到的下一工作日上午之前办理": the same day is 0 days after
    // the event the sentence names, the next (working) day 1.
    // The normaliser has made 下一个工作日 "下1个工作日".
    // A clock time closed by 前 ("次日上午10时前", "当日17:00前") is the hour of that day the duty falls due.
    pattern: /(?<![每前])(当日|当天|即日|次日|下[一1](?:个)?工作日|下[一1]天)(?:上午|下午)?(?:(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?|\d{1,2}:\d\d)(?=之前|以前|前))?(?:之前|以前|前|内|之内)?/g,
    build: (m, _ctx, text, marks) => {
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^(?:起|的|是|为|晚|上午|下午|[\d:])/.test(next)) return null; // 即日起: an effective date; 当日16时: a clock time
      if (/(?:当日|当天)或$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      // "11月5日当天17:00之前": the day of the date before it, whose own reading dates the duty; no event's.
      if (/\d日$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "能当天答复的当天答复,不能当天答复的,…": what can or cannot be done the same day is a condition, not the duty.
      if (/(?:能|可以|无法)$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || TRIGGER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      if (!/[\u4e00-\u9fa5]/.test(next) && !/(?:之前|以前|前|内|之内)$/.test(m[0])) return null;
      // "报送当日情况", "汇总当天数据": right after a verb that takes an object, the day is that object's
      // (the day's figures), not how soon the verb is due.
      if (m[0] === m[1] && OBJECT_TAKING_VERB.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
      const sentenceStart = marks.lastBefore('。;!?', m.index) + 1;
      const sentenceNear = text.slice(Math.max(sentenceStart, m.index - PASSAGE_WINDOW), m.index);
      const bound = /(?:要|应|须|必须|限时|一律)$/.test(sentenceNear) || /^限时/.test(next) || DONE_NEXT.test(next);
      const event = eventIn(sentenceNear) ?? (bound ? (eventIn(text.slice(Math.max(0, m.index - PASSAGE_WINDOW), m.index)) ?? subjectClause(sentenceNear)) : null);
      if (!event) return null;
      // "当日或第二个工作日的上午下班前": of two days offered, the later one bounds the duty (read at the first).
      const alternative = LATER_ALTERNATIVE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      const day = alternative?.[1] ?? m[1];
      const later = /次日|下|第2/.test(day);
      return { kind: 'sla', days: later ? 1 : 0, workdays: /工作日/.test(day), after: event, target: false };
    },
  },
  {
    name: 'ongoing',
    needs: ['全年', '长期', '持续', '常', '按年度', '逐年', '分年度'],
    // "常态工作" standing for a deadline says the work goes on all year; so do "按年度推进", "逐年推进", "长期开展" alone
    // in a deadline cell.
    // "全年工作总结", "全年工作计划" name a document, not year-round work, as "纳入全年工作考核", "全年工作会议",
    // "全年工作任务" name an appraisal, a meeting, the year's tasks; "部署全年工作", "安排全年工作" make the
    // year's work the matter a step plans or reviews. With 的 after it the year's work qualifies a noun ("是全年工作的收官阶段",
    // "全年工作的军令状", "全年工作的重要指南", "全年工作的总体要求"): it says what the noun belongs to, not that work goes on all year.
    pattern: /(?<!部署|安排|谋划|规划|研究|总结|回顾|统筹|筹划)全年工作(?!总结|报告|计划|要点|安排|情况|目标|考核|考评|评比|评价|绩效|会议|部署|重点|任务|成效|的)|长期坚持|全年推进|长期推进|持续推进|常态工作|^(?:长期|持续|常年|常态化|全年|常态|按年度|逐年|分年度)(?:推进|坚持|开展|实施|落实)?$/g,
    build: (m, ctx) =>
      m[0] === '全年工作' || m[0] === '长期坚持' || m[0] === '常态工作' || ctx.deadlineCell
        ? { kind: 'ongoing', due: isoDate(ctx.year, 12, 31), target: false }
        : null,
  },
  {
    name: 'year-round-target',
    needs: ['全年'],
    // "六、全年完成河道清淤100万方": a clause of a dated plan that opens with 全年 and what it will achieve
    // is the plan year's work; "全年共完成…", "全年累计…" and what was done (了) report a year past, and
    // "全年完成情况" names a report.
    pattern: /(?<![\d年])全年(?=(?:要|力争|确保|争取)?(?:完成|实现|新增|建成|新建|改造|培育|引进|开工|举办|开展|推动|推进))/g,
    build: (m, ctx, text) => {
      // At the start of a clause or an item ("六、", "1.", "(2)").
      const opens = m.index === 0 || /[,;。:、.)]/.test(text[m.index - 1]);
      const clause = /^[^,;。]*/.exec(text.slice(m.index + 2, m.index + 60))![0];
      // "全年完成情况" names what a report covers.
      return opens && !/了|共|累计|情况|进展|总结/.test(clause) ? { kind: 'ongoing', due: isoDate(ctx.year, 12, 31), target: false } : null;
    },
  },
  {
    name: 'deadline-cell-year',
    needs: ['年'],
    // In a deadline column a bare year or 全年 / 年内 is the year's end.
    pattern: /(?<!\d)(?:(\d{4})年)?(全年|年内|年度)?$/g,
    onlyInDeadlineCell: true,
    build: (m, ctx) => {
      if (!m[1] && !m[2]) return null;
      const year = m[1] ? Number(m[1]) : ctx.year;
      return m[2] === '全年' ? { kind: 'ongoing', due: isoDate(year, 12, 31), target: false } : once(isoDate(year, 12, 31));
    },
  },
];

export const RECOGNISERS: Recogniser[] = RECOGNISERS_AS_WRITTEN.map(inOneShape);

/** "提交申请材料5个工作日前": the event a period counts back from, in the last clause before it. */
const ANCHOR_BEFORE = /(?:^|[,:])(?:[^,:]*?(?:在|于|应当|应|须|要)+)?([^,:]{2,40})$/;
/**
 * "收到申请材料之日起,应当在": the event a period counts from, in the last clause or two. A clause of time closed by 后
 * may be followed by the actor and its modal ("处置工作结束后,网络运营者应当于", "工单派发后,承办单位须在"): the
 * actor is who acts, not part of the event. 今后, 此后, 随后 and the like are no event. In "事故发生后的2小时内" the
 * 后的 closes the event as 后 does.
 */
const EVENT_AFTER = new RegExp(
  `(?:^|[,:])(?:[^,:]*?(?:${FROM}|在|于))?([^,:]{2,60}?)(?:(?:之日)?(?:起|(?:以后|之后|(?<![今此然最随其日])后)的|后|以后|之后|的)(?:[,]?(?:应当|应|须|要|必须)?(?:分别)?(?:在|于)?)|(?:以后|之后|(?<![今此然最随其日])后),[^,:]{2,20}?(?:应当|应|须|要|必须)(?:分别)?(?:在|于)?)$`,
);
/**
 * EVENT_AFTER's event in the clauses before a period, unless they close with 的 on words that name no event: "对确系不属于
 * 本单位职责范围内的,应在5日内…", "需要补正的,应当在…", "不能当天答复的,应在…" set the case the duty is for, and the count runs from
 * the event named before them or the matter taken in; "收到举报的,应当在24小时内…" names its event.
 */
function eventClosedBefore(clauses: string): RegExpExecArray | null {
  const m = EVENT_AFTER.exec(clauses);
  if (!m) return null;
  const closing = m[0].slice(m[0].lastIndexOf(m[1]) + m[1].length);
  // Read over the whole clause: the words before the event's opening may tell the finding ("初步认为属于重大动物疫情的").
  return closing.startsWith('的') && !namesEvent(m[0].slice(0, m[0].length - closing.length)) ? null : m;
}
/**
 * A case closed by 的 right before the period's clause, naming no event ("对符合条件的,审批部门在2个工作日内办结", "需要补正的,应当在
 * 5日内…"): the limit is owed on each matter of that case, from the matter taken in, in a dated notice as in a rule.
 */
const CASE_CLAUSE = /(?:^|[,;:。])(?:对于|对)?([^,;:。]{2,40})的,[^,;:。]*$/;
function caseBefore(sentenceBefore: string): boolean {
  const clause = CASE_CLAUSE.exec(sentenceBefore);
  return !!clause && !namesEvent(clause[1]);
}
const GOAL = /力争|争取|确保/g;
/** A later day offered as the alternative: "(当日)或次日", "(当日)或第二个工作日". */
const LATER_ALTERNATIVE = /^或(次日|第2个?工作日|下1个?工作日|第2天|下1天)/;
/** Verbs whose object a following 当日/当天 can describe: 报送当日情况, 统计当天数据. */
const OBJECT_TAKING_VERB = /(?:报送|上报|汇总|统计|填报|反映|收集|整理)$/;

/**
 * What follows a pace counted in hours when it is a duty's: a report, a patrol, a reading, or "一次" itself, before any
 * other number ("每小时降雨量50毫米" and "每小时处理200件" are rates, not duties).
 */
const SUB_DAY_DUTY = /^[^,;。\d]{0,12}?(?:报|巡|检查|监测|观测|测|发布|通报|更新|上传|记录|调度|会商|1次)/;
/**
 * Words that charge or ask a unit to act, making a period from the document a time to act in: 务必 and a request's 请
 * ("请各县于一个月内完成自查", "务必在3个月内完成整改") as 要 and 须 do; 请 inside 申请, 邀请, 提请, 聘请 or 宴请 asks nothing.
 */
const DUTY = /要|应当|应|须|必须|务必|(?<![申邀提聘宴])请|限|一般/g;
/** Periods a rule of handling sets (days, hours); months and years within are a plan's horizon. */
const SHORT_PERIOD = /^(?:工作日|日|天|小时|分钟)$/;
/** "…内不能办结的," : the clause after a period ends in 的, a condition and no duty. */
const TRIGGER = /^[^,;。]*?的(?:[,;。]|$)/;
/** How far back a period looks for the event it counts from. */
const PASSAGE_WINDOW = 300;
const ABOUT_DOCUMENT = /本(?:通知|意见|实施意见|方案|办法|决定|规定)|印发|下发/g;
/** A period closed by 内: "2小时内", "10个工作日以内". */
const PERIOD_WITHIN = /\d{1,4}个?(?:分钟|小时|工作日|日|天|周|月)(?:内|以内|之内)/;
/** A period closed by 内, or the length a limit gives ("办理期限一般为15个工作日"), that an outer limit after it caps. */
const PERIOD_OR_LIMIT = new RegExp(`${PERIOD_WITHIN.source}|(?:期限|时限)(?:一般)?(?:为|:)\\d{1,4}个?(?:分钟|小时|工作日|日|天|周|月)`);
/** A period closed by 内, what is done in it, and the 、 or comma that lists the next period: "15分钟内电话报告、", "30分钟内响应,". */
/** How many listed periods a period looks back through for their event. */
const MAX_LISTED = 4;
const LISTED_PERIOD = /\d{1,4}个?(?:分钟|小时|工作日|日|天)(?:内|以内)[^,;。、\d]{0,20}[、,]$/;
/** Words that make an event the document's own issue: "本通知下达", "方案印发". */
const DOCUMENT_WORDS = /本(?:通知|意见|实施意见|方案|办法|决定|规定)|印发|下发|发布|公布|出台|施行|实施/;
/** More than any match of ANCHOR_BEFORE or EVENT_AFTER spans within one clause. */
const CLAUSE_WINDOW = 80;

/**
 * The text that ANCHOR_BEFORE or EVENT_AFTER, anchored at the end and spanning at most `clauses`
 * of the `,` / `:` breaks, can match in text[sentenceStart, end): those clauses, each cut to its
 * last CLAUSE_WINDOW characters behind a break that stands for its start. Their matches there are
 * their matches in the whole sentence so far.
 */
function lastClauses(marks: TextMarks, sentenceStart: number, end: number, clauses: number): string {
  const text = marks.text;
  let out = '';
  let to = end;
  for (let k = 0; k < clauses; k++) {
    const brk = marks.lastBefore(',:', to);
    const from = Math.max(brk + 1, sentenceStart);
    const clause = to - from > CLAUSE_WINDOW ? text.slice(to - CLAUSE_WINDOW, to) : text.slice(from, to);
    const opened = brk >= sentenceStart || to - from > CLAUSE_WINDOW;
    out = (opened ? (brk >= sentenceStart && to - from <= CLAUSE_WINDOW ? text[brk] : ',') : '') + clause + out;
    if (brk < sentenceStart) break;
    to = brk;
  }
  return out;
}

/**
 * Every character of the recognisers' `needs` has a bit of its own in one of two 32-bit words, so the
 * anchors a text holds are two numbers learnt in one pass, and a longer need is searched for only
 * where all of its characters stand.
 */
const ANCHOR_LOW = new Int32Array(0x10000);
const ANCHOR_HIGH = new Int32Array(0x10000);
const ANCHORS = [...new Set(RECOGNISERS.flatMap((r) => r.needs).join(''))];
/** The high word's last bit says a digit is present: learnt in the same pass, it costs no second table. */
const DIGIT = 1 << 31;
if (ANCHORS.length > 63) throw new Error('more anchor characters than two words hold beside the digit bit');
ANCHORS.forEach((ch, i) => ((i < 32 ? ANCHOR_LOW : ANCHOR_HIGH)[ch.charCodeAt(0)] = 1 << i % 32));
for (let digit = 0x30; digit <= 0x39; digit++) ANCHOR_HIGH[digit] |= DIGIT;

/** The anchors of the text `recognise` reads (it never runs inside itself). */
let presentLow = 0;
let presentHigh = 0;
/** Whether that text holds an ASCII digit. */
let presentDigit = false;
/** Reused by every call: the characters of the text that a kept match covers. */
let taken = new Uint8Array(1 << 12);

function isTaken(start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** Learns which anchor characters the text holds; false when none. */
function learnAnchors(text: string): boolean {
  // Locals, not the module's tables: the bundle makes those mutable variables, loaded again at every character.
  const lowOf = ANCHOR_LOW;
  const highOf = ANCHOR_HIGH;
  let low = 0;
  let high = 0;
  // The length read once: read at each step, it cost a tenth more instructions a character (callgrind).
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    low |= lowOf[code];
    high |= highOf[code];
  }
  presentLow = low;
  presentHigh = high & ~DIGIT;
  presentDigit = (high & DIGIT) !== 0;
  return (low | presentHigh) !== 0;
}

/**
 * The recognisers as a set of bits (the k-th is bit k % 32 of word k >> 5), and for each anchor the
 * recognisers it lets run: `sure` those that need it alone, `maybe` those with a longer need that
 * opens with it. A paragraph's recognisers are found from the few anchors it holds, not by asking
 * each recogniser in turn.
 */
const RECOGNISER_WORDS = Math.ceil(RECOGNISERS.length / 32);
const SURE_BY_ANCHOR = ANCHORS.map(() => new Int32Array(RECOGNISER_WORDS));
const MAYBE_BY_ANCHOR = ANCHORS.map(() => new Int32Array(RECOGNISER_WORDS));
/** Those run outside a deadline column: all but the ones that read only inside one. */
const OUTSIDE_DEADLINE_CELL = new Int32Array(RECOGNISER_WORDS);
/** Those run on a text without a digit: all but the ones that need one. */
const WITHOUT_DIGIT = new Int32Array(RECOGNISER_WORDS);
RECOGNISERS.forEach((r, k) => {
  if (!r.onlyInDeadlineCell) OUTSIDE_DEADLINE_CELL[k >> 5] |= 1 << k % 32;
  if (!r.needsDigit) WITHOUT_DIGIT[k >> 5] |= 1 << k % 32;
  for (const need of r.needs) (need.length === 1 ? SURE_BY_ANCHOR : MAYBE_BY_ANCHOR)[ANCHORS.indexOf(need[0])][k >> 5] |= 1 << k % 32;
});

/** Each recogniser's longer needs, with the bits of their characters in the two words. */
const LONGER_NEEDS = RECOGNISERS.map((r) => r.needs.filter((n) => n.length > 1));
const LONGER_LOW = LONGER_NEEDS.map((needs) => needs.map((n) => [...n].reduce((bits, ch) => bits | ANCHOR_LOW[ch.charCodeAt(0)], 0)));
const LONGER_HIGH = LONGER_NEEDS.map((needs) => needs.map((n) => [...n].reduce((bits, ch) => bits | (ANCHOR_HIGH[ch.charCodeAt(0)] & ~DIGIT), 0)));

/** Reused by every call: the recognisers the text's anchors let run, sure and maybe. */
const sure = new Int32Array(RECOGNISER_WORDS);
const maybe = new Int32Array(RECOGNISER_WORDS);

/** Fills `sure` and `maybe` from the anchors `learnAnchors` found. */
function learnCandidates(): void {
  // Locals, not the module's tables: the bundle makes those mutable variables, loaded again at every anchor.
  const sureNow = sure;
  const maybeNow = maybe;
  const sureBy = SURE_BY_ANCHOR;
  const maybeBy = MAYBE_BY_ANCHOR;
  const words = RECOGNISER_WORDS;
  // Cleared by a loop: fill is a call into the runtime, which cost more than the few words it clears.
  for (let w = 0; w < words; w++) {
    sureNow[w] = 0;
    maybeNow[w] = 0;
  }
  for (let word = 0; word < 2; word++) {
    for (let bits = word === 0 ? presentLow : presentHigh; bits !== 0; bits &= bits - 1) {
      const anchor = 32 * word + 31 - Math.clz32(bits & -bits);
      const sureOf = sureBy[anchor];
      const maybeOf = maybeBy[anchor];
      for (let w = 0; w < words; w++) {
        sureNow[w] |= sureOf[w];
        maybeNow[w] |= maybeOf[w];
      }
    }
  }
}

/** Does the text hold one of the k-th recogniser's longer needs? Only one whose characters are all present is searched for. */
function holdsLongerNeed(text: string, k: number): boolean {
  // The recogniser's rows read once, not through the module's tables (mutable variables in the bundle) at every need.
  const needs = LONGER_NEEDS[k];
  const lows = LONGER_LOW[k];
  const highs = LONGER_HIGH[k];
  const holdLow = presentLow;
  const holdHigh = presentHigh;
  for (let i = 0; i < needs.length; i++) {
    const low = lows[i];
    const high = highs[i];
    if ((holdLow & low) === low && (holdHigh & high) === high && text.includes(needs[i])) return true;
  }
  return false;
}

/**
 * Kinds of text a rule speaks of in general, as what gets published, never as itself: 规章 and 标准 in a regulation
 * on how they are filed, the 纪要 of a meeting, a list of results. This document calls itself 本办法, 本通知.
 */
const TEXT_OF_ANOTHER_KIND = /(?<![本此])(?:地方性法规|法规|规章|规范性文件|条例|标准|会议纪要|纪要|名单|结果)/;

/**
 * The text whose publication a "…发布之日起N日内" counts from, when that is not this document: the words between the
 * 自 (从, 在, 于) and the verb when they name a text of another kind ("在地方标准发布之日起"), or, with none there, the
 * clause's subject ("规章应当自公布之日起"). null when the document's own issue is meant: "本意见印发之日起", "各地要自印发
 * 之日起", "在方案印发之日起" (a notice's own plan, its 本 left out), or a title in 《》, which in a notice most often names
 * the plan it issues.
 */
function otherTextPublished(text: string, marks: TextMarks, verbAt: number): string | null {
  const clause = text.slice(Math.max(marks.lastBefore(',;。:!?', verbAt) + 1, verbAt - CLAUSE_WINDOW), verbAt);
  const from = /(?:自|从|在|于)([^自从在于]*)$/.exec(clause);
  const named = from ? from[1] : '';
  if (named) return !/^[本此《]/.test(named) && TEXT_OF_ANOTHER_KIND.test(named) ? named : null;
  const subject = TEXT_OF_ANOTHER_KIND.exec(from ? clause.slice(0, from.index) : clause);
  return subject ? subject[0] : null;
}

/** The rule of once in every N of a period (月, 季度, 半年, 半个月, 周, 星期, 年), as the 每 rules write it. */
function onceEvery(n: number, unit: string): string | null {
  const every = n === 1 ? '' : `;INTERVAL=${n}`;
  if (unit === '月') return `FREQ=MONTHLY${every};BYMONTHDAY=-1`;
  if (unit === '季度') return n === 1 ? 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1' : null;
  if (unit === '半年') return 'FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1';
  if (unit === '半个月') return 'FREQ=MONTHLY;BYMONTHDAY=15,-1';
  if (unit === '周' || unit === '星期') return `FREQ=WEEKLY${every};BYDAY=FR`;
  if (unit === '年') return `FREQ=YEARLY${every};BYMONTH=12;BYMONTHDAY=-1`;
  return null;
}

/** The text itself, as it names itself: 本办法, 本规定, 本方案… */
export const THIS_TEXT = '本(?:办法|规定|条例|细则|决定|通知|意见|实施意见|规则|制度|方案|标准)';
/** The text's own taking effect, named right before 施行/实施: "自本办法施行之日起", "自施行之日起", "本规定实施后". */
const OWN_TAKING_EFFECT = new RegExp(`(?:${THIS_TEXT}|^|[自从在于,])$`);

/** What closes a plan's horizon: "3年时间", "3年左右时间", "3年时间的努力". */
const HORIZON_SUFFIX = /时间/;
/** A horizon given as the means to a goal: "用3年时间", "利用三年时间", "通过3年时间的努力" (a goal word may open it). */
const MEANS_OPENING = new RegExp(`^(?:${GOAL_WORDS})?(?:${MEANS_WORDS})`);
/** A time told as taken, not given: "仅用3年时间", "成功地用三年时间", "已经用2年时间". */
const DONE_IN_TIME = /(?:仅|只|就|已|已经|成功地?|曾|曾经)$/;
/** Half a year is six months and half a month fifteen days; other halves are no period read here. */
function countAndUnit(count: string, unit: string): [number, string] | null {
  const day = unit === '工作日' || unit === '日' || unit === '天';
  if (count === '半') {
    if (unit === '年') return [6, '月'];
    if (unit === '月') return [15, '日'];
    return day ? [1, unit] : null;
  }
  // A fraction of a day rounds up to the whole day it ends in, as an hour does (spec: N小时内 is ceil(N/24) days): rounded
  // down, "0.5个工作日内" would be due on the day of the application, before half a working day from an afternoon's has run.
  if (count.includes('.')) return day ? [Math.ceil(Number(count)), unit] : unit === '小时' ? [Number(count), unit] : null;
  return [Number(count), unit];
}

/**
 * "14天内有中高风险地区所在县(区、旗,直辖市的街道、乡镇)旅居史的来(返)拉人员", "要将返乡时间、14天内旅居史和接触史…报备",
 * "须持48小时内核酸检测阴性证明": a period that looks back over where a person has been or how fresh a test is says who
 * is concerned or what to carry; nothing is to be done within it. A report or act named between the period and the
 * history ("14天内向社区报告旅居史") is a duty as before.
 */
const LOOKED_BACK = /^(?:(?:有过?|曾)(?:[^;。报申登填告提说](?![报备])){0,50}?(?:旅居史|接触史|居住史|往来史|行程史)|(?:旅居史|接触史|居住史|往来史)|(?:的)?核酸(?:检测)?(?:阴性)?(?:证明|报告|结果|证书))/;
const LOOKED_BACK_REACH = 60;
/**
 * "返京后7日内不聚餐、不聚会、不前往人群密集场所", "解除隔离人员14天内不得参加聚集性活动": a period in which acts are forbidden
 * has nothing to be done by its end. A case the sentence goes on to settle ("10日内不提交材料的,视为放弃") is a trigger, read
 * after this; an act charged beside the ban ("3天内不得外出,并完成2次核酸检测") is a duty as before. 不 opening a count or a
 * failing (不少于, 不得超过, 不能, 不予, 不按, 不及时, 不定期) forbids nothing.
 */
const BANNED = /^(?:不得|不准|禁止|严禁|不要|不)(?![少超能予按及断再低多足定])/;
function bannedWithin(after: string): boolean {
  const sentence = after.split(/[。;!?]/)[0];
  return BANNED.test(after) && !/并|同时|(?<!不)(?:要|应|须)/.test(sentence) && !/的(?:,|$)/.test(sentence);
}
/** The modal or request that ends the clause before 提前, read whole (必须, 需要, 请 as well as 要 and 应), and a bound on the count (至少, 最迟): none of them names the act counted back from. */
const ADVANCE_MODAL = /(?:应当|应该|必须|必須|务必|需要|要|应|應|须|須|需|(?<![申邀提])[请請]|至少|最少|最迟)+$/;
/** A clause that sets the case an advance notice is for: a condition (确需返乡的), a time (进藏前), the persons concerned. */
const ADVANCE_CASE = /^(?:[请請])?(?:对于|对|凡是|凡|如果|若)?(.{2,}?)(?:的人员|的|之前|前|时)?$/;
/**
 * "确需返乡的,必须提前3天向所在村(社区)报备", "假期确需返渭或必须外出的人员,请提前3天…报备", "进(返)藏前,需提前3天…完成报备":
 * 提前 counts back from the act its sentence sets before it, a condition or a time closed by 的 or 前, or the persons
 * concerned; the clause holding 提前 then has only a modal or request (必须, 请, 需), an actor and its modal ("主办单位应"),
 * or nothing ("请拟从外地返乡的大学生,提前3天通过…报备"). Without such a clause before it the actor stands for the event,
 * as it did ("返乡人员需要提前3天进行报备"); a clause with no modal at its end is the event itself.
 */
function advancedFrom(clause: string, before: string): string {
  const own = clause.replace(ITEM_OPENING, '');
  const actor = own.replace(ADVANCE_MODAL, '');
  if (actor === own && own.length >= 2) return own;
  const previous = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1).replace(ITEM_OPENING, '');
  const condition = /(?:的|的人员|前|之前|时)$/.test(previous) || (actor.length < 2 && previous.length >= 2);
  // Nothing before the clause and no actor in it ("3.请至少提前24小时…申报"): the clause still stands for the unnamed act.
  return condition ? (ADVANCE_CASE.exec(previous)?.[1] ?? previous) : actor.length >= 2 ? actor : own;
}

function withinPeriod(m: RegExpExecArray, ctx: RecogniseContext, text: string, marks: TextMarks): TimeValue | null {
  const [, goalWord, prefix, low, count, ge] = m;
  const end = m.index + m[0].length;
  const suffix = m[7] ?? (DONE_NEXT.test(text.slice(end, end + 2)) ? '' : undefined);
  const counted = countAndUnit(count, m[6]);
  if (!counted) return null;
  const [n, unit] = counted;
  // "不得超过2019年9月30日": a year written in four digits is a date's, never a count of years.
  if (unit === '年' && count.length === 4) return null;
  if (LOOKED_BACK.test(text.slice(end, end + LOOKED_BACK_REACH))) return { kind: 'none', reason: 'looked-back' };
  if (bannedWithin(text.slice(end, end + CLAUSE_WINDOW * 2))) return { kind: 'none', reason: 'ban-period' };
  // Without 内 or 前 a count is a period only as a limit, before a meeting, as a range of days, or
  // right before what it is for ("1个工作日办结"); "15日办结" and "5月完成" name a day and a month.
  // "时限为材料报齐后7个工作日": a limit whose event stands between 为 and the count.
  const limitAfterEvent = prefix ? null : LIMIT_THEN_EVENT.exec(text.slice(Math.max(0, m.index - 24), m.index));
  // The limit's word (期限, 时限) is the lead's, so what it limits stands right before the match.
  const limitWord = prefix && /^(?:期限|时限)/.test(prefix) ? prefix.slice(0, 2) : '';
  // A step's own limit in brackets after it ("4.审核(时限:9个工作日)") limits the step named before the bracket.
  // "一、办理时限" / "15个工作日", "办理时限" / "广东省户籍:7个工作日;": the value a heading naming the limit stands over,
  // a count with no 内 and no 时限 of its own.
  const headed = !!ctx.limitValue && !prefix && !limitAfterEvent && HEADED_LIMIT_CASE.test(text.slice(0, m.index));
  // "5.审批(3个工作日)", "街道初审(5个工作日)→区县人社部门审核(10个工作日)", "2.网上预审(2个工作日,不包含在审批时限内)": the
  // length a step of a procedure is given in brackets right after its name, in working days; an activity's length in days
  // ("集中培训(3天)") is how long it lasts.
  const bracketStep =
    unit === '工作日' &&
    !prefix && !limitAfterEvent && m.index > 0 && text[m.index - 1] === '(' && /^[),]/.test(text.slice(end, end + 1)) && STEP_BEFORE_BRACKET.test(/[\u4e00-\u9fa5、]*\($/.exec(text.slice(Math.max(0, m.index - 13), m.index))?.[0] ?? '');
  // A limit the layout names, as its heading's value or a step's bracket: owed whatever words stand near it, counted from
  // acceptance or from the step.
  const limitByLayout = headed || bracketStep;
  const handlingLimit =
    headed ||
    ((!!limitWord || !!limitAfterEvent) && HANDLING_LIMITED.test(text.slice(Math.max(0, m.index - 5), limitAfterEvent ? m.index - limitAfterEvent[0].length : m.index).replace(/\($/, '')));
  if (limitWord && /^(?:期限|时限):?$/.test(prefix!) && !handlingLimit) return null;
  if (suffix === undefined && !prefix && !limitAfterEvent && !limitByLayout && !(low && /工作日|日|天/.test(unit))) return null;
  if (suffix === '' && !prefix && !limitAfterEvent && !limitByLayout && !(ge || unit === '工作日' || unit === '天')) return null;
  // The sentence and clause so far are read through the marks and near their ends only.
  const sentenceStart = marks.lastBefore('。;!?', m.index) + 1;
  const clauseStart = Math.max(sentenceStart, marks.lastBefore(',', m.index) + 1);
  const clauseBefore = text.slice(Math.max(clauseStart, m.index - CLAUSE_WINDOW), m.index);
  const after = text.slice(end, end + 2);
  if (/^未/.test(after) || /[近前]$/.test(text.slice(Math.max(sentenceStart, m.index - 1), m.index))) return null; // 离校2年内未就业: a description
  if (TRIGGER.test(text.slice(end, end + 30)) && !/^的/.test(after)) return { kind: 'none', reason: 'trigger-clause' }; // "5个工作日内不能办结的,…"
  // "补贴期限最长不超过3年", "见习期限一般为3至6个月": how long a benefit or a status runs, nothing to do within it.
  const sentenceBefore = text.slice(sentenceStart, m.index);
  // "有效期届满前30日": counted back from the term's end, to act before it; the term's length is not given.
  const fromEventEdge = ENDS_BEFORE_COUNT.test(prefix ?? '');
  if (!fromEventEdge && TERM_RUNS.test(sentenceBefore + limitWord) || (/^(?:最长|最多)?$/.test(clauseBefore) && TERM_OPENS.test(sentenceBefore))) return { kind: 'none', reason: 'entitlement' };
  // "到2019年6月底,基本实现…审批时间压缩至90个工作日以内", "2019年底前实现企业投资项目审批最多100天": a process
  // time cut to a length in a sentence that dates a target is what the target achieves; the target is the record.
  if (prefix && CUT_TO.test(prefix) && TARGET_DATE_BEFORE.test(text.slice(sentenceStart, m.index))) return { kind: 'none', reason: 'target-content' };
  if (/^的/.test(after)) return null;
  // "本法中十日以内期限的规定是指工作日": a period naming a kind of term the text defines, no time to act within.
  if (/^(?:期限|时限)(?!内)/.test(text.slice(end, end + 3))) return null;
  if (prefix && /超过|控制|最长|最多/.test(prefix) && SESSION_LENGTH.test(text.slice(sentenceStart, m.index))) return { kind: 'none', reason: 'session-length' };
  if (/(?:延长|延期|顺延|展期)/.test(clauseBefore + (prefix ?? ''))) return { kind: 'none', reason: /可/.test(clauseBefore) ? 'permission' : 'cap' };
  // What the period is for, in its clause or, where a comma closes the period ("…七个工作日内,以书面形式…提出质疑"), the next.
  const act = text.slice(end, end + CLAUSE_WINDOW).replace(/^,/, '').split(/[,;。]/)[0];
  if (permitted(clauseBefore) && (CONTESTED.test(sentenceBefore) || REMEDY.test(act))) return { kind: 'none', reason: 'permission' };
  if (contestedWithin(act, sentenceBefore)) return { kind: 'none', reason: 'permission' };
  const grantedAfter = GRANTED_AFTER.exec(text.slice(end, end + 4));
  if (grantedAfter) {
    const granted = text.slice(end + grantedAfter[0].length, end + grantedAfter[0].length + CLAUSE_WINDOW).split(/[,;。]/)[0];
    if (!BINDING_MODAL.test(granted) && (APPLIED_FOR.test(granted) || REMEDY.test(granted))) return { kind: 'none', reason: 'permission' };
  }
  // "…不能如期答复的,…最迟不得超过6个月": the outer limit of the late case, as an extension's is; a step
  // the late case must take ("不能按期办结的,应在3个工作日内说明原因") is a duty of its own.
  if (LATE_CASE.test(text.slice(sentenceStart, m.index)) && (/最迟|最长|最多/.test(clauseBefore) || /超过/.test(prefix ?? ''))) return { kind: 'none', reason: 'cap' };
  if (/最迟|最晚|至迟|最长/.test(clauseBefore + (prefix ?? '')) && EXCEPTIONAL_CASE.test(text.slice(sentenceStart, m.index))) return { kind: 'none', reason: 'cap' };
  // "2小时内书面报告,最迟不得超过4小时": an outer limit that follows the duty's own period in the sentence caps that
  // duty; it is no second one.
  if (/最迟|最长/.test(clauseBefore) && /超过/.test(prefix ?? '') && PERIOD_OR_LIMIT.test(text.slice(Math.max(sentenceStart, clauseStart - CLAUSE_WINDOW), clauseStart))) return { kind: 'none', reason: 'outer-limit' };
  // "大于96小时(4天)": the same length again in brackets; "间隔不少于3天": a least gap, no time to act within.
  // Nothing stands before a match at 0, and text[-1] is a lookup by name through the prototype chain, not a character.
  if (m.index > 0 && text[m.index - 1] === '(' && text[end] === ')' && /\d个?(?:工作日|日|天|月|年|周|小时|分钟)$/.test(text.slice(Math.max(0, m.index - 8), m.index - 1))) return null;
  // "截止时间至少15日前": at least so long before the event is the count back itself.
  const atLeastBefore = !prefix && COUNTS_BACK_SUFFIX.test(suffix ?? '') && /至少$/.test(text.slice(Math.max(sentenceStart, m.index - 2), m.index));
  if (!prefix && !atLeastBefore && /(?:大于|多于|不少于|不低于|至少|间隔)$/.test(text.slice(Math.max(sentenceStart, m.index - 3), m.index))) return null;
  const workdays = unit === '工作日';
  // "每月最后一个工作日前": the last working day of a period, not a count back from an event.
  if (/最后$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
  const countsBack = COUNTS_BACK_SUFFIX.test(suffix ?? '') || prefix === '会前' || prefix === '提前' || fromEventEdge;
  const days = periodDays(low && countsBack ? Number(low) : n, unit);
  if (countsBack) {
    if (days === null) return null;
    // "在有效期届满前3个月申请换发", "有效期届满前六个月申请再注册", "租赁期满前一个月内通知甲方": months counted back from a
    // term's end are thirty days each, as months counted from an event are; "3个月前" with no such end before it tells
    // a time past, and 提前 or 会前 with months is left as it was.
    if (unit === '月' && !fromEventEdge && !(COUNTS_BACK_SUFFIX.test(suffix ?? '') && EVENT_EDGE_BEFORE.test(lastClauses(marks, sentenceStart, m.index, 1)))) return null;
    if (prefix === '会前') return { kind: 'sla', days, workdays, before: '会议召开', target: false };
    // "在办理时限届满前1个工作日提出": the event is the clause's words before 前, its actor and modal left out.
    if (fromEventEdge) {
      const named = clauseBefore.replace(/^.*?(?:应当|应|须|要|必须)?(?:在|于)/, '').replace(ITEM_OPENING, '').replace(LIMIT_SAID_BEFORE_EVENT, '');
      // A bare 之日前 or 日期前 needs the event named before it.
      if (/^(?:之日|日期)前$/.test(prefix!) && named.length < 2) return null;
      return { kind: 'sla', days, workdays, before: named + prefix!.slice(0, -1), target: false };
    }
    const clause = prefix === '提前' ? advancedFrom(clauseBefore, text.slice(sentenceStart, clauseStart).replace(/,$/, '')) : '';
    // "选举日的20日前": the event is the day, not "选举日的".
    // "三、会议召开10日前": the item's number opening the sentence is no part of the event; nor is the limit said of
    // what is due ("申报材料报送截止时间为规定的上报日期前20日": the event is the day set for reporting).
    const anchor = (clause.length >= 2 ? clause : ANCHOR_BEFORE.exec(lastClauses(marks, sentenceStart, atLeastBefore ? m.index - 2 : m.index, 1))?.[1])
      ?.replace(ITEM_OPENING, '')
      .replace(LIMIT_SAID_BEFORE_EVENT, '')
      .replace(/的$/, '');
    return anchor ? { kind: 'sla', days, workdays, before: anchor, target: false } : null;
  }
  // "用3年时间集中攻坚", "计划通过3年时间的努力,全面整治…", "利用三年时间,确保…": the time a plan gives itself to do
  // what follows is its horizon, a target as "力争用3年时间" is; "仅用3年时间就…", "用三年时间重构了…" tell what was done.
  const horizon = !!suffix && HORIZON_SUFFIX.test(suffix);
  const planned = horizon && MEANS_OPENING.test(m[0]) && !DONE_IN_TIME.test(clauseBefore) && !/了/.test(text.slice(end, end + CLAUSE_WINDOW).split(/[,;。]/)[0]);
  const goal = !!goalWord || planned || marks.holds(GOAL, clauseStart, m.index);
  if (horizon && !goal) return null;
  // "发生后15分钟内电话报告、35分钟内书面报告", "接单后30分钟内响应,24小时内办结": a period listed after one with its
  // event, opening its own clause, counts from that event.
  let eventEnd = m.index;
  for (let k = 0, listed; k < MAX_LISTED && (listed = LISTED_PERIOD.exec(text.slice(Math.max(sentenceStart, eventEnd - 40), eventEnd))); k++) eventEnd -= listed[0].length;
  const adjacent = eventClosedBefore(lastClauses(marks, sentenceStart, eventEnd, 2));
  // "该厅下发通知,明确重大事件须在发生后15分钟内报告": an event named right before the period is what it counts
  // from, though the sentence speaks of a document before it.
  const ownEvent = !!adjacent && EVENT_VERB.test(adjacent[1]) && !DOCUMENT_WORDS.test(adjacent[1]);
  const aboutDocument = /(?:印发|发布|下发|公布|出台|施行|实施)(?:之日)?$/.test(adjacent?.[1] ?? '') || (!ownEvent && marks.holds(ABOUT_DOCUMENT, sentenceStart, m.index));
  const duty =
    limitByLayout ||
    !!prefix || marks.holds(DUTY, sentenceStart, m.index) || (/内$/.test(m[7] ?? '') && SHORT_PERIOD.test(unit) && PRESCRIBED_NEXT.test(text.slice(end, end + 40)));
  // An event named earlier in the passage ("接到转办件,一般件5个工作日内…;急件3个工作日内…") counts for a
  // period that names none, but a year is never counted from one.
  const sentenceNear = text.slice(Math.max(sentenceStart, m.index - PASSAGE_WINDOW), m.index);
  // "在会后5个工作日内", as "会前3个工作日": the meeting is the event, not the words before 会后.
  const afterMeeting = /会后$/.test(text.slice(Math.max(sentenceStart, m.index - 2), m.index));
  // A headed limit's case ("加急办证的5个工作日") is whom it is for, no event: the limit runs from acceptance.
  const event =
    aboutDocument || goal || limitByLayout ? null : afterMeeting ? '会议召开' : limitAfterEvent ? limitAfterEvent[1].replace(/之日$/, '') : adjacent ? withIncident(adjacent[1].replace(ITEM_OPENING, ''), adjacent[0].slice(0, adjacent[0].lastIndexOf(adjacent[1]))) : (eventIn(sentenceNear) ?? (unit !== '年' ? eventIn(text.slice(Math.max(0, m.index - PASSAGE_WINDOW), m.index)) : null) ?? (unit !== '年' && unit !== '月' && caseBefore(sentenceBefore) ? matterOf(sentenceNear) : null));
  if (event) {
    if (days === null) return null;
    return { kind: 'sla', days, workdays, after: event, target: false };
  }
  // "县卫健局在2小时内向县政府报告": no duty word and no event named; --explain says why it was passed over.
  if (!goal && !aboutDocument && !duty) return rejected('no-obligation-verb');
  // "审批时间压缩至90个工作日以内": a process cut to a length counts from the process's own start, never
  // from the document, however the document is dated; so does one capped ("办理信访事项不得超过60日", "办理期限
  // 不准超过15个工作日"): the cap bounds how long the unit takes over each matter.
  // A limit on a matter's handling ("承诺办结时限:5个工作日", "办理时间不得超过四十五日") with no event named runs from the
  // matter's acceptance, as a service guide's and the 行政许可法's limits do; the words before it are the field's name, a
  // heading or the case the limit is for, no event. A step's own limit in brackets ("4.审核(时限:9个工作日)") runs from
  // the step's start, its name kept.
  const step = (handlingLimit || bracketStep) && m.index > 0 && text[m.index - 1] === '(' ? /([^,;:()→]{2,20})\($/.exec(clauseBefore)?.[1].replace(ITEM_OPENING, '') : undefined;
  const handlingFromAcceptance = (handlingLimit && step === undefined) || (!!prefix && /超过$/.test(prefix) && HANDLING_TIME.test(clauseBefore));
  const handled = step && step.length >= 2 ? step : handlingFromAcceptance ? '受理' : matterOf(sentenceNear);
  if (!aboutDocument && (limitByLayout || (prefix && (/^(?:压缩|缩短|控制)|超过$/.test(prefix) || handlingLimit)))) return days === null ? null : { kind: 'sla', days, workdays, after: handled, target: false };
  // In a dated notice it counts from the notice ("各地要在30日内报送"); in undated rules, from the matter. So it does in
  // a dated text of articles: a rule's provision ("第八条 请示性公文必须在3个工作日内办结并答复") is owed on each matter
  // it governs, not once from the day the rule was issued. A notice's request in it (请各单位于10日内…) and a span of
  // months or years (在6个月内制定实施细则: carrying the rule out) still count from the document.
  const ruleProvision = ctx.standingRules && unit !== '月' && unit !== '年' && !NOTICE_REQUEST.test(text.slice(sentenceStart, m.index));
  if (!goal && !aboutDocument && (!ctx.docDate || ruleProvision)) return days === null ? null : { kind: 'sla', days, workdays, after: matterOf(sentenceNear), target: false };
  const inForceEvent = /(?:施行|实施)(?:之日)?$/.exec(adjacent?.[1] ?? '');
  const from = inForceEvent ? countedFrom(ctx, adjacent![1], inForceEvent.index, '施行') : ctx.docDate;
  const value = relativeFrom(from, n, unit);
  if (value && value.kind === 'relative' && goal) value.target = true;
  return value;
}

/**
 * The day a period "from the text's …之日" counts from: the day the text says it takes effect when the words are
 * 施行/实施 of the text itself and it names that day (本办法自2019年7月1日起施行), else the document's own date.
 */
function countedFrom(ctx: RecogniseContext, text: string, verbAt: number, verb: string): string | null {
  if ((verb !== '施行' && verb !== '实施') || !OWN_TAKING_EFFECT.test(text.slice(Math.max(0, verbAt - 6), verbAt))) return ctx.docDate;
  return ctx.inForce ?? ctx.docDate;
}

function relativeFrom(from: string | null, n: number, unit: string): TimeValue | null {
  if (!from || n <= 0) return null;
  if (unit === '工作日') {
    const r = addWorkdays(from, n);
    return { kind: 'relative', due: r.due, target: false, beyondCalendar: r.beyondCalendar };
  }
  if (unit === '日' || unit === '天') return { kind: 'relative', due: addDays(from, n), target: false };
  if (unit === '周') return { kind: 'relative', due: addDays(from, 7 * n), target: false };
  // Hours round up to whole days and minutes are the same day, as for a period from an event.
  if (unit === '小时' || unit === '分钟') return { kind: 'relative', due: addDays(from, periodDays(n, unit)!), target: false };
  if (unit === '月') return { kind: 'relative', due: addMonths(from, n), target: false };
  if (unit === '年') return { kind: 'relative', due: addYears(from, n), target: false };
  return null;
}

/**
 * Finds every time expression in normalised text; overlapping matches yield to the longest. With
 * `withDropped` the expressions that are no deadline (kind 'none', with their reason) stay in.
 */
export function recognise(text: string, ctx: RecogniseContext, withDropped = false): TimeMatch[] {
  // Text without a single anchor character is most text: no recogniser can match it.
  if (!learnAnchors(text)) return [];
  const found: TimeMatch[] = [];
  // Made at the first match: most paragraphs with anchors still have none.
  let marks: TextMarks | undefined;
  const seenOnly: Drop[] = [];
  learnCandidates();
  for (let w = 0; w < RECOGNISER_WORDS; w++) {
    const allowed = (ctx.deadlineCell ? -1 : OUTSIDE_DEADLINE_CELL[w]) & (presentDigit ? -1 : WITHOUT_DIGIT[w]);
    const sureHere = sure[w] & allowed;
    // In the recognisers' order, as the resolver's ties are broken by it.
    for (let bits = (sureHere | maybe[w]) & allowed; bits !== 0; bits &= bits - 1) {
      const bit = bits & -bits;
      const k = 32 * w + 31 - Math.clz32(bit);
      if ((sureHere & bit) === 0 && !holdsLongerNeed(text, k)) continue;
      const r = RECOGNISERS[k];
      for (let m = nextMatch(r, text, 0); m; m = nextMatch(r, text, r.pattern.lastIndex)) {
        if (m[0].length === 0) {
          r.pattern.lastIndex++;
          continue;
        }
        marks ??= new TextMarks(text);
        const built = eventAlone(r.build(m, ctx, text, marks));
        if (!built) continue;
        const read = built.kind !== 'rejected' && built.kind !== 'none';
        const value: TimeValue =
          read && isAround(text, m.index + m[0].length)
            ? { kind: 'none', reason: 'approximate' }
            : read && NOTICE_WINDOW_LABEL.test(text.slice(Math.max(0, m.index - 8), m.index))
              ? { kind: 'none', reason: 'notice-window' }
              : built;
        if (value.kind === 'rejected') {
          if (ctx.drops) seenOnly.push({ start: m.index, end: m.index + m[0].length, reason: value.reason, recogniser: r.name });
        } else found.push({ start: m.index, end: m.index + m[0].length, value, recogniser: r.name });
      }
    }
  }
  if (found.length === 0 && seenOnly.length === 0) return [];
  found.sort(longestFirst);
  const kept: TimeMatch[] = [];
  // Characters already covered by a kept match: a later, shorter match overlapping one is dropped.
  if (found.length > 1) {
    if (taken.length < text.length) taken = new Uint8Array(2 * text.length);
    else taken.fill(0, 0, text.length);
  }
  for (const f of found) {
    if (found.length > 1) {
      if (isTaken(f.start, f.end)) continue;
      taken.fill(1, f.start, f.end);
    }
    kept.push(f);
  }
  const inOrder = kept.filter((k) => withDropped || k.value.kind !== 'none').sort((a, b) => a.start - b.start);
  const result = withClosingHours(text, weeklyFromFirst(text, bothHalves(text, quarterInBrackets(text, carriedRecurrences(text, listedYearlyTimes(text, frequenciesWithTheirDay(text, frequencyGlosses(text, seasonsOfDuties(text, datedYearlyDuties(text, countCaps(text, inOrder, ctx.drops), ctx.drops), ctx.drops), ctx.drops), ctx.drops)))))));
  if (ctx.drops) {
    for (const k of kept) if (k.value.kind === 'none') ctx.drops.push({ start: k.start, end: k.end, reason: k.value.reason, recogniser: k.recogniser });
    // A rejected reading is reported once, and only where nothing else was read.
    const covered = new Uint8Array(text.length);
    for (const k of kept) covered.fill(1, k.start, k.end);
    for (const s of seenOnly.sort(longestFirst)) {
      if (covered.subarray(s.start, s.end).includes(1)) continue;
      covered.fill(1, s.start, s.end);
      ctx.drops.push(s);
    }
  }
  return result;
}

/**
 * "6月20日前后", "年底前后", "每年6月前后", "六月中旬到七月上旬前后": around the time, either side of it, so no last day
 * to act; read as its 前 alone it was one. 前后续 is 前 then 后续 (the follow-up).
 */
function isAround(text: string, end: number): boolean {
  const at = text[end - 1] === '前' && text[end] === '后' ? end + 1 : text.startsWith('前后', end) ? end + 2 : -1;
  return at >= 0 && text[at] !== '续';
}

/**
 * "公示时间:2022年11月21日—11月25日", "公示期为2021年4月13日至4月22日", "公示期自2023年2月23日至2023年3月1日止",
 * "公示日期为4月14日至4月20日": the days a list of names stands for the public to object to, which the notice runs
 * itself; nobody is charged to finish anything by its last day. A duty to publicise (各村要于5月15日前完成公示) is none of
 * these labels and keeps its date.
 */
const NOTICE_WINDOW_LABEL = /公示(?:时间|日期|期限|期间|期)(?:为|是|:|自|从)?$/;

const longestFirst = (a: { start: number; end: number }, b: { start: number; end: number }) => b.end - b.start - (a.end - a.start) || a.start - b.start;

/**
 * "每年报告1次,一般当年一季度完成": a yearly duty whose day is given later in the sentence is one
 * yearly rule on that day, not a yearly rule plus a one-off date.
 */
function datedYearlyDuties(text: string, matches: TimeMatch[], drops: Drop[] | undefined): TimeMatch[] {
  // Made at the first duty dropped: most paragraphs have none.
  let dropped: Set<TimeMatch> | undefined;
  for (const m of matches) {
    if (m.recogniser !== 'year-period' || !text.startsWith('当年', m.start)) continue;
    const duty = matches.find((y) => y.recogniser === 'yearly' && y.end <= m.start && !/[。!?]/.test(text.slice(y.end, m.start)));
    const month = periodMonth(text.slice(m.start + 2, m.end).replace(/(?:末|底|前|之前|以前)+$/, ''));
    if (!duty || !month) continue;
    m.value = yearly(month, -1);
    (dropped ??= new Set()).add(duty);
    drops?.push({ start: duty.start, end: duty.end, reason: 'yearly-day', recogniser: duty.recogniser });
  }
  return dropped ? matches.filter((m) => !dropped.has(m)) : matches;
}

/** What joins the times of one list: "每年6月底和12月底前", "每年上半年、下半年". */
const LIST_JOINT = /^(?:和|及|与|以及|、)$/;
/** The times a list after 每年 may go on with, each read as the plan year's alone. */
const LISTED_AFTER_YEARLY = new Set(['year-period', 'year-end-context', 'month-context']);

/**
 * The month and day a time of the year names, written without its year ("下半年", "年底", "12月底前", "7月10日前"), for
 * a yearly rule; null for one that names its year (今年, 2019年) or a day of no such rule.
 */
function dayOfEveryYear(written: string): [number, number] | null {
  const time = written.replace(/^(?:于|在)/, '').replace(/(?:前|之前|以前)$/, '');
  if (/\d{4}年|今年|明年|当年|本年/.test(time)) return null;
  const date = /^(\d{1,2})月(?:(\d{1,2})[日号]|份)?(底|末)?$/.exec(time);
  if (date) return [Number(date[1]), date[2] ? Number(date[2]) : -1];
  // "第四季度末", "上半年底": the period's end is the period's own day.
  const month = periodMonth(time) ?? periodMonth(time.replace(/[末底]$/, ''));
  return month ? [month, -1] : null;
}

/**
 * "每年上半年和下半年各开展一次督查", "于每年6月底和12月底前报送", "每年1月10日和7月10日前": times listed after the first, which
 * 每年 opens, are every year's too; the plan year's one-off dates they were read as (下半年: 2018-12-31) or a second
 * rule beside the first. The list is one rule: every half-year's when its months fall evenly through the year, as
 * "每年6、12月底" is read (inMonths); times on different days stay a rule each.
 */
function listedYearlyTimes(text: string, matches: TimeMatch[]): TimeMatch[] {
  if (!matches.some((m) => m.recogniser === 'yearly-period' || m.recogniser === 'yearly-date')) return matches;
  const out: TimeMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i];
    out.push(first);
    const rule = first.value.kind === 'recurring' && (first.recogniser === 'yearly-period' || first.recogniser === 'yearly-date') ? /^FREQ=YEARLY;BYMONTH=(\d{1,2});BYMONTHDAY=(-?\d{1,2})$/.exec(first.value.rrule) : null;
    if (!rule) continue;
    const days: Array<[number, number]> = [[Number(rule[1]), Number(rule[2])]];
    let last = first;
    for (let next = matches[i + 1]; next && LISTED_AFTER_YEARLY.has(next.recogniser) && LIST_JOINT.test(text.slice(last.end, next.start)); next = matches[i + days.length]) {
      const day = dayOfEveryYear(text.slice(next.start, next.end));
      if (!day) break;
      days.push(day);
      last = next;
    }
    if (days.length === 1) continue;
    i += days.length - 1;
    if (days.every(([, day]) => day === days[0][1])) {
      out[out.length - 1] = { ...first, end: last.end, value: inMonths(days.map(([month]) => month), days[0][1]) };
      continue;
    }
    const listed = matches.slice(i - days.length + 2, i + 1);
    listed.forEach((m, k) => out.push({ ...m, value: yearly(days[k + 1][0], days[k + 1][1]), recogniser: 'yearly-date' }));
  }
  return out;
}

/** A span of months or days and what may join it to the frequency right after it: "3月至12月每月", "5月1日至9月30日期间,每周". */
const SPAN_THEN_FREQUENCY = /^(?:期间|内|间)?,?$/;
const SPAN = new Set(['month-range', 'day-range']);

/**
 * "每年的3月至12月每月巡查不少于1次": a span right before a frequency word is the season the recurring duty
 * runs in, and a 每年 before the span only says the season comes every year: the duty is the frequency's rule.
 */
function seasonsOfDuties(text: string, matches: TimeMatch[], drops: Drop[] | undefined): TimeMatch[] {
  const dropped = new Set<TimeMatch>();
  for (const [i, m] of matches.entries()) {
    const duty = matches[i + 1];
    if (!SPAN.has(m.recogniser) || !duty || duty.value.kind !== 'recurring' || !text.startsWith('每', duty.start) || !SPAN_THEN_FREQUENCY.test(text.slice(m.end, duty.start))) continue;
    dropped.add(m);
    drops?.push({ start: m.start, end: m.end, reason: 'duty-season', recogniser: m.recogniser });
    const yearly = matches[i - 1];
    if (yearly?.recogniser === 'yearly' && /^的?$/.test(text.slice(yearly.end, m.start))) {
      dropped.add(yearly);
      drops?.push({ start: yearly.start, end: yearly.end, reason: 'duty-season', recogniser: yearly.recogniser });
    }
  }
  return dropped.size ? matches.filter((m) => !dropped.has(m)) : matches;
}

/** What may stand between a frequency and the bracket that glosses it: "每个季度月底(", "每季度末(". */
const GLOSS_OPENS = /^[^,;。:()\d]{0,4}\(/;

/**
 * "于每个季度月底(3、6、9、12月底)前": dates in a bracket right after a frequency spell out its days; they are no
 * deadlines of their own.
 */
function frequencyGlosses(text: string, matches: TimeMatch[], drops: Drop[] | undefined): TimeMatch[] {
  let dropped: Set<TimeMatch> | undefined;
  for (const m of matches) {
    // A frequency with its own day ("每月10日(本月于6月12日)") has its exceptions in brackets, not a gloss.
    if (m.value.kind !== 'recurring' || /\d/.test(text.slice(m.start, m.end))) continue;
    const opens = GLOSS_OPENS.exec(text.slice(m.end, m.end + 6));
    if (!opens) continue;
    const from = m.end + opens[0].length;
    const close = text.slice(from, from + 40).indexOf(')');
    if (close < 0) continue;
    for (const g of matches) {
      if (g.value.kind === 'recurring' || g.start < from || g.end > from + close) continue;
      (dropped ??= new Set()).add(g);
      drops?.push({ start: g.start, end: g.end, reason: 'frequency-gloss', recogniser: g.recogniser });
    }
  }
  return dropped ? matches.filter((m) => !dropped.has(m)) : matches;
}

/**
 * "会议原则上每年不超过1次", "每月接受督查检查不得超过2次": a frequency word whose count is a maximum limits how often
 * something may happen, and sets no duty; a minimum (每年至少召开一次, 每年不少于2次) is a duty, as is a frequency
 * whose clause ends before the limit (每月报送一次,每次不超过3页).
 */
const COUNT_CAP_AFTER = /^[^,;。:]{0,10}?(?:不超过|不得超过|不宜超过|不能超过|不应超过|不多于|最多|至多)\d+(?:次|场|期|轮|批|项)/;

function countCaps(text: string, matches: TimeMatch[], drops: Drop[] | undefined): TimeMatch[] {
  // Made at the first cap: most paragraphs have none.
  let dropped: Set<TimeMatch> | undefined;
  for (const m of matches) {
    if (m.value.kind !== 'recurring' || !BARE_FREQUENCY.test(text.slice(m.start, m.end)) || !COUNT_CAP_AFTER.test(text.slice(m.end, m.end + 30))) continue;
    (dropped ??= new Set()).add(m);
    drops?.push({ start: m.start, end: m.end, reason: 'count-cap', recogniser: m.recogniser });
  }
  return dropped ? matches.filter((m) => !dropped.has(m)) : matches;
}

/** A frequency word that names no day of its own: 每月, 每2个月, 每季度, 每年. */
const BARE_FREQUENCY = /^(?:每\d?个?月|每季度|每个季度|按季度|逐季|每季|每半年|每年|每年度|每个?(?:周|星期|礼拜))(?:的)?$/;

/**
 * What may stand between a frequency word and its due day: the rest of its clause, or a comma and a
 * clause that opens with the limit itself ("每月报告1次,均限于次月10日前送达"), or that sets when the thing
 * is held ("每周召开1次,时间一般定为每周一", "每月召开1次例会,一般安排在每月5日", "每周召开1次片长会议,原则上每周一
 * 为片例会"): the day of that same meeting or report.
 */
const DAY_OF_SAME_DUTY =
  /^[^,。;!?:]*(?:,(?:均|并|须|应|要|必须|统一)?(?:限于|于|在)|,(?:(?:会议|活动|例会|召开)?时间(?:一般|原则上|固定)*|(?:一般|原则上|固定)+)(?:定为|定于|定在|确定为|确定在|安排在|安排于|为|于|在)?)?$/;
/**
 * "每月报送一篇信息,每月25日前报办公室", "每周报送一篇信息,于每周四下班前报": a report whose frequency the next
 * clause says again with its day is that one report, due on that day.
 */
const REPORT_THEN_ITS_DAY = /^[^,。;!?:]*(?:报送|上报|报告|提交)[^,。;!?:]*,(?:均|并|须|应|要|必须|统一)?(?:限于|于|在)?$/;

/**
 * "议题每个月报送一次。议题主办单位在每个月20日之前,将…议题报送市政府办公厅": a sentence that only says how often a thing is
 * reported, then the next one giving the report's day by the same frequency, are that one report.
 */
const REPORT_COUNT_THEN_ITS_DAY = /^[^,。;!?:]{0,12}?(?:报送|上报|报告|提交|汇报|报)(?:1次|一次)。[^,。;!?:]{0,24}$/;
/** The report verb of the sentence that gives the day. */
const REPORTED_IN_CLAUSE = /^[^。;!?]{0,60}?(?:报送|上报|报告|提交|汇报)/;

/**
 * Days that fall in the period after the one a report covers (次月10日前, 次季度5日前, 季后15日内): they only ever date a
 * report, so one later in the sentence of a frequency whose clause is a report ("每月报送一次统计报表,报送时间为次月10日前",
 * "快报每月报送一次,当月的数据请在次月10日前报送") is that report's day. A frequency of other work (每月开展巡查,次月5日前报送
 * 结果), or a clause with a unit of its own (…,市统计局于次月15日前汇总上报), is another duty: they stay two.
 */
const NEXT_PERIOD_DAY = new Set(['next-month-day', 'next-quarter-day', 'after-period-end']);
const SAME_SENTENCE = /^[^。;!?:]{0,40}$/;
const REPORT_CLAUSE = /^[^,]*(?:报送|上报|报告|提交|汇报)/;
const UNIT_IN_CLAUSE = /(?:各|局|委|办|厅|院|署|政府|中心|单位|部门|机关|小组|办公室)[^,]*$/;

/**
 * "各县每季度开展检查并于次月5日前报送": work of its own done at the frequency, then 并 and the day of what follows it:
 * two duties, the check each quarter and the report after it.
 */
const OWN_WORK_THEN_DAY = /(?:开展|组织|进行|召开|检查|巡查|排查|督查|抽查)[^,。;!?:]*并(?:于|在)$/;

/** A rule's frequency without its days: "FREQ=MONTHLY;INTERVAL=3" of a quarterly rule. */
export function cadence(rrule: string): string {
  return rrule.replace(/;BY.*$/, '');
}

/**
 * "每月将进展情况于次月5日前报送", "每季度将数据于季后15日内报送": a frequency word whose due day follows
 * in the same clause is one rule on that day, not a month-end rule beside it.
 */
function frequenciesWithTheirDay(text: string, matches: TimeMatch[], drops: Drop[] | undefined): TimeMatch[] {
  // Made at the first frequency dropped: most paragraphs have none.
  let dropped: Set<TimeMatch> | undefined;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (m.value.kind !== 'recurring' || !BARE_FREQUENCY.test(text.slice(m.start, m.end))) continue;
    const own = cadence(m.value.rrule);
    const day = matches[i + 1];
    if (!day || day.start - m.end > CARRY_WINDOW) continue;
    // The 于 or 在 a day's expression opens with ("每月汇总,于5日前报送") is the clause's, as it is when left out of it.
    const between = text.slice(m.end, /^[于在]/.test(text[day.start] ?? '') ? day.start + 1 : day.start);
    const restated = text.startsWith('每', day.start) && (REPORT_THEN_ITS_DAY.test(between) || (REPORT_COUNT_THEN_ITS_DAY.test(between) && REPORTED_IN_CLAUSE.test(text.slice(day.end, day.end + 80))));
    const nextPeriod =
      NEXT_PERIOD_DAY.has(day.recogniser) && SAME_SENTENCE.test(between) && REPORT_CLAUSE.test(between) && !UNIT_IN_CLAUSE.test(between.slice(between.lastIndexOf(',') + 1));
    if (!DAY_OF_SAME_DUTY.test(between) && !restated && !nextPeriod) continue;
    if (OWN_WORK_THEN_DAY.test(between) && !nextPeriod) continue;
    if (day.value.kind !== 'recurring' || cadence(day.value.rrule) !== own) continue;
    (dropped ??= new Set()).add(m);
    drops?.push({ start: m.start, end: m.end, reason: 'frequency-day', recogniser: m.recogniser });
  }
  return dropped ? matches.filter((m) => !dropped.has(m)) : matches;
}

/**
 * "月报、季报于次月(季度)15日内报送": the bracket names the quarter in place of the month for the second report, so
 * the one expression sets two duties: the 15th of every next month and of every month after a quarter.
 */
function quarterInBrackets(text: string, matches: TimeMatch[]): TimeMatch[] {
  if (!matches.some((m) => m.recogniser === 'next-month-day')) return matches;
  return matches.flatMap((m) => {
    const day = m.recogniser === 'next-month-day' ? /次月\((?:次)?季度?\)(?:的)?(\d{1,2})/.exec(text.slice(m.start, m.end)) : null;
    if (!day) return [m];
    const quarterly: TimeValue = { kind: 'recurring', rrule: `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${Number(day[1])}`, target: false };
    return [m, { ...m, value: quarterly, recogniser: 'next-quarter-day' }];
  });
}

/**
 * "各县上、下半年各开展一次督查": 上、下半年 names both halves of the year, 上 standing for 上半年; read as its 下半年, the
 * first half's end is the other date it sets, on the same expression.
 */
function bothHalves(text: string, matches: TimeMatch[]): TimeMatch[] {
  if (!matches.some((m) => m.recogniser === 'year-period')) return matches;
  return matches.flatMap((m) => {
    if (m.recogniser !== 'year-period' || m.value.kind !== 'once' || !/上、?下半年/.test(text.slice(m.start, m.end))) return [m];
    return [{ ...m, value: { ...m.value, due: `${m.value.due.slice(0, 4)}-06-30` } }, m];
  });
}

/** "以后每隔一周", "此后每周": a cadence that goes on from the occurrence named before it. */
const THEREAFTER = /(?:以后|此后|之后|其后|往后)$/;

/**
 * "5月5日上报第一期,以后每隔一周报送一期": a weekly cadence that goes on from a first dated occurrence in the sentence
 * falls on that date's weekday, not on the Friday a bare 每周 takes.
 */
function weeklyFromFirst(text: string, matches: TimeMatch[]): TimeMatch[] {
  // Pushed, not mapped: this is the list recognise returns, and map makes a packed or a holey array by which of
  // V8's tiers runs it; the readers' optimised code, which had seen one kind, was thrown away at the other
  // (node --trace-deopt: wrong map in readParagraph, readDocument and readRow's cells).
  const out: TimeMatch[] = [];
  // The first match has none before it, and is not given matches[-1]: an index below 0 is no element but a property
  // name, which V8 makes a string of and looks up through the prototype chain (2 % of a warm pass with the like reads).
  for (let i = 0; i < matches.length; i++) out.push(onFirstWeekday(text, matches[i], i > 0 ? matches[i - 1] : undefined));
  return out;
}

/** A weekly match `m` on the weekday of the dated occurrence `first` just before it, when it goes on from that one. */
function onFirstWeekday(text: string, m: TimeMatch, first: TimeMatch | undefined): TimeMatch {
  if (m.value.kind !== 'recurring' || !/^FREQ=WEEKLY(?:;INTERVAL=\d+)?;BYDAY=FR$/.test(m.value.rrule) || /[一二三四五六日天1-7]$/.test(text.slice(m.start, m.end))) return m;
  if (!first || first.value.kind !== 'once' || !THEREAFTER.test(text.slice(Math.max(first.end, m.start - 2), m.start)) || /[。;!?]/.test(text.slice(first.end, m.start))) return m;
  const day = WEEK[(weekday(first.value.due) + 6) % 7];
  return { ...m, value: { ...m.value, rrule: m.value.rrule.replace(/BYDAY=FR$/, `BYDAY=${day}`) } };
}

/** How far a recurring duty's later day may stand from it in the same sentence. */
const CARRY_WINDOW = 80;

/**
 * A recurring duty gives its frequency to a day named later in the same sentence: "每年的3月10日前报送
 * …,3月31日前在…公布" is two yearly rules, not a yearly rule and a one-off; "每月的督查…在月初抽取"
 * is one monthly rule on the 10th, not one at the month's end.
 */
function carriedRecurrences(text: string, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  let yearlyEnd = -1;
  for (const m of matches) {
    if (m.recogniser === 'yearly-date') yearlyEnd = m.end;
    if (m.recogniser === 'month-context' && yearlyEnd >= 0 && m.start - yearlyEnd <= CARRY_WINDOW && !/[。;!?]/.test(text.slice(yearlyEnd, m.start)) && !/^(?:今年|明年|当年|本年)/.test(text.slice(m.start, m.end).replace(/^(?:于|在)/, ''))) {
      const date = /(\d{1,2})月(?:(\d{1,2})[日号]?)?(底|末)?/.exec(text.slice(m.start, m.end));
      if (date) {
        out.push({ ...m, value: yearly(Number(date[1]), date[2] ? Number(date[2]) : -1), recogniser: 'yearly-date' });
        continue;
      }
    }
    if (m.recogniser === 'monthly' && m.value.kind === 'recurring' && m.value.rrule.endsWith('BYMONTHDAY=-1')) {
      const rest = text.slice(m.end, m.end + CARRY_WINDOW);
      const stop = rest.search(/[。;!?]/);
      const part = /(?<![\d年每本上下当个])月(初|中)/.exec(stop >= 0 ? rest.slice(0, stop) : rest);
      if (part && !matches.some((o) => o.start >= m.end && o.start < m.end + part.index + 2)) {
        const day = part[1] === '初' ? 10 : 20;
        out.push({ start: m.end + part.index, end: m.end + part.index + 2, value: { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, target: false }, recogniser: 'monthly' });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
