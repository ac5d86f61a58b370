import path from 'node:path';
import type { Obligation } from '../obligation.ts';
import { type DocumentFacts, readGazette } from '../formats/index.ts';
import { readGazetteFile, textLines } from '../gazette/read.ts';
import { type GazetteDocument, normaliseDocNumber, splitGazette } from '../gazette/split.ts';
import { type Block, type TextPiece, lineAt, buildBlocks } from './blocks.ts';
import { isValidDay, isoDate } from '../calendar/dates.ts';
import { type Clock, systemClock } from '../clock.ts';
import { type WorkAssignment, type YearContext, asksAddresseesToAct, documentAssignment, planStartOf, requestedInPreamble, takesTheDocumentYear, yearContext } from './context.ts';
import type { ExplainedExpression } from './explain.ts';
import { type NormalisedText, originalSpan, normalise, spaceBefore, writtenForm, writtenPhrase, writtenTask } from './normalise.ts';
import { HANDLING_LIMIT_HEADING, HEADED_LIMIT_VALUE, THIS_TEXT, recognise } from './recognise.ts';
import { forgetRecentAnswers } from './recent.ts';
import { ITEM_OPENING, NO_UNITS, type Units, addresseesOf, spacesPartingIn, unitsAsWritten, unitsOfFields } from './units.ts';
import { type DroppedAt, type Finding, type ParagraphContext, carrySubjectIntoContinuation, giveTimeItsWork, labelledItemActor, labelledItemTask, readParagraph, sameTime, unitLists, withoutActor } from './paragraph.ts';
import { type LabelField, TIME_LABEL, isLabelName, labelFields } from './item-labels.ts';
import { LIST_OPENING_LABEL, type UnitRole } from './role-labels.ts';
import { type SectionBlock, assignClosingStatements, assignNotedUnits, assignSectionUnits, blockLevel, scopeDocumentAssignment } from './sections.ts';
import { restatedFrequencyHeadings } from './frequency-headings.ts';
import { restatedStages } from './stages.ts';
import { statutoryCaps } from './statutory-limits.ts';
import { countDefinedWorkdays, type WorkdayDefinition, workdayDefinition } from './workday-definition.ts';
import { type RowContext, readRow } from './table.ts';

export interface ExtractWarning {
  source: string;
  line: number;
  message: string;
}

/** What the extractor read about one document: its heading facts, the year its months take, its warnings. */
export interface DocumentContext {
  source: string;
  /** 1-based line where the document starts. */
  line: number;
  doc: Obligation['doc'];
  year: YearContext;
  warnings: string[];
  /** With `explain`: every time expression seen in the document, kept or dropped, in the order of the text. */
  expressions: ExplainedExpression[];
}

export interface ExtractResult {
  obligations: Obligation[];
  warnings: ExtractWarning[];
  documents: DocumentContext[];
}

export interface ExtractOptions {
  /** Report every time expression seen, kept or dropped (`extract --explain`). */
  explain?: boolean;
  /** What a converted file's own metadata says of a text that is one document (a web page's 发文字号 block). */
  facts?: DocumentFacts;
}

/** Every dated obligation in a gazette's text. `source` is the name records carry (the file's base name). */
export function extractText(text: string, source: string, clock: Clock = systemClock, options: ExtractOptions = {}): ExtractResult {
  return extractLines(textLines(text), source, clock, options);
}

