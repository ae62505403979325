import { beforeAll, describe, expect, it } from 'vitest';
import type { GasFakeOptions } from '../gas/fakes';
import { bundleCode, type LoadedBundle } from './load-bundle';
import {
  DAY,
  expectNothingTwice,
  invitations,
  journalLeft,
  outbox,
  reviewRows,
  setValuesOfSendInvitations,
  STAFF,
  stateCounts,
  withPlan,
} from './outbox-world';

/**
 * The outbox through dist/Code.js in the bare vm: Setup, the menu "Gửi thư mời", the daily and
 * continuation triggers fired by the fake ScriptApp as the test moves the clock, with the
 * quota running out, executions killed, transient errors and duplicated trigger deliveries.
 * The invariant every test ends with: no address is mailed twice, and the ledger the principal
 * sees matches what was sent.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const world = (options: GasFakeOptions = {}): LoadedBundle => withPlan(code, options);

describe('Setup in the vm: forms and triggers', () => {
  it('creates the four forms once, published, and exactly one trigger of each kind', () => {
    const bundle = world();
    const { formApp, scriptApp } = bundle.fakes;
    expect(formApp.forms).toHaveLength(4);
    expect(formApp.forms.every((f) => f.published)).toBe(true);
    // No form copies its answers into a tab of its own (the purge would not reach it).
    expect(formApp.forms.every((f) => f.destinationsSet === 0)).toBe(true);
    expect(bundle.fakes.spreadsheet.sheets.some((s) => s.formUrl !== null)).toBe(false);
    expect(scriptApp.of('drainOutbox')).toHaveLength(1);
    expect(scriptApp.of('sendDailyProgress')).toHaveLength(1);
    for (const [form, handler] of [
      [formApp.forms[0]!, 'onAttendanceSubmit'],
      [formApp.forms[1]!, 'onTrainingSubmit'],
      [formApp.forms[2]!, 'onNominationSubmit'],
      [formApp.forms[3]!, 'onResultSubmit'],
    ] as const) {
      expect(scriptApp.submitTriggers(form.id).map((t) => t.handler)).toEqual([handler]);
    }
    for (const trigger of scriptApp.triggers)
      expect(bundle.typeOf(trigger.handler), trigger.handler).toBe('function');
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toMatch(
      /Đã tạo biểu mẫu "Lễ khai mạc" \(đã mở nhận câu trả lời\)/,
    );
  });

  it('running Setup again makes no second form and no second trigger', () => {
    const bundle = world();
    const forms = bundle.fakes.formApp.forms.map((f) => f.id);
    const triggers = bundle.fakes.scriptApp.triggers.map((t) => t.uid);
    bundle.call('setup');
    bundle.call('syncForms');
    expect(bundle.fakes.formApp.forms.map((f) => f.id)).toEqual(forms);
    expect(bundle.fakes.scriptApp.triggers.map((t) => t.uid)).toEqual(triggers);
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toMatch(/Đã cập nhật biểu mẫu/);
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toMatch(/đã có đủ, không cài thêm/);
  });
});

describe('"Gửi thư mời" with a quota that runs out', () => {
  it('sends 25 of 40 today, defers the rest, and sends those once after the reminders the quota owes', () => {
    const bundle = world({ mail: { dailyQuota: 25 } });
    bundle.call('sendInvitations');
    const { mail, scriptApp, ui } = bundle.fakes;
    expect(invitations(bundle)).toHaveLength(25);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': 25, 'hoãn do hạn mức': STAFF - 25 });
    const dialog = ui!.alerts.at(-1)!;
    expect(dialog.title).toBe('Gửi thư mời');
    expect(dialog.prompt).toMatch(/đã gửi 25 thư/i);
    expect(dialog.prompt).toMatch(`${STAFF - 25} thư chờ hạn mức được cấp lại`);
    expect(scriptApp.pending('continueOutboxDrain')).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({ name: expect.any(String), replyTo: expect.stringContaining('@') });
    expect(mail.sent[0]!.htmlBody).toContain('Chương trình hoạt động</h2>');

    // the same menu again the same day: nothing queued twice, nothing sent beyond the quota
    bundle.call('sendInvitations');
    expect(invitations(bundle)).toHaveLength(25);

    // The next window holds tomorrow's 39 reminders, which go first: the invitations follow.
    scriptApp.runUntil(bundle.fakes.clock.nowMs + DAY);
    expect(invitations(bundle)).toHaveLength(25);
    scriptApp.runUntil(bundle.fakes.clock.nowMs + 9 * DAY);
    expect(invitations(bundle)).toHaveLength(STAFF);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expectNothingTwice(bundle);
    expect(scriptApp.pending('continueOutboxDrain')).toHaveLength(0);
    expect(scriptApp.of('continueOutboxDrain').length).toBeLessThanOrEqual(1);
  });

  it('with every trigger delivered twice, still nothing is sent twice', () => {
    const bundle = world({ mail: { dailyQuota: 10 } });
    bundle.call('sendInvitations');
    // Ten a day, and the week's reminders go before invitations: they are done after the week.
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 12 * DAY, { duplicate: true });
    expect(invitations(bundle)).toHaveLength(STAFF);
    expectNothingTwice(bundle);
  });

  it('getRemainingDailyQuota promising too much: the quota error defers the rest to tomorrow', () => {
    const bundle = world({ mail: { dailyQuota: 20 } });
    bundle.fakes.mail.overstate = 100;
    bundle.call('sendInvitations');
    expect(invitations(bundle)).toHaveLength(20);
    expect(stateCounts(bundle)['hoãn do hạn mức']).toBe(STAFF - 20);
    bundle.fakes.mail.overstate = 0;
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
    expect(invitations(bundle)).toHaveLength(STAFF);
    expectNothingTwice(bundle);
  });
});

describe('the daily progress note', () => {
  it('reaches the organiser once a day, even with every trigger delivered twice', () => {
    const bundle = world();
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY, { duplicate: true });
    const notes = bundle.fakes.mail.sent.filter((m) => m.subject.includes('Tiến độ đăng ký'));
    expect(notes).toHaveLength(2);
    expect(new Set(notes.map((n) => n.subject)).size).toBe(2);
    expect(notes[0]!.to).toMatch(/^tochuc@/);
    expect(notes[0]!.body).toMatch(/khai mạc/);
  });
});

describe('faults during the drain', () => {
  it.each([1, 7, 25, 38])(
    'an execution killed right after the %i-th mail: resumed by its watchdog trigger, only that mail needs review',
    (nth) => {
      const bundle = world();
      const killed = bundle.run('sendInvitations', undefined, {
        killAfter: { method: 'MailApp.sendEmail', nth },
      });
      expect(killed.killed).toBe(true);
      expect(invitations(bundle)).toHaveLength(nth);
      expect(bundle.fakes.lock.held).toBe(false);
      // the continuation scheduled before the batch resumes the work
      expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(1);
      bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
      expectNothingTwice(bundle);
      const counts = stateCounts(bundle);
      // the send journal settles the batch: only the mail whose send had started when the run
      // died may or may not have gone, and the principal checks that one
      expect(counts).toEqual({ 'đã gửi': STAFF - 1, 'cần kiểm tra': 1 });
      const review = outbox(bundle).find((r) => r['Trạng thái'] === 'cần kiểm tra')!;
      expect(invitations(bundle)[nth - 1]!.to).toBe(review['Người nhận']);
      expect(invitations(bundle)).toHaveLength(STAFF);
      expect(outbox(bundle)).toHaveLength(STAFF);
      expect(journalLeft(bundle)).toBe(false);
    },
  );

  it('an execution killed during the outbox results write: the next drain settles every row, none to review', () => {
    const resultsWrite = setValuesOfSendInvitations(code);
    const bundle = world();
    const killed = bundle.run('sendInvitations', undefined, {
      killAt: { method: 'Range.setValues', nth: resultsWrite },
    });
    expect(killed.killed).toBe(true);
    // every mail went; the killed write was the one recording it
    expect(invitations(bundle)).toHaveLength(STAFF);
    expect(stateCounts(bundle)).toEqual({ 'đang gửi': STAFF });
    expect(journalLeft(bundle)).toBe(true);
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expect(invitations(bundle)).toHaveLength(STAFF);
    expect(new Set(invitations(bundle).map((m) => m.to)).size).toBe(STAFF);
    expectNothingTwice(bundle);
    expect(journalLeft(bundle)).toBe(false);
  });

  it.each([1, 12])(
    'an execution killed between mail %i and the next (at the next "started" journal write): none to review',
    (k) => {
      // In a clean twin run, the property writes made up to mail k's send (its "started" write
      // included); then come mail k's outcome write and mail k+1's "started" write.
      const twin = world();
      let before = 0;
      twin.fakes.faults.interleaveAt('MailApp.sendEmail', k, () => {
        before = twin.fakes.rec.count('Properties.setProperty');
      });
      twin.fakes.rec.reset();
      twin.run('sendInvitations');
      const bundle = world();
      const killed = bundle.run('sendInvitations', undefined, {
        killAt: { method: 'Properties.setProperty', nth: before + 2 },
      });
      expect(killed.killed).toBe(true);
      expect(invitations(bundle)).toHaveLength(k);
      bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
      expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
      expect(invitations(bundle)).toHaveLength(STAFF);
      expectNothingTwice(bundle);
    },
  );

  it.each([30, 120, 400])(
    'an execution killed at its %i-th service call loses nothing and sends nothing twice',
    (at) => {
      const bundle = world();
      bundle.run('sendInvitations', undefined, { killAtCall: at });
      bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
      bundle.call('sendInvitations'); // a principal clicking again after the crash
      bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * DAY);
      expectNothingTwice(bundle);
      const counts = stateCounts(bundle);
      expect((counts['đã gửi'] ?? 0) + (counts['cần kiểm tra'] ?? 0)).toBe(STAFF);
      // one kill: at most the one mail being sent when it came is left to the principal
      expect(reviewRows(bundle)).toBeLessThanOrEqual(1);
    },
  );

  it('transient errors on a third of the sends are retried with back-off until every mail is out, once', () => {
    const bundle = world();
    bundle.fakes.faults.injectTransient(['MailApp.sendEmail'], 0.33, 2021);
    bundle.call('sendInvitations');
    expect(bundle.fakes.utilities.sleeps.slice(0, 2)).toEqual(expect.arrayContaining([1000]));
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 3 * DAY);
    expect(bundle.fakes.faults.transientThrown).toBeGreaterThan(5);
    expect(invitations(bundle)).toHaveLength(STAFF);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expectNothingTwice(bundle);
  });

  it('a second drain arriving while the first is sending finds the lock free and the claim taken: it sends nothing', () => {
    const bundle = world();
    const second: { ok: boolean }[] = [];
    bundle.fakes.faults.interleaveAt('MailApp.sendEmail', 3, () => second.push(bundle.run('drainOutbox')));
    bundle.call('sendInvitations');
    expect(second).toEqual([expect.objectContaining({ ok: true })]);
    expect(bundle.fakes.lock.refused).toBe(0);
    expect(bundle.fakes.transcript.join('\n')).toContain('Một lần gửi thư khác đang gửi');
    expect(invitations(bundle)).toHaveLength(STAFF);
    expectNothingTwice(bundle);
  });

  it('a drain stopped by its time budget schedules its own continuation, which finishes the work', () => {
    // 40 s per mail: the 270 s budget stops the run after a few mails
    const bundle = world({ mail: { sendMs: 40_000 } });
    bundle.call('sendInvitations');
    const first = invitations(bundle).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(STAFF);
    expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(1);
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toMatch(/dừng trước giới hạn thời gian/);
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + DAY);
    expect(invitations(bundle)).toHaveLength(STAFF);
    expectNothingTwice(bundle);
  });
});
