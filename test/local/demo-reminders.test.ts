import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { addDays, wallMinutes } from '../../src/core/cell';
import { SENT, type OutboxEntry } from '../../src/core/outbox/entry';
import { reminderDay, urgencyOf } from '../../src/core/outbox/urgency';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, tempDir, type CliRun } from './cli-support';

beforeAll(buildCli);

/**
 * `npm start` under the consumer quota (100 recipients in 24 hours from the first mail): every
 * reminder reaches its guest the day before the activity, within an hour of being queued —
 * also on 03/10, whose 147 reminders are more than one quota window holds.
 */
describe('npm start: the reminders under the 24-hour quota', () => {
  let run: CliRun;
  let entries: OutboxEntry[];

  beforeAll(async () => {
    const dir = tempDir();
    run = cli(['demo'], dir);
    const workbook = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
    entries = loadOutbox(workbook).ledger.rows.map((r) => r.entry);
  }, 240_000);

  it('every reminder is sent the day before its activity, within an hour of being queued', () => {
    expect(run.status).toBe(0);
    const reminders = entries.filter((e) => urgencyOf(e.key) === 'reminder');
    // The demo's plan: 39 + 147 + 39 + 51 guests reminded on four evenings.
    expect(reminders).toHaveLength(276);
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
});
