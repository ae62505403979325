import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { ACTIVITY_TAG } from '../../src/gas/calendar';
import type { FakeForm } from '../gas/fakes';
import { closePools } from '../gas/fakes/side-by-side/channel';
import {
  createSideBySide,
  EXECUTION_LIMIT_MS,
  type ExecutionReport,
  type SideBySide,
  type SideBySideOptions,
} from '../gas/fakes/side-by-side/world';
import { buildBase, type Base } from './concurrency-world';
import { bundleCode } from './load-bundle';
import { STAFF } from './outbox-world';
import { recordsOf } from './sheet-view';
import { formOf } from './week-world';

/**
 * The drain and the calendar sync work WITHOUT the script lock while they call the slow
 * services: the drain marks under the lock, sends without it and records by key under it; a
 * claim keeps one drain sending and one sync writing. Played through dist/Code.js with
 * executions side by side, each case says what a principal, a teacher or a guest would notice.
 */
let code = '';
let base: Base;

beforeAll(async () => {
  code = await bundleCode();
  base = buildBase(code);
}, 120_000);

afterAll(() => closePools());

const SECOND = 1000;
const MINUTE = 60_000;
const HOUR = 3600_000;

const fresh = (options: SideBySideOptions = {}): SideBySide =>
  createSideBySide(code, { from: base.fakes, ...options });

/** The slow services Apps Script must never be waited on with the lock held. */
const SLOW_SERVICE =
  /^(MailApp\.sendEmail$|CalendarApp\.|Calendar\.|CalendarEvent\.|EventGuest\.|DocumentApp\.|Document\.|Body\.)/;

interface Call {
  readonly method: string;
  readonly execution: number;
  readonly atMs: number;
  /** The calling execution held the script lock when it made the call. */
  readonly held: boolean;
}

/** Every service call of every execution, with whether its caller held the script lock. */
function watchCalls(world: SideBySide): Call[] {
  const calls: Call[] = [];
  world.observeCalls((method, execution) =>
    calls.push({ method, execution, atMs: world.fakes.clock.nowMs, held: world.lock.owner === execution }),
  );
  return calls;
}

const ledger = (world: SideBySide) => recordsOf(world.fakes.spreadsheet, OUTBOX_TABLE.name);
const inviteRows = (world: SideBySide) =>
  ledger(world).filter((r) => String(r['Khóa']).startsWith('invite-mail:'));
const invitations = (world: SideBySide) =>
  world.fakes.mail.sent.filter((m) => m.subject.startsWith('Thư mời'));
const stateOf = (world: SideBySide, to: string): string =>
  String(inviteRows(world).find((r) => r['Người nhận'] === to)?.['Trạng thái'] ?? '');
const alertsSince = (world: SideBySide, n: number): string[] =>
  world.fakes.ui!.alerts.slice(n).map((a) => `${a.title ?? ''}\n${a.prompt}`);

/** Everything due in the next `ms` (triggers included), then whatever still runs. */
function runFor(world: SideBySide, ms: number): void {
  world.runUntil(world.fakes.clock.nowMs + ms);
  world.settle();
}

/** No mail went twice: the same recipient, subject and body once at most. */
function expectEachMailOnce(world: SideBySide): void {
  const all = world.fakes.mail.sent.map((m) => `${m.to}\n${m.subject}\n${m.body}`);
  expect(all.length - new Set(all).size, 'mails sent twice').toBe(0);
}

/**
 * "Gửi thư mời" queues the invitations and is killed as its drain asks for the lock: the
 * invitations wait in the ledger, 'chờ gửi', none sent, no drain's claim held.
 */
function queueInvitationsUnsent(world: SideBySide): void {
  world.faultNext('sendInvitations', { killAt: { method: 'Lock.tryLock', nth: 2 } });
  const run = world.click('sendInvitations');
  expect(run.killed).toBe(true);
  expect(inviteRows(world)).toHaveLength(STAFF);
  expect(inviteRows(world).every((r) => r['Trạng thái'] === 'chờ gửi')).toBe(true);
  expect(invitations(world)).toHaveLength(0);
}

/** Every question answered: the first choice, or a plausible text. */
function answersOf(form: FakeForm, name: string): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const item of form.items) {
    if (item.type === 'CHECKBOX') answers[item.title] = [item.choices[0]!];
    else if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') answers[item.title] = item.choices[0]!;
    else if (/họ và tên/i.test(item.title)) answers[item.title] = name;
    else answers[item.title] = 'Tổ 1';
  }
  return answers;
}

