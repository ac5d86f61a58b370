/**
 * What `shixian extract --explain` tells a person checking a gazette: every time expression the
 * recognisers saw and what became of it — a record (and where its units came from) or dropped, with
 * one named reason — and the year context each document was read in.
 */
import * as z from 'zod';
import { Obligation } from '../obligation.ts';
import { YEAR_SOURCES, type YearSource } from './context.ts';

/** Why an expression that reads like a time is not an obligation; the text is what a person reads. */
export const DROP_REASONS = {
  'policy-window': '政策适用期间，不是期限',
  'reference-date': '基准日或起算日，不是期限',
  'past-event': '已经发生的事',
  entitlement: '待遇、费率或数额，不是要做的事',
  'no-obligation-verb': '没有要求做事的词（要、应、前、力争…）',
  citation: '文件名或引文中的日期',
  'plan-span': '规划或政策的期间，不是期限',
  baseline: '比较的基准',
  'merged-cell': '合并单元格，已在上面的行读过',
  'no-task': '表格行没有任务',
  'document-date': '文件自己的日期',
  'trigger-clause': '条件从句（…内不能办结的），不是义务',
  'target-content': '目标要达到的办理时长（到某年审批时间压缩至…），按目标的日期记录',
  'qualifying-date': '界定对象的时点（…前成立的单位、…前建成的小区、年初确定的目标），不是期限',
  permission: '许可而不是义务的期限（可延长30日；当事人可以在收到决定书之日起60日内申请复议）',
  cap: '延长的上限，不是义务',
  'lost-month-ambiguous': '丢了“月”字的日期有两种读法（111日：1月11日或11月1日），不记录',
  'meeting-date': '会议召开的日子（定于、拟于…召开、举行），是事件不是期限',
  'session-length': '发言、汇报或会议本身的时长上限（发言不超过5分钟），不是期限',
  'count-cap': '频次的上限（会议每年不超过1次），限制多少次，不是要做的事',
  'outer-limit': '同一事项的最迟时限（…内报告，最迟不得超过…），按前面的时限记录',
  'statutory-cap': '同一事项另有承诺时限，法定时限是它的上限，按承诺时限记录',
  'event-without-count': '以没有日期、没有天数的事件为限（在…召开前），不记录',
  'notice-window': '公示期（公示时间：…至…），是公众提出异议的期间，不是要办完的期限',
  approximate: '某个时间前后（6月20日前后、年底前后），是大约的时间，不是期限',
  'yearly-day': '年度任务的日子在同句后面给出，合为一条年度规则',
  'frequency-gloss': '频次词后括号里逐一列出的日子（每季度末(3、6、9、12月底)），按频次记录',
  'frequency-day': '频次词的日子在同一分句后面给出（次月5日前、季后15日内），合为一条规则',
  exempt: '免报的期间，这时没有要做的事',
  'progress-report': '进展情况的报告（已、正在、仍需…），不是期限',
  'report-period': '报告或统计涵盖的期间（…的情况、数据），不是期限',
  'period-names-event': '季度或半年是会议、仪式、督查或考核的名称（召开一季度经济运行分析会、迎接三季度督查），不是要在这一期间做完的事',
  slogan: '原则或制度口号中的时间（“年初建账、年底交账”的制度），不是期限',
  'quoted-name': '引号里只有一个时长，是改革或目标的名称（“最多80天”改革），不是要在其内完成的期限',
  'restated-stage': '阶段标题的日期与下面每一项相同，各项已记录',
  'restated-label': '完成时限标签重复了事项自己的时间，已按事项记录',
  'frequency-heading': '以频次命名制度的标题（“每周调度工作制度”“一周一报”），下文已按同一频次记录',
  forecast: '预测或估算（据测算、有可能…），不是要做的事',
  'no-year': '文中没有年份（日期、文号、计划年度都没有），无法确定是哪一年（可用 --now 或 SHIXIAN_NOW 给出）',
  'no-month': '只有日子或星期几，没有月份（于25日前、本周五前），文件没有日期或是长期适用的规定，无法确定是哪一天',
  'duty-season': '周期性事项所在的季节（每年3月至12月每月…），按其频次记录',
  'period-qualifies': '五年规划期修饰后面的名词（制定“十五五”时期…规划、明确“十四五”时期…目标任务），不是要在这一时期做完的事',
  'plan-opening': '五年规划的开局（“十四五”开好局、起好步），说的是规划期的第一年，不是要在规划期末做完的事',
  'year-described': '说一年是什么（2017年,是…开局之年；到2020年,是…决胜期），不是要在这一年做完的事',
  'looked-back': '回看的期间（14天内有…旅居史、48小时内核酸检测阴性证明），说明涉及哪些人或要带什么证明，不是要在其内做的事',
  'ban-period': '禁止做某事的期间（返京后7日内不聚餐、不聚会），没有要在其内做完的事',
  timestamp: '带时刻的时间戳（网页的“时间:2023-12-22 17:46”），是发布或更新的时刻，不是期限',
} as const;
export type DropReason = keyof typeof DROP_REASONS;
export const DropReason = z.enum(Object.keys(DROP_REASONS) as [DropReason, ...DropReason[]]);

