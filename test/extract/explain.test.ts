import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { ExplainedExpression } from '../../src/extract/explain.ts';
import { type DocumentContext, extractText } from '../../src/extract/index.ts';
import { type DocumentParts, gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function explain(text: string): DocumentContext[] {
  const { documents } = extractText(text, 'doc.txt', CLOCK, { explain: true });
  for (const d of documents) for (const e of d.expressions) ExplainedExpression.parse(e);
  return documents;
}

/** The expressions of a synthetic notice's body: without the date under its signature. */
const explainBody = (parts: DocumentParts) =>
  explain(gazetteDocument(parts))[0].expressions.filter((e) => e.outcome === 'record' || e.reason !== 'document-date');

/** What became of each expression: the unit source of a record, or the reason of a drop. */
const fates = (expressions: ExplainedExpression[]) =>
  expressions.map((e) => [e.expression, e.outcome === 'record' ? e.units_from : e.reason]);

describe('--explain: what became of each expression', () => {
  it.each([
    ['a policy window masks its dates', '本办法适用于2019年1月1日至12月31日期间的申报。', [['2019年1月1日至12月31日', 'policy-window']]],
    ['a starting point is no deadline', '自2018年4月1日起,各地统一使用新的表格。', [['自2018年4月1日起', 'reference-date']]],
    ['an event in the past', '2003年以来,我省各地开展了大量工作。', [['2003年', 'past-event']]],
    ['a date in a cited title', '按照《2016年6月底前完成清理工作的通知》要求,认真做好衔接。', [['2016年6月底前', 'citation']]],
    ['a rate, not a duty', '对参保人员每月补助不低于50元。', [['每月', 'entitlement']]],
    ['a date with no duty word', '2018年3月1日,省政府召开全省会议。', [['2018年3月1日', 'no-obligation-verb']]],
    ['a baseline', '全省单位生产总值能耗比2015年下降15%。', [['2015年', 'baseline']]],
    ['a month that no step follows', '县政府9月份的重点是秋粮收购。', [['9月份', 'no-obligation-verb']]],
    ['a day with no 前 after it', '各乡镇于7月5日召集村干部会商。', [['于7月5日', 'no-obligation-verb']]],
    ['a period with no duty word and no event', '县卫生健康局组织救治,并在2小时内向县政府报告。', [['2小时内', 'no-obligation-verb']]],
    ['the same period with its duty word is a record', '县卫生健康局应组织救治,并在2小时内向县政府报告。', [['2小时内', 'subject']]],
  ])('%s', (_name, body, expected) => {
    expect(fates(explainBody({ body }))).toEqual(expected);
  });

  it.each([
    ['an explicit list', '建成全省统一的数据平台,2018年6月底前完成(责任单位:省经信委、省财政厅)。', 'list', ['省经信委']],
    ['the sentence subject', '各设区市要在2018年6月底前完成市级平台建设。', 'subject', ['各设区市']],
    ['a stage heading, from its body', '(一)排查阶段(2018年6月底前)\n各设区市要全面排查本地平台。', 'section', ['各设区市']],
    ['a statement for the whole document', '本方案各项工作由省发改委牵头,省财政厅、省统计局等单位积极配合。\n全面完成项目申报工作,2018年9月底前报送结果。', 'document', ['省发改委']],
    ['nobody named', '全面完成数据普查工作,2018年9月底前形成报告。', 'none', []],
  ])('records say where their units came from: %s', (_name, body, source, lead) => {
    const records = explainBody({ body }).filter((e) => e.outcome === 'record');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ outcome: 'record', units_from: source, record: { lead } });
  });

  it('a table row takes its units from the unit column, and a merged deadline cell is reported once read', () => {
    const body = [
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 建成数据平台 | 省经信委 | 2018年6月底前 |',
      '| 2 | 接入市级平台 | 省财政厅 | |',
    ].join('\n');
    const expressions = explainBody({ body });
    expect(expressions.map((e) => [e.line, e.outcome === 'record' ? e.units_from : e.reason])).toEqual([
      [expect.any(Number), 'column'],
      [expect.any(Number), 'merged-cell'],
    ]);
    expect(expressions[1].line).toBe(expressions[0].line + 1);
  });

  it('a schedule with no unit column takes the addressees of the notice', () => {
    const text = gazetteDocument({ body: '| 报表名称 | 上报日期 |\n| --- | --- |\n| 基本情况表 | 2月28日前 |' }).replace(
      '各市、县(市、区)人民政府,省政府直属各单位:',
      '各乡镇、办事处:',
    );
    const [record] = explain(text)[0].expressions.filter((e) => e.outcome === 'record');
    expect(record).toMatchObject({ units_from: 'addressees', record: { lead: ['各乡镇、办事处'] } });
  });

  it('lists records and drops in the order of the text, quoting the input as written', () => {
    const expressions = explainBody({ body: '2003 年以来成效明显。\n各设区市要在 2018 年 6 月底前完成建设。' });
    expect(expressions.map((e) => [e.expression, e.outcome])).toEqual([
      ['2003 年', 'dropped'],
      ['在 2018 年 6 月底前', 'record'],
    ]);
  });

  it('reports the date under the signature as the document’s own', () => {
    const expressions = explain(gazetteDocument({ body: '各地要在6月底前完成摸底。', issued: '2018 年 3 月 20 日' }))[0].expressions;
    expect(expressions.at(-1)).toMatchObject({ expression: '2018 年 3 月 20 日', outcome: 'dropped', reason: 'document-date' });
  });

  it('gives each document its year context and where it came from', () => {
    const [doc] = explain(gazetteDocument({ body: '各地要在6月底前完成摸底。' }));
    expect(doc).toMatchObject({ year: { year: 2018, source: 'plan-title' }, warnings: [] });
  });

  it('warns when the text gives no year at all', () => {
    const [doc] = explain('各地要在6月底前完成摸底。\n');
    expect(doc.year).toMatchObject({ year: 2031, source: 'clock' });
    expect(doc.warnings).toEqual([expect.stringContaining('2031')]);
  });

  it('without --explain, documents carry their year context but no expressions', () => {
    const { documents } = extractText(gazetteDocument({ body: '2003年以来成效明显。各地要在6月底前完成摸底。' }), 'doc.txt', CLOCK);
    expect(documents[0].expressions).toEqual([]);
  });
});
