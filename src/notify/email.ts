import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Recipient } from '../recipients/file.ts';
import type { Channel, DeliveryResult, Digest } from './channel.ts';
import { digestView } from './digest-view.ts';
import { renderEmail, type EmailTemplates } from './templates.ts';

export interface EmailChannelOptions {
  /** smtp:// or smtps:// with credentials; absent: each message is written as an .eml file to outboxDir. */
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  templates: EmailTemplates;
}

/** Email through nodemailer: one message per digest, with the outbox row's fixed Message-ID. */
export function createEmailChannel(options: EmailChannelOptions): Channel {
  const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'shixian.localhost';
  const smtp = options.smtpUrl
    ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 })
    : null;
  const files = smtp ? null : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  return {
    name: 'email',
    addressOf: (recipient: Recipient) => recipient.email ?? null,
    async deliver(digest: Digest): Promise<DeliveryResult> {
      const mail = renderEmail(options.templates, digestView(digest, digest.recipient));
      const message = {
        from: options.from,
        to: { name: digest.recipient, address: digest.address },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${digest.messageId}@${domain}>`,
        date: digest.at,
        headers: { 'X-Shixian-Digest': String(digest.outboxId) },
      };
      try {
        if (smtp) {
          await smtp.sendMail(message);
        } else {
          const info = await files!.sendMail(message);
          writeEml(options.outboxDir, `${digest.slot}_${digest.outboxId}.eml`, info.message as Buffer);
        }
        return { status: 'accepted' };
      } catch (err) {
        return classify(err as SmtpError);
      }
    },
    close() {
      smtp?.close();
      files?.close();
    },
  };
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
}

/**
 * What a refusal means for the digest. A recipient refused (RCPT) or the message itself refused at
 * DATA with a 5xx will not get better by waiting: given up. Everything about the server or the
 * account (no connection, a timeout, a 5xx greeting, a wrong password, 4xx) is the operator's to
 * fix and the digest's to outlast: retried with back-off.
 */
function classify(err: SmtpError): DeliveryResult {
  const error = `${err.code ? `${err.code}: ` : ''}${err.message}`.replace(/\s+/g, ' ').trim();
  const permanent = err.code === 'EENVELOPE' || (err.code === 'EMESSAGE' && err.responseCode !== undefined && err.responseCode >= 500);
  return permanent ? { status: 'failed', error } : { status: 'retry', error };
}

/**
 * Written whole or not at all, so a reader never sees half a message. Not synced to disk one by one:
 * a day's outbox can be thousands of messages, and the file transport stands in for SMTP when none
 * is configured, not for delivery that must outlast a power cut.
 */
function writeEml(dir: string, name: string, content: Buffer): void {
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic.sync(path.join(dir, name), content, { fsync: false });
}
