import fs from 'node:fs';
import type { Logger } from 'pino';
import * as z from 'zod';
import { InputError } from '../errors.ts';
import { readYamlFile } from '../yaml-file.ts';

/** A person, the units they answer for, and where to reach them. */
export const Recipient = z
  .object({
    name: z.string({ error: '应为姓名(文字)' }).trim().min(1, '姓名不能为空'),
    email: z.email('应为电子邮件地址,如 zhangsan@example.gov.cn').optional(),
    telegram: z
      .union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)], {
        error: '应为数字形式的 Telegram chat id,如 123456789 或 -1001234567890(向机器人发送 /start 可得)',
      })
      .optional(),
    units: z
      .array(z.string({ error: '单位名称应为文字' }).trim().min(1, '单位名称不能为空'), { error: '应为单位名称的列表,如 [省财政厅, 省发改委]' })
      .min(1, '至少要有一个单位'),
  })
  .strict()
  .refine((r) => r.email !== undefined || r.telegram !== undefined, '需要 email 或 telegram(chat id)至少一项');

export const RecipientsFile = z
  .object({ recipients: z.array(Recipient, { error: '应为收件人列表(recipients: 下每项以 - 开头)' }) }, { error: '应为以 recipients: 开头的收件人文件' })
  .strict()
  .superRefine((f, ctx) => {
    // The name is the recipient's id in the reminder log: two people with one name would share it.
    const seen = new Set<string>();
    f.recipients.forEach((r, i) => {
      if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: ['recipients', i, 'name'], message: `"${r.name}" 出现了两次:姓名是提醒记录的标识,须唯一` });
      seen.add(r.name);
    });
  });

/** A recipient as the scheduler sees it; `id` keys the reminder log (channels may add their own, e.g. a bot subscription). */
export type Recipient = z.infer<typeof Recipient> & { id: string };

export interface RecipientsSource {
  file: string;
  /** True when the file is given explicitly (SHIXIAN_RECIPIENTS): then a missing file is an error. */
  explicit: boolean;
}

/** Whether a unit name is one shixian knows (units/lookup.ts), or the problem to report at its line. */
export type UnitCheck = (unit: string) => { known: true } | { known: false; problem: string };

/**
 * Loads and validates the recipients file; a missing default file means nobody to remind yet.
 * `lookUp` checks each unit name (see units/lookup.ts): an unknown one is an error at its line.
 */
export function loadRecipients({ file, explicit }: RecipientsSource, lookUp?: UnitCheck): { recipients: Recipient[]; missing: boolean } {
  if (!explicit && !fs.existsSync(file)) return { recipients: [], missing: true };
  const schema =
    lookUp === undefined
      ? RecipientsFile
      : RecipientsFile.superRefine((f, ctx) =>
          f.recipients.forEach((r, i) =>
            r.units.forEach((unit, j) => {
              const found = lookUp(unit);
              if (!found.known) ctx.addIssue({ code: 'custom', path: ['recipients', i, 'units', j], message: found.problem });
            }),
          ),
        );
  const parsed = readYamlFile(file, schema);
  return { recipients: parsed.recipients.map((r) => ({ ...r, id: r.name })), missing: false };
}

/**
 * The recipients file as a running service sees it: read again whenever it changes (its size and
 * modification time are looked at on each call, a stat), so adding or changing a person needs no
 * restart. At start a bad file is an InputError as with loadRecipients; later, a file that turns bad
 * (half saved, a typo) is logged and the last good list stays, and one removed from the default path
 * means nobody is reminded.
 */
export class LiveRecipients {
  private list: Recipient[];
  private absent: boolean;
  private seen: string;

  constructor(
    private readonly source: RecipientsSource,
    private readonly logger: Logger,
    private readonly lookUp?: UnitCheck,
  ) {
    this.seen = this.signature();
    ({ recipients: this.list, missing: this.absent } = loadRecipients(source, lookUp));
  }

  private signature(): string {
    try {
      const s = fs.statSync(this.source.file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return 'absent';
    }
  }

  current(): Recipient[] {
    const signature = this.signature();
    if (signature === this.seen) return this.list;
    this.seen = signature;
    try {
      ({ recipients: this.list, missing: this.absent } = loadRecipients(this.source, this.lookUp));
      const about = { file: this.source.file, recipients: this.list.length };
      if (this.absent) this.logger.warn(about, '收件人文件已删除:不会提醒任何人');
      else this.logger.info(about, '收件人文件有变动:已重新读取,当前这次发送按新名单重新安排');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      this.logger.error({ file: this.source.file }, `收件人文件有变动,但无法使用,继续使用原来的收件人:${err.message}`);
    }
    return this.list;
  }

  /** True while there is no file at the default path (nobody to remind yet). */
  get missing(): boolean {
    this.current();
    return this.absent;
  }
}
