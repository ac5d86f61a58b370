import path from 'node:path';
import { GrammyError, HttpError, type Api } from 'grammy';
import Mustache from 'mustache';
import { refOf } from '../bot/ledger.ts';
import { DOC_NUMBER_SHOWN, shorten, TASK_SHOWN, UNITS_SHOWN } from '../bot/render.ts';
import { telegramApi } from '../bot/index.ts';
import type { Config } from '../config.ts';
import type { Recipient } from '../recipients/file.ts';
import { allSubscriptions } from '../store/bot.ts';
import type { Db } from '../store/db.ts';
import { loadUnitDirectory, type UnitDirectory } from '../units/directory.ts';
import type { Channel, DeliveryResult, Digest, DigestItem } from './channel.ts';
import { digestView, type DigestView } from './digest-view.ts';
import { readTemplate } from './templates.ts';

/** Telegram refuses a message longer than this (UTF-16 code units of the text after parsing). */
const MESSAGE_LIMIT = 4096;

export function loadTelegramTemplate(templatesDir: string): string {
  return readTemplate(path.join(templatesDir, 'telegram', 'digest.html'));
}

function render(template: string, view: DigestView, part?: { part: number; parts: number }): string {
  // Shortened as the bot shows them, so one item always fits in a message (an item is never split).
  const groups = view.groups.map((g) => ({
    ...g,
    items: g.items.map((i) => ({
      ...i,
      task: shorten(i.task, TASK_SHOWN),
      unit: shorten(i.unit, UNITS_SHOWN),
      leadUnits: shorten(i.leadUnits, UNITS_SHOWN),
      docNumber: shorten(i.docNumber, DOC_NUMBER_SHOWN),
      ref: refOf(i.id, i.recurring ? 'recurring' : 'once', g.date),
    })),
  }));
  // Mustache's {{ }} escapes & < > " ' / ` =: all as entities Telegram's HTML parse mode accepts.
  return Mustache.render(template, { ...view, groups, ...part }).replace(/\n{3,}/g, '\n\n').trim();
}

/** A view holding only these items (keeping their groups), with counts for what it holds. */
function subset(view: DigestView, keep: Set<string>): DigestView {
  const groups = view.groups.map((g) => ({ ...g, items: g.items.filter((i) => keep.has(`${i.id}|${g.date}`)) })).filter((g) => g.items.length > 0);
  return { ...view, groups };
}

/** One message of a digest: its text and the items it carries. */
export interface DigestMessage {
  text: string;
  items: DigestItem[];
}

/**
 * The digest as one message, or, when it will not fit in one, as several that each hold whole
 * items (an item is never split across messages).
 */
export function digestMessages(template: string, digest: Digest, recipientName: string): DigestMessage[] {
  const view = digestView(digest, recipientName);
  const whole = render(template, view);
  if (whole.length <= MESSAGE_LIMIT) return [{ text: whole, items: digest.items }];
  const byKey = new Map(digest.items.map((i) => [`${i.obligation.id}|${i.occurrence}`, i]));
  const keys = view.groups.flatMap((g) => g.items.map((i) => `${i.id}|${g.date}`));
  const parts: string[][] = [];
  let current: string[] = [];
  // Measured with a two-digit part number, the widest the header gets.
  const fits = (list: string[]) => render(template, subset(view, new Set(list)), { part: 99, parts: 99 }).length <= MESSAGE_LIMIT;
  for (const key of keys) {
    if (current.length > 0 && !fits([...current, key])) {
      parts.push(current);
      current = [];
    }
    current.push(key);
  }
  parts.push(current);
  return parts.map((p, i) => ({
    text: render(template, subset(view, new Set(p)), { part: i + 1, parts: parts.length }),
    items: p.map((key) => byKey.get(key)!),
  }));
}

