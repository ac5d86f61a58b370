import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { loadRecipients } from '../../src/recipients/file.ts';
import { loadUnitDirectory } from '../../src/units/directory.ts';
import { loadPolicy } from '../../src/plan/policy.ts';
import { tempDir } from './fixtures.ts';

const units = loadUnitDirectory('rules');

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function write(name: string, text: string): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('unit dictionary (rules/units.yaml)', () => {
  it.each([
    ['省发改委', '省发展改革委'],
    ['省发展和改革委员会', '省发展改革委'],
    ['省 发 改 委', '省发展改革委'],
    ['省发改委（省能源局）', '省发改委(省能源局)'],
    ['省编办', '省编委办'],
    ['某个字典里没有的单位', '某个字典里没有的单位'],
  ])('%s is %s', (written, canonical) => {
    expect(units.canonical(written)).toBe(canonical);
  });

  it.each([
    // [unit on the obligation, recipient's unit, reaches?]
    ['省发改委', '省发展和改革委员会', 'unit'],
    ['各设区市政府', '舟山市人民政府', 'group'],
    ['各设区市', '杭州市政府', 'group'],
    ['各设区市政府', '省财政厅', null],
    ['省级有关单位', '省数据管理中心', 'group'],
    ['省政府直属各单位', '省财政厅', 'group'],
    ['省级有关单位', '杭州市政府', null],
    ['各市、县(市、区)政府', '绍兴市政府', 'group'],
    ['各市、县(市、区)政府', '诸暨市人民政府', 'group'],
    ['各市、县(市、区)政府', '省财政厅', null],
    ['省财政厅', '省教育厅', null],
  ])('%s reaches a recipient of %s: %s', (obligationUnit, recipientUnit, via) => {
    expect(units.reach(obligationUnit, recipientUnit)?.via ?? null).toBe(via);
  });

  it('lists every name under which a unit is reached, groups included', () => {
    const names = units.namesReaching('省发改委');
    expect(names).toEqual(expect.arrayContaining(['省发展改革委', '省发改委', '省级有关单位', '省政府直属各单位']));
    expect(names).not.toContain('各设区市政府');
  });

  it('a name claimed by two units is an error naming the file and entry', () => {
    const file = write('units.yaml', 'units:\n  - name: 省财政厅\n    aliases: [财政厅]\n  - name: 市财政局\n    aliases: [财政厅]\n');
    expect(() => loadUnitDirectory(path.dirname(file))).toThrow(/units\.yaml: units\[1\]: "财政厅" 已是 "省财政厅" 的名称/);
  });

  it('a bad pattern is an error naming file, line and entry', () => {
    const file = write('units.yaml', 'groups:\n  - name: 各地\n    pattern: "(unclosed"\n');
    expect(() => loadUnitDirectory(path.dirname(file))).toThrow(/units\.yaml:3: groups\[0\]\.pattern: 不是有效的正则表达式/);
  });
});

describe('recipients file', () => {
  it('reads the example file shipped in the repo', () => {
    const { recipients } = loadRecipients({ file: 'data/recipients.example.yaml', explicit: true });
    expect(recipients.length).toBeGreaterThan(1);
    for (const r of recipients) expect(r.id).toBe(r.name);
  });

  it('a missing default file means nobody to remind; a missing explicit one is an error', () => {
    expect(loadRecipients({ file: '/nonexistent/recipients.yaml', explicit: false })).toEqual({ recipients: [], missing: true });
    expect(() => loadRecipients({ file: '/nonexistent/recipients.yaml', explicit: true })).toThrow(InputError);
    expect(() => loadRecipients({ file: '/nonexistent/recipients.yaml', explicit: true })).toThrow('/nonexistent/recipients.yaml: 找不到文件');
  });

  it.each([
    ['recipients:\n  - name: 张三\n    email: not-an-email\n    units: [省财政厅]\n', /:3: recipients\[0\]\.email: 应为电子邮件地址/],
    ['recipients:\n  - name: 张三\n    units: [省财政厅]\n', /:2: recipients\[0\]: 需要 email 或 telegram/],
    ['recipients:\n  - name: 张三\n    email: a@b.cn\n    units: []\n', /:4: recipients\[0\]\.units: 至少要有一个单位/],
    ['recipients:\n  - name: 张三\n    email: a@b.cn\n    units: [x]\n  - name: 张三\n    telegram: 5\n    units: [y]\n', /:5: recipients\[1\]\.name: "张三" 出现了两次/],
    ['recipients:\n  - name: 张三\n    emial: a@b.cn\n    units: [x]\n', /recipients\[0\]: 出现未知的键\(key\): "emial"/],
    ['recipients: [\n', /不是有效的 YAML/],
    ['recipients:\n  - name: 张三\n    telegram: "@zhangsan"\n    units: [省财政厅]\n', /:3: recipients\[0\]\.telegram: 应为数字形式的 Telegram chat id/],
    ['recipients:\n  - name: 张三\n    telegram: 12.5\n    units: [省财政厅]\n', /:3: recipients\[0\]\.telegram: 应为数字形式的 Telegram chat id/],
    ['recipients:\n  - name: 张三\n    email: a@b.cn\n    units: 省财政厅\n', /:4: recipients\[0\]\.units: 应为单位名称的列表/],
    ['recipients:\n  name: 张三\n', /:2: recipients: 应为收件人列表/],
  ])('rejects a bad file with the entry and what is wrong (%#)', (text, message) => {
    const file = write('recipients.yaml', text);
    expect(() => loadRecipients({ file, explicit: true })).toThrow(message);
    expect(() => loadRecipients({ file, explicit: true })).toThrow(file);
  });

  it('takes a telegram chat id written as a string', () => {
    const file = write('recipients.yaml', 'recipients:\n  - name: 李四\n    telegram: "-100123"\n    units: [省财政厅]\n');
    expect(loadRecipients({ file, explicit: true }).recipients[0].telegram).toBe(-100123);
  });
});

describe('reminder policy file', () => {
  it.each([
    ['before: [30, -7]\n', /reminders\.yaml:1: before\[1\]: 提前天数不能为负数/],
    ['send_at: "9am"\n', /reminders\.yaml:1: send_at: a time HH:MM \(Asia\/Shanghai\)/],
    ['overdue:\n  first: 1\n  evry: 7\n', /reminders\.yaml:2: overdue: 出现未知的键\(key\): "evry"/],
    ['overdue:\n  first: 1\n  every: 0\n', /reminders\.yaml:3: overdue\.every: 应为至少 1 天/],
  ])('a bad policy stops start-up with file, line, entry and what is wrong (%#)', (text, message) => {
    const file = write('reminders.yaml', text);
    expect(() => loadPolicy(path.dirname(file))).toThrow(message);
  });
});
