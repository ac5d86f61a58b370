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
