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
