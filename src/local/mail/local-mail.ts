import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type nodemailer from 'nodemailer';
import type { MailAttachment } from '../../core/outbox/entry';
import type { AsyncMailPort, ClockPort, OutgoingMail } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';
import { emlFileName } from './mail-files';
import { DAILY_COUNT_FILE, DailyMailCounter, DEFAULT_DAILY_LIMIT } from './mail-quota';
import { SMTP_TIMEOUTS } from './smtp-check';

export interface LocalMailOptions {
  clock: ClockPort;
  /** Where .eml files go (default out/mail). The daily count is kept there too. */
  outDir?: string;
  /** smtp://user:pass@host:port or smtps://…: send for real instead of writing files. */
  smtpUrl?: string;
  /** Recipients a day (default 100, the consumer Gmail quota). */
  dailyLimit?: number;
  /** From address (default: the SMTP user when it is an address, else learning-week@localhost). */
  fromAddress?: string;
  /** Where the daily count is kept (default OUT_DIR/.daily-count.json). */
  counterFile?: string;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;

/**
 * Mail for the local runtime, through nodemailer: by default one RFC 5322 file per mail in
 * out/mail/ (named after the outbox key; the same key overwrites its own file, never adds a
 * second), or real SMTP. UTF-8 bodies, RFC 2047 encoded headers, a text and an HTML part.
 * Errors are nodemailer's own, with `responseCode` for SMTP replies: the outbox classifies them.
 */
export class LocalMail implements AsyncMailPort {
  readonly outDir: string;
  readonly counter: DailyMailCounter;
  /** Made at the first send: nodemailer is loaded then, not when a command starts. */
  private transport: Transport | undefined;
  private opening: Promise<Transport> | undefined;
  private readonly smtpUrl: string | undefined;
  private readonly toFiles: boolean;
  private readonly from: string;
  private readonly clock: ClockPort;

  constructor(options: LocalMailOptions) {
    this.outDir = options.outDir ?? join('out', 'mail');
    this.counter = new DailyMailCounter(
      options.counterFile ?? join(this.outDir, DAILY_COUNT_FILE),
      options.clock,
      options.dailyLimit ?? DEFAULT_DAILY_LIMIT,
    );
    this.toFiles = !options.smtpUrl;
    this.smtpUrl = options.smtpUrl;
    this.clock = options.clock;
    this.from = options.fromAddress ?? smtpUser(options.smtpUrl) ?? 'learning-week@localhost';
  }

  remainingDailyQuota(): number {
    return this.counter.remaining();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = {
      from: mail.senderName ? { name: mail.senderName, address: this.from } : this.from,
      to: [...mail.to],
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: mail.subject,
      // The runtime's time, not the machine's: the simulated week's mail is dated in that week.
      date: this.clock.now(),
      text: mail.text,
      html: mail.html,
      textEncoding: 'base64' as const,
      headers: { 'X-Learning-Week-Key': mail.key },
      // Stable, derived from the key: a resent file is byte-comparable and recognisable.
      messageId: `<${encodeURIComponent(mail.key)}@learning-week.local>`,
      ...attachmentOptions(mail.attachments ?? []),
    };
    const info = (await (await this.openTransport()).sendMail(message)) as { message?: unknown };
    if (this.toFiles) {
      if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer returned no message buffer');
      mkdirSync(this.outDir, { recursive: true });
      writeFileAtomic(join(this.outDir, emlFileName(mail.key)), info.message);
    }
    this.counter.add(mail.to.length);
  }

  close(): void {
    this.transport?.close();
  }

  private openTransport(): Promise<Transport> {
    this.opening ??= import('nodemailer').then(({ default: mailer }) => {
      this.transport = this.smtpUrl
        ? mailer.createTransport({ ...SMTP_TIMEOUTS, url: this.smtpUrl })
        : mailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      return this.transport;
    });
    return this.opening;
  }
}

/**
 * The outbox's text attachments as nodemailer options. The first calendar invitation
 * (`text/calendar; method=…`) goes as `icalEvent`: nodemailer then adds it both as an
 * alternative body part — what Gmail and Outlook read to show "Yes / No / Maybe" — and as an
 * .ics attachment. Everything else is an ordinary UTF-8 attachment with its own type.
 */
export function attachmentOptions(attachments: readonly MailAttachment[]): {
  icalEvent?: { method: string; filename: string; content: string };
  attachments?: ({ filename: string; contentType: string } & ({ content: string } | { path: string }))[];
} {
  const calendarIndex = attachments.findIndex((a) => calendarMethod(a.mimeType) !== undefined);
  const others = attachments
    .filter((_, i) => i !== calendarIndex)
    // A document (a certificate's PDF) is read from its file when the mail is built.
    .map((a) =>
      a.document
        ? { filename: a.filename, contentType: a.mimeType, path: a.document }
        : { filename: a.filename, contentType: a.mimeType, content: a.content },
    );
  const calendar = attachments[calendarIndex];
  return {
    ...(calendar
      ? {
          icalEvent: {
            method: calendarMethod(calendar.mimeType)!,
            filename: calendar.filename,
            content: calendar.content,
          },
        }
      : {}),
    ...(others.length > 0 ? { attachments: others } : {}),
  };
}

/** `text/calendar; method=REQUEST; charset=UTF-8` → `REQUEST`. */
function calendarMethod(mimeType: string): string | undefined {
  if (!/^\s*text\/calendar\b/i.test(mimeType)) return undefined;
  return /;\s*method=([A-Za-z-]+)/i.exec(mimeType)?.[1]?.toUpperCase();
}

function smtpUser(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const user = decodeURIComponent(new URL(url).username);
    return user.includes('@') ? user : undefined;
  } catch {
    return undefined;
  }
}
