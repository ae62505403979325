import { simpleParser, type ParsedMail } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { drainOutboxAsync } from '../../src/app/outbox/drain-outbox';
import { sendInvitations } from '../../src/app/outbox/send-invitations';
import { LocalMail } from '../../src/local/mail/local-mail';
import { emlFileName } from '../../src/local/mail/mail-files';
import { drainLocally } from '../../src/local/mail/mail-runtime';
import { LockUnavailableError, type AsyncLockPort, type TriggersPort } from '../../src/ports';
import { statesByKey } from '../support/fault-ledger';
import { planTables } from '../support/fault-plan';

/**
 * The local mail adapter against a real SMTP server on 127.0.0.1 (smtp-server), and as .eml
 * files, both read back with mailparser: what a staff member's mail program would see.
 */

const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));

interface Received {
  envelopeTo: string[];
  parsed: ParsedMail;
}

interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

type Refusal = (
  recipient: string,
  session: SMTPServerSession,
) => { code: number; message: string } | undefined;

async function startServer(
  options: { refuseRcpt?: Refusal; dropData?: (to: string[]) => boolean } = {},
): Promise<TestServer> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, session, callback) {
      const refusal = options.refuseRcpt?.(address.address, session);
      if (!refusal) return callback();
      const error = new Error(refusal.message) as Error & { responseCode: number };
      error.responseCode = refusal.code;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (options.dropData?.(to)) {
          // The server gives up before accepting: a 421 and the connection closes.
          const error = new Error('Service not available, closing transmission channel') as Error & {
            responseCode: number;
          };
          error.responseCode = 421;
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            received.push({ envelopeTo: to, parsed });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const memoryAsyncLock = (): AsyncLockPort & { held: boolean } => {
  const lock = {
    held: false,
    async withLockAsync<T>(_timeoutMs: number, fn: () => Promise<T>): Promise<T> {
      if (lock.held) throw new LockUnavailableError();
      lock.held = true;
      try {
        return await fn();
      } finally {
        lock.held = false;
      }
    },
  };
  return lock;
};

function runtime(mail: LocalMail, nowMs: { value: number }) {
  const tables = planTables();
  const clock = { now: () => new Date(nowMs.value) };
  const log = { info: () => undefined, error: () => undefined };
  const slept: number[] = [];
  let pending = 0;
  const triggers: TriggersPort = {
    scheduleContinuation: () => void (pending = 1),
    cancelContinuation: () => void (pending = 0),
    hasPendingContinuation: () => pending > 0,
  };
  const syncLock = { withLock: <T>(_t: number, fn: () => T): T => fn() };
  return {
    tables,
    slept,
    queue: () => sendInvitations({ tables, clock, lock: syncLock, log }),
    drain: () =>
      drainOutboxAsync({
        tables,
        clock,
        log,
        triggers,
        lock: memoryAsyncLock(),
        mail,
        sleep: {
          sleep: (ms) => {
            slept.push(ms);
            nowMs.value += ms;
          },
        },
      }),
  };
}

const SUBJECT = 'Thư mời tham gia Tuần lễ hưởng ứng học tập suốt đời năm 2021 – Trường Mầm non 20/10';
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'lw-mail-'));

let servers: TestServer[] = [];
const mails: LocalMail[] = [];
afterEach(async () => {
  for (const m of mails.splice(0)) m.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('local mail over real SMTP', () => {
  it('delivers the invitations: recipients, Vietnamese subject, both parts, escaping', async () => {
    const server = await startServer();
    servers.push(server);
    const mail = new LocalMail({
      clock: { now: () => NOW },
      smtpUrl: server.url,
      outDir: tempDir(),
      fromAddress: 'hieutruong@truong.example',
    });
    mails.push(mail);
    const rt = runtime(mail, { value: NOW.getTime() });
    expect(rt.queue().queued).toBe(4);
    const result = await rt.drain();
    expect(result).toMatchObject({ sent: 4, remaining: 0 });

    expect(
      server.received
        .map((r) => r.envelopeTo)
        .flat()
        .sort(),
    ).toEqual(['an@truong.example', 'anh@truong.example', 'binh@truong.example', 'dung@truong.example']);
    for (const { parsed } of server.received) {
      expect(parsed.subject).toBe(SUBJECT);
      expect(parsed.from?.value[0]).toEqual({
        name: 'Ban tổ chức – Trường Mầm non 20/10',
        address: 'hieutruong@truong.example',
      });
      expect(parsed.replyTo?.value[0]?.address).toBe('tochuc@truong.example');
      expect(parsed.text).toContain('từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021');
      expect(parsed.html).toContain('Chương trình hoạt động</h2>');
    }
    const hostile = server.received.find((r) => r.envelopeTo[0] === 'dung@truong.example')!.parsed;
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =cmd');
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.text).toContain('Kính gửi <script>alert(1)</script> =cmd,');
    const nfd = server.received.find((r) => r.envelopeTo[0] === 'anh@truong.example')!.parsed;
    expect(nfd.text).toContain('Kính gửi Phạm Thị Ánh,');
    expect(nfd.text).toBe(String(nfd.text).normalize('NFC'));
    // The subject went out RFC 2047-encoded, never as raw 8-bit.
    const raw = hostile.headerLines.find((h) => h.key === 'subject')!.line;
    expect(raw).toMatch(/=\?UTF-8\?[BQ]\?/i);
  });

  it('a refused or dropped message stays "lỗi tạm thời" and goes out on the next drain, once', async () => {
    let phase = 1;
    const server = await startServer({
      refuseRcpt: (to) =>
        phase === 1 && to === 'binh@truong.example'
          ? { code: 451, message: 'Mailbox busy, try again later' }
          : undefined,
      dropData: (to) => phase === 1 && to.includes('anh@truong.example'),
    });
    servers.push(server);
    const now = { value: NOW.getTime() };
    const mail = new LocalMail({
      clock: { now: () => new Date(now.value) },
      smtpUrl: server.url,
      outDir: tempDir(),
    });
    mails.push(mail);
    const rt = runtime(mail, now);
    rt.queue();
    const first = await rt.drain();
    expect(first).toMatchObject({ sent: 2, retrying: 2 });
    expect(rt.slept).toEqual([1000, 2000, 4000, 8000, 1000, 2000, 4000, 8000]);
    const states = statesByKey(rt.tables);
    expect(states['invite-mail:NS002:2021']).toBe('lỗi tạm thời');
    expect(states['invite-mail:NS005:2021']).toBe('lỗi tạm thời');

    phase = 2;
    now.value += first.continuationAfterMs!;
    const second = await rt.drain();
    expect(second).toMatchObject({ sent: 2, remaining: 0 });
    expect(await rt.drain()).toMatchObject({ sent: 0 });
    const perKey = new Map<string, number>();
    for (const r of server.received) {
      const key = String(r.parsed.headers.get('x-learning-week-key'));
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.values()]).toEqual([1, 1, 1, 1]);
    expect(Object.values(statesByKey(rt.tables)).every((s) => s === 'đã gửi')).toBe(true);
  });
});