/** What Telegram's answer means for the outbox: wait and retry (429, 5xx, network), or give up (blocked, no such chat). */
function classify(err: unknown): DeliveryResult {
  if (err instanceof GrammyError) {
    const error = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return { status: 'retry', error, retryAfterMs: (err.parameters.retry_after ?? 60) * 1000 };
    if (err.error_code >= 500) return { status: 'retry', error };
    return { status: 'failed', error };
  }
  if (err instanceof HttpError) return { status: 'retry', error: err.message };
  return { status: 'retry', error: (err as Error).message };
}

/**
 * Reminders in Telegram: a Channel for the outbox, and the chats it reaches.
 *
 * A chat reaches the scheduler in one of two ways: a person in the recipients file with a
 * `telegram:` id, or chats tied to units through the bot's /subscribe. A chat with subscriptions is
 * one recipient ("telegram:<chat id>") holding its subscribed units and those of the file's people in
 * it, and those people are then reached by email only: so each chat gets one digest per send time.
 */
export function createTelegramReminders(opts: { db: Db; api: Api; template: string; recipients: () => Recipient[]; units: UnitDirectory }) {
  const { db, api, template } = opts;
  let subscribedChats = new Set<number>();

  /** The scheduler's extra recipients: one per chat with bot subscriptions. Called once per pass. */
  function recipients(): Recipient[] {
    const byChat = new Map<number, Set<string>>();
    for (const s of allSubscriptions(db)) {
      const units = byChat.get(s.chat_id) ?? new Set<string>();
      units.add(s.unit);
      byChat.set(s.chat_id, units);
    }
    subscribedChats = new Set(byChat.keys());
    const fromFile = opts.recipients();
    return [...byChat].map(([chat, units]) => {
      const people = fromFile.filter((r) => r.telegram === chat);
      for (const r of people) for (const u of r.units) units.add(opts.units.canonical(u));
      return { id: `telegram:${chat}`, name: people.map((p) => p.name).join('、') || `Telegram ${chat}`, telegram: chat, units: [...units] };
    });
  }

  const channel: Channel = {
    name: 'telegram',
    addressOf(recipient) {
      if (recipient.telegram === undefined) return null;
      if (!recipient.id.startsWith('telegram:') && subscribedChats.has(recipient.telegram)) return null;
      return String(recipient.telegram);
    },
    async deliver(digest: Digest): Promise<DeliveryResult> {
      const name = digest.recipient.startsWith('telegram:') ? '' : digest.recipient;
      // A part Telegram refuses as too long is passed over, never the parts after it.
      const refused: string[] = [];
      const messages = digestMessages(template, digest, name);
      for (const [i, message] of messages.entries()) {
        try {
          await api.sendMessage(Number(digest.address), message.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
        } catch (err) {
          if (!(err instanceof GrammyError && /message is too long/i.test(err.description))) return classify(err);
          refused.push(`第 ${i + 1}/${messages.length} 条:${err.error_code}: ${err.description}`);
          continue;
        }
        // Logged before the next part goes: a retry after a failure, or a restart after a crash,
        // sends only what was not accepted (the outbox leaves logged items out of the digest).
        digest.partAccepted?.(message.items);
      }
      return refused.length === 0 ? { status: 'accepted' } : { status: 'failed', error: refused.join('; ') };
    },
  };
  return { channel, recipients };
}

/**
 * The Telegram reminders `shixian serve` and `tick` add beside email (ExtraChannels), or null when
 * TELEGRAM_BOT_TOKEN is not set. Reads the unit dictionary and template itself, so a bad one stops
 * start-up like the scheduler's own files do; `people` is the recipients file as the scheduler reads it.
 */
export function telegramRemindersFromConfig(
  config: Pick<Config, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'SHIXIAN_RULES_DIR' | 'SHIXIAN_TEMPLATES_DIR'>,
  db: Db,
  people: () => Recipient[],
): { channels: Channel[]; recipients: () => Recipient[] } | null {
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  const reminders = createTelegramReminders({
    db,
    api: telegramApi({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT }),
    template: loadTelegramTemplate(config.SHIXIAN_TEMPLATES_DIR),
    recipients: people,
    units: loadUnitDirectory(config.SHIXIAN_RULES_DIR),
  });
  return { channels: [reminders.channel], recipients: reminders.recipients };
}
