import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFUSAL } from '../../src/bot/access.ts';
import { COMMANDS } from '../../src/bot/help.ts';
import { MESSAGE_LIMIT } from '../../src/bot/render.ts';
import { ADMIN, ALICE, BOB, BotHarness, GROUP, STRANGER, obligation } from './harness.ts';

// "Now" is 2018-06-13 09:00 in Shanghai, a Wednesday.
const ledger = [
  obligation({ task: '完成全省财政数据归集', due: '2018-06-30', lead: ['省财政厅'] }),
  obligation({ task: '召开专题会议部署数据共享', due: '2018-06-22', lead: ['省财政厅'], co: ['省发改委'], line: 11 }),
  obligation({ task: '上报预算执行情况', due: '2018-06-01', lead: ['省财政厅'], line: 12 }),
  obligation({ task: '报送重大项目清单', due: '2018-06-20', lead: ['省发展和改革委员会'], line: 13 }),
  obligation({ task: '建立数据共享工作机制', due: '2018-07-10', lead: ['各设区市政府'], line: 14 }),
  obligation({ task: '完成年度资金清算', due: '2019-02-15', lead: ['省财政厅'], line: 15, expression: '2019年2月15日前' }),
  obligation({
    kind: 'recurring',
    due: null,
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=10',
    start: '2018-01-01',
    expression: '每月10日前',
    task: '报送财政统计数据',
    lead: ['省财政厅'],
    line: 16,
  }),
  obligation({
    kind: 'sla',
    due: null,
    within: { days: 3, workdays: true, after: '收到申请材料' },
    expression: '收到申请材料起3个工作日内',
    task: '办结资金拨付申请',
    lead: ['省财政厅'],
    line: 17,
  }),
  obligation({
    task: '印发实施细则',
    due: '2018-08-31',
    lead: ['省财政厅'],
    line: 30,
    doc: { number: '浙财发〔2018〕7号', title: '关于进一步加强资金管理的通知', issued: '2018-03-01' },
  }),
];

let h: BotHarness;
beforeEach(async () => {
  h = await new BotHarness().start();
  h.load(ledger);
});
afterEach(async () => {
  await h.stop();
});

/** The text of the one reply the last command produced. */
async function ask(chat: number, text: string): Promise<string> {
  return (await h.reply(chat, text)).text;
}

describe('/help and /start', () => {
  it('lists every registered command with examples', async () => {
    const text = await ask(ALICE, '/help');
    for (const { command } of COMMANDS) expect(text).toContain(`/${command}`);
    expect(text).toContain('6月底前省财政厅要做什么');
    expect(text).toContain('/upcoming 7');
    expect(h.standin.callsOf('sendMessage')[0].payload.parse_mode).toBe('HTML');
    expect(await ask(BOB, '/start')).toBe(`本会话编号:<code>${BOB}</code>\n\n${text}`);
  });
});

