import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmailTemplates, readTemplate } from '../../src/notify/templates.ts';

/** A broken template stops start-up with a message a person can act on: the file and what is wrong, in Chinese. */
describe('email templates are checked when read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-templates-'));

  it.each([
    ['an unclosed section', '{{#items}}\n{{task}}\n', /不是有效的 Mustache 模板/],
    ['a section closed by another name', '{{#items}}{{/units}}', /不是有效的 Mustache 模板/],
  ])('refuses %s, naming the file', (_, text, message) => {
    const file = path.join(dir, 'broken.txt');
    fs.writeFileSync(file, text);
    expect(() => readTemplate(file)).toThrow(message);
    expect(() => readTemplate(file)).toThrow(file);
  });

  it('refuses a missing file by name', () => {
    const file = path.join(dir, 'missing.txt');
    expect(() => readTemplate(file)).toThrow(`${file}: 无法读取模板: ENOENT`);
  });

  it('reads the shipped templates', () => {
    const t = loadEmailTemplates('templates');
    expect(t.subject.length).toBeGreaterThan(0);
    expect(t.html).toContain('{{');
  });
});
