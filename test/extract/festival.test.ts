import { describe, expect, it } from 'vitest';
import { chineseDay } from '../../src/calendar/dates.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 春节前 is a deadline of its own in winter notices: 根治欠薪 drives (郑州金水 "确保所有欠薪案件…在2021年春节前全部解决",
// 人民日报 2021 "要求在2022年春节前全部清零", 衡阳 2019 "社会投资项目欠薪的在2020年春节前清零", 河北 2022 "2021年11月到
// 2022年春节前,在全省部署开展…专项行动", a county's "从11月20日至2020年春节前,…开展…攻坚行动"), audit-texts/forms 08-12.
// 春节 is a day of the calendar: its first day (正月初一) is the last day to act, as "M月D日前" makes the named day.
// Negatives: the window around it (春节前后), its eve as news tells (春节前夕), a deed done by then (…春节前完成了B2轮融资,
// audit-texts/forms 13) and a forecast (预计今年春节前完成相关验收工作, the same file).
// The other festivals are days of the calendar as 春节 is: 连云 2016 "务必在国庆节前完成病媒防制工作", 茂县 2020 "确保在元旦、
// 春节前…将工资发放到了农民工手中" (two named together: the earlier day), audit-texts/holidays 01-02. 五一, 元宵, 端午 and 中秋 rest on the mechanism, with no real deadline of their own read.

const records = (body: string, issued = '2019 年 11 月 5 日', title = '某县人民政府关于做好2019年冬季重点工作的通知') =>
  extractText(gazetteDocument({ body, issued, title, number: '某政发〔2019〕12号' }), 'festival.txt').obligations;

describe('the day of a Chinese calendar day in a Gregorian year', () => {
  it.each([
    [2016, 1, 1, '2016-02-08'],
    [2019, 1, 1, '2019-02-05'],
    [2020, 1, 1, '2020-01-25'],
    [2021, 1, 1, '2021-02-12'],
    [2022, 1, 1, '2022-02-01'],
    [2023, 1, 1, '2023-01-22'],
    [2024, 1, 1, '2024-02-10'],
    [2025, 1, 1, '2025-01-29'],
    [2026, 1, 1, '2026-02-17'],
    [2020, 1, 15, '2020-02-08'],
    // 2020 had a leap fourth month: 五月初五 is the fifth month's, not the leap one's.
    [2020, 5, 5, '2020-06-25'],
    [2023, 5, 5, '2023-06-22'],
    [2019, 8, 15, '2019-09-13'],
    [2020, 8, 15, '2020-10-01'],
    [2025, 8, 15, '2025-10-06'],
  ])('%i %i/%i', (year, month, day, date) => {
    expect(chineseDay(year, month, day)).toBe(date);
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
    // Two festivals named together: the earlier one's day.
    ['七、元旦、春节前要开展一次安全大检查。', '2020-01-01', '元旦、春节前'],
  ])('%s', (body, due, expression) => {
    const rs = records(body).filter((r) => r.expression.includes('春节'));
    expect(rs.map((r) => [r.due, r.expression, r.target])).toEqual([[due, expression, false]]);
  });

  it.each([
    ['一、各乡镇要在国庆节前完成排查。', '2019-10-01', '在国庆节前'],
    ['二、务必在国庆前完成病媒防制工作。', '2019-10-01', '在国庆前'],
    // Dated after this year's 五一, 中秋 and 元宵: the next ones.
    ['三、县住建局于五一前完成整改。', '2020-05-01', '于五一前'],
    ['四、县住建局要在劳动节前完成整改。', '2020-05-01', '在劳动节前'],
    ['五、县民政局要在中秋节前完成慰问。', '2019-09-13', '在中秋节前'],
    ['六、县交通局要在2020年端午节前完成改造。', '2020-06-25', '在2020年端午节前'],
    ['七、各村要在明年元宵节前完成清理。', '2020-02-08', '在明年元宵节前'],
    ['八、各乡镇要在元旦前全部结清。', '2020-01-01', '在元旦前'],
    ['九、各乡镇要在中秋、国庆节前完成检查。', '2019-09-13', '在中秋、国庆节前'],
    ['十、各乡镇要在2020年中秋国庆前完成检查。', '2020-10-01', '在2020年中秋国庆前'],
    // Bare after its subject, as "M月D日前" stands.
    ['十一、县民政局国庆节前要完成走访慰问。', '2019-10-01', '国庆节前'],
  ])('%s (a notice of 2019-08-05)', (body, due, expression) => {
    const rs = records(body, '2019 年 8 月 5 日', '某县人民政府关于做好2019年秋季重点工作的通知').filter((r) => r.due);
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
    ['五、国庆节前后要加强值班值守。'],
    ['六、国庆节前夕,县领导走访慰问了困难群众。'],
    ['七、各单位在春节前一周完成安全检查。'],
    ['八、国庆节期间要严格执行24小时值班制度。'],
    ['九、春节假期要安排好值班。'],
    // The object of 开展, the festival names the event (安乡 大湖口 "开展国庆节前安全生产大排查", 本溪 2023, audit-texts/holidays 04-05).
    ['十、9月29日至30日,大湖口镇开展国庆节前安全生产大排查。'],
    ['十一、市发展改革委开展粮食和物资储备系统中秋、国庆节前安全生产检查。'],
    // A possibility or forecast (中新社 1999 "上海城市基础设施建设,国庆节前可完成十六项", audit-texts/holidays 03).
    ['十二、上海城市基础设施建设,国庆节前可完成十六项。'],
  ])('%s (no record)', (body) => {
    expect(records(body).filter((r) => /春节|国庆|中秋/.test(r.expression))).toEqual([]);
  });
});

