import fs from 'node:fs';
import type { Logger } from 'pino';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { readYamlFile } from '../yaml-file.ts';

/** A person, the units they answer for, and where to reach them. */
export const Recipient = z
  .object({
    name: z.string().trim().min(1, 'a name is required'),
    email: z.email('not an email address').optional(),
    telegram: z
      .union([z.number().int(), z.string().regex(/^-?\d+$/, 'a numeric chat id').transform(Number)])
      .optional(),
    units: z.array(z.string().trim().min(1, 'a unit name cannot be empty')).min(1, 'at least one unit'),
  })
  .strict()
  .refine((r) => r.email !== undefined || r.telegram !== undefined, 'needs an email or a telegram chat id');

export const RecipientsFile = z
  .object({ recipients: z.array(Recipient) })
  .strict()
  .superRefine((f, ctx) => {
    // The name is the recipient's id in the reminder log: two people with one name would share it.
    const seen = new Set<string>();
    f.recipients.forEach((r, i) => {
      if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: ['recipients', i, 'name'], message: `"${r.name}" appears twice` });
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

/** Loads and validates the recipients file; a missing default file means nobody to remind yet. */
export function loadRecipients({ file, explicit }: RecipientsSource): { recipients: Recipient[]; missing: boolean } {
  if (!explicit && !fs.existsSync(file)) return { recipients: [], missing: true };
  const parsed = readYamlFile(file, RecipientsFile);
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
  ) {
    this.seen = this.signature();
    ({ recipients: this.list, missing: this.absent } = loadRecipients(source));
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
      ({ recipients: this.list, missing: this.absent } = loadRecipients(this.source));
      const about = { file: this.source.file, recipients: this.list.length };
      if (this.absent) this.logger.warn(about, 'recipients file removed: nobody will be reminded');
      else this.logger.info(about, 'recipients file changed: read again, the current send time is planned again for them');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      this.logger.error({ file: this.source.file }, `recipients file changed but cannot be used; the previous recipients stay: ${err.message}`);
    }
    return this.list;
  }

  /** True while there is no file at the default path (nobody to remind yet). */
  get missing(): boolean {
    this.current();
    return this.absent;
  }
}