describe('access control', () => {
  it('refuses a stranger once, politely, with nothing from the ledger', async () => {
    await h.say(STRANGER, '/upcoming');
    await h.say(STRANGER, '/unit 省财政厅');
    await h.say(STRANGER, '本月到期');
    await h.press(STRANGER, 'pg:1:f:8', 5);
    const replies = h.replies(STRANGER);
    expect(replies).toEqual([`${REFUSAL}${STRANGER}`]);
    expect(h.standin.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(h.standin.callsOf('editMessageText')).toHaveLength(0);
  });

  it('lets in chats from the allow-list, the recipients file and the admin list', async () => {
    for (const chat of [ALICE, BOB, ADMIN]) expect(await ask(chat, '/mine')).not.toContain(REFUSAL);
  });
});

describe('/subscribe, /unsubscribe, /mine', () => {
  it('ties the chat to the canonical unit an alias names, and unties it', async () => {
    expect(await ask(ALICE, '/mine')).toContain('还没有关注任何单位');
    expect(await ask(ALICE, '/subscribe 省财政')).toBe('已订阅 <b>省财政厅</b>(即“省财政”):本会话将收到该单位的到期提醒。');
    expect(await ask(ALICE, '/subscribe 省财政厅')).toContain('已订阅 <b>省财政厅</b>。');
    expect(await ask(ALICE, '/mine')).toBe('本会话关注的单位:\n• 省财政厅');
    expect(await ask(ALICE, '/unsubscribe 省财政厅')).toBe('已取消订阅 <b>省财政厅</b>。');
    expect(await ask(ALICE, '/unsubscribe 省财政厅')).toContain('未订阅');
    expect(await ask(ALICE, '/mine')).toContain('还没有关注任何单位');
  });

  it('shows units from the recipients file, and says they are not the bot’s to remove', async () => {
    expect(await ask(BOB, '/mine')).toBe('本会话关注的单位:\n• 省发展改革委(收件人名单)');
    expect(await ask(BOB, '/unsubscribe 省发改委')).toContain('还登记在收件人名单中');
  });

  it('lets an admin subscribe another chat, and nobody else', async () => {
    expect(await ask(BOB, `/subscribe 省财政厅 ${ALICE}`)).toBe('只有管理员可以为其他会话订阅或取消订阅。');
    expect(await ask(ADMIN, `/subscribe 省财政厅 ${ALICE}`)).toContain(`会话 ${ALICE}将收到`);
    expect(await ask(ALICE, '/mine')).toContain('省财政厅');
  });

  it('asks for a unit when none is given', async () => {
    expect(await ask(ALICE, '/subscribe')).toContain('请写明单位名称');
  });

  it('refuses a misspelt unit with the nearest known names, though a group pattern matches it', async () => {
    expect(await ask(ALICE, '/subscribe 省财政听')).toBe(
      '不认识“省财政听”这个单位(既不在单位词典 rules/units.yaml 中,也未出现在台账里)。最接近的有:省财政厅、省财政',
    );
    expect(await ask(ALICE, '/mine')).toContain('还没有关注任何单位');
    expect(await ask(ADMIN, `/subscribe 火星局 ${ALICE}`)).toMatch(/^不认识“火星局”这个单位.*请用单位全称/);
  });
});

describe('/upcoming', () => {
  it('lists what my units must do in the next 30 days, soonest first, with days left, lead unit and 文号', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const text = await ask(ALICE, '/upcoming');
    expect(text).toContain('今后 30 天到期</b>(2018-06-13 至 2018-07-12,省财政厅)');
    const order = ['召开专题会议部署数据共享', '完成全省财政数据归集', '报送财政统计数据'].map((t) => text.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('<b>2018-06-22</b> · 还有 9 天');
    expect(text).toContain('<b>2018-07-10</b> · 还有 27 天');
    expect(text).toContain('牵头:省财政厅;配合:省发改委 · 浙政办发〔2018〕1号 · 出处:gazette.txt 第11行');
    // not mine, past, or beyond 30 days
    for (const other of ['报送重大项目清单', '上报预算执行情况', '印发实施细则', '完成年度资金清算']) expect(text).not.toContain(other);
  });

  it('follows a corrected re-import: a moved due date, a withdrawn duty', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const corrected = ledger
      .filter((o) => o.task !== '召开专题会议部署数据共享')
      .map((o) => (o.task === '完成全省财政数据归集' ? { ...o, due: '2018-07-05', expression: '2018年7月5日前' } : o));
    h.load(corrected);
    const text = await ask(ALICE, '/upcoming');
    expect(text).toContain('<b>2018-07-05</b> · 还有 22 天');
    expect(text).not.toContain('2018-06-30');
    expect(text).not.toContain('召开专题会议部署数据共享');
  });

  it('takes a number of days, and says when nothing is due', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    expect(await ask(ALICE, '/upcoming 5')).toContain('这段时间没有到期事项');
    expect(await ask(ALICE, '/upcoming 90')).toContain('印发实施细则');
    expect(await ask(ALICE, '/upcoming abc')).toContain('天数应为整数');
    const tooMany = await ask(ALICE, '/upcoming 100000');
    expect(tooMany).toContain('天数最多 3660');
    expect(tooMany).not.toContain('应为整数');
  });

  it('reaches a unit through its alias and its groups', async () => {
    const bob = await ask(BOB, '/upcoming');
    expect(bob).toContain('报送重大项目清单');
    await ask(ALICE, '/subscribe 杭州市人民政府');
    expect(await ask(ALICE, '/upcoming')).toContain('建立数据共享工作机制');
  });

  it('asks a chat with no units to subscribe; shows an admin every unit', async () => {
    expect(await ask(ALICE, '/upcoming')).toContain('/subscribe');
    const admin = await ask(ADMIN, '/upcoming');
    for (const t of ['完成全省财政数据归集', '报送重大项目清单', '建立数据共享工作机制']) expect(admin).toContain(t);
    expect(admin).toContain('全部单位');
  });
});