/** extractText of a text already cut into its lines, none holding a line break or starting with a byte-order mark. */
function extractLines(lines: string[], source: string, clock: Clock, options: ExtractOptions): ExtractResult {
  const obligations: Obligation[] = [];
  const warnings: ExtractWarning[] = [];
  const documents: DocumentContext[] = [];
  const docs = splitGazette(lines);
  if (docs.length === 1 && options.facts) docs[0] = withFacts(docs[0], options.facts);
  for (const doc of docs) {
    const year = yearContext(doc, lines, clock);
    const context: DocumentContext = {
      source,
      line: doc.firstLine,
      doc: documentRef(doc),
      year,
      warnings: [],
      expressions: [],
    };
    documents.push(context);
    const warn = (line: number, message: string) => {
      warnings.push({ source, line, message });
      context.warnings.push(message);
    };
    if (year.source === 'clock') {
      warn(doc.firstLine, `文中没有可确定年份的日期、文号或计划年度，未写年份的月份按给定时钟（--now 或 SHIXIAN_NOW）的年份 ${year.year} 年计算`);
    }
    if (year.source === 'page-date') {
      warn(doc.firstLine, `文中没有可确定年份的日期、文号或计划年度，未写年份的月份按网页发布日期的年份 ${year.year} 年计算`);
    }
    const dropped: DroppedAt[] | undefined = options.explain ? [] : undefined;
    let found = readDocument(lines, doc, year, dropped);
    if (year.source === 'none') {
      const yearless = found.filter((f) => takesTheDocumentYear(f.match.value, f.norm.text.slice(f.match.start, f.match.end)));
      if (yearless.length > 0) {
        warn(doc.firstLine, `文中没有可确定年份的日期、文号或计划年度：${yearless.length} 处未写年份的日期无法确定是哪一年，没有记录（见 --explain）`);
        for (const f of yearless) dropped?.push({ drop: { start: f.match.start, end: f.match.end, reason: 'no-year', recogniser: f.match.recogniser }, norm: f.norm, piece: f.piece });
        found = found.filter((f) => !yearless.includes(f));
      }
    }
    for (const finding of found) {
      const record = toObligation(finding, doc, source);
      obligations.push(record);
      if (finding.match.value.kind === 'relative' && finding.match.value.beyondCalendar) {
        warn(record.line, `${record.line} 行的工作日数到了 ${record.due?.slice(0, 4)} 年，官方节假日安排还没有那一年，只跳过了周末`);
      }
      if (options.explain) {
        context.expressions.push({
          type: 'expression',
          source,
          line: record.line,
          expression: record.expression,
          recogniser: finding.match.recogniser,
          outcome: 'record',
          units_from: finding.unitSource,
          record,
        });
      }
    }
    for (const { drop, norm, piece } of dropped ?? []) {
      const [start, end] = originalSpan(norm, drop.start, drop.end);
      context.expressions.push({
        type: 'expression',
        source,
        line: lineAt(piece, start),
        expression: piece.text.slice(start, end),
        recogniser: drop.recogniser,
        outcome: 'dropped',
        reason: drop.reason,
      });
    }
    context.expressions.sort((x, y) => x.line - y.line);
  }
  forgetRecentAnswers();
  return { obligations, warnings, documents };
}

/** Reads, decodes and extracts one text gazette file; unreadable input is an InputError naming the file. */
export function extractFile(file: string, clock: Clock = systemClock, options: ExtractOptions = {}): ExtractResult {
  return extractText(readGazetteFile(file), path.basename(file), clock, options);
}

/**
 * Reads a gazette in whatever format it comes (PDF, Word, an HTML page or text, known by its first
 * bytes) and extracts it; unreadable input is an InputError naming the file. A PDF's records say
 * on which page their line begins.
 */
export async function extractAnyFormat(file: string, clock: Clock = systemClock, options: ExtractOptions = {}): Promise<ExtractResult> {
  const converted = await readGazette(file);
  const how = { ...options, facts: converted.facts };
  // A text file's lines are cut as extractText cuts a text: they are read as they are, not joined
  // into a second copy of the whole text to be cut again (for a 50 MB gazette, 35 MB more at the peak).
  const result =
    converted.format === 'text'
      ? extractLines(withoutByteOrderMark(converted.lines), path.basename(file), clock, how)
      : extractText(converted.lines.join('\n'), path.basename(file), clock, how);
  const pages = converted.pages;
  if (pages) result.obligations = result.obligations.map((o) => ({ ...o, page: pages[o.line - 1] }));
  return result;
}