/** Where a record's units came from, in the order the extractor prefers them. */
export const UNIT_SOURCES = {
  list: '责任单位列表',
  column: '表格单位列',
  subject: '句子主语',
  section: '章节分工（单位行、阶段正文或章节的分工句）',
  document: '全文分工',
  addressees: '主送单位',
  none: '未找到单位',
} as const;
export type UnitSource = keyof typeof UNIT_SOURCES;
export const UnitSource = z.enum(Object.keys(UNIT_SOURCES) as [UnitSource, ...UnitSource[]]);

/** A dropped expression as the recognisers and filters report it: a range of the normalised text. */
export interface Drop {
  start: number;
  end: number;
  reason: DropReason;
  recogniser: string;
}

const SeenExpression = z.object({
  type: z.literal('expression'),
  source: z.string(),
  line: z.number().int().positive(),
  expression: z.string().min(1),
  recogniser: z.string(),
});

/** One expression of `--explain --format jsonl`: a record with its units' source, or a drop. */
export const ExplainedExpression = z.discriminatedUnion('outcome', [
  SeenExpression.extend({ outcome: z.literal('record'), units_from: UnitSource, record: Obligation }),
  SeenExpression.extend({ outcome: z.literal('dropped'), reason: DropReason }),
]);
export type ExplainedExpression = z.infer<typeof ExplainedExpression>;

/** How the year of months without their own year was found, as a person checking it reads it. */
export const YEAR_SOURCE_TEXT: Record<YearSource, string> = {
  'plan-title': '标题中的计划年度',
  'plan-heading': '印发的计划名称中的年度',
  'document-date': '文件日期',
  'text-heading': '正文开头标题中的工作年度',
  'date-line': '单独成行的日期',
  'dates-in-text': '文中最常见的完整日期',
  'doc-number': '文中引用的最新文号',
  'years-in-text': '文中提到的年份',
  'page-date': '网页的发布日期（文中没有依据）',
  clock: '给定时钟（--now 或 SHIXIAN_NOW）的年份，文中没有依据',
  none: '文中没有日期、文号或计划年度：未写年份的日期不记录',
};

/** One document of `--explain --format jsonl`, before its expressions. */
export const ExplainedDocument = z.object({
  type: z.literal('document'),
  source: z.string(),
  line: z.number().int().positive(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issued: z.string().nullable(),
  year: z.number().int(),
  year_from: z.enum(YEAR_SOURCES),
  /** The text the year was read from, for a person to check. */
  year_evidence: z.string(),
  warnings: z.array(z.string()),
});
export type ExplainedDocument = z.infer<typeof ExplainedDocument>;
