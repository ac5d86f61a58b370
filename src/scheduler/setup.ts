import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Channel } from '../notify/channel.ts';
import { createEmailChannel } from '../notify/email.ts';
import { loadEmailTemplates } from '../notify/templates.ts';
import { officialCalendar } from '../calendar/workdays.ts';
import { loadPolicy } from '../plan/policy.ts';
import { LiveRecipients, type Recipient } from '../recipients/file.ts';
import type { Db } from '../store/db.ts';
import { loadUnitDirectory } from '../units/directory.ts';
import { checkedUnit } from '../units/lookup.ts';
import type { SchedulerDeps } from './pass.ts';

/**
 * Reads and validates everything the scheduler needs (policy, unit dictionary, recipients, email
 * templates) before anything runs: a bad file is an InputError here, and nothing starts
 * half-configured. The recipients file is then read again whenever it changes.
 * `extraChannels` lets the service add Telegram beside email.
 */
export function schedulerFromConfig(
  config: Pick<Config, 'SHIXIAN_RULES_DIR' | 'SHIXIAN_TEMPLATES_DIR' | 'SHIXIAN_RECIPIENTS' | 'recipientsPath' | 'SMTP_URL' | 'MAIL_FROM' | 'outboxDir'>,
  opts: { db: Db; clock: Clock; logger: Logger; extraChannels?: Channel[]; extraRecipients?: () => Recipient[]; people?: LiveRecipients },
): SchedulerDeps & { people: LiveRecipients; recipientsMissing: boolean; close(): Promise<void> } {
  const policy = loadPolicy(config.SHIXIAN_RULES_DIR);
  const units = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
  const people = opts.people ?? liveRecipientsFromConfig(config, opts.logger, opts.db);
  if (people.missing) opts.logger.warn({ file: config.recipientsPath }, '没有收件人文件:不会提醒任何人(可参照 data/recipients.example.yaml 编写)');
  const email = createEmailChannel({
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    outboxDir: config.outboxDir,
    templates: loadEmailTemplates(config.SHIXIAN_TEMPLATES_DIR),
  });
  const channels = [email, ...(opts.extraChannels ?? [])];
  return {
    db: opts.db,
    clock: opts.clock,
    logger: opts.logger,
    policy,
    calendar: officialCalendar(),
    units,
    recipients: () => [...people.current(), ...(opts.extraRecipients?.() ?? [])],
    channels,
    people,
    get recipientsMissing() {
      return people.missing;
    },
    async close() {
      for (const c of channels) await c.close?.();
    },
  };
}

/** The recipients file the config names, read again whenever it changes; shared by the scheduler, Telegram reminders and the bot. */
/** The recipients file of the configuration, each unit name checked against the dictionary and the ledger. */
export function liveRecipientsFromConfig(config: Pick<Config, 'SHIXIAN_RECIPIENTS' | 'recipientsPath' | 'SHIXIAN_RULES_DIR'>, logger: Logger, db: Db): LiveRecipients {
  const units = loadUnitDirectory(config.SHIXIAN_RULES_DIR);
  return new LiveRecipients({ file: config.recipientsPath, explicit: config.SHIXIAN_RECIPIENTS !== undefined }, logger, (unit) => checkedUnit(db, units, unit));
}