/** The lines with the byte-order mark extractText drops from a text's start (one; a file's own was dropped in reading it). */
function withoutByteOrderMark(lines: string[]): string[] {
  if (lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  return lines;
}

/** The record's view of a document: a 文号 or title the text does not give is null, not empty. */
function documentRef(doc: GazetteDocument): Obligation['doc'] {
  return { number: doc.number || null, title: doc.title || null, issued: doc.issued };
}

/** A page's metadata block is the issuer's own record: it wins over what the text seems to say. */
function withFacts(doc: GazetteDocument, facts: DocumentFacts): GazetteDocument {
  return {
    ...doc,
    number: facts.number ? normaliseDocNumber(facts.number) : doc.number,
    title: doc.title || (facts.title ?? ''),
    issued: facts.issued ?? doc.issued,
    issuer: facts.issuer ?? doc.issuer,
  };
}

/**
 * An article of a set of rules opening its paragraph or sentence: "第二十二条…", "。第5条…"; one cited
 * in passing ("《条例》第十条、第十二条") is not.
 */
const ARTICLE = /(?:^|[。;\s])第[\d一二三四五六七八九十百]+条/g;

/** Do the paragraphs open at least `count` articles between them? */
function holdsArticles(paragraphs: string[], count: number): boolean {
  let found = 0;
  for (const text of paragraphs) {
    // Most paragraphs hold no 条 at all: the pattern is not run over them.
    if (!text.includes('条')) continue;
    found += text.match(ARTICLE)?.length ?? 0;
    if (found >= count) return true;
  }
  return false;
}

/** A paragraph whose unit list could start at its first or second character: only these can give units upward. */
const OPENS_WITH_LIST = new RegExp(`^.?(?:\\(|${LIST_OPENING_LABEL})`);

/**
 * A report of work done ("…执行情况的报告", "2021年上半年工作总结", "…工作情况汇报", a page titled "…工作情况"):
 * most of its times tell when things were done. 政府工作报告 is a plan for the year as much as a report, and is not one.
 */
const REPORT_NAME = '(?:情况|成效|进展)的?(?:报告|汇报|通报)|(?:工作)?总结(?:报告)?|工作汇报';
/**
 * A table of where the year's work stands, ending its heading: "…重点工作一季度进展情况表", "…1-9月进展情况表",
 * "…完成情况表", "…重点工作进展情况(截至三季度)". Only at a heading's end: "…落实情况督查方案" is a plan.
 */
const PROGRESS_TABLE = '(?:进展|完成|落实|推进|执行)情况(?:一览表|统计表|表)?';
/** What a site of model texts adds to a title: "…工作总结范文(通用7篇)", "…汇报材料", "…总结3篇". */
const MODEL_TEXT = '(?:范文|范例|模板|样本|精选|大全|材料)?(?:\\d+篇|\\([^()]*\\))?';
const REPORT_OF_WORK = new RegExp(`(?:${REPORT_NAME}|${PROGRESS_TABLE}|工作情况)${MODEL_TEXT}$`);
/** A report's heading run into its first sentence on one line: "某镇一季度工作情况汇报一季度,全镇…", "…2015年工作总结暨2016年工作计划今年以来…". */
const RUN_IN_REPORT = new RegExp(`^[^,;:。!?()《》“”]{2,40}?(?:${REPORT_NAME})(?=[\\u4e00-\\u9fa5\\d])(?![的和及与])`);
/** A line that asks for a report or sets work about one ("请于…报送工作总结", "关于做好…总结的通知"), not a report's own heading. */
const ABOUT_A_REPORT = /报送|上报|填报|提交|印发|做好|要求|请|(?<![主重需])要|应(?![急用])|须/;
/** How many of a document's first lines may hold its heading under a web page's own title and furniture. */
const HEADING_LINES = 8;

/**
 * The headings that name the document a report of work: its title, or a line among its first ones
 * (a web page's title is often the site's name, its text's heading a line below). An item's heading
 * ("一、2018年工作总结") names a part of a plan, not the document.
 */
function reportHeadings(title: string, lines: string[], doc: GazetteDocument): string[] {
  const headings = REPORT_OF_WORK.test(title) ? [title] : [];
  let seen = 0;
  for (let i = doc.firstLine - 1; i < doc.lastLine && i < lines.length && seen < HEADING_LINES; i++) {
    if (!/报告|汇报|通报|总结|情况/.test(lines[i])) {
      if (lines[i].trim()) seen++;
      continue;
    }
    seen++;
    const line = normalise(lines[i]).text.replace(/^[*#•·\-]+/, '');
    if (ITEM_AT_START.test(line)) continue;
    const heading = line.length <= 60 && REPORT_OF_WORK.test(line) ? line : RUN_IN_REPORT.exec(line)?.[0];
    if (heading && !ABOUT_A_REPORT.test(heading.replace(/报告|汇报|通报/g, ''))) headings.push(heading);
  }
  return headings;
}

const ITEM_AT_START = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])/;

/**
 * A document that sets out work to do: its title ends in a plan, a notice or a decision ("…实施方案",
 * "关于印发…方案的通知", "…工作要点"). The spec records its deadlines even when they fell before it was
 * issued (plans are often issued late), so a time it tells without a word of duty is a step of the plan.
 */
const SETS_OUT_WORK = /(?:方案|计划|规划|要点|安排|意见|办法|细则|规定|措施|通知|决定|清单|分工)(?:\([^()]*\))?$/;

/**
 * The last day of the period a report of work covers, as its headings name it ("2025年1—6月…执行情况的报告",
 * "2015年工作总结暨2016年工作计划": 2015's, the plan after 暨 aside), or the end of the document's year
 * when they name none; null for a document that is no report.
 */
function reportedUntil(headings: string[], doc: GazetteDocument, year: number): string | null {
  if (headings.length === 0) return null;
  let last: string | null = null;
  for (const heading of headings) {
    const reported = heading.split('暨')[0];
    const named = /(\d{4})年/.exec(reported);
    let until: string | null = null;
    for (const m of recognise(reported, { year: named ? Number(named[1]) : year, docDate: doc.issued })) if (m.value.kind === 'once' && (until === null || m.value.due > until)) until = m.value.due;
    until ??= named ? `${named[1]}-12-31` : null;
    if (until !== null && (last === null || until > last)) last = until;
  }
  return last ?? `${year}-12-31`;
}

function readDocument(lines: string[], doc: GazetteDocument, year: YearContext, dropped: DroppedAt[] | undefined): Finding[] {
  const blocks = buildBlocks(lines, doc.bodyLine, doc.lastLine);
  // normalised[i] is block i's normalised text, for a paragraph; rows are read cell by cell. Pushed, not
  // mapped: map left it an array of another kind in some documents, and readDocument's optimised code,
  // which reads it, was thrown away there and compiled again (node --trace-deopt: wrong map).
  const normalised: Array<NormalisedText | undefined> = [];
  for (const b of blocks) normalised.push(b.kind === 'paragraph' ? normalise(b.piece.text) : undefined);
  const title = normalise(doc.title).text;
  const facts = new WholeDocumentFacts(blocks, normalised, title);
  const ctx = new DocumentReading(
    facts,
    year.year,
    doc.issued,
    reportedUntil(reportHeadings(title, lines, doc), doc, year.year),
    SETS_OUT_WORK.test(title),
    dropped,
  );
  const findings: Finding[] = [];
  const sections: SectionBlock[] = [];
  let previous: Finding[] = [];
  // The normalised text of the paragraph `previous` was read from: a line that only sets a time waits for the next one.
  let previousNorm: NormalisedText | undefined;
  // The paragraph the label lines after it ("牵头单位:A", "完成时限:…") may speak for.
  let item: LabelledItem | null = null;
  // The years the headings above name for their sections ("二、2022年重点任务"), the deepest last, and the reading in it.
  const sectionYears: Array<{ level: number; year: number }> = [];
  let reading = ctx;
  // The heading naming a matter's handling limit ("办理时限") that the lines read now stand under and give the value of.
  let limitHeading: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      limitHeading = null;
      previous = readRow(b.cells, reading);
      previousNorm = undefined;
      item = null;
      sections.push({ block: b, norm: undefined, findings: previous, level: null });
      // An empty list of findings is a literal [], an array of another kind than a list that holds some:
      // it is not iterated, so the loop's optimised code, which knows one kind, is not thrown away at it.
      if (previous.length > 0) for (const f of previous) findings.push(f);
      continue;
    }
    const norm = normalised[i]!;
    const level = blockLevel(b, norm);
    if (level !== null) {
      while (sectionYears.length > 0 && sectionYears[sectionYears.length - 1].level >= level) sectionYears.pop();
      const named = SECTION_YEAR.exec(norm.text)?.[1] ?? stageYear(norm.text);
      if (named) sectionYears.push({ level, year: Number(named) });
      reading = sectionYears.length > 0 ? ctx.inYear(sectionYears[sectionYears.length - 1].year) : ctx;
    }
    const fields = item ? labelFields(norm.text) : null;
    if (fields && item && (item.owns ??= labelsCloseItem(item, blocks, normalised, i))) {
      const found = labelLineTimes(item, fields, b.piece, norm, reading);
      if (found.length > 0) for (const f of found) findings.push(f);
      // The labels speak for the item's body after them too ("进度安排 / 第一季度:…"), as sections read them.
      sections.push({ block: b, norm, findings: found, level: null });
      // "责任单位:县教体局 各相关乡镇政府": the spaces that part the names of a unit field part them as 、 does.
      const parted = spacesPartingIn(norm, b.piece.text);
      giveLabelledUnits(item, parted === norm.text ? fields : (labelFields(parted) ?? fields), (name) => writtenForm(norm, b.piece.text, name));
      continue;
    }
    // A stage heading no numbering marks as one ("第二阶段:集中整治(2019年5月—8月)。各县区7月底前…") gives its year to its own paragraph.
    const unmarkedStage = level === null ? stageYear(norm.text) : undefined;
    const paragraphReading = unmarkedStage ? ctx.inYear(Number(unmarkedStage)) : reading;
    // "一、办理时限" / "15个工作日", "办理时限" / "广东省户籍:7个工作日;" / "加急:5个工作日": the lines a limit's heading
    // stands over give its value, each a count alone or after its case, up to the first line that does not.
    if (limitHeading !== null && !HEADED_LIMIT_VALUE.test(norm.text)) limitHeading = null;
    const found = readParagraph(b.piece, limitHeading !== null ? paragraphReading.underLimitHeading() : paragraphReading, norm);
    // A count alone under the heading limits what the heading names.
    if (limitHeading !== null) for (const f of found) if (!f.task) f.task = limitHeading;
    // Such a heading ends in 时限 or 期限, its colon after it or not: a paragraph that does not is neither stripped of its
    // number nor searched for one (each a pass over the text, for every paragraph read).
    if (norm.text.endsWith('限') || norm.text.endsWith('限:')) {
      const heading = norm.text.replace(ITEM_OPENING, '');
      if (HANDLING_LIMIT_HEADING.test(heading)) limitHeading = heading.replace(/:$/, '');
    }
    if (found.length > 0 && previous.length > 0) carrySubjectIntoContinuation(found, previous, norm.text, previousNorm?.text);
    if (previous.length > 0 && previousNorm) giveTimeItsWork(previous, previousNorm.text, norm, b.piece.text);
    previousNorm = norm;
    if (found.length === 0 && previous.length > 0 && OPENS_WITH_LIST.test(norm.text)) {
      // A line that is only "责任单位:…" gives its units to the item just above it.
      const lists = unitLists(norm.text, undefined, spaceBefore(norm, b.piece.text));
      if (lists.length === 1 && lists[0].at <= 1) {
        const units = unitsAsWritten(lists[0].units, (name) => writtenForm(norm, b.piece.text, name));
        for (const f of previous) {
          if (f.unitSource === 'list' || f.unitSource === 'column') continue;
          // A line naming only helpers ("配合单位…参与") adds them to the item's own lead.
          if (units.lead.length === 0) Object.assign(f, { units: { lead: f.units.lead, co: [...f.units.co, ...units.co.filter((u) => !f.units.co.includes(u))] } });
          else Object.assign(f, { units, unitSource: 'list' });
        }
      }
    }
    previous = found;
    item = { findings: found, norm, written: b.piece.text, level, timed: [], fields: [], ownUnits: null, owns: undefined };
    sections.push({ block: b, norm, findings: found, level });
    // One paragraph may hold more findings than a spread's arguments may number; an empty list is not iterated (as above).
    if (found.length > 0) for (const f of found) findings.push(f);
  }
  const statement = facts.assignmentBlock();
  if (statement !== null) scopeDocumentAssignment(sections, statement);
  assignSectionUnits(sections);
  assignClosingStatements(sections);
  assignNotedUnits(sections);
  countDefinedWorkdays(findings, () => facts.workdays());
  const restated = restatedStages(sections);
  const headings = restatedFrequencyHeadings(sections);
  const caps = statutoryCaps(findings, lines);
  if (restated.size === 0 && headings.size === 0 && caps.size === 0) return findings;
  for (const f of restated) dropped?.push({ drop: { start: f.match.start, end: f.match.end, reason: 'restated-stage', recogniser: f.match.recogniser }, norm: f.norm, piece: f.piece });
  for (const f of headings) dropped?.push({ drop: { start: f.match.start, end: f.match.end, reason: 'frequency-heading', recogniser: f.match.recogniser }, norm: f.norm, piece: f.piece });
  for (const f of caps) dropped?.push({ drop: { start: f.match.start, end: f.match.end, reason: 'statutory-cap', recogniser: f.match.recogniser }, norm: f.norm, piece: f.piece });
  return findings.filter((f) => !restated.has(f) && !headings.has(f) && !caps.has(f));
}

