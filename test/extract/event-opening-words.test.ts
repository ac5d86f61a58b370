import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// Words that open an sla's event text and name no part of the event:
// - the law and article a rule is quoted under, standing right before its subject ("行政复议法第十七条 行政复议机关收到行政
//   复议申请后,应当在五日内进行审查"): the after text held "行政复议法第十七条行政复议机关收到行政复议申请". Real: aq8 (audit-texts
//   rules1/aq8-fuyi-shouli, events19/01, rules… 18-aq8), lvshuolvda ("《行政复议法》第十七条…"), uianet dictionary
//   (events19/02, "《《中华人民共和国行政复议法》》第十七条…"), coolfantasy ("依據《行政復議法》第二十六條 申請人…"), and
//   the same layout of a rule under its article in chaojilvshi (第二十三条 公安机关信访工作机构接到信访事项后…), crsrw
//   ("《中華人民共和國行政許可法》第三十二條行政機關對申請人…"), uianet (《生产安全事故报告和调查处理条例》 第九条 …).
// - the topic's marker 对于 / 对 ("对于当事人所提出的行政复议申请,复议机关一般应在六十日内给答复", xiaozhentang; "对领导批示交办的
//   督查事项,急件1—5日内办结", fymate 督查 and its copy; "對于公開權利人的申請,…", safd142).
// - another party's period before the act that starts the count ("申请人、利害关系人在被告知听证权利之日起五日内提出听证申请
//   的,行政机关应当在二十日内组织听证", 行政许可法 第四十七条, lawrefbook; "無權處理的,應當在七日內按照法定程序轉送有權處理的
//   行政機關依法處理,有權處理的行政機關應當在六十日內依法處理", 行政复议法 第二十六条, coolfantasy): the event began inside
//   that period ("告知听证权利之日起五日内提出听证申请").
const eventOf = (body: string, expression: string) =>
  recordsOf({ body })
    .filter((r) => r.kind === 'sla' && r.expression === expression)
    .map((r) => r.within!.after ?? r.within!.before);

describe('an sla event told without the words that open it but name none of it', () => {
  it.each([
    ['行政复议法第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', '五日内', '行政复议机关收到行政复议申请'],
    ['《行政复议法》第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', '五日内', '行政复议机关收到行政复议申请'],
    ['法律依据:《《中华人民共和国行政复议法》》第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', '五日内', '行政复议机关收到行政复议申请'],
    ['《信訪條例》第二十二條 有關行政機關收到信訪事項後,應當在15日內書面告知信訪人。', '15日內', '有關行政機關收到信訪事項'],
    ['依据《行政复议法》第二十六条 申请人提出审查申请的,行政复议机关应当在三十日内依法处理。', '三十日内', '申请人提出审查申请'],
    ['《条例》第十五条第二款 主管部门接到举报后,应当在24小时内赶赴现场。', '24小时内', '主管部门接到举报'],
    ['对于当事人所提出的行政复议申请,复议机关一般应在六十日内给答复。', '六十日内', '当事人所提出的行政复议申请'],
    ['对领导批示交办的督查事项,急件5日内办结。', '5日内', '领导批示交办的督查事项'],
    ['第五条 对于上级交办的事项,承办单位应当在交办后五个工作日内办结。', '五个工作日内', '交办'],
    ['申请人、利害关系人在被告知听证权利之日起五日内提出听证申请的,行政机关应当在二十日内组织听证。', '二十日内', '提出听证申请'],
    ['无权处理的,应当在七日内按照法定程序转送有权处理的行政机关,有权处理的行政机关应当在六十日内依法处理。', '六十日内', '按照法定程序转送有权处理的行政机关'],
  ])('%s', (body, expression, event) => {
    expect(eventOf(body, expression)).toEqual([event]);
  });

  // The article named with 的 after it, or after a verb, is part of what the event names; 对 of a verb (对接) is no marker;
  // an actor before the event stays; periods listed after one event still count from it.
  it.each([
    ['《条例》第五条规定的材料收到后,审核部门应当在5个工作日内办结。', '5个工作日内', '《条例》第五条规定的材料收到'],
    ['符合本条例第十条规定条件的申请受理后,窗口应当在3个工作日内发证。', '3个工作日内', '符合本条例第十条规定条件的申请受理'],
    ['对接完成后,各单位应当在3日内报送结果。', '3日内', '对接完成'],
    ['承办单位接到转办件后,应在5个工作日内办结。', '5个工作日内', '承办单位接到转办件'],
    ['行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。', '二十日内', '受理行政许可申请'],
    ['事发单位应在事件发生后15分钟内电话报告、35分钟内书面报告。', '35分钟内', '事件发生'],
    ['各乡镇在收到督办通知后3日内上报整改情况。', '3日内', '收到督办通知'],
  ])('%s', (body, expression, event) => {
    expect(eventOf(body, expression)).toEqual([event]);
  });
});
