import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A plan says what span it covers and how far it looks: "规划期为 2021 —2025 年,展望到 2035 年" (冀州 十四五纲要, audit-texts
// audit9/18), "规划期为2021-2025年" (国务院 2021 “十四五”全民医疗保障规划), "规划期限为2021-2025年,展望至2035年" (江苏 数字
// 政府规划), "规划期限为2022-2035年,近期到2025年,规划基期年为2022年" (梅州 平远 金田村 村庄规划 and its like), "规划期限为
// 2018—2030年" (农业绿色发展技术导则), "本次旅游发展规划期限为2026—2035年,共10年" (a village's 旅游发展规划), "规划期至2025年,
// 展望到2035年" (长江三角洲区域一体化发展规划纲要, 央视网 2019): audit-texts times8/06. Each span and horizon was a target;
// the plan's targets are in its goals (到2025年,…达到…).
const records = (body: string) =>
  recordsOf({ body, title: '某县国民经济和社会发展第十四个五年规划纲要', number: '某政发〔2021〕3号', issued: '2021 年 3 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a plan stating its own span and horizon sets no target', () => {
  it.each([
    ['本规划期为2021—2025年,展望到2035年。'],
    ['规划期为 2021 —2025 年,展望到 2035 年。'],
    ['规划期限为2021-2025年,远景展望至2035年。'],
    ['规划期限为2022-2035年,近期到2025年,规划基期年为2022年。'],
    ['本规划期限为2021年至2025年。'],
    ['规划期至2025年,展望到2035年。'],
    ['规划范围为全县,规划期为2021年—2035年。'],
    ['本次旅游发展规划期限为2026—2035年,共10年。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a goal after the plan term is still a target', () => {
  it.each([
    ['规划期为2021-2025年。到2025年,全县森林覆盖率达到45%。', [['到2025年', '2025-12-31', true]]],
    ['规划期为2021-2025年,到2025年全县完成造林10万亩。', [['到2025年', '2025-12-31', true]]],
    ['2021—2025年,全县新建学校10所。', [['2021—2025年', '2025-12-31', true]]],
    ['各地要在规划期内完成改造任务,2025年底前全面完成。', [['2025年底前', '2025-12-31', false]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