/**
 * A heading that is only a year and what its section holds for it ("二、2022年重点任务", "(二)2024年", "三、2023年度工作安排:"):
 * the months its section names without a year are that year's (the spec's year of the surrounding heading).
 */
const SECTION_YEAR = /^(?:第?[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}\))?(\d{4})年度?(?:(?:的|全年)?(?:重点|主要|年度|阶段性)?(?:工作)?(?:任务|安排|计划|目标|要点|重点|目标任务|任务安排|工作))?[:。]?$/;

/**
 * A stage heading and its span within one year ("(二)集中整治阶段(2024年7月—12月)", "二、集中整治阶段:2019年5月至8月",
 * "(一)动员部署阶段(2019年5月)"), with or without the stage's work after it in its paragraph: the months the stage's
 * work names without a year are the span's year, the spec's year of the surrounding heading. A span over the turn of a
 * year ("2019年11月—2020年3月") names two years and gives neither.
 */
const STAGE_SPAN =
  /^(?:第?[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}\))?(?:第[一二三四五六七八九十\d]{1,2}(?:阶段|步):?)?[^,;。:()]{0,20}?[:(](\d{4})年\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)?(?:(?:至|到|—{1,2}|-{1,3}|~)(?:(\d{4})年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?)?(?:\)|(?=[。:;]|$))/;

