import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A time by which things were built, then 的 and the things, says which things are meant, as "…前成立的单位" does for
// units (picked-out.test.ts): "重点改造2000年底以前建成的、居民改造意愿强…的小区" (朝阳 2023, audit-texts audit11/12),
// "力争基本完成2000年底前建成的城镇老旧小区改造任务" (天津 2020, audit11/13), "财政资金重点支持改造2000年底前建成的老旧
// 小区,可以适当支持2001-2005年建成的老旧小区", "积极做好2001-2005年底前建成的城镇老旧小区项目储备工作" (驻马店 2021,
// audit11/14), "全市完成改造2.5万户2000年以前建成的城镇老旧小区。启动全市剩余的492个2000年以前建成…" (泉州 2021,
// subjects2/16), "逐步把2000年底后、2005年底前建成的住宅小区纳入改造范围", "1940年以前建成的自住单位的比例"
// (audit-texts times8/05). Each was a deadline or a target in the year the things were built by.
const records = (body: string) =>
  recordsOf({ body, title: '某市人民政府办公室关于推进城镇老旧小区改造工作的实施意见', number: '某政办发〔2021〕5号', issued: '2021 年 3 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due]);

describe('a time things were built by, before 的 and the things, is no deadline', () => {
  it.each([
    ['重点改造2000年底以前建成的、居民改造意愿强、出资情况好的小区。'],
    ['到“十四五”期末,力争基本完成2000年底前建成的城镇老旧小区改造任务。'],
    ['财政资金重点支持改造2000年底前建成的老旧小区,可以适当支持2001-2005年建成的老旧小区。'],
    ['积极做好2001-2005年底前建成的城镇老旧小区项目储备工作。'],
    ['全市完成改造2.5万户2000年以前建成的城镇老旧小区。'],
    ['优先改造2000年前建成的住宅小区。'],
    ['对1990年以前修建的小型水库开展安全鉴定。'],
    ['逐步把2005年底前竣工的住宅小区纳入改造范围。'],
  ])('%s', (body) => expect(read(body).filter(([, due]) => due! < '2021-01-01')).toEqual([]));
});

describe('a time to build by stays a deadline', () => {
  it.each([
    ['各县要于2021年底前建成并投入使用。', [['于2021年底前', '2021-12-31']]],
    ['各县2021年底前建成5个口袋公园。', [['2021年底前', '2021-12-31']]],
    ['县住建局于6月底前建成老旧小区改造项目库。', [['于6月底前', '2021-06-30']]],
    // The built-by time picks the things out; the sentence's own deadline is read as before.
    ['各县要于2021年底前完成2000年以前建成的老旧小区改造。', [['于2021年底前', '2021-12-31']]],
    ['优先改造2000年前建成的小区,各县要于6月底前完成摸底。', [['于6月底前', '2021-06-30']]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

// The same, said with its traits listed after 建成 with 、 up to the 的 ("2000年以前建成、失养失修失管…的城镇老旧小区", 泉州
// 2021, subjects2/16), with 需…的 ("重点改造2000年底前建成需改造的城镇老旧小区", 中新社 2023, audit11/16), or as 建成于
// ("基本完成建成于2000年底前,失养失修失管…的住宅小区改造工作", 驻马店 2021, twice, audit11/14); and the time of a duty or a
// target, opened by its own words, before a 的 that closes the thing it builds.
const recordsIn2024 = (body: string) =>
  recordsOf({ body, title: '某市人民政府办公室关于印发2024年城镇老旧小区改造工作方案的通知', number: '某政办发〔2024〕3号', issued: '2024 年 3 月 1 日' }).map((r) => r.due);

describe('a time things were built by, with their traits listed, 需…的 or 建成于, is no deadline', () => {
  it.each([
    ['启动全市剩余的492个2000年以前建成、失养失修失管、居民改造意愿强烈的城镇老旧小区改造。', []],
    ['将2000年底前建成需改造的城镇老旧小区纳入改造范围。', []],
    ['到2025年底,基本完成建成于2000年底前、市政配套设施不完善的住宅小区改造工作。', ['2025-12-31']],
    ['改造对象为建成于2000年底前,失养失修失管的住宅小区。', []],
    ['对1990年以前竣工的公共建筑开展安全排查,于2024年6月底前完成。', ['2024-06-30']],
  ])('%s', (body, dues) => expect(recordsIn2024(body)).toEqual(dues));

  it.each([
    // Negatives: a duty's or a target's own words before the time; 、 listing acts with no 的 after them.
    ['各县(市、区)要于2024年底前建成投用。', '2024-12-31'],
    ['确保2024年6月底前建成5个示范小区。', '2024-06-30'],
    ['各地要在2024年9月底前建成社区食堂,并投入运营。', '2024-09-30'],
    ['到2030年建成全面高效的废弃物循环利用体系。', '2030-12-31'],
    ['2024年底前建成、投运5个公共充电站。', '2024-12-31'],
    ['确保2024年底前建成的项目当年投产。', '2024-12-31'],
  ])('%s keeps its deadline', (body, due) => expect(recordsIn2024(body)).toContain(due));
});