describe('/overdue and /done', () => {
  it('lists what is past due and open, and /done takes it off with who and when', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const overdue = await ask(ALICE, '/overdue');
    expect(overdue).toContain('上报预算执行情况');
    expect(overdue).toContain('<b>2018-06-01</b> · ❗ 已逾期 12 天');
    expect(overdue).toContain('报送财政统计数据'); // the 06-10 occurrence
    const ref = /<b>2018-06-01<\/b>[^\n]*<code>([0-9a-f]{8})<\/code>/.exec(overdue)![1];

    expect(await ask(ALICE, `/done ${ref} 已于6月5日报送`)).toBe('✅ 已标记完成(省财政厅),不再提醒:<b>2018-06-01</b> 上报预算执行情况\n说明:已于6月5日报送');
    expect(await ask(ALICE, `/done ${ref}`)).toContain('早已标记完成');
    expect(await ask(ALICE, '/overdue')).not.toContain('上报预算执行情况');
    const unit = await ask(ALICE, '/unit 省财政厅');
    expect(unit).toContain('✅ 已完成(张 三 @user1001 (telegram 1001) 2018-06-13)');
    expect(unit).toContain('说明:已于6月5日报送');
  });

  it('marks one occurrence of a recurring duty, the open one unless a date is named', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const overdue = await ask(ALICE, '/overdue');
    const ref = /<code>([0-9a-f]{8}-20180610)<\/code>/.exec(overdue)![1];
    expect(await ask(ALICE, `/done ${ref.slice(0, 8)}`)).toContain('<b>2018-06-10</b> 报送财政统计数据');
    expect(await ask(ALICE, '/overdue')).not.toContain('报送财政统计数据');
    // now the duty is listed at its next occurrence
    expect(await ask(ALICE, '/upcoming')).toContain(`<code>${ref.slice(0, 8)}-20180710</code>`);
  });

  it('refuses an unknown 编号, and one of a unit that is not mine', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    expect(await ask(ALICE, '/done')).toContain('请写明编号');
    const notACode = await ask(ALICE, '/done zzzz 已完成');
    expect(notACode).toContain('“zzzz”不是有效的编号');
    expect(notACode).not.toContain('请写明编号');
    expect(await ask(ALICE, '/done 00000000')).toContain('没有编号为 00000000 的事项');
    const bob = await ask(BOB, '/upcoming');
    const ref = /<code>([0-9a-f]{8})<\/code>/.exec(bob)![1];
    expect(await ask(ALICE, `/done ${ref}`)).toContain('不属于本会话关注的单位');
  });
});

