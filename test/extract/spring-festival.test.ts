import { describe, expect, it } from 'vitest';
import { springFestival } from '../../src/calendar/dates.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 春节前 is a deadline of its own in winter notices: 根治欠薪 drives (郑州金水 "确保所有欠薪案件…在2021年春节前全部解决",
// 人民日报 2021 "要求在2022年春节前全部清零", 衡阳 2019 "社会投资项目欠薪的在2020年春节前清零", 河北 2022 "2021年11月到
// 2022年春节前,在全省部署开展…专项行动", a county's "从11月20日至2020年春节前,…开展…攻坚行动"), audit-texts/forms 08-12.
// 春节 is a day of the calendar: its first day (正月初一) is the last day to act, as "M月D日前" makes the named day.
// Negatives: the window around it (春节前后), its eve as news tells (春节前夕), a deed done by then (…春节前完成了B2轮融资,
// audit-texts/forms 13) and a forecast (预计今年春节前完成相关验收工作, the same file).

const records = (body: string, issued = '2019 年 11 月 5 日', title = '某县人民政府关于做好2019年冬季重点工作的通知') =>
  extractText(gazetteDocument({ body, issued, title, number: '某政发〔2019〕12号' }), 'festival.txt').obligations;

describe('the day of 春节 in a Gregorian year', () => {
  it.each([
    [2016, '2016-02-08'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('%i', (year, day) => {
    expect(springFestival(year)).toBe(day);
  });
});

describe('春节前 dates a deadline on the festival day', () => {
  it.each([
    ['一、确保所有欠薪案件在2020年春节前全部解决。', '2020-01-25', '在2020年春节前'],
    ['二、社会投资项目欠薪的在2021年春节前清零。', '2021-02-12', '在2021年春节前'],
    // A stage closing at the festival is due then, as a stage "M月至N月" is at its end.
    ['三、从2019年11月20日至2020年春节前,在全县开展冬季攻坚行动。', '2020-01-25', '至2020年春节前'],
    ['四、2019年11月到2020年春节前,在全县开展专项行动。', '2020-01-25', '到2020年春节前'],
    // Without its year: the next 春节 after the notice, and 明年 the next year's.
    ['五、各乡镇要在春节前完成困难群众走访慰问。', '2020-01-25', '在春节前'],
    ['六、要在明年春节前完成拆除。', '2020-01-25', '在明年春节前'],
    ['七、元旦、春节前要开展一次安全大检查。', '2020-01-25', '春节前'],
  ])('%s', (body, due, expression) => {
    const rs = records(body).filter((r) => r.expression.includes('春节'));
    expect(rs.map((r) => [r.due, r.expression, r.target])).toEqual([[due, expression, false]]);
  });

  it('a notice issued before that year’s 春节 means that one', () => {
    const [r] = records('一、各乡镇要在春节前完成走访慰问。', '2019 年 1 月 10 日', '某县人民政府关于做好2019年春节期间工作的通知');
    expect(r).toMatchObject({ due: '2019-02-05' });
  });

  it.each([
    ['一、春节前后要加强值班值守。'],
    ['二、春节前夕,县领导走访慰问了困难群众。'],
    ['三、该公司2019年春节前完成了B2轮融资。'],
    ['四、据悉,该小区电梯预计今年春节前完成相关验收工作。'],
  ])('%s (no record)', (body) => {
    expect(records(body).filter((r) => r.expression.includes('春节'))).toEqual([]);
  });
});