/**
 * The last offset at which STAGE_SPAN's first 年 may stand: after an item's number (5 characters at most, "第123、"), a
 * stage's (6, "第十二阶段:"), 20 of the stage's name, the bracket or colon and the year's 4 digits.
 */
const STAGE_YEAR_LAST = 5 + 6 + 20 + 1 + 4;

function stageYear(text: string): string | undefined {
  // Every paragraph is asked, and nine in ten hold no 年 that early: they are not searched.
  const year = text.indexOf('年');
  if (year < 0 || year > STAGE_YEAR_LAST) return undefined;
  const m = STAGE_SPAN.exec(text);
  return m && (!m[2] || m[2] === m[1]) ? m[1] : undefined;
}

/** A paragraph read, with what the label lines under it have added: their fields and the records of their times. */
interface LabelledItem {
  findings: Finding[];
  norm: NormalisedText;
  /** The paragraph as the input writes it, which its units are spelt from. */
  written: string;
  level: number | null;
  /** The records of the time labels under it (完成时限:2019年6月底前). */
  timed: Finding[];
  fields: Array<{ role: UnitRole; value: string; spell: (name: string) => string }>;
  /**
   * The units each record had before the labels spoke: a label naming helpers only adds them to these. Made at the
   * first label naming units: every paragraph is an item, few have such labels, and a Map is a costly thing to make.
   */
  ownUnits: Map<Finding, { units: Units; unitSource: Finding['unitSource'] }> | null;
  /** Whether the label lines under it are its own; learnt at the first of them. */
  owns: boolean | undefined;
}

