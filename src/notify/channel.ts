import type { Recipient } from '../recipients/file.ts';
import type { OutboxItem } from '../store/outbox.ts';

/** One digest as a channel receives it: everything one recipient is reminded of at one send time. */
export interface Digest {
  outboxId: number;
  /** Fixed when the digest was written: a re-send after a crash carries the same id. */
  messageId: string;
  channel: string;
  recipient: string;
  address: string;
  /** The Shanghai date of the send time. */
  slot: string;
  /** The instant of the pass sending it (the clock's, so a replayed past is dated then). */
  at: Date;
  /** The Shanghai date of that instant: an item planned for an earlier date is late. */
  sendDate: string;
  items: DigestItem[];
  /** A test message (`shixian send-test`), not a reminder: the templates say so. */
  test?: boolean;
  /**
   * For a channel that sends a digest as several messages: told as each is accepted, with the items
   * it carried, which are logged at once, so neither a retry nor a restart sends them again.
   */
  partAccepted?: (items: DigestItem[]) => void;
}

/**
 * One duty in a digest: at its next occurrence (the soonest not yet past, else its latest), with the
 * dates of its other open occurrences the digest was to carry, so a duty is named once however many
 * of its occurrences came due together.
 */
export type DigestItem = OutboxItem & { otherOccurrences: string[] };

/** A channel as people read its name (its `name` is the outbox's key for it). */
export function channelWord(name: string): string {
  return name === 'email' ? '邮件' : name === 'telegram' ? 'Telegram' : name;
}

/** What a channel says about one delivery. */
export type DeliveryResult =
  | { status: 'accepted' }
  /** Worth trying again (server down, 4xx, rate limit); `retryAfterMs` when the channel was told when. */
  | { status: 'retry'; error: string; retryAfterMs?: number }
  /** Will never succeed as it stands (5xx, unknown chat): given up at once. */
  | { status: 'failed'; error: string };

/**
 * A way of reaching people. Email is one; the bot adds Telegram. The scheduler asks each channel for
 * a recipient's address (null: not reachable this way) and hands it digests; the outbox does the rest.
 */
export interface Channel {
  readonly name: string;
  addressOf(recipient: Recipient): string | null;
  deliver(digest: Digest): Promise<DeliveryResult>;
  close?(): Promise<void> | void;
}
