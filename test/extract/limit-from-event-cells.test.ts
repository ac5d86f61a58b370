import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { gazetteDocument } from './gazette-text.ts';

/**
 * A time limit counted from an event, alone in its cell ("信息形成或者变更之日起20个工作日内", "部门决算经本级财政部门批复后20日内
 * 公开"), is a deadline cell as a date is: a pipe row that lost a merged cell on its left and gained an empty one on its
 * right moves right to put it under 公开时限. 门头沟 2024's 政务公开标准 (audit-texts rules3/13) lost five of its rows so,
 * the limit read under 内容标准; the same cells stand in 德安 2023, 凤屯, 东阳 2020, 黄石 2024 and 锡林浩特 (layout8).
 * Each case is "expression|days|task".
 */
function records(body: string): string[] {
  const text = gazetteDocument({ body, title: '某区政务服务管理局关于印发2024年政务公开标准的通知', number: '某政管发〔2024〕5号', issuer: '某区政务服务管理局', issued: '2024 年 3 月 1 日' });
  return extractText(text, 'limits.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((o) => `${o.expression}|${o.within?.days ?? o.due}|${o.task}`);
}

const HEADER = '序号 | 具体职责 | 业务事项 | 信息类别 | 内容标准 | 公开时限 | 公开形式 |';
const FIRST = '1 | 负责政务公开及文件收发工作 | 政务公开 | 基本信息 | 【机构名称】 | 信息形成或者变更之日起20个工作日内 | 政府网站常规公开 |';

describe('a time limit counted from an event in a row short of a merged cell', () => {
  it.each<[string, string[], string[]]>([
    [
      'a row that lost its 具体职责 cell',
      [HEADER, FIRST, '2 | 政务公开 | 法定职责 | 本部门最新法定职责 | 信息形成或者变更之日起20个工作日内 | 政府网站常规公开 | |'],
      ['20个工作日内|20|政务公开', '20个工作日内|20|政务公开'],
    ],
    [
      'a limit counted from an approval, 后…日内公开',
      [HEADER, FIRST, '2 | 部门决算 | 资金信息 | 按照区财政统一部署执行 | 部门决算经本级财政部门批复后20日内公开 | 政府网站常规公开 | |'],
      ['20个工作日内|20|政务公开', '20日内|20|部门决算:公开'],
    ],
    // negatives: a row as wide as the header keeps its cells; a task that names a limit within its sentence is a task
    ['a full row', [HEADER, FIRST], ['20个工作日内|20|政务公开']],
    [
      'a long task cell naming a limit',
      ['序号 | 工作任务 | 责任单位 | 完成时限 |', '1 | 对群众提出的申请,自收到申请之日起20个工作日内予以答复,并做好登记 | 区政务服务管理局 | 长期坚持 |'],
      ['长期坚持|2024-12-31|对群众提出的申请,自收到申请之日起20个工作日内予以答复,并做好登记'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(records(lines.join('\n'))).toEqual(expected);
  });
});