describe('no slow service call holds the script lock', () => {
  it('sends, writes the calendar and lets a submission in while the mail service is slow', () => {
    const world = fresh();
    const { fakes } = world;
    const calls = watchCalls(world);
    const t0 = fakes.clock.nowMs;
    // A slow mail service: the 10th invitation takes two minutes to go.
    world.faultNext('sendInvitations', { stall: { method: 'MailApp.sendEmail', nth: 10, ms: 2 * MINUTE } });
    world.start('sendInvitations');
    world.at(t0 + 10 * SECOND, () => void world.start('syncCalendar'));
    world.at(t0 + 15 * SECOND, () => void world.start('buildReportNow'));
    const teacher = base.people[0]!;
    const form = formOf(fakes, 'attendance');
    world.submitForm(form, { email: teacher.email, answers: answersOf(form, teacher.name) }, t0 + 5 * SECOND);
    // When the processing run ends: is the answer in "Phản hồi gốc" (empty before it), and is
    // the drain still sending?
    expect(recordsOf(fakes.spreadsheet, RAW_RESPONSES_TABLE.name)).toEqual([]);
    let recordedWhileSending = false;
    world.observe((report) => {
      if (report.name !== 'processResponses') return;
      const ids = recordsOf(fakes.spreadsheet, RAW_RESPONSES_TABLE.name).map((r) => String(r['Mã phản hồi']));
      const sending = world.running().some((e) => e.name === 'sendInvitations');
      if (ids.length > 0 && sending) recordedWhileSending = true;
    });
    runFor(world, 30 * MINUTE);

    const slow = calls.filter((c) => SLOW_SERVICE.test(c.method));
    expect(slow.filter((c) => c.method === 'MailApp.sendEmail').length).toBeGreaterThan(STAFF);
    expect(slow.filter((c) => /^Calendar/.test(c.method)).length).toBeGreaterThan(0);
    expect(slow.filter((c) => /^(DocumentApp|Document|Body)\./.test(c.method)).length).toBeGreaterThan(0);
    expect(slow.filter((c) => c.held).map((c) => `${c.method} by ${c.execution}`)).toEqual([]);

    // The processing run a minute after the answer got the lock within seconds, mid-drain.
    const processing = world.executions.find((e) => e.name === 'processResponses')!;
    const invite = world.executions.find((e) => e.name === 'sendInvitations')!;
    expect(processing.ok).toBe(true);
    const mine = calls.filter((c) => c.execution === processing.id);
    const asked = mine.findIndex((c) => /^Lock\.(tryLock|waitLock)$/.test(c.method));
    const got = mine.findIndex((c, i) => i > asked && c.held);
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(mine[got]!.atMs - mine[asked]!.atMs).toBeLessThanOrEqual(5 * SECOND);
    expect(processing.endMs).toBeLessThan(invite.endMs);
    expect(recordedWhileSending).toBe(true);
    // Her confirmation went out within minutes, every invitation once.
    const confirmation = fakes.mail.sent.find(
      (m) => m.to === teacher.email && !m.subject.startsWith('Thư mời'),
    );
    expect(confirmation, 'confirmation').toBeDefined();
    expect(confirmation!.atMs - (t0 + 5 * SECOND)).toBeLessThanOrEqual(10 * MINUTE);
    expect(invitations(world)).toHaveLength(STAFF);
    expectEachMailOnce(world);
    world.close();
  });
});

describe('Setup, run again by the principal', () => {
  // Setup locks its sheet steps one by one and opens (or makes) the week's calendar after them.
  it('makes no CalendarApp call holding the script lock', () => {
    const world = fresh();
    const calls = watchCalls(world);
    expect(world.click('setup').ok).toBe(true);
    expect(calls.filter((c) => /^Calendar/.test(c.method)).length).toBeGreaterThan(0);
    expect(calls.filter((c) => SLOW_SERVICE.test(c.method) && c.held).map((c) => c.method)).toEqual([]);
    world.close();
  });
});

