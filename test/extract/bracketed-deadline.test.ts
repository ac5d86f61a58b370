import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A time closed by 前 that is all a bracket holds is the deadline of the step before it, even right after a document's
// title: "制定《第四次全国经济普查方案》(7月底前)" (国务院经普办 2018 timeline, audit-texts layouts/07) was dropped as the
// title's date. A document is dated by its day or month, never by a time before which something is done.
const dues = (body: string) => recordsOf({ body }, 'bracketed.txt').map((o) => (o.kind === 'once' ? o.due : o.kind));

describe('a deadline in brackets after a document’s title', () => {
  it.each([
    ['1.制定《第四次全国经济普查方案》(7月底前)。', ['2018-07-31']],
    ['2.修订《省级数据共享管理办法》(2018年9月30日前)。', ['2018-09-30']],
    ['3.印发《数据共享实施细则》(10月底之前)。', ['2018-10-31']],
    // The document's own date in brackets is a citation, as before.
    ['按照《关于做好普查工作的通知》(2018年4月)要求,做好准备。', []],
    ['根据《数据共享管理办法》(2017年12月)规定,完善目录。', []],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(dues(body)).toEqual(expected));
});

// A bracket closing an item on when it is to be finished, "(5月前完成)", "(9月前完成)" (a community centre's plan,
// audit-texts audit8/wddqw), and with a note before the time, "(近期设计,3月底前完成)", "(计划中,二月底前完成)", "(最晚7月底前
// 完成)" (task lists in the wild): all were dropped as the date of a cited document. A document is never dated by a time
// by which to finish.
describe('a bracket closing on a time by which the item is finished', () => {
  it.each([
    ['一、规范图书室藏书并编码造册。(5月前完成)', ['2018-05-31']],
    ['二、继续抓好舞蹈队队伍建设。(9月前完成)', ['2018-09-30']],
    ['三、完成农村危房改造摸底(6月底前完成)。', ['2018-06-30']],
    ['四、完成农村危房改造摸底。(2018年10月底前完成)', ['2018-10-31']],
    ['五、整合各类信息系统。(6月底以前全面完成)', ['2018-06-30']],
    ['六、建设灰度发布功能(近期设计,3月底前完成)', ['2018-03-31']],
    ['七、建立用量台账(最晚7月底前完成)', ['2018-07-31']],
    ['八、完成碳排放报告核查(每年4月底前完成)', ['recurring']],
    // Negative: a document's date in brackets stays a citation, and so does one closing on the document's making.
    ['根据《某县人民政府关于加强管理的通知》(2018年6月30日印发),各乡镇要加强管理。', []],
    ['编制《专项规划》(2018年底前完成编制)。', []],
    // Negative: the time picks out the projects excepted; it sets no work.
    ['各类项目(2018年6月底前完成的项目除外)要重新登记。', []],
    // Negative: told as done.
    ['去年的整治任务(已于2017年底前全面完成),今年要巩固成果。', []],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(dues(body)).toEqual(expected));
});
