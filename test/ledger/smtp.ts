import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface Received {
  to: string[];
  email: Email;
}

/**
 * A real SMTP server on 127.0.0.1 for tests. `reject` decides, per message, whether to refuse it with
 * an SMTP code (e.g. 451 for a temporary failure); `hold` makes it never answer a connection.
 */
export class TestSmtp {
  readonly received: Received[] = [];
  reject: ((n: number) => number | null) | null = null;
  /**
   * Awaited after a message has come in whole and been kept, before the server answers 250: the
   * message is delivered while the sender still waits for the acceptance, as with a slow server.
   */
  beforeAnswer: ((n: number, to: string[]) => Promise<void> | void) | null = null;
  hold = false;
  private attempts = 0;
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    const options: SMTPServerOptions = {
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session, callback) => {
        if (!this.hold) callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const attempt = this.attempts++;
          const code = this.reject?.(attempt) ?? null;
          if (code !== null) {
            const err = new Error(`test server refuses with ${code}`) as Error & { responseCode: number };
            err.responseCode = code;
            callback(err);
            return;
          }
          const to = session.envelope.rcptTo.map((r) => r.address);
          PostalMime.parse(Buffer.concat(chunks))
            .then(async (email) => {
              this.received.push({ to, email });
              await this.beforeAnswer?.(attempt, to);
              callback();
            })
            .catch((err: Error) => callback(err));
        });
      },
    };
    this.server = new SMTPServer(options);
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  to(address: string): Email[] {
    return this.received.filter((r) => r.to.includes(address)).map((r) => r.email);
  }
}

/** A port that was free a moment ago and has nothing listening: "the SMTP server is down". */
export async function closedPort(): Promise<number> {
  const s = await new TestSmtp().start();
  const port = s.port;
  await s.stop();
  return port;
}
