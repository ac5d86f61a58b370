import type { Context } from 'grammy';
import type { Clock } from '../clock.ts';
import type { Recipient } from '../recipients/file.ts';
import type { Logger } from '../service/logger.ts';
import type { Db } from '../store/db.ts';
import type { UnitDirectory } from '../units/directory.ts';

/** What the bot reads: the ledger, the one clock, the unit dictionary and who may use it. */
export interface BotDeps {
  db: Db;
  clock: Clock;
  units: UnitDirectory;
  /** People from the recipients file: a chat named there may use the bot and has their units. */
  recipients: Recipient[];
  /** TELEGRAM_ALLOWED_CHATS. */
  allowedChats: number[];
  /** TELEGRAM_ADMIN_CHATS: may subscribe other chats and see every unit's obligations. */
  adminChats: number[];
  logger: Logger;
}

/** Who is asking, settled once per update by the access composer. */
export interface Viewer {
  chatId: number;
  admin: boolean;
  /** The units this chat answers for: from the recipients file and its /subscribe list, canonical names. */
  units: string[];
  /** Today in Asia/Shanghai, from the one clock. */
  today: string;
}

export type BotContext = Context & { viewer: Viewer; deps: BotDeps };
