import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

/** A plan signed on 2022-11-20 whose body is `body`. */
const planOf = (body: string) => `某县人民政府办公室关于印发某县三年行动计划的通知\n某政办发〔2022〕9号\n各乡镇:\n现将计划印发给你们。\n某县人民政府办公室\n2022年11月20日\n${body}`;

const dues = (body: string) => extractText(planOf(body), 'section-year.txt').obligations.map((o) => [o.expression, o.due]);

describe('a heading that names a year gives it to the months its section names without one', () => {
  it.each([
    [
      'year headings over numbered items, the next heading without a year ending the last one',
      '一、2023年重点任务\n1.6月底前完成系统升级。\n二、2024年重点任务\n2.6月底前完成评估。\n三、保障措施\n3.各乡镇12月底前报送总结。',
      [['6月底前', '2023-06-30'], ['6月底前', '2024-06-30'], ['12月底前', '2022-12-31']],
    ],
    [
      'a year heading one level down, a heading above it without a year',
      '二、重点任务\n(一)2023年\n1.3月底前完成目录编制。\n(二)2024年\n2.9月底前完成平台迁移。',
      [['3月底前', '2023-03-31'], ['9月底前', '2024-09-30']],
    ],
    ['a year of work and its arrangements', '三、2023年度工作安排:\n1.9月底前完成验收。', [['9月底前', '2023-09-30']]],
    ['a year written as the label of its sentence', '三、2024年:6月底前完成平台评估。', [['6月底前', '2024-06-30']]],
  ])('%s', (_name, body, expected) => expect(dues(body)).toEqual(expected));

  // Negatives: a heading that holds a deadline or a story of the past, or a goal's year, names no year for its section.
  it.each([
    ['an item whose heading is its own deadline', '一、2023年底前完成平台建设\n1.6月底前完成方案。', [['2023年底前', '2023-12-31'], ['6月底前', '2022-06-30']]],
    ['a heading telling what was done since a year', '一、2021年以来工作成效\n二、工作要求\n1.各乡镇6月底前完成自查。', [['6月底前', '2022-06-30']]],
    ['a goal’s year in a heading', '一、到2025年主要目标\n1.各乡镇6月底前完成自查。', [['到2025年', '2025-12-31'], ['6月底前', '2022-06-30']]],
  ])('%s', (_name, body, expected) => expect(dues(body)).toEqual(expected));
});

describe('a stage heading whose span lies within one year gives that year to the months its stage names without one', () => {
  it.each([
    [
      'a stage heading with its work after it in its paragraph',
      '(二)集中整治阶段(2024年7月—12月)。各乡镇11月底前完成排查整治。',
      [['2024年7月—12月', '2024-12-31'], ['11月底前', '2024-11-30']],
    ],
    [
      'a stage heading on its own line, its work in the lines below, up to the next stage',
      '二、集中整治阶段(2024年7月至12月)\n1.各乡镇9月底前完成排查,11月底前完成整改。\n三、巩固提升阶段\n2.各乡镇12月底前报送总结。',
      [['2024年7月至12月', '2024-12-31'], ['9月底前', '2024-09-30'], ['11月底前', '2024-11-30'], ['12月底前', '2022-12-31']],
    ],
    ['a span told after a colon', '(一)集中攻坚阶段:2023年3月—6月。各乡镇4月底前完成摸底。', [['2023年3月—6月', '2023-06-30'], ['4月底前', '2023-04-30']]],
    ['a stage of one month', '(一)动员部署阶段(2023年3月)。各乡镇3月15日前制定方案。', [['2023年3月', '2023-03-31'], ['3月15日前', '2023-03-15']]],
    [
      'a stage no numbering marks as a heading, its work in its own paragraph',
      '第二阶段:集中整治(2023年5月—8月)。各乡镇7月底前完成排查。',
      [['2023年5月—8月', '2023-08-31'], ['7月底前', '2023-07-31']],
    ],
    ['a span of days', '(一)自查自纠阶段(2023年3月1日—4月30日)。各乡镇4月15日前报送自查报告。', [['2023年3月1日—4月30日', '2023-04-30'], ['4月15日前', '2023-04-15']]],
  ])('%s', (_name, body, expected) => expect(dues(body)).toEqual(expected));

  // Negatives: a span over the turn of a year names two years; a year written in the sentence is nearer than the heading's.
  it.each([
    [
      'a stage over the turn of a year',
      '(二)冬季攻坚阶段(2022年11月—2023年3月)。各乡镇12月底前完成排查。',
      [['2022年11月—2023年3月', '2023-03-31'], ['12月底前', '2022-12-31']],
    ],
    [
      'a heading whose span is cut by a year of its own below: the nearer year',
      '(二)集中整治阶段(2024年7月—12月)\n1.2025年3月前完成复查,6月底前完成验收。',
      [['2024年7月—12月', '2024-12-31'], ['2025年3月前', '2025-03-31'], ['6月底前', '2025-06-30']],
    ],
  ])('%s', (_name, body, expected) => expect(dues(body)).toEqual(expected));
});