describe('two drains started at once', () => {
  it.each([
    ['"Gửi thư đang chờ" clicked twice', 'drainOutbox', 0],
    ['"Gửi thư đang chờ" clicked twice, the other first', 'drainOutbox', 1],
    ['the one-off continuation firing as the principal clicks', 'continueOutboxDrain', 0],
  ])('%s: every mail once, the second says another drain is sending', (_, other, first) => {
    const world = fresh({ choose: (n) => first % n });
    queueInvitationsUnsent(world);
    const alerts = world.fakes.ui!.alerts.length;
    const a = world.start('drainOutbox');
    const b = world.start(other);
    runFor(world, 30 * MINUTE);

    const runs = world.executions.filter((e) => e.id === a || e.id === b);
    expect(runs.map((r) => r.outcome)).toEqual(['ok', 'ok']);
    // They really ran side by side.
    expect(Math.max(runs[0]!.startMs, runs[1]!.startMs)).toBeLessThan(
      Math.min(runs[0]!.endMs, runs[1]!.endMs),
    );
    const told = alertsSince(world, alerts);
    expect(told.filter((t) => /Một lần gửi thư khác đang gửi; lần này không làm gì/.test(t))).toHaveLength(1);
    expect(told.filter((t) => new RegExp(`Đã gửi ${STAFF} thư`, 'i').test(t))).toHaveLength(1);
    expect(invitations(world)).toHaveLength(STAFF);
    expectEachMailOnce(world);
    expect(ledger(world).filter((r) => r['Trạng thái'] === 'đang gửi')).toEqual([]);
    expect(inviteRows(world).every((r) => r['Trạng thái'] === 'đã gửi')).toBe(true);
    world.close();
  });
});

describe('the daily drain trigger firing as the principal clicks "Gửi thư đang chờ"', () => {
  it('sends every mail once; one of the two says another drain is sending', () => {
    const world = fresh();
    const { fakes } = world;
    const daily = fakes.scriptApp.pending('drainOutbox');
    expect(daily).toHaveLength(1);
    const dueMs = daily[0]!.nextMs!;
    // Up to a minute before the trigger (the evening run drains what waits), then the queue.
    world.runUntil(dueMs - MINUTE);
    queueInvitationsUnsent(world);
    const alerts = fakes.ui!.alerts.length;
    const logged = fakes.transcript.length;
    world.at(dueMs, () => void world.start('drainOutbox'));
    world.runUntil(dueMs);
    world.settle();

    const drains = world.executions.filter((e) => e.name === 'drainOutbox' && e.startMs === dueMs);
    expect(drains.map((d) => d.outcome)).toEqual(['ok', 'ok']);
    // The trigger's run has no dialog (getUi throws in a trigger): what it says is in the log.
    const busy = /Một lần gửi thư khác đang gửi; lần này không làm gì/;
    expect(fakes.transcript.slice(logged).some((t) => busy.test(t))).toBe(true);
    expect(alertsSince(world, alerts).filter((t) => busy.test(t)).length).toBeLessThanOrEqual(1);
    expect(invitations(world)).toHaveLength(STAFF);
    expectEachMailOnce(world);
    expect(ledger(world).filter((r) => r['Trạng thái'] === 'đang gửi')).toEqual([]);
    world.close();
  });
});

