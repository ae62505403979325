import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { buildBase, playSchedule, type Base } from './concurrency-world';
import { bundleCode } from './load-bundle';

/**
 * The case the sequential fakes could not show: teachers answer while "Gửi thư mời" is still
 * sending its 38 invitations. Each answer must be recorded and confirmed within minutes, and
 * the seats it gets must never move afterwards.
 */
let code = '';
let base: Base;

beforeAll(async () => {
  code = await bundleCode();
  base = buildBase(code);
}, 120_000);

afterAll(() => closePools());

const MINUTE = 60_000;

describe('a response submitted while a drain is sending', () => {
  it('is recorded and confirmed within minutes, and no seat moves', () => {
    const verdict = playSchedule(code, base, {
      submissions: [
        { form: 'attendance', person: 0, choice: 0, atS: 4, duringInvite: true, twice: false },
        { form: 'training', person: 1, choice: 0, atS: 6, duringInvite: true, twice: true },
        { form: 'training', person: 2, choice: 0, atS: 8, duringInvite: true, twice: false },
        { form: 'training', person: 3, choice: 0, atS: 10, duringInvite: true, twice: false },
      ],
      blank: undefined,
      runs: [{ run: 'sendInvitations', atS: 10 }],
      transient: 0,
      quota: 100,
      kill: undefined,
      ties: [],
      triggerMinutesSpent: 0,
    });
    // no seat taken back, no session overfilled, nothing lost or sent twice
    expect(verdict.problems).toEqual([]);
    const { sent } = verdict.fakes.mail;
    const invitations = sent.filter((m) => m.subject.startsWith('Thư mời'));
    expect(invitations.length).toBeGreaterThan(30);
    for (const s of verdict.submissions) {
      // the drain was really sending when the answer came
      expect(invitations.some((m) => m.atMs < s.atMs)).toBe(true);
      expect(invitations.some((m) => m.atMs > s.atMs)).toBe(true);
      expect(verdict.recordedAt.get(s.id)! - s.atMs).toBeLessThanOrEqual(3 * MINUTE);
    }
    const submits = verdict.executions.filter((e) => /Submit$/.test(e.name));
    expect(submits.length).toBeGreaterThanOrEqual(5);
    expect(submits.filter((e) => !e.ok)).toEqual([]);
    // the confirmations went out within minutes of the answers, not at the 17:00 sweep
    const last = Math.max(...verdict.submissions.map((s) => s.atMs));
    const confirmations = sent.filter((m) => !m.subject.startsWith('Thư mời'));
    expect(confirmations.length).toBeGreaterThanOrEqual(verdict.submissions.length);
    for (const m of confirmations) expect(m.atMs - last).toBeLessThanOrEqual(10 * MINUTE);
  });
});

describe("answers while the triggers' owner has spent the day's 90 minutes", () => {
  it('are refused by Apps Script, kept by the form, and recorded by the 17:00 sweep once the minutes come back', () => {
    const verdict = playSchedule(code, base, {
      submissions: [
        { form: 'attendance', person: 0, choice: 0, atS: 30, duringInvite: false, twice: false },
        { form: 'training', person: 1, choice: 0, atS: 60, duringInvite: false, twice: true },
      ],
      blank: undefined,
      runs: [{ run: 'drainOutbox', atS: 90 }],
      transient: 0,
      quota: 100,
      kill: undefined,
      ties: [],
      triggerMinutesSpent: 90,
    });
    expect(verdict.problems).toEqual([]);
    const refused = verdict.fakes.scriptApp.refusedRuns;
    // both deliveries of the second answer, and the first answer's, were refused at once
    expect(refused.filter((r) => /Submit$/.test(r.handler))).toHaveLength(3);
    expect(refused.every((r) => /thời gian máy tính|computer time/.test(r.error))).toBe(true);
    const sweep = verdict.executions.find((e) => e.name === 'sendDailyProgress' && e.ok);
    expect(sweep).toBeDefined();
    for (const s of verdict.submissions) {
      const recorded = verdict.recordedAt.get(s.id);
      expect(recorded).toBeDefined();
      // recorded by the evening run, not by a submit or a processing run
      expect(recorded!).toBeGreaterThanOrEqual(sweep!.startMs);
      expect(recorded!).toBeLessThanOrEqual(sweep!.endMs);
    }
  });
});
