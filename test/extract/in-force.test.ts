import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

/** A document signed on `signed`, its body the given lines. */
const documentOf = (body: string, signed = '2022年7月7日') => `某省某某管理办法\n某政发〔2022〕5号\n各市人民政府:\n${body}\n某省人民政府\n${signed}`;

const dues = (text: string) => extractText(text, 'in-force.txt').obligations.map((o) => [o.expression, o.due]);

describe('a period from the text’s taking effect counts from the day it names', () => {
  it.each([
    [
      'the day in the last article',
      '第十九条 本办法施行前已经开展的活动,应当自本办法施行之日起6个月内完成整改。\n第二十条 本办法自2022年9月1日起施行。',
      [['施行之日起6个月内', '2023-03-01']],
    ],
    [
      'the day in an order’s promulgation',
      '《某省某某管理办法》已经省人民政府常务会议审议通过,现予公布,自2022年10月1日起施行。\n第九条 现有单位应当自施行之日起60日内办理登记手续。',
      [['施行之日起60日内', '2022-11-30']],
    ],
    [
      'a plan taking effect (实施) on a day it names',
      '本方案自2023年1月1日起实施。各地要在本方案实施之日起3个月内制定细则。',
      [['实施之日起3个月内', '2023-04-01']],
    ],
    [
      'working days from the day it takes effect',
      '本规定自2022年8月1日起施行。各单位应当自本规定施行之日起10个工作日内报送名单。',
      [['施行之日起10个工作日内', '2022-08-15']],
    ],
  ])('%s', (_name, body, expected) => expect(dues(documentOf(body))).toEqual(expected));

  // Negatives: the document's own date still counts where the text names no day of its own taking effect, or the words are not its taking effect.
  it.each([
    [
      'taking effect on publication',
      '第二十一条 已开展服务的,应当自本规定施行之日起60日内办理备案手续。\n第二十二条 本规定自发布之日起施行。',
      [['施行之日起60日内', '2022-09-05']],
    ],
    [
      'another text’s day of taking effect',
      '《某某条例》自2023年1月1日起施行。各地要在本办法施行之日起30日内制定细则。',
      [['施行之日起30日内', '2022-08-06']],
    ],
    [
      'the day of issue, not of taking effect',
      '本办法自2022年9月1日起施行。各地要在本办法印发之日起30日内制定细则。',
      [['印发之日起30日内', '2022-08-06']],
    ],
    [
      'a project carried out, not the text',
      '本办法自2022年9月1日起施行。项目单位应当在项目实施之日起30日内报送备案。',
      [['实施之日起30日内', '2022-08-06']],
    ],
    [
      'an impossible day of taking effect',
      '本办法自2022年2月30日起施行。各地要在本办法施行之日起30日内制定细则。',
      [['施行之日起30日内', '2022-08-06']],
    ],
  ])('%s', (_name, body, expected) => expect(dues(documentOf(body))).toEqual(expected));
});
