import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 年初 and 年中 after a year written once share its 年: "2019年初" is early 2019, "明年初" early next year, as 今年底 is
// the end of this one. Read alone, their 年 was taken for the context year's: "力争2019年初建成" was due 2018-01-31 in a
// 2018 plan, "2017年初,县政府启动了…" a duty of 2018. And where 初 or 中 opens another word after the year's 年, no
// period is named at all: "到2030年初步建成清洁低碳安全高效的新型能源体系" (新型能源体系建设"十五五"规划), "到2025年初步建成
// 覆盖各领域、各环节的废弃物循环利用体系" (国务院办公厅 2024), "到2030年初步形成非遗系统性保护新格局" (文化和旅游部),
// "2017年初步形成学院内部控制业务流程和手册" were read as 年初 of the plan year, where 到 sets a target year; "2023年中秋
// 国庆期间安全生产工作" (本溪 2023, audit-texts holidays/04), "2024年中央一号文件", "2026年中小学生研学实践活动通知",
// "2018年初中学业水平考试", "每学年初(即秋季学期开学后)完成新生学籍注册" (锡林浩特 2020, audit-texts forms/02) gave a
// record due 06-30 or 01-31. So did 年中 after another word's 年: "全年中登录的天数", "输入全年中每个月的销售量", "获得输入日期
// 在全年中是第几周" (in the whole year), 青年中心, 历年中考. Real: find_string hits and the pages named (audit-texts times6/03).
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'year-part.txt').obligations.map((o) =>
    o.kind === 'recurring' ? `rec:${o.rrule}` : `${o.target ? 'target' : o.kind}:${o.due} [${o.expression}]`,
  );

describe('年初 and 年中 after a year written once', () => {
  it.each([
    ['各县2019年初完成摸底。', ['once:2019-01-31 [2019年初]']],
    ['力争2019年初建成投用。', ['target:2019-01-31 [力争2019年初]']],
    ['各县要在2019年初前完成摸底。', ['once:2019-01-31 [在2019年初前]']],
    ['力争2019年中建成投用。', ['target:2019-06-30 [力争2019年中]']],
    ['2019年中,各县完成中期评估。', ['once:2019-06-30 [2019年中]']],
    ['各县2019年初、2019年中报送进展。', ['once:2019-01-31 [2019年初]', 'once:2019-06-30 [2019年中]']],
    ['各县明年初完成摸底。', ['once:2019-01-31 [明年初]']],
    ['各县今年初启动摸底。', ['once:2018-01-31 [今年初]']],
    // 初 opens few words: before any other character it closes the year.
    ['2019年初由县住建局牵头完成验收。', ['once:2019-01-31 [2019年初]']],
    ['每年初由县统计局发布上年度统计公报。', ['rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1']],
    // Unchanged: the period with its own 年, and the year's end.
    ['各县2019年年初完成摸底。', ['once:2019-01-31 [2019年年初]']],
    ['各县明年年中完成摸底。', ['once:2019-06-30 [明年年中]']],
    ['各县年初完成摸底。', ['once:2018-01-31 [年初]']],
    ['年中,各县对照目标开展中期评估。', ['once:2018-06-30 [年中]']],
    ['县政府于年中对各乡镇进行督查。', ['once:2018-06-30 [于年中]']],
    ['各县2019年底完成摸底。', ['once:2019-12-31 [2019年底]']],
    // 初步 after the year: the target year 到 sets.
    ['到2020年初步建成全市数据共享体系。', ['target:2020-12-31 [到2020年]']],
    ['力争2020年初步实现全覆盖。', ['target:2020-12-31 [力争2020年]']],
    ['2020年初步形成全市数据共享格局。', ['target:2020-12-31 [2020年]']],
  ])('%s', (body, want) => expect(read(body)).toEqual(want));

  it.each([
    // A past year's start is an event.
    ['2017年初,县政府启动了改造工作。'],
    // Another word opened by 中 or 初 after the year's 年.
    ['各县要落实2018年中央一号文件精神。'],
    ['各县要做好2018年中秋国庆期间安全生产工作。'],
    ['各县要做好2018年中小学招生工作。'],
    ['各县要做好2018年初中招生工作。'],
    ['各县要做好2018年中考组织工作。'],
    ['各县要落实2018年中期评估要求。'],
    ['全市2018年中心工作要点如下。'],
    ['各县要做好每年初中毕业生升学工作。'],
    ['各县要落实2018年初审意见。'],
    // The start of a school year, and last year's.
    ['各学校需在每学年初完成学籍注册。'],
    ['去年初,县政府启动了改造工作。'],
    // The 年 of another word: 全年中 and 近年中 (within the year, in recent years), 历年中考, 青年中心.
    ['全年中有200天空气质量达到优良。'],
    ['近年中,各县完成了大量改造工作。'],
    ['历年中考成绩由县教育局公布。'],
    ['各县要做好青年中心建设。'],
    // A year of two digits.
    ['该公司已于20年初完成融资。'],
  ])('%s: no record', (body) => expect(read(body)).toEqual([]));

  // So does 初 after a month: 初步 is a step's adverb, as 基本 is.
  it.each([
    ['各县6月初步完成方案编制。', ['once:2018-06-30 [6月]']],
    ['2018年6月初步建成数据平台。', ['once:2018-06-30 [2018年6月]']],
    ['各县每月初步汇总数据。', ['rec:FREQ=MONTHLY;BYMONTHDAY=-1']],
    // Unchanged: the month's 初.
    ['各县6月初完成方案编制。', ['once:2018-06-10 [6月初]']],
    ['各县于每月初报送上月数据。', ['rec:FREQ=MONTHLY;BYMONTHDAY=10']],
    ['各县于6月初前完成方案编制。', ['once:2018-06-10 [于6月初前]']],
  ])('%s', (body, want) => expect(read(body)).toEqual(want));
});