/**
 * Are the label lines from block `at` on the item's own, rather than the heading of a section whose items follow
 * ("(一)重点车辆整治 / 牵头单位:A / 1.…") or what a line closing in a colon opens? An item with a time of its own or a sentence's end owns them; so does one
 * whose next block, past the labels, is no deeper than it is (the next item of its list, or the next heading).
 */
function labelsCloseItem(item: LabelledItem, blocks: Block[], normalised: Array<NormalisedText | undefined>, at: number): boolean {
  // A line closing in a colon (the addressees, "具体要求如下:") opens what follows, and owns no label under it.
  if (item.norm.text.endsWith(':')) return false;
  if (item.findings.length > 0 || item.norm.text.includes('。')) return true;
  let next = at + 1;
  while (next < blocks.length && blocks[next].kind === 'paragraph' && labelFields(normalised[next]!.text)) next++;
  const after = blocks[next];
  if (after === undefined || after.kind !== 'paragraph') return true;
  const level = blockLevel(after, normalised[next]);
  if (level === null) return item.level === null;
  return item.level !== null && level <= item.level;
}

/**
 * The records of the time a label line under an item gives (read in a deadline's context, as a table's 完成时限 column
 * is), with the item's task; a time the item gave itself is not recorded again.
 */
function labelLineTimes(item: LabelledItem, fields: LabelField[], piece: TextPiece, norm: NormalisedText, ctx: DocumentReading): Finding[] {
  const timed = fields.some((f) => f.role === 'time');
  const task = labelledItemTask(item.norm.text);
  const found = readParagraph(piece, timed ? ctx.inDeadlineCell(true) : ctx, norm).filter((f) => !item.findings.some((g) => sameTime(f.match.value, g.match.value)));
  // Before any unit label speaks, the item's own actor ("1.各乡镇要完成…。") is the time's, not the addressees.
  const actor = found.length > 0 ? labelledItemActor(item.norm, item.written) : null;
  for (const f of found) {
    // "责任领导:张三 完成时限:6月底前": the line's subject is the person's label, which names no unit (延安 2018 科技局 分解).
    if (f.unitSource === 'subject' && f.units.lead.every(isLabelName)) Object.assign(f, { units: NO_UNITS, unitSource: 'none' });
    // "时间要求:11月底前完成初验,12月底前完成终验": each milestone the line names is a step of the item, as in a table's cell.
    // A task read as another label and its value (牵头单位:A) is none of the line's own.
    if (timed && task) f.task = !f.task || TIME_LABEL_ONLY.test(f.task) || f.task.includes(':') ? task : `${task}:${f.task}`;
    if (actor && actor.lead.length > 0) Object.assign(f, { units: actor, unitSource: 'subject' });
    item.timed.push(f);
  }
  return found;
}

/**
 * The units the item's labels name so far, given to every record of the item (its own and its label lines' times)
 * whose units no list or column of its own gave; the unit fields of a line are spelt by `spell`.
 */
function giveLabelledUnits(item: LabelledItem, fields: LabelField[], spell: (name: string) => string): void {
  for (const f of fields) if (f.role === 'lead' || f.role === 'co' || f.role === 'units') item.fields.push({ role: f.role, value: f.value, spell });
  const units = unitsOfFields(item.fields);
  if (!units) return;
  const ownUnits = (item.ownUnits ??= new Map());
  for (const f of [...item.findings, ...item.timed]) {
    if (!ownUnits.has(f)) {
      if (f.unitSource === 'list' || f.unitSource === 'column') continue;
      ownUnits.set(f, { units: f.units, unitSource: f.unitSource });
    }
    const own = ownUnits.get(f)!;
    // Labels naming helpers only ("配合单位:…") add them to the item's own lead.
    if (units.lead.length === 0) Object.assign(f, { units: { lead: own.units.lead, co: [...own.units.co, ...units.co.filter((u) => !own.units.co.includes(u))] }, unitSource: own.unitSource });
    else Object.assign(f, { units, unitSource: 'list' });
  }
}