describe('local mail as .eml files', () => {
  it('writes one parseable file per mail, named after its key, and respects the daily limit', async () => {
    const dir = tempDir();
    const now = { value: NOW.getTime() };
    const mail = new LocalMail({ clock: { now: () => new Date(now.value) }, outDir: dir, dailyLimit: 3 });
    mails.push(mail);
    const rt = runtime(mail, now);
    rt.queue();
    const day1 = await rt.drain();
    expect(day1).toMatchObject({ sent: 3, deferred: 1 });
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    expect(files).toEqual([
      'invite-mail_NS001_2021.eml',
      'invite-mail_NS002_2021.eml',
      'invite-mail_NS004_2021.eml',
    ]);
    const parsed = await simpleParser(readFileSync(join(dir, files[0]!)));
    expect(parsed.subject).toBe(SUBJECT);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : undefined).toBe(
      'an@truong.example',
    );
    expect(parsed.text).toContain('Kính gửi Nguyễn Thị An,');
    expect(parsed.html).toContain('Kính gửi Nguyễn Thị An,');

    // The count survives a new process (a new LocalMail) and restarts the next local day.
    const later = new LocalMail({ clock: { now: () => new Date(now.value) }, outDir: dir, dailyLimit: 3 });
    mails.push(later);
    expect(later.remainingDailyQuota()).toBe(0);
    now.value += 86_400_000;
    expect(later.remainingDailyQuota()).toBe(3);
    expect(await rt.drain()).toMatchObject({ sent: 1, remaining: 0 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.eml'))).toHaveLength(4);
  });

  it('drainLocally saves the workbook between marking and sending, and remembers the continuation', async () => {
    const dir = tempDir();
    const tables = planTables();
    sendInvitations({
      tables,
      clock: { now: () => NOW },
      lock: { withLock: (_t, fn) => fn() },
      log: { info() {}, error() {} },
    });
    const props = new Map<string, string>();
    const properties = {
      get: (k: string) => props.get(k),
      set: (k: string, v: string) => void props.set(k, v),
      delete: (k: string) => void props.delete(k),
    };
    const savedStates: string[][] = [];
    const result = await drainLocally(
      {
        tables,
        clock: { now: () => NOW },
        log: { info() {}, error() {} },
        properties,
        lock: memoryAsyncLock(),
      },
      {
        outDir: dir,
        dailyLimit: 2,
        save: async () => void savedStates.push(Object.values(statesByKey(tables))),
      },
    );
    expect(result).toMatchObject({ sent: 2, deferred: 2 });
    expect(savedStates).toEqual([['đang gửi', 'đang gửi', 'hoãn do hạn mức', 'hoãn do hạn mức']]);
    // The quota's window opened with the first mail: it resets 24 hours later, plus a minute.
    expect(props.get('outbox.continuationAt')).toBe('2021-09-29T01:01:00.000Z');
  });

  it('file names are safe and distinct', () => {
    expect(emlFileName('invite-mail:NS012:2021')).toBe('invite-mail_NS012_2021.eml');
    expect(emlFileName('../../etc/passwd')).toMatch(/^[A-Za-z0-9._-]+\.eml$/);
    expect(emlFileName('../../etc/passwd')).not.toContain('/');
    expect(emlFileName('a b')).not.toBe(emlFileName('a_b'));
  });
});