// A duty by a festival every year (audit-texts/times3 02, GitHub-held text): "赡养费于每年春节前给付", "年终奖金…发放时间为每年
// 春节前", "每年春节前（腊月）进行年终关账", "画像…每年国庆前更换一次", "政府每年元旦前公告新费率". One yearly rule on the
// festival's day, where 每年 gave one due on 12-31 and the festival another on its next day alone. The Chinese calendar's
// festivals move in the Gregorian one: their rule is written in that calendar (RFC 7529 RSCALE), which the scheduler reads.
describe('每年 and a festival: a yearly rule on its day', () => {
  it.each([
    ['一、各乡镇每年春节前开展一次困难群众走访慰问。', '每年春节前', 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1'],
    ['二、赡养费于每年春节前给付。', '每年春节前', 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1'],
    ['三、县文旅局每年国庆前更换一次宣传画。', '每年国庆前', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1'],
    ['四、县人社局每年元旦前公布下一年度培训计划。', '每年元旦前', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1'],
    ['五、各单位每年五一节前开展一次安全检查。', '每年五一节前', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1'],
    ['六、县民政局每年中秋节前走访慰问困难群众。', '每年中秋节前', 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=15'],
    ['七、各乡镇每逢端午节前开展一次水域安全检查。', '每逢端午节前', 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5'],
    // Two named together: the one that comes first.
    ['八、各乡镇每年元旦、春节前开展一次安全大检查。', '每年元旦、春节前', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1'],
    ['九、各乡镇每年春节、国庆节前开展安全检查。', '每年春节、国庆节前', 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1'],
  ])('%s', (body, expression, rrule) => {
    expect(records(body).map((r) => [r.expression, r.kind, r.rrule])).toEqual([[expression, 'recurring', rrule]]);
  });

  // Negatives: a window around it, its eve, a count back from it, and 前移 (moves earlier) are no festival deadline.
  it.each([
    ['一、各乡镇每年春节前后加强值班值守。'],
    ['二、每年中秋节前夕,县领导走访慰问困难群众。'],
    ['三、各单位每年春节前一周完成安全检查。'],
    ['四、公有领域的分界每年元旦前移一年。'],
  ])('%s (no festival rule)', (body) => {
    expect(records(body).filter((r) => /春节|中秋|元旦/.test(r.expression))).toEqual([]);
  });
});