describe('a drain killed mid-batch', () => {
  it('its unsent rows wait for its lease to end, then the watchdog sends them; one row to check', () => {
    const world = fresh();
    const { fakes } = world;
    world.faultNext('sendInvitations', { killAt: { method: 'MailApp.sendEmail', nth: 5 } });
    const killed = world.click('sendInvitations');
    expect(killed.killed).toBe(true);
    const sentBefore = invitations(world).map((m) => m.to);
    expect(sentBefore).toHaveLength(4);
    const unsent = inviteRows(world)
      .map((r) => String(r['Người nhận']))
      .filter((to) => !sentBefore.includes(to));
    // The killed run's lease: 6 minutes after it started and a minute more (src/app/deadline.ts).
    const leaseEnd = killed.startMs + EXECUTION_LIMIT_MS + MINUTE;

    // The principal clicks "Gửi thư đang chờ" half a minute later, well inside the lease.
    world.runUntil(killed.endMs + 30 * SECOND);
    const alerts = fakes.ui!.alerts.length;
    const menu = world.click('drainOutbox');
    expect(menu.ok).toBe(true);
    expect(menu.endMs).toBeLessThan(leaseEnd);
    expect(alertsSince(world, alerts).join('\n')).toMatch(/Một lần gửi thư khác đang gửi/);
    expect(invitations(world)).toHaveLength(4);
    for (const to of unsent) expect(stateOf(world, to), to).toBe('đang gửi');

    runFor(world, 30 * MINUTE);
    const later = invitations(world).filter((m) => !sentBefore.includes(m.to));
    // The one whose send had started is for the principal to check; every other mail goes once.
    const toCheck = inviteRows(world).filter((r) => r['Trạng thái'] === 'cần kiểm tra');
    expect(toCheck).toHaveLength(1);
    const started = String(toCheck[0]!['Người nhận']);
    expect(started).toBe(inviteRows(world)[4]!['Người nhận']);
    expect(later.map((m) => m.to).sort()).toEqual(unsent.filter((to) => to !== started).sort());
    for (const m of later) expect(m.atMs).toBeGreaterThanOrEqual(leaseEnd);
    const watchdog = world.executions.filter(
      (e) => e.name === 'continueOutboxDrain' && e.startMs >= leaseEnd,
    );
    expect(watchdog.length).toBeGreaterThan(0);
    expect(watchdog.every((e) => e.ok)).toBe(true);
    for (const to of sentBefore) expect(stateOf(world, to), to).toBe('đã gửi');
    expect(ledger(world).filter((r) => r['Trạng thái'] === 'đang gửi')).toEqual([]);
    expectEachMailOnce(world);
    world.close();
  });
});

describe('an outbox row copied by hand', () => {
  it('with its key in capitals or with stray spaces: the mail goes once, the copies are flagged', () => {
    const world = fresh();
    const { fakes } = world;
    queueInvitationsUnsent(world);
    const sheet = fakes.spreadsheet.sheet(OUTBOX_TABLE.name)!;
    const grid = sheet.dump();
    const header = grid[0]!.map((c) => String(c?.value ?? ''));
    const keyCol = header.indexOf('Khóa');
    const original = grid[1]!.map((c) => c?.value ?? '');
    const key = String(original[keyCol]);
    const to = String(original[header.indexOf('Người nhận')]);
    // The principal pastes the row below the ledger three times, retyping the key each time:
    // in capitals, with spaces around it, with a (no-break) space inside it.
    const inside = key.replace(':', ':\u00a0');
    const copies = [key.toUpperCase(), `  ${key} `, inside];
    copies.forEach((copy, i) => {
      const row = [...original];
      row[keyCol] = copy;
      sheet.getRange(grid.length + 1 + i, 1, 1, row.length).setValues([row as string[]]);
    });

    expect(world.click('drainOutbox').ok).toBe(true);
    expect(world.click('drainOutbox').ok).toBe(true);
    runFor(world, 30 * MINUTE);

    expect(invitations(world).filter((m) => m.to === to)).toHaveLength(1);
    expect(invitations(world)).toHaveLength(STAFF);
    expectEachMailOnce(world);
    const rows = ledger(world);
    const copied = rows.filter((r) => copies.includes(String(r['Khóa'])));
    expect(copied).toHaveLength(3);
    const flag = (copy: string): string => String(copied.find((r) => r['Khóa'] === copy)?.['Lỗi gần nhất']);
    const variant =
      /là bản sao của khóa "(.+)" ở dòng 2 \(chỉ khác chữ hoa\/chữ thường hoặc khoảng trắng\): dòng này KHÔNG được gửi/;
    expect(flag(key.toUpperCase())).toMatch(variant);
    expect(flag(inside)).toMatch(variant);
    // Spaces around a key are no part of it: the copy is the same key, said so in the same cell.
    expect(flag(`  ${key} `)).toBe(`Khóa "${key}" bị lặp; chỉ dòng đầu tiên được dùng.`);
    for (const row of copied) expect(row['Trạng thái']).toBe('chờ gửi');
    expect(rows.find((r) => r['Khóa'] === key)?.['Trạng thái']).toBe('đã gửi');
    world.close();
  });
});

