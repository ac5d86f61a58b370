import fs from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { InputError } from '../errors.ts';
import type { DigestView } from './digest-view.ts';

/** The email templates under templates/email/, read and parsed once at start so a broken one stops start-up. */
export interface EmailTemplates {
  subject: string;
  text: string;
  html: string;
}

/** Reads a Mustache template, checked at start so a broken one stops the service, not a send. */
export function readTemplate(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`无法读取模板: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, file);
  }
  try {
    Mustache.parse(text);
  } catch (err) {
    throw new InputError(`不是有效的 Mustache 模板: ${(err as Error).message}`, file);
  }
  return text;
}

export function loadEmailTemplates(templatesDir: string): EmailTemplates {
  const read = (name: string) => readTemplate(path.join(templatesDir, 'email', name));
  return { subject: read('subject.txt'), text: read('digest.txt'), html: read('digest.html') };
}

const verbatim = { escape: (s: string) => s };

/** Renders a digest. Only the HTML part escapes (Mustache's {{ }} escapes &<>"'/`=): every text from documents goes through it. */
export function renderEmail(templates: EmailTemplates, view: DigestView): { subject: string; text: string; html: string } {
  return {
    subject: Mustache.render(templates.subject, view, {}, verbatim).replace(/\s+/g, ' ').trim(),
    text: Mustache.render(templates.text, view, {}, verbatim),
    html: Mustache.render(templates.html, view),
  };
}