/** A task that is only the time's label, read where the line gave no work of its own. */
const TIME_LABEL_ONLY = new RegExp(`^(?:${TIME_LABEL})$`);

/** The facts read from a whole document, each read at its first asking. */
class WholeDocumentFacts {
  private texts: string[] | undefined;
  private rules: boolean | undefined;
  private effective: string | null | undefined;
  private definedWorkdays: WorkdayDefinition | null | undefined;
  private assigned: WorkAssignment | null | undefined;
  private documentWide: Units | null | undefined;
  private addressed: Units | null | undefined;
  private plan: number | null | undefined;

  constructor(
    private readonly blocks: Block[],
    private readonly normalised: Array<NormalisedText | undefined>,
    private readonly title: string,
  ) {}

  planStart(): number | null {
    if (this.plan === undefined) this.plan = planStartOf([this.title, ...this.paragraphTexts().slice(0, 3)]);
    return this.plan;
  }

  private paragraphTexts(): string[] {
    if (this.texts) return this.texts;
    // Pushed, not mapped: map makes a packed or a holey array by which of V8's tiers runs it, and the optimised
    // code of documentAssignment, which reads this list, was thrown away at the kind it had not seen (node --trace-deopt: wrong map).
    const texts: string[] = [];
    for (const n of this.normalised) if (n !== undefined) texts.push(n.text);
    return (this.texts = texts);
  }

  standingRules(): boolean {
    return (this.rules ??= holdsArticles(this.paragraphTexts(), 2));
  }

  workdays(): WorkdayDefinition | null {
    if (this.definedWorkdays === undefined) this.definedWorkdays = workdayDefinition(this.paragraphTexts());
    return this.definedWorkdays;
  }

  inForce(): string | null {
    if (this.effective === undefined) this.effective = inForceDate(this.paragraphTexts());
    return this.effective;
  }

  private assignment(): WorkAssignment | null {
    if (this.assigned === undefined) this.assigned = documentAssignment(this.paragraphTexts());
    return this.assigned;
  }

  documentUnits(): Units | null {
    if (this.documentWide === undefined) {
      // "请你们定时上报…": a notice that asks its addressees themselves to act gives them the duties that name no one.
      // "请各有关省按照…报送" in the preamble: the units it asks act where no one is named, as a statement's do.
      const assigned = this.assignment() ?? requestedInPreamble(this.paragraphTexts());
      this.documentWide = assigned ? this.asWritten(assigned) : asksAddresseesToAct(this.paragraphTexts()) ? this.addressees() : null;
    }
    return this.documentWide;
  }

  /** The block that assigns the document's work, if a finding took its units: null when none did or there is none. */
  assignmentBlock(): number | null {
    // Read only when asked before: a document whose findings all name their own units never looks for the statement.
    if (this.assigned === undefined || this.assigned === null) return null;
    return this.blockOfParagraph(this.assigned.paragraph);
  }

  /** The block of the k-th paragraph (the k-th block with a normalised text). */
  private blockOfParagraph(k: number): number | null {
    let paragraph = -1;
    for (let i = 0; i < this.normalised.length; i++) if (this.normalised[i] !== undefined && ++paragraph === k) return i;
    return null;
  }

  /** The units a statement assigns, read from its normalised paragraph, spelt as the document writes them (縣(市、區)政府, not 县(市、区)政府). */
  private asWritten(assigned: WorkAssignment): Units {
    const at = this.blockOfParagraph(assigned.paragraph);
    const b = at === null ? undefined : this.blocks[at];
    const n = at === null ? undefined : this.normalised[at];
    return b?.kind === 'paragraph' && n ? unitsAsWritten(assigned.units, (name) => writtenForm(n, b.piece.text, name)) : assigned.units;
  }

  addressees(): Units | null {
    if (this.addressed === undefined) this.addressed = firstAddressees(this.blocks);
    return this.addressed;
  }
}

/**
 * A paragraph context whose facts from the whole document (its assignment of units, its addressees,
 * whether it is a set of articles) are read when a paragraph first asks for them: most documents'
 * findings all name their own units and never ask for the document's. A class, so every document's
 * context has one shape and the recognisers' reads of it stay fast; a table's cells take theirs from
 * it (RowContext) rather than from a spread of it, which would read every fact.
 */
