import type { Channel } from '../notify/channel.ts';
import type { Db } from '../store/db.ts';
import { releaseLease } from '../store/outbox.ts';
import type { Logger } from './logger.ts';

/**
 * The digests this process is handing to a channel right now. At shutdown, a send that has not
 * finished by the deadline is given back (its lease released) so the next start sends it at once;
 * the outbox keeps it pending, so nothing is lost. If the server did accept it in the last instant,
 * the re-send carries the same Message-ID; the digest's count of unconfirmed sends stays, so such
 * give-backs and crashes together never send it more than twice (MAX_UNCONFIRMED_SENDS).
 */
export class InFlightDigests {
  private readonly ids = new Set<number>();
  private released = false;

  constructor(private readonly logger: Logger) {}

  /** The channel, with every delivery logged with its obligation and recipient ids and tracked while it runs. */
  track(channel: Channel): Channel {
    return {
      name: channel.name,
      addressOf: (recipient) => channel.addressOf(recipient),
      deliver: async (digest) => {
        this.ids.add(digest.outboxId);
        this.logger.info(
          {
            digest: digest.outboxId,
            channel: digest.channel,
            recipient: digest.recipient,
            obligations: [...new Set(digest.items.map((i) => i.obligation.id))],
          },
          '正在发送提醒摘要',
        );
        let result: Awaited<ReturnType<Channel['deliver']>>;
        try {
          result = await channel.deliver(digest);
        } finally {
          this.ids.delete(digest.outboxId);
        }
        // Given back at shutdown: whatever the channel says now (an error from being closed, a late
        // acceptance) must not be recorded over the release; the next start decides.
        if (this.released) return new Promise<never>(() => {});
        return result;
      },
      close: () => channel.close?.(),
    };
  }

  /** Gives back every digest still being sent; returns their outbox ids. */
  releaseAll(db: Db): number[] {
    this.released = true;
    const ids = [...this.ids];
    for (const id of ids) releaseLease(db, id);
    this.ids.clear();
    return ids;
  }
}
