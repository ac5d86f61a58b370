import fs from 'node:fs';
import { z } from 'zod';
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
