import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A school year (学年) runs from one autumn to the next summer: its 年内, 年末, 年底 and 年终 are no calendar year's.
// "本学年内完成", "学年末完成" were due at the end of the notice's calendar year, which for a notice of spring is after the
// school year has closed and for one of autumn months before it does. Writers mean the school year: "每位同学需在学年内完成
// …综测填报" (a class-affairs system), "建议本学年内完成匹配" (a teachers' dashboard), "必须在本学年内完成至少一项有成果的科研
// 或竞赛项目" (a study planner), "学术道德与学术写作规范通常需要在同一学年内完成" (a graduate course guide), "外语须在四分之三
// 学年内完成" (a curriculum note on 广东), "希望 1 个学年内完成" (a school form): GitHub-held text. Its end is set by a school
// calendar this does not read, so it names no date, as 学年初 does not (year-start-middle.test.ts). Under a notice of 2018-03-20.
const read = (body: string) => extractText(gazetteDocument({ body }), 'school-year.txt').obligations.map((o) => [o.expression, o.due]);

describe('a school year is no calendar year', () => {
  it.each([
    ['各学校本学年内要完成课后服务全覆盖。'],
    ['学校要在学年内完成评估。'],
    ['每位学生须在本学年内完成综合素质评价填报。'],
    ['学生须在1个学年内完成补考。'],
    ['外语须在四分之三学年内完成。'],
    ['各学校要于学年末完成学生综合素质评价。'],
    ['各校要在学年底前完成教师考核。'],
    ['学年终了前,各校完成工作总结。'],
  ])('%s: nothing', (body) => expect(read(body)).toEqual([]));

  // The calendar year's own words keep their reading, and so do words whose 年 only looks like a school year's.
  it.each([
    ['各学校要在年内完成评估。', [['年内', '2018-12-31']]],
    ['各学校要于年底前完成评估。', [['于年底前', '2018-12-31']]],
    ['各学校今年年底前完成评估。', [['今年年底前', '2018-12-31']]],
    ['各学校要在本年度内完成评估。', [['本年度内', '2018-12-31']]],
    ['各学校要于年末完成评估。', [['于年末', '2018-12-31']]],
    ['各学校要在2018年内完成评估。', [['2018年内', '2018-12-31']]],
    ['市教育局要在明年年底前完成学校布局调整。', [['在明年年底前', '2019-12-31']]],
  ] as [string, unknown[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
