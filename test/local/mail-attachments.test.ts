import { simpleParser, type ParsedMail } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailAttachment } from '../../src/core/outbox/entry';
import { LocalMail } from '../../src/local/mail/local-mail';
import type { OutgoingMail } from '../../src/ports';

/** Attachments of the outbox as a mail program sees them: .eml files and real SMTP, via mailparser. */

const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));
const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:HD06-2021@x.invalid\r\nSUMMARY:Tập huấn Internet an toàn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const CALENDAR: MailAttachment = {
  filename: 'HD06.ics',
  mimeType: 'text/calendar; method=REQUEST; charset=UTF-8',
  content: ICS,
};
const NOTE: MailAttachment = {
  filename: 'ghi-chu.txt',
  mimeType: 'text/plain; charset=UTF-8',
  content: 'Mang theo máy tính xách tay và sạc.',
};

const mail = (attachments: readonly MailAttachment[]): OutgoingMail => ({
  key: 'calendar-invite:HD06:co.lan@truong.example:0',
  to: ['co.lan@truong.example'],
  subject: 'Lời mời: Tập huấn Internet an toàn',
  text: 'Kính gửi cô Lan,',
  html: '<p>Kính gửi cô Lan,</p>',
  attachments,
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function calendarPart(parsed: ParsedMail): ParsedMail['attachments'][number] | undefined {
  return parsed.attachments.find((a) => a.contentType === 'text/calendar');
}

function expectInvitation(parsed: ParsedMail): void {
  const part = calendarPart(parsed);
  expect(part, 'a text/calendar part').toBeDefined();
  const type = part!.headers.get('content-type') as { params: Record<string, string> };
  expect(type.params.method).toBe('REQUEST');
  expect(type.params.charset?.toLowerCase()).toBe('utf-8');
  expect(part!.content.toString('utf8')).toBe(ICS);
  // …and the same calendar as a named .ics file, for programs that only show attachments.
  const file = parsed.attachments.find((a) => a.filename === 'HD06.ics');
  expect(file?.content.toString('utf8')).toBe(ICS);
  const note = parsed.attachments.find((a) => a.filename === 'ghi-chu.txt');
  expect(note?.contentType).toBe('text/plain');
  expect(note?.content.toString('utf8')).toBe(NOTE.content);
  expect(parsed.text?.trim()).toBe('Kính gửi cô Lan,');
}

describe('LocalMail attachments', () => {
  it('writes the calendar invitation and a text attachment into the .eml, in UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-att-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const local = new LocalMail({ clock: { now: () => NOW }, outDir: dir });
    cleanups.push(() => local.close());
    await local.send(mail([CALENDAR, NOTE]));
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expectInvitation(await simpleParser(readFileSync(join(dir, file!))));
  });

  it('a mail without attachments has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-att-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const local = new LocalMail({ clock: { now: () => NOW }, outDir: dir });
    cleanups.push(() => local.close());
    await local.send(mail([]));
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect((await simpleParser(readFileSync(join(dir, file!)))).attachments).toEqual([]);
  });

  it('sends the same parts through a real SMTP server', async () => {
    const received: ParsedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            received.push(parsed);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.server.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'lw-att-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const local = new LocalMail({
      clock: { now: () => NOW },
      outDir: dir,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      fromAddress: 'tochuc@truong.example',
    });
    cleanups.push(() => local.close());
    await local.send(mail([CALENDAR, NOTE]));
    expect(received).toHaveLength(1);
    expectInvitation(received[0]!);
  });
});