class DocumentReading implements RowContext {
  constructor(
    private readonly facts: WholeDocumentFacts,
    readonly year: number,
    readonly docDate: string | null,
    readonly reportedUntil: string | null,
    readonly setsOutWork: boolean,
    readonly dropped: DroppedAt[] | undefined,
    readonly deadlineCell = false,
    private readonly ownUnitsOnly = false,
    readonly limitValue = false,
  ) {}

  get standingRules(): boolean {
    return this.facts.standingRules();
  }

  get inForce(): string | null {
    return this.facts.inForce();
  }

  get planStart(): number | null {
    return this.facts.planStart();
  }

  get documentUnits(): Units | null {
    return this.ownUnitsOnly ? null : this.facts.documentUnits();
  }

  get addressees(): Units | null {
    return this.facts.addressees();
  }

  inDeadlineCell(reportingDrops: boolean): ParagraphContext {
    const dropped = reportingDrops ? this.dropped : undefined;
    return new DocumentReading(this.facts, this.year, this.docDate, this.reportedUntil, this.setsOutWork, dropped, true, this.ownUnitsOnly);
  }

  withoutDocumentUnits(): ParagraphContext {
    return new DocumentReading(this.facts, this.year, this.docDate, this.reportedUntil, this.setsOutWork, this.dropped, this.deadlineCell, true);
  }

  /** The reading of a line under a heading that names a matter's handling limit ("一、办理时限" / "15个工作日"). */
  underLimitHeading(): DocumentReading {
    return new DocumentReading(this.facts, this.year, this.docDate, this.reportedUntil, this.setsOutWork, this.dropped, this.deadlineCell, this.ownUnitsOnly, true);
  }

  /** The same reading in a section whose heading names the year of its work. */
  inYear(year: number): DocumentReading {
    return year === this.year ? this : new DocumentReading(this.facts, year, this.docDate, this.reportedUntil, this.setsOutWork, this.dropped, this.deadlineCell, this.ownUnitsOnly);
  }
}

/**
 * The day the text says it takes effect, as a calendar day: "本办法自2019年7月1日起施行", "现予公布,自2011年2月1日起施行".
 * Another text's ("《X条例》自2018年1月1日起施行") is not this text's.
 */
const TAKES_EFFECT = new RegExp(`(?:${THIS_TEXT}|现予(?:公布|发布|印发)[,]?)(?:自|从|于)(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:施行|实施|执行|生效)`);

function inForceDate(paragraphs: string[]): string | null {
  for (const text of paragraphs) {
    const m = TAKES_EFFECT.exec(text);
    if (m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** The salutation among the document's first paragraphs (its own line, maybe joined under a title). */
function firstAddressees(blocks: Block[]): Units | null {
  for (const b of blocks.slice(0, 20)) {
    if (b.kind !== 'paragraph') continue;
    const line = b.piece.text.slice(b.piece.text.lastIndexOf('\n') + 1);
    // A salutation ends with its colon: a line that does not is not normalised to be asked.
    const end = line.trimEnd();
    if (!end.endsWith(':') && !end.endsWith('：')) continue;
    const n = normalise(line);
    const units = addresseesOf(n.text);
    if (units) return unitsAsWritten(units, (name) => writtenForm(n, line, name));
  }
  return null;
}

function toObligation(f: Finding, doc: GazetteDocument, source: string): Obligation {
  const [start, end] = originalSpan(f.norm, f.match.start, f.match.end);
  const v = f.match.value;
  const base = {
    source,
    line: lineAt(f.piece, start),
    expression: f.piece.text.slice(start, end),
    kind: v.kind as Obligation['kind'],
    due: null as string | null,
    rrule: null as string | null,
    start: null as string | null,
    within: null as Obligation['within'],
    target: false,
    lead: f.units.lead,
    co: f.units.co,
    // Read in the normalised text, told as the input wrote it (上一年度, not 上1年度; 報送 as written).
    task: writtenTask(f.norm, f.piece.text, withoutActor(f.task, (name) => f.units.lead.includes(writtenForm(f.norm, f.piece.text, name)))),
    doc: documentRef(doc),
  };
  switch (v.kind) {
    case 'recurring':
      return { ...base, kind: 'recurring', rrule: v.rrule, start: f.recurrenceStart ?? doc.issued };
    case 'sla':
      return {
        ...base,
        kind: 'sla',
        within: { days: v.days, workdays: v.workdays, ...(v.after !== undefined ? { after: writtenPhrase(f.norm, f.piece.text, v.after) } : { before: writtenPhrase(f.norm, f.piece.text, v.before!) }) },
      };
    case 'none':
    case 'rejected':
      throw new Error('masking matches never reach records');
    default:
      return { ...base, kind: v.kind, due: v.due, target: v.target };
  }
}
