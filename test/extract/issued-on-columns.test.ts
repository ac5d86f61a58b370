import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';
import { countyTaskNotice, inEachLayout, pipeTable, type TableCase } from './table-text.ts';

/**
 * A column of the days things were issued, took force or were revised (发布日期, 印发日期, 成文日期, 施行日期, 更新日期,
 * 修订日期, 更新时间…) dates each row by an act done: a list of documents, laws or releases, or a document's record of its
 * own changes, owed by no one. The spec records neither a signing date nor an effective date. Real tables of the form
 * ("模型名称 | 发布日期", "文件 | 标题 | 发布日期 | 施行日期", "版本 | 更新日期 | 更新内容", "版本号 | 修订日期 | 修订内容") are
 * saved in audit-texts/tables19/06-08. A column of times to keep (完成时间, 发布时限, 实施时间, 计划发布时间) still holds
 * deadlines, and a rule in a column of update times is still a duty. Each case is the records, as "expression|due or rule|lead".
 */

function records(body: string): string[] {
  return recordsOf(countyTaskNotice(body)).map(
    (o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}`,
  );
}

describe('a column of the days things were issued is no deadline', () => {
  it.each<TableCase>([
    ...inEachLayout('文件名称 | 文号 | 发布日期', [['序号', '文件名称', '文号', '发布日期', '清理结果'], ['1', '某县农村公路管理办法', '某政发〔2019〕3号', '2019年3月5日', '继续有效'], ['2', '某县城市供水管理办法', '某政发〔2020〕8号', '2020年6月1日', '废止']], []),
    ...inEachLayout('模型名称 | 发布日期', [['模型名称', '发布日期', '参数量'], ['某模型', '2025-01-27', '72B'], ['另一模型', '2023年1月25日', '8B']], []),
    ...inEachLayout('政策名称 | 成文日期 | 责任单位', [['序号', '政策名称', '成文日期', '责任单位'], ['1', '关于加快发展的意见', '2022年3月5日', '县发改局']], []),
    ...inEachLayout('法规名称 | 施行日期', [['法规名称', '施行日期', '关键条文'], ['某省数据条例', '2022年1月1日', '数据权益保护']], []),
    ...inEachLayout('文件名称 | 公布日期 | 生效日期', [['文件名称', '公布日期', '生效日期'], ['某市物业管理条例', '2020年3月1日', '2020年5月1日']], []),
    ...inEachLayout('文件名称 | 印发日期', [['序号', '文件名称', '印发日期'], ['1', '关于促进消费的通知', '2022年6月1日']], []),
    ...inEachLayout('版本 | 更新日期 | 更新内容', [['版本', '更新日期', '更新内容'], ['v1.1', '2023-06-30', '新增统计功能'], ['v1.0', '2023年3月1日', '初始版本']], []),
    ...inEachLayout('版本号 | 修订日期 | 修订内容 | 修订人', [['版本号', '修订日期', '修订内容', '修订人'], ['V1.0', '2019-04-10', '新增游客访问功能', '张三']], []),
    ...inEachLayout('更新时间 | 更新内容', [['更新时间', '更新内容', '更新人'], ['2025年4月7日', '接口参数兼容调整', '李四']], []),
    ...inEachLayout('数据名称 | 创建时间 | 更新时间', [['序号', '数据名称', '创建时间', '更新时间', '数据提供单位'], ['1', '公交线路', '2022-01-05', '2023-06-01', '市交通局']], []),
    ['traditional 發布日期, pipe', pipeTable([['報告名稱', '發布日期'], ['某研究報告', '2026-03-03']]), []],
    // Negatives: columns of times to keep.
    ...inEachLayout('完成时间 beside 责任单位', [['序号', '工作任务', '责任单位', '完成时间'], ['1', '完成排查', '县住建局', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局']),
    ...inEachLayout('信息发布时限', [['序号', '公开事项', '发布时限', '公开主体'], ['1', '政策文件', '2023年6月底前', '县政府办']], ['2023年6月底前|2023-06-30|县政府办']),
    ...inEachLayout('实施时间', [['序号', '项目名称', '实施时间', '责任单位'], ['1', '污水管网改造', '2023年9月底前', '县住建局']], ['2023年9月底前|2023-09-30|县住建局']),
    ...inEachLayout('计划发布时间', [['序号', '工作任务', '计划发布时间', '责任单位'], ['1', '发布年度统计公报', '2023年4月底前', '县统计局']], ['2023年4月底前|2023-04-30|县统计局']),
    ...inEachLayout('a rule under 更新时间', [['序号', '数据名称', '更新时间', '数据提供单位'], ['1', '公交线路', '每季度', '市交通局']], ['每季度|FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1|市交通局']),
    ...inEachLayout('竣工时间 beside 开工时间', [['序号', '项目名称', '建设单位', '开工时间', '竣工时间'], ['1', '县第二中学', '县教体局', '2022年3月', '2023年8月']], ['2023年8月|2023-08-31|县教体局']),
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
