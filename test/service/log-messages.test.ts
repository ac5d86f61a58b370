import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../fixtures/english.ts';

/**
 * Operators read the service's log: every message is Chinese (the structured fields keep their keys,
 * which log queries use). Each call of a logger in src/ is found in the source, so a message that no
 * test happens to log is checked too.
 */
const root = path.resolve(import.meta.dirname, '../..');
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
/** Proper names a log message may use as they are. */
const NAMES = ['Telegram', 'webhook', 'shixian', 'outbox', 'retry', 'rejected'];

/** The text of a message argument, with each `${…}` as an ellipsis; null when it is not text. */
function messageText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join('');
  return null;
}

function logCalls(): Array<{ at: string; message: string | null }> {
  const files = fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const calls: Array<{ at: string; message: string | null }> = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, 'src', file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        LEVELS.has(node.expression.name.text) &&
        /(?:^|\.)logger$/.test(node.expression.expression.getText(source))
      ) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        calls.push({ at: `src/${file}:${line}`, message: messageText(node.arguments[node.arguments.length - 1]) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

const calls = logCalls();

describe('log messages', () => {
  it('are found in the source (the scan sees the service’s logging)', () => {
    expect(calls.length).toBeGreaterThanOrEqual(40);
  });

  it.each(calls)('$at is a Chinese sentence with no English in it but names', ({ message }) => {
    expect(message).not.toBeNull();
    expect(message).toMatch(/\p{Script=Han}/u);
    expect(englishWords(message!, NAMES)).toEqual([]);
  });
});

describe('englishWords', () => {
  it.each([
    ['收件箱:公报已导入', []],
    ['没有收件人文件(可参照 data/recipients.example.yaml 编写)', []],
    ['未设置 TELEGRAM_BOT_TOKEN,到 nextTryAt 时重试,超出 catch_up_days', []],
    ['--format <格式> 输出格式 (可选值: "table", "jsonl")', []],
    ['服务地址(默认 http://localhost:PORT)', []],
    ['例如 2018-06-23T09:00+08:00(默认取 SHIXIAN_NOW)', []],
    ['scheduler pass failed', ['scheduler', 'pass', 'failed']],
    ['Telegram bot 已启动', ['bot']],
    ['calendar-url 命令', ['calendar-url']],
    ['display help for command', ['display', 'help', 'for', 'command']],
    ['机器人 is set.', ['is', 'set']],
  ])('%s → %j', (text, english) => {
    expect(englishWords(text, ['Telegram'])).toEqual(english);
  });
});
