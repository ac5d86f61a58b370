import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { isCompleteUnit } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2015-06-01'));

function leadOf(body: string): string[] | undefined {
  const { obligations } = extractText(gazetteDocument({ body }), 'head-ju.txt', CLOCK);
  return obligations[0]?.lead;
}

/**
 * 局 closing 格局 (a pattern), 布局 (a layout), 大局 (the whole), 开局, 结局, 变局, 困局, 僵局… names no bureau: a plan's
 * target whose state is such a noun ("到2020年,形成制度完备、责任落实、监管有力的治理格局,使拖欠农民工工资问题得到根本遏制",
 * "…生态保护格局基本确立", "…公共服务布局基本形成") was led by a unit called by the whole noun phrase. Real: 甘肃 2016 欠薪治理
 * (audit-texts pool p334, traditional), 西安都市圈 2023 三年行动 ("多元共治的生态保护格局基本确立"), 重庆 2023 区县城 (pool p029:
 * "…形成大中小城市协调发展和县乡村功能衔接互补的新格局"), 五角场 2015 ("…的社区共治格局,较好地完成了…"), corpus 欠薪 ("…欠薪
 * 治理格局。"). 局 after a body's own words stays a bureau (县住建局, 市场监管局, 监管局, 县邮局, 当局).
 */
describe('局 closing a word for a pattern or a situation names no bureau', () => {
  it.each([
    ['到2020年,形成制度完备、责任落实、监管有力的治理格局,使拖欠农民工工资问题得到根本遏制。', []],
    ['到2025年,多元共治的生态保护格局基本确立,多层次区域生态网络不断健全。', []],
    ['到2020年,全县城乡一体的公共服务布局基本形成。', []],
    ['到2025年,形成全域发展新格局,全县人均收入翻番。', []],
    // Negatives: bureaus.
    ['到2025年,县住建局完成老旧小区改造。', ['县住建局']],
    ['2015年底前,市场监管局完成排查。', ['市场监管局']],
    ['2015年底前,县邮局完成网点改造。', ['县邮局']],
  ] as Array<[string, string[]]>)('%s', (body, lead) => expect(leadOf(body)).toEqual(lead));

  it.each([
    ['治理格局', false],
    ['公共服务布局', false],
    ['服务大局', false],
    ['“十四五”开局', false],
    ['县住建局', true],
    ['县统计局', true],
    ['市公安局交警支队', true],
    ['区市场监管局', true],
    ['县邮局', true],
    // 政局 is no exception: 民政局, 财政局 and 邮政局 are bureaus.
    ['县民政局', true],
    ['市财政局', true],
    ['市邮政局', true],
  ] as Array<[string, boolean]>)('%s', (name, complete) => expect(isCompleteUnit(name)).toBe(complete));
});
