import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A grant said after the period, between it and what it grants, is a permission as "可以在…内申请复议" is
// (permitted-periods.test.ts): "有效期届满前60个工作日内可以申请延长" (数据出境安全评估办法), "在障碍消除后十日内可以申请
// 顺延" (民事诉讼法 第八十六条), "社会保障卡到期前六十日内可以申请换领" (上海 社会保障卡), "店铺到期30日内可以申请续签",
// "签收后七日内可以申请退款", "购买后7个自然日内可以申请退款", "签收次日起十五个自然日内可以申请退货" (audit-texts times8/12).
// Each was an sla the party owed.
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府关于印发某县政务服务管理办法的通知', number: '某政发〔2020〕5号', issued: '2020 年 3 月 10 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.within?.days ?? r.due]);

describe('a period whose grant follows it, for an application or a remedy, is no duty', () => {
  it.each([
    ['评估结果有效期为3年;有效期届满前60个工作日内可以申请延长,经批准可以延长3年。'],
    ['因正当理由耽误期限的,在障碍消除后十日内可以申请顺延。'],
    ['社会保障卡到期前六十日内可以申请换领。'],
    ['居民身份证有效期满前三个月可以申请换领新证。'],
    ['商品签收后七日内可以申请退款。'],
    ['申请人在收到不予受理通知后15日内可以向上一级机关申请复核。'],
    ['当事人在收到处罚决定书之日起60日内也可以申请行政复议。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a period bound by a duty stays an sla', () => {
  it.each([
    ['申请人应当在有效期届满前30日内申请延续。', [['届满前30日内', 30]]],
    ['办信处可在收到材料之日起3日内移交督查处。', [['3日内', 3]]],
    // The grant is of the period's work, bound again by 应当.
    ['窗口受理后七个工作日内制卡,申请人可以凭短信领卡。', [['七个工作日内', 7]]],
    ['县政务中心收到申请后5个工作日内应当作出决定。', [['5个工作日内', 5]]],
    // A grant of how, not of whether: the period stays the office's.
    ['县住建局应在收到材料后5个工作日内办结,可以通过网上办理。', [['5个工作日内', 5]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