describe('/unit, /doc, /search', () => {
  it('/unit lists everything for a unit, its aliases and groups resolved', async () => {
    const text = await ask(ALICE, '/unit 省财政');
    expect(text).toContain('省财政厅 的全部事项');
    for (const t of ['上报预算执行情况', '完成年度资金清算', '报送财政统计数据', '办结资金拨付申请']) expect(text).toContain(t);
    expect(text).toContain('<b>收到申请材料起3个工作日内</b>');
    expect(await ask(ALICE, '/unit 杭州市政府')).toContain('建立数据共享工作机制');
    expect(await ask(ALICE, '/unit 不存在的单位')).toContain('不认识“不存在的单位”这个单位');
    // Known from the dictionary, nothing in the ledger.
    expect(await ask(ALICE, '/unit 宁波市人民政府')).toContain('不认识');
    expect(await ask(ALICE, '/unit 宁波市政府')).toContain('建立数据共享工作机制');
    // A misspelling the 省 pattern matches shows nothing of the real unit's items.
    const misspelt = await ask(ALICE, '/unit 省财政局');
    expect(misspelt).toMatch(/^不认识“省财政局”这个单位.*最接近的有:省财政厅/);
    expect(misspelt).not.toContain('完成全省财政数据归集');
  });

  it('/doc lists one document, whether its brackets are typed 〔〕 or []', async () => {
    const text = await ask(ALICE, '/doc 浙财发[2018]7号');
    expect(text).toContain('<b>浙财发〔2018〕7号</b> 关于进一步加强资金管理的通知');
    expect(text).toContain('印发实施细则');
    expect(text).not.toContain('完成全省财政数据归集');
    expect(await ask(ALICE, '/doc 浙政办发〔2099〕1号')).toContain('没有这个文号');
  });

  it('/search finds tasks and documents', async () => {
    const text = await ask(ALICE, '/search 统计数据');
    expect(text).toContain('报送财政统计数据');
    expect(text).not.toContain('完成全省财政数据归集');
    expect(await ask(ALICE, '/search 资金管理')).toContain('印发实施细则');
    expect(await ask(ALICE, '/search')).toContain('请写明要查的内容');
  });
});

describe('free questions', () => {
  it('下周有什么要完成的: next week, my units', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const text = await ask(ALICE, '下周有什么要完成的');
    expect(text).toContain('2018-06-18 至 2018-06-24');
    expect(text).toContain('召开专题会议部署数据共享');
    expect(text).not.toContain('完成全省财政数据归集');
  });

  it('6月底前省财政厅要做什么: up to June 30, the unit named', async () => {
    const text = await ask(BOB, '6月底前省财政厅要做什么');
    expect(text).toContain('2018-06-13 至 2018-06-30,省财政厅');
    expect(text).toContain('召开专题会议部署数据共享');
    expect(text).toContain('完成全省财政数据归集');
    expect(text).not.toContain('报送重大项目清单');
  });

  it('本月到期: this month, overdue ones included', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const text = await ask(ALICE, '本月到期');
    expect(text).toContain('2018-06-01 至 2018-06-30');
    for (const t of ['上报预算执行情况', '召开专题会议部署数据共享', '完成全省财政数据归集']) expect(text).toContain(t);
  });

  it('明年一季度: the first quarter of next year', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const text = await ask(ALICE, '明年一季度');
    expect(text).toContain('2019-01-01 至 2019-03-31');
    expect(text).toContain('完成年度资金清算');
    expect(text).toContain('<b>2019-03-10</b>'); // the monthly report's occurrences
  });

  it('a unit alone lists the unit; other words search', async () => {
    expect(await ask(ALICE, '省发改委有什么任务')).toContain('报送重大项目清单');
    expect(await ask(ALICE, '实施细则')).toContain('检索“实施细则”');
  });

  it('in a group chat, answers commands but leaves people’s talk alone', async () => {
    await h.say(GROUP, '下周有什么要完成的', ALICE);
    await h.say(GROUP, '/frobnicate', ALICE);
    expect(h.replies(GROUP)).toEqual([]);
    await h.say(GROUP, '/subscribe 省财政厅', ALICE);
    expect(h.replies(GROUP)).toEqual(['已订阅 <b>省财政厅</b>:本会话将收到该单位的到期提醒。']);
  });

  it('reads ordinary phrases: 下下周, 月底前要交什么, and a greeting is answered with the help', async () => {
    await ask(ALICE, '/subscribe 省财政厅');
    const weekAfterNext = await ask(ALICE, '下下周有什么要完成的');
    expect(weekAfterNext).toContain('2018-06-25 至 2018-07-01');
    const monthEnd = await ask(ALICE, '月底前要交什么');
    expect(monthEnd).toContain('2018-06-13 至 2018-06-30');
    expect(monthEnd).toContain('完成全省财政数据归集');
    expect(await ask(ALICE, '6月底前省财政厅要报送什么')).toContain('召开专题会议部署数据共享');
    for (const hello of ['你好', '您好!', '谢谢']) {
      const reply = await ask(ALICE, hello);
      expect(reply).toContain('时限 · 到期事项提醒');
      expect(reply).not.toContain('检索');
    }
  });

  it('says what it did not understand', async () => {
    expect(await ask(ALICE, '?')).toContain('没听懂');
    expect(await ask(ALICE, '下周火星局要做什么')).toContain('不认识“火星局”');
    expect(await ask(ALICE, '/frobnicate')).toContain('没有这个命令');
  });
});