describe('one deadline per execution', () => {
  it.each([
    ['the evening sweep of missed responses', 'sendDailyProgress', 'Form.getResponses'],
    ['the calendar sync', 'syncCalendar', 'Calendar.createEvent'],
  ])(
    '%s took most of the 270 s: the drain stops for time, a continuation sends the rest',
    (_, run, method) => {
      // Without the slow call the same run sends every invitation itself.
      const twin = fresh();
      queueInvitationsUnsent(twin);
      expect(twin.click(run).ok).toBe(true);
      expect(invitations(twin)).toHaveLength(STAFF);
      twin.close();

      const world = fresh();
      const { fakes } = world;
      queueInvitationsUnsent(world);
      world.faultNext(run, { stall: { method, nth: 1, ms: 250 * SECOND } });
      const alerts = fakes.ui!.alerts.length;
      const slow = world.click(run);
      expect(slow.ok).toBe(true);
      expect(slow.endMs - slow.startMs).toBeLessThan(EXECUTION_LIMIT_MS);
      expect(invitations(world).length).toBeLessThan(STAFF);
      expect(alertsSince(world, alerts).join('\n')).toMatch(/dừng trước giới hạn thời gian, sẽ tự chạy tiếp/);
      expect(fakes.scriptApp.pending('continueOutboxDrain').length).toBeGreaterThan(0);

      runFor(world, 30 * MINUTE);
      expect(invitations(world)).toHaveLength(STAFF);
      expectEachMailOnce(world);
      expect(ledger(world).filter((r) => r['Trạng thái'] === 'đang gửi')).toEqual([]);
      for (const e of world.executions) expect(e.endMs - e.startMs, e.name).toBeLessThan(EXECUTION_LIMIT_MS);
      world.close();
    },
  );
});

describe('two calendar syncs at once', () => {
  it('each event is created once; the one that found the other writing has the change made meanwhile synced', () => {
    const world = fresh();
    const { fakes } = world;
    const calls = watchCalls(world);
    const t0 = fakes.clock.nowMs;
    const alerts = fakes.ui!.alerts.length;
    const ends: { report: ExecutionReport; dirty: boolean }[] = [];
    world.observe((report) => ends.push({ report, dirty: fakes.properties.store.has('calendar.dirty') }));
    world.start('syncCalendar');
    world.start('syncCalendar');
    // While the first writes, HD04 moves an hour later through the Sheets API (which fires no
    // edit trigger: https://developers.google.com/apps-script/guides/triggers/installable#restrictions),
    // so only the busy sync's mark can bring the change to the calendar.
    const sheet = fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
    let movedTo = 0;
    world.at(t0 + 8 * SECOND, () => {
      const rows = sheet.dump();
      const row = rows.findIndex((r) => r[0]?.value === 'HD04') + 1;
      for (const header of ['Bắt đầu', 'Kết thúc']) {
        const col = rows[0]!.findIndex((c) => c?.value === header) + 1;
        const was = rows[row - 1]![col - 1]!.value as Date;
        const moved = new Date(was.getTime() + HOUR);
        if (header === 'Bắt đầu') movedTo = moved.getTime();
        sheet.getRange(row, col).setValues([[moved]]);
      }
    });
    runFor(world, 30 * MINUTE);

    const syncs = ends.filter((e) => e.report.name === 'syncCalendar');
    expect(syncs.map((s) => s.report.outcome)).toEqual(['ok', 'ok']);
    const told = alertsSince(world, alerts);
    expect(told.filter((t) => /Một lần đồng bộ lịch khác đang chạy/.test(t))).toHaveLength(1);
    // The busy one ended first, leaving the calendar marked and a follow-up run pending.
    expect(syncs[0]!.dirty).toBe(true);

    const events = fakes.calendarApp.liveEvents();
    const ids = events.map((e) => e.tags.get(ACTIVITY_TAG));
    expect(new Set(ids).size).toBe(ids.length);
    expect(calls.filter((c) => c.method === 'Calendar.createEvent')).toHaveLength(events.length);
    expect(events.find((e) => e.tags.get(ACTIVITY_TAG) === 'HD04')!.start.getTime()).toBe(movedTo);
    const moverIds = new Set(
      calls.filter((c) => c.method === 'CalendarEvent.setTime').map((c) => c.execution),
    );
    const movers = world.executions.filter((e) => moverIds.has(e.id)).map((e) => e.name);
    expect(movers).toEqual(['continueOutboxDrain']);
    expect(calls.filter((c) => SLOW_SERVICE.test(c.method) && c.held)).toEqual([]);
    expect(fakes.properties.store.has('calendar.dirty')).toBe(false);
    world.close();
  });
});
