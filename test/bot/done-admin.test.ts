import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, ALICE, BOB, BotHarness, obligation } from './harness.ts';

/**
 * An admin who answers for no unit marks a duty done for a unit they name, or is asked which (one
 * button per unit the duty names); closing it for every unit at once is a choice they make on
 * purpose (全部单位), never what a bare /done does.
 */

// "Now" is 2018-06-13 09:00 in Shanghai.
const ledger = [
  obligation({ task: '建设统一公共支付平台', due: '2018-06-28', lead: ['省发改委'], co: ['省财政'], line: 10 }),
  obligation({ task: '完成财政数据归集', due: '2018-06-30', lead: ['省财政厅'], line: 11 }),
  obligation({ task: '建立数据共享工作机制', due: '2018-07-10', lead: ['各设区市政府'], line: 12 }),
  obligation({ task: '完成省本级对接工作', due: '2018-06-30', lead: ['省级单位'], line: 13 }),
];

let h: BotHarness;
beforeEach(async () => {
  h = await new BotHarness().start();
  h.load(ledger);
});
afterEach(async () => {
  await h.stop();
});

/** The one reply the last message produced. */
const ask = (chat: number, text: string) => h.reply(chat, text);

/** The 编号 of a task in the admin's list of everything. */
async function refOf(task: string): Promise<string> {
  const { text } = await ask(ADMIN, '/upcoming 60');
  return new RegExp(`<code>([0-9a-f]{8})</code>\\n${task}`).exec(text)![1];
}

/** Units with a done report for an obligation, as the ledger keeps them. */
function reportedUnits(task: string): string[] {
  return h.db
    .prepare('SELECT d.unit FROM done_occurrences d JOIN obligations o ON o.id = d.obligation_id WHERE o.task = ? ORDER BY d.unit')
    .pluck()
    .all(task) as string[];
}

/** Presses the button labelled `label` under the bot's message. */
async function press(message: { buttons: string[][]; data: string[][] }, label: string, chat = ADMIN): Promise<void> {
  const row = message.buttons.findIndex((r) => r.includes(label));
  await h.press(chat, message.data[row][message.buttons[row].indexOf(label)], 1000);
}

describe("an admin's /done", () => {
  it('with no unit asks which, one button per unit; the press closes it for that unit alone', async () => {
    const ref = await refOf('建设统一公共支付平台');
    const asked = await ask(ADMIN, `/done ${ref} 已完成建设`);
    expect(asked.text).toContain('为哪个单位标记完成?<b>2018-06-28</b> 建设统一公共支付平台');
    expect(asked.text).toContain('牵头:省发改委;配合:省财政');
    expect(asked.buttons.flat()).toEqual(['省发展改革委', '省财政厅', '全部单位(整项办结)']);
    expect(reportedUnits('建设统一公共支付平台')).toEqual([]);

    await press(asked, '省财政厅');
    const edited = h.standin.messages().at(-1)!;
    expect(edited.method).toBe('editMessageText');
    expect(edited.text).toBe('✅ 已标记完成(省财政厅),不再提醒:<b>2018-06-28</b> 建设统一公共支付平台\n说明:已完成建设');
    expect(edited.buttons).toEqual([]);
    expect(reportedUnits('建设统一公共支付平台')).toEqual(['省财政厅']);
    // the lead is still reminded: its own part is open
    expect((await ask(BOB, '/upcoming 20')).text).toMatch(/2018-06-28<\/b> · 还有 15 天[^\n]*\n建设统一公共支付平台/);
  });

  it('naming the unit (an alias too) marks it for that unit, with the note after it', async () => {
    const ref = await refOf('建设统一公共支付平台');
    expect((await ask(ADMIN, `/done ${ref} 省财政 已于6月10日配合完成`)).text).toBe(
      '✅ 已标记完成(省财政厅),不再提醒:<b>2018-06-28</b> 建设统一公共支付平台\n说明:已于6月10日配合完成',
    );
    expect(reportedUnits('建设统一公共支付平台')).toEqual(['省财政厅']);
    expect((await ask(ADMIN, `/done ${ref} 省财政厅`)).text).toContain('这一期早已标记完成(省财政厅)');
  });

  it('refuses a unit the duty does not name, and a group, which is no one unit', async () => {
    const ref = await refOf('建设统一公共支付平台');
    expect((await ask(ADMIN, `/done ${ref} 杭州市政府`)).text).toBe('这个事项不涉及杭州市政府(牵头:省发改委;配合:省财政),没有标记。');
    const group = await refOf('建立数据共享工作机制');
    expect((await ask(ADMIN, `/done ${group} 各设区市政府`)).text).toBe('“各设区市政府”是单位统称,各单位分别报完成:请写明其中哪个单位,例如:/done ' + group + ' 杭州市政府');
    expect(reportedUnits('建立数据共享工作机制')).toEqual([]);
    // its listed members are offered
    const asked = await ask(ADMIN, `/done ${group}`);
    expect(asked.buttons.flat()).toEqual(['杭州市政府', '宁波市政府', '全部单位(整项办结)']);
    expect((await ask(ADMIN, `/done ${group} 宁波市政府`)).text).toContain('✅ 已标记完成(宁波市政府)');
    expect(reportedUnits('建立数据共享工作机制')).toEqual(['宁波市政府']);
  });

  it('a duty of one unit is marked for it at once; a group known by a pattern asks for the name', async () => {
    expect((await ask(ADMIN, `/done ${await refOf('完成财政数据归集')}`)).text).toContain('✅ 已标记完成(省财政厅)');
    const asked = await ask(ADMIN, `/done ${await refOf('完成省本级对接工作')}`);
    expect(asked.text).toContain('“省级单位”中的单位请直接写明名称');
    expect(asked.buttons.flat()).toEqual(['全部单位(整项办结)']);
    expect(reportedUnits('完成省本级对接工作')).toEqual([]);
  });

  it('closes it for every unit only when asked to, by 全部单位', async () => {
    const ref = await refOf('建设统一公共支付平台');
    expect((await ask(ADMIN, `/done ${ref} 全部单位 项目已撤销`)).text).toBe('✅ 已标记完成(全部单位),不再提醒:<b>2018-06-28</b> 建设统一公共支付平台\n说明:项目已撤销');
    expect(reportedUnits('建设统一公共支付平台')).toEqual(['*']);
    expect((await ask(BOB, '/upcoming 20')).text).toMatch(/2018-06-28<\/b> · ✅ 已完成[^\n]*\n建设统一公共支付平台/);
  });

  it('a chat with units may name one of its own, not another, nor 全部单位; a stale button says so', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const ref = await refOf('建设统一公共支付平台');
    expect((await ask(ALICE, `/done ${ref} 省发改委`)).text).toBe('本会话不代表省发展改革委(本会话的单位:省财政厅),没有标记。');
    expect((await ask(ALICE, `/done ${ref} 全部单位`)).text).toContain('只有不代表具体单位的管理员');
    expect(reportedUnits('建设统一公共支付平台')).toEqual([]);
    const asked = await ask(ADMIN, `/done ${ref}`);
    await press(asked, '省发展改革委', ALICE);
    expect(h.standin.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('这个选择已过期,请重新发送 /done 编号 单位名称。');
    expect(reportedUnits('建设统一公共支付平台')).toEqual([]);
  });
});
