import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { addDays, wallMinutes } from '../../src/core/cell';
import { SENT, type OutboxEntry } from '../../src/core/outbox/entry';
import { reminderDay, urgencyOf } from '../../src/core/outbox/urgency';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, tempDir, type CliRun } from './cli-support';
import { qrOf } from './qr-read';

beforeAll(buildCli);

/**
 * `npm start` under the consumer quota (100 recipients in 24 hours from the first mail): every
 * reminder reaches its guest the day before the activity, within an hour of being queued. By
 * default the families get no mail at all (Settings "Gửi thư cho phụ huynh: không"): they are
 * reached by the announcement kit the demo writes, Zalo texts per class and QR posters.
 */
describe('npm start: the reminders under the 24-hour quota, and no mail to families', () => {
  let dir: string;
  let run: CliRun;
  let entries: OutboxEntry[];

  beforeAll(async () => {
    dir = tempDir();
    run = cli(['demo'], dir);
    const workbook = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
    entries = loadOutbox(workbook).ledger.rows.map((r) => r.entry);
  }, 240_000);

  it('every reminder is sent the day before its activity, within an hour of being queued', () => {
    expect(run.status).toBe(0);
    const reminders = entries.filter((e) => urgencyOf(e.key) === 'reminder');
    // The demo's plan: its staff guests reminded on four evenings (families are not guests).
    expect(reminders).toHaveLength(100);
    const late = reminders.filter((e) => {
      const day = reminderDay(e.key)!;
      if (e.state !== SENT || !e.doneAt || !e.createdAt) return true;
      const dayBefore = addDays(day, -1).iso.slice(0, 10);
      return e.doneAt.iso.slice(0, 10) !== dayBefore || wallMinutes(e.doneAt) - wallMinutes(e.createdAt) > 60;
    });
    expect(late.map((e) => `${e.key} ${e.state} ${e.createdAt?.iso} → ${e.doneAt?.iso}`)).toEqual([]);
    // The printed week counts the same reminders.
    const printed = [...run.stdout.matchAll(/(\d+) thư nhắc lịch/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(printed).toBe(reminders.length);
  });

  it('no mail is left waiting or failed at the end of the week', () => {
    expect(entries.filter((e) => e.kind === 'mail' && e.state !== SENT)).toEqual([]);
  });

  it('mails no family: every recipient is staff, leadership or the organiser', async () => {
    const workbook = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
    const families = new Set(
      (workbook.read('Phụ huynh') ?? []).flat().map((c) => String(c ?? '').toLowerCase()),
    );
    const recipients = entries.flatMap((e) => e.recipients.map((r) => r.toLowerCase()));
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.filter((r) => families.has(r))).toEqual([]);
    const eml = readdirSync(join(dir, 'out', 'mail')).filter((f) => f.endsWith('.eml'));
    const to = eml.map((f) => /^To: (.*)$/m.exec(readFileSync(join(dir, 'out', 'mail', f), 'utf8'))![1]!);
    expect(to.filter((r) => families.has(r.toLowerCase()))).toEqual([]);
  });

  it('writes the announcement kit instead: a Zalo text per class, posters whose QR codes decode to the forms', () => {
    const kit = join(dir, 'out', 'announce');
    const training = readdirSync(join(kit, 'training'));
    expect(training.filter((f) => f.startsWith('zalo-lop-')).length).toBeGreaterThanOrEqual(12);
    expect(training).toContain('poster.docx');
    const text = readFileSync(join(kit, 'training', 'zalo-lop-la-1.txt'), 'utf8');
    expect(text).toContain('Kính gửi Quý phụ huynh lớp Lá 1,');
    expect(text).toContain('http://127.0.0.1:8080/forms/training');
    for (const form of ['attendance', 'training', 'nomination']) {
      expect(qrOf(readFileSync(join(kit, form, 'qr.png')), 'png')).toBe(
        `http://127.0.0.1:8080/forms/${form}`,
      );
    }
    expect(run.stdout).toMatch(/Đã tạo \d+ tệp thông báo và mã QR/);
  });
});