describe('paging', () => {
  it('pages a long list with buttons, whole items only, never over the limit', async () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      obligation({
        task: `第${i + 1}项任务:${'推进政务数据共享和业务协同,'.repeat(20)}完`,
        due: `2018-${String(7 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        lead: ['宁波市政府'],
        line: 100 + i,
        doc: { number: '甬政发〔2018〕9号', title: '宁波任务', issued: '2018-02-01' },
      }),
    );
    h.load(many, 'ningbo.txt');
    // 宁波市政府 is also reached through 各设区市政府: one more item, due 2018-07-10 among them
    await ask(ALICE, '/subscribe 宁波市政府');
    await h.say(ALICE, '/upcoming 365');

    const seen: string[] = [];
    let page = h.lastReply(ALICE);
    for (let guard = 0; guard < 20; guard++) {
      expect(page.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      // every item on the page is whole: its task runs to the end mark
      const tasks = [...page.text.matchAll(/第(\d+)项任务:[^\n]*/g)];
      expect(page.text.split('</code>').length - 1).toBeGreaterThan(0);
      for (const t of tasks) expect(t[0].endsWith('完')).toBe(true);
      seen.push(...tasks.map((t) => t[1]));
      const next = page.buttons.flat().indexOf('下一页 »');
      if (next < 0) break;
      const sent = h.standin.callsOf('sendMessage')[0];
      await h.press(ALICE, page.data.flat()[next], Number(sent.payload.message_id ?? 1000));
      page = h.lastReply(ALICE);
      expect(page.method).toBe('editMessageText');
      expect(page.buttons.flat()).toContain('« 上一页');
    }
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => String(i + 1)));
    expect(page.text).toContain('共 46 条');

    // and back to the start
    for (let guard = 0; guard < 20 && page.buttons.flat().includes('« 上一页'); guard++) {
      await h.press(ALICE, page.data.flat()[page.buttons.flat().indexOf('« 上一页')], 1000);
      page = h.lastReply(ALICE);
      expect(page.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
    expect(page.text).toContain('第1项任务');
    expect(page.text).toContain('第 1–');
  });

  it('takes a double tap (Telegram refuses an edit that changes nothing) and still answers the button', async () => {
    await ask(ADMIN, '/upcoming 400');
    const first = h.lastReply(ADMIN);
    const next = first.data.flat().find((d) => d.includes(':f:'))!;
    h.standin.failNext('editMessageText', { error_code: 400, description: 'Bad Request: message is not modified' });
    await h.press(ADMIN, next, 1000);
    expect(h.standin.callsOf('answerCallbackQuery')).toHaveLength(1);
  });

  it('answers a button whose list is gone without touching the message', async () => {
    await h.press(ALICE, 'pg:999:f:8', 1000);
    expect(h.standin.callsOf('answerCallbackQuery')[0].payload.text).toContain('已过期');
    expect(h.standin.callsOf('editMessageText')).toHaveLength(0);
  });
});

describe('escaping', () => {
  it('escapes hostile text from documents for HTML, and Telegram accepts nothing unescaped', async () => {
    h.load(
      [
        obligation({
          task: '<b>加粗</b> & <a href="x">链接</a> _*[]()~`>#+-=|{}.!',
          due: '2018-06-25',
          lead: ['省财政厅<script>'],
          co: [],
          doc: { number: '浙政发〔2017〕31号<i>', title: '<b>标题</b>', issued: '2017-05-01' },
        }),
      ],
      'hostile.txt',
    );
    const text = await ask(ADMIN, '/search 加粗');
    expect(text).toContain('&lt;b&gt;加粗&lt;/b&gt; &amp; &lt;a href="x"&gt;链接&lt;/a&gt; _*[]()~`&gt;#+-=|{}.!');
    expect(text).toContain('牵头:省财政厅&lt;script&gt; · 浙政发〔2017〕31号&lt;i&gt;');
    // the only tags are the bot's own
    const tags = [...text.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['b', 'code']));
    const doc = await ask(ADMIN, '/doc 浙政发[2017]31号<i>');
    expect(doc).toContain('&lt;b&gt;标题&lt;/b&gt;');
  });
});

