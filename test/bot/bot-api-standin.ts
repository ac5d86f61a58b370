import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as it arrived: the method and its JSON payload. */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

/** A scripted failure for the next call of a method: 429 with retry_after, or a 5xx. */
export interface ApiFailure {
  error_code: number;
  description: string;
  retry_after?: number;
}

export const STANDIN_BOT = {
  id: 4242,
  is_bot: true as const,
  first_name: '时限',
  username: 'shixian_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * A stand-in of the Telegram Bot API on 127.0.0.1: it answers the methods the bot uses the way
 * Telegram does (same envelope, message ids counting up) and records every call so tests can read
 * what the bot said, to whom, with which buttons.
 */
export class BotApiStandin {
  readonly calls: ApiCall[] = [];
  private readonly failures = new Map<string, ApiFailure[]>();
  /**
   * Awaited after a call has arrived (and been recorded) and before it is answered: the message is
   * with Telegram while the bot still waits for the answer.
   */
  beforeAnswer: ((call: ApiCall) => Promise<void> | void) | null = null;
  private nextMessageId = 1000;
  private readonly updates: Array<Record<string, unknown> & { update_id: number }> = [];
  private server = http.createServer((req, res) => void this.answer(req, res));

  apiRoot = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls of `method` fail with this answer before calls succeed again. */
  failNext(method: string, failure: ApiFailure, count = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** An update for the bot to fetch with getUpdates (long polling). */
  queueUpdate(update: Record<string, unknown> & { update_id: number }): void {
    this.updates.push(update);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** What was sent or edited into chats, in order. */
  messages(): Array<{ chat: number; text: string; buttons: string[][]; data: string[][]; method: string }> {
    return this.calls
      .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
      .map((c) => {
        const rows: Array<Array<{ text: string; callback_data?: string }>> = c.payload.reply_markup?.inline_keyboard ?? [];
        return {
          method: c.method,
          chat: Number(c.payload.chat_id),
          text: String(c.payload.text),
          buttons: rows.map((r) => r.map((b) => b.text)),
          data: rows.map((r) => r.map((b) => b.callback_data ?? '')),
        };
      });
  }

  clear(): void {
    this.calls.length = 0;
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').split('/').pop() ?? '';
    const payload = body ? (JSON.parse(body) as Record<string, any>) : {};
    const call = { method, payload };
    this.calls.push(call);
    await this.beforeAnswer?.(call);

    const failure = this.failures.get(method)?.shift();
    if (failure) {
      const { retry_after, ...rest } = failure;
      return reply(res, failure.error_code, {
        ok: false,
        ...rest,
        ...(retry_after !== undefined ? { parameters: { retry_after } } : {}),
      });
    }
    if (method === 'getUpdates') {
      // Confirmed updates (below the offset) are dropped as Telegram does; an empty answer waits a
      // little, as a long poll would, so a polling bot does not spin.
      const offset = Number(payload.offset ?? 0);
      while (this.updates.length > 0 && this.updates[0].update_id < offset) this.updates.shift();
      if (this.updates.length === 0) await new Promise((r) => setTimeout(r, 50));
      return reply(res, 200, { ok: true, result: [...this.updates] });
    }
    reply(res, 200, { ok: true, result: this.result(method, payload) });
  }

  private result(method: string, payload: Record<string, any>): unknown {
    switch (method) {
      case 'getMe':
        return STANDIN_BOT;
      case 'sendMessage':
      case 'editMessageText':
        return {
          message_id: method === 'sendMessage' ? this.nextMessageId++ : payload.message_id,
          date: 0,
          chat: { id: Number(payload.chat_id), type: 'private' },
          from: STANDIN_BOT,
          text: payload.text,
        };
      default:
        return true;
    }
  }
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
