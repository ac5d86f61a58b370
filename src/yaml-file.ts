import fs from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import { InputError } from './errors.ts';
import './zod-chinese.ts';

/**
 * Reads a YAML file and validates it with a zod schema. Every failure is an InputError naming the
 * file, the line, the entry (e.g. `recipients[2].email`) and what is wrong, so a bad rules or
 * recipients file stops start-up with one readable line.
 */
export function readYamlFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(unreadable(err as NodeJS.ErrnoException), file);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(`不是有效的 YAML:${e.message.split('\n')[0]}`, file, e.linePos?.[0].line);
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const entry = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  // Point at the deepest node that exists on the issue's path.
  let line: number | undefined;
  for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
    const node = doc.getIn(issue.path.slice(0, n) as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) line = lineCounter.linePos(node.range[0]).line;
  }
  throw new InputError(`${entry || '(顶层)'}: ${issue.message}`, file, line);
}

/** Why a file could not be read, in words for the person who named it. */
function unreadable(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return '找不到文件';
    case 'EISDIR':
      return '这是文件夹,不是文件';
    case 'EACCES':
    case 'EPERM':
      return '没有读取这个文件的权限';
    default:
      return `无法读取:${err.code ?? err.message}`;
  }
}