describe('completion is per unit', () => {
  it('a unit\'s /done closes the duty for itself only; the lead\'s also for its co-operating units; lists say who reported', async () => {
    h.load([
      ...ledger,
      obligation({ task: '完成省本级对接工作', due: '2018-06-30', lead: ['省级单位'], line: 40 }),
      obligation({ task: '建设统一公共支付平台', due: '2018-06-28', lead: ['省发改委'], co: ['省财政厅'], line: 41 }),
    ]);
    await ask(ALICE, '/subscribe 省财政厅'); // BOB answers for 省发展改革委 (recipients file)
    const refOf = (text: string, task: string) => new RegExp(`<code>([0-9a-f]{8})</code>\\n${task}`).exec(text)![1];
    const alice = await ask(ALICE, '/upcoming 20');
    // the reader's own part beside the lead
    expect(alice).toContain('建设统一公共支付平台\n本单位配合 · 牵头:省发改委');
    expect(alice).toContain('完成省本级对接工作\n本单位牵头 · 牵头:省级单位');

    // a member of the group lead reports its own part
    expect(await ask(ALICE, `/done ${refOf(alice, '完成省本级对接工作')}`)).toContain('✅ 已标记完成(省财政厅)');
    expect(await ask(ALICE, '/upcoming 20')).toMatch(/2018-06-30<\/b> · ✅ 已完成[^\n]*\n完成省本级对接工作/);
    const bob = await ask(BOB, '/upcoming 20');
    expect(bob).toMatch(/2018-06-30<\/b> · 还有 17 天[^\n]*\n完成省本级对接工作\n[^\n]*\n已报完成:省财政厅\(2018-06-13\)/);

    // the lead's done closes it for 省财政厅, which co-operates
    expect(await ask(BOB, `/done ${refOf(bob, '建设统一公共支付平台')}`)).toContain('✅ 已标记完成(省发展改革委)');
    expect(await ask(ALICE, '/upcoming 20')).toMatch(/2018-06-28<\/b> · ✅ 已完成[^\n]*\n建设统一公共支付平台/);
  });

  it('a co-operating unit\'s /done leaves the lead reminded', async () => {
    h.load([...ledger, obligation({ task: '建设统一公共支付平台', due: '2018-06-28', lead: ['省发改委'], co: ['省财政厅'], line: 41 })]);
    await ask(ALICE, '/subscribe 省财政厅');
    const alice = await ask(ALICE, '/upcoming 20');
    const ref = new RegExp('<code>([0-9a-f]{8})</code>\\n建设统一公共支付平台').exec(alice)![1];
    await ask(ALICE, `/done ${ref}`);
    expect(await ask(BOB, '/upcoming 20')).toMatch(/2018-06-28<\/b> · 还有 15 天[^\n]*\n建设统一公共支付平台/);
  });
});

