import fc from 'fast-check';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { NEEDS_REVIEW } from '../../src/core/outbox/entry';
import { RAW_RESPONSES_TABLE, TRAINING_SIGNUPS_TABLE } from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE, PEOPLE_TABLE } from '../../src/core/schema/tables';
import type { FakeFormResponse, GasFakes } from '../gas/fakes';
import {
  createSideBySide,
  EXECUTION_LIMIT_MS,
  type ExecutionReport,
  type SideBySide,
  type StartOptions,
} from '../gas/fakes/side-by-side/world';
import { pasteSampleRoster, recordsOf } from './sheet-view';
import { formOf } from './week-world';
import { tablesOf } from './week-world';
import { filledAnswers } from './form-answers';

/**
 * Random schedules of the week's executions side by side, from one Setup: responses arriving at
 * random moments (some while "Gửi thư mời" is sending, some while the forms are rebuilt, some
 * delivered twice, some blank), with the daily drain, the calendar sync, reminders, the evening
 * progress run (its sweep of missed responses) and Setup itself started among them, under
 * transient mail errors, a small mail quota and a drain killed mid-way. What a user would notice
 * is watched after every execution (see `Verdict`).
 */

/** Training sessions hold this many seats in these schedules, so a few responses contest them. */
export const SEATS_PER_SESSION = 2;
const MINUTE = 60_000;
/** A response must be recorded and confirmed within this long of its submission. */
export const CONFIRM_WITHIN_MS = 10 * MINUTE;

export interface Base {
  readonly fakes: GasFakes;
  readonly people: readonly { readonly email: string; readonly name: string }[];
}

/** Setup, the sample roster and the forms' choices, with small training sessions: once per file. */
export function buildBase(code: string): Base {
  const world = createSideBySide(code, { ui: true });
  const ok = (name: string): void => {
    const run = world.click(name);
    if (!run.ok) throw new Error(`${name}: ${run.outcome} ${run.error?.message ?? ''}`);
  };
  ok('setup');
  pasteSampleRoster(world.fakes.spreadsheet);
  shrinkSessions(world.fakes);
  ok('syncForms');
  const people = recordsOf(world.fakes.spreadsheet, PEOPLE_TABLE.name)
    .map((r) => ({ email: String(r['Email'] ?? ''), name: String(r['Họ và tên'] ?? '') }))
    .filter((p) => p.email.includes('@'))
    .slice(0, 12);
  return { fakes: world.fakes, people };
}

/** Every activity with a seat count gets SEATS_PER_SESSION, as a principal would type it. */
function shrinkSessions(fakes: GasFakes): void {
  const sheet = fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
  const rows = sheet.dump();
  const col = rows[0]!.findIndex((c) => c?.value === 'Số chỗ');
  rows.forEach((row, i) => {
    if (i > 0 && typeof row[col]?.value === 'number')
      sheet.getRange(i + 1, col + 1).setValues([[SEATS_PER_SESSION]]);
  });
}

const FORMS = ['attendance', 'training'] as const;
type Run =
  | 'sendInvitations'
  | 'syncForms'
  | 'setup'
  | 'drainOutbox'
  | 'syncCalendar'
  | 'sendReminders'
  | 'sendDailyProgress';

export interface Schedule {
  readonly submissions: readonly {
    readonly form: (typeof FORMS)[number];
    readonly person: number;
    readonly choice: number;
    /** Seconds after the start; or after "Gửi thư mời" started, while it is sending. */
    readonly atS: number;
    readonly duringInvite: boolean;
    readonly twice: boolean;
  }[];
  readonly blank: number | undefined;
  readonly runs: readonly { readonly run: Run; readonly atS: number }[];
  readonly transient: number;
  readonly quota: number;
  readonly kill: { readonly handler: string; readonly at: StartOptions } | undefined;
  readonly ties: readonly number[];
  /**
   * Minutes of the triggers' owner's 90 a day already spent when the schedule starts, in a
   * window that opened 22 hours before (so it is given back two hours in): near the limit,
   * triggered runs, form submits included, are refused until then.
   */
  readonly triggerMinutesSpent: number;
}

/** "Triggers total runtime 90 min / day" (consumer; developers.google.com/apps-script/guides/services/quotas). */
const TRIGGER_MINUTES_A_DAY = 90;
/** How long before the schedule the owner's trigger-runtime window opened. */
const WINDOW_OPENED_BEFORE_MS = 22 * 3600_000;

/** The runs of a schedule that Apps Script starts from a clock trigger (the rest are menu items). */
const TRIGGERED_RUNS: ReadonlySet<Run> = new Set<Run>(['drainOutbox', 'sendReminders', 'sendDailyProgress']);

const KILLS: readonly StartOptions[] = [
  { killAfter: { method: 'MailApp.sendEmail', nth: 2 } },
  { killAt: { method: 'MailApp.sendEmail', nth: 3 } },
  { killAt: { method: 'Range.setValues', nth: 2 } },
];

export function scheduleArb(people: number): fc.Arbitrary<Schedule> {
  const run = fc.record({
    run: fc.constantFrom<Run>(
      'sendInvitations',
      'sendInvitations',
      'syncForms',
      'drainOutbox',
      'syncCalendar',
      'sendReminders',
      'sendDailyProgress',
      'setup',
    ),
    atS: fc.integer({ min: 0, max: 240 }),
  });
  return fc.record({
    submissions: fc.uniqueArray(
      fc.record({
        form: fc.constantFrom(...FORMS),
        person: fc.integer({ min: 0, max: people - 1 }),
        choice: fc.nat(3),
        atS: fc.integer({ min: 0, max: 240 }),
        duringInvite: fc.boolean(),
        twice: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4, selector: (s) => `${s.form}:${s.person}` },
    ),
    blank: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
    runs: fc.array(run, { minLength: 1, maxLength: 3 }),
    transient: fc.constantFrom(0, 0, 0.1),
    quota: fc.constantFrom(100, 100, 100, 12),
    kill: fc.option(
      fc.record({
        handler: fc.constantFrom('sendInvitations', 'continueOutboxDrain', 'drainOutbox'),
        at: fc.constantFrom(...KILLS),
      }),
      { nil: undefined, freq: 3 },
    ),
    ties: fc.array(fc.nat(5), { maxLength: 40 }),
    triggerMinutesSpent: fc.constantFrom(0, 0, 0, 0, 88, TRIGGER_MINUTES_A_DAY - 0.5, TRIGGER_MINUTES_A_DAY),
  });
}

export interface Verdict {
  readonly problems: string[];
  readonly executions: readonly ExecutionReport[];
  readonly submitted: number;
  /** Each submission: when Google Forms took it, and its response id. */
  readonly submissions: readonly { readonly atMs: number; readonly id: string }[];
  readonly fakes: GasFakes;
  /** When each response first showed in "Phản hồi gốc" (simulated ms). */
  readonly recordedAt: ReadonlyMap<string, number>;
}

const SEATED = /([A-Za-z]+\d+): có chỗ/g;
const seatedIn = (text: unknown): string[] => [...String(text ?? '').matchAll(SEATED)].map((m) => m[1]!);

/** Seconds after "Gửi thư mời" starts when its first invitation has left. */
const SENDING_FROM_S = 11;

/** Plays one schedule from the base and says what a user would have noticed. */
export function playSchedule(code: string, base: Base, schedule: Schedule): Verdict {
  let tie = 0;
  const world: SideBySide = createSideBySide(code, {
    from: base.fakes,
    choose: (n) => (schedule.ties[tie++ % Math.max(1, schedule.ties.length)] ?? 0) % n,
  });
  const { fakes } = world;
  const t0 = fakes.clock.nowMs;
  fakes.mail.dailyQuota = schedule.quota;
  if (schedule.transient > 0)
    world.injectTransient(['MailApp.sendEmail'], schedule.transient, schedule.ties.length + 1);
  if (schedule.kill) world.faultNext(schedule.kill.handler, schedule.kill.at);
  // Every trigger belongs to whoever ran Setup; its runs spend that account's daily minutes.
  const owner = fakes.scriptApp.triggers[0]?.owner ?? fakes.users.current;
  if (schedule.triggerMinutesSpent > 0) {
    fakes.clock.nowMs = t0 - WINDOW_OPENED_BEFORE_MS;
    fakes.quotas.spend('triggerMs', schedule.triggerMinutesSpent * MINUTE, owner);
    fakes.clock.nowMs = t0;
  }
  /** Starts a form-submit delivery as its trigger's owner, as Apps Script does; false if refused. */
  const deliver = (trigger: { handler: string; owner: string; uid: string }, event: object): boolean => {
    const id = world.startAsTrigger(trigger.owner, trigger.handler, {
      authMode: 'FULL',
      ...event,
      triggerUid: trigger.uid,
    });
    return !world.executions.some((r) => r.id === id && r.totalCalls === 0 && r.error !== undefined);
  };

  const inviteAt = schedule.runs.find((r) => r.run === 'sendInvitations')?.atS;
  for (const { run, atS } of schedule.runs)
    world.at(t0 + atS * 1000, () =>
      // The daily jobs run from their clock triggers, as the owner; the others are menu clicks.
      TRIGGERED_RUNS.has(run) ? void world.startAsTrigger(owner, run) : void world.start(run),
    );
  const submitted: { atMs: number; email: string; response?: FakeFormResponse; delivered: boolean }[] = [];
  for (const s of schedule.submissions) {
    const person = base.people[s.person]!;
    const form = formOf(fakes, s.form);
    // The drain's first round (the ledger, then the plan and the response tabs for the room bulk
    // mail leaves, under the lock) takes about 10 s of service latency before the first
    // invitation leaves; its 38 invitations then go over some 16 s: "while it is sending".
    const atS = s.duringInvite && inviteAt !== undefined ? inviteAt + SENDING_FROM_S + (s.atS % 12) : s.atS;
    const atMs = t0 + atS * 1000;
    world.at(atMs, () => {
      // Google Forms takes the answer (a form being rebuilt still accepts it), then delivers it.
      const response = fakes.formApp.respond(form, person.email, filledAnswers(form, person.name, s.choice));
      let delivered = false;
      for (let i = 0; i < (s.twice ? 2 : 1); i++)
        for (const trigger of fakes.scriptApp.submitTriggers(form.id))
          delivered = deliver(trigger, { response, source: form }) || delivered;
      submitted.push({ atMs, email: person.email, response, delivered });
    });
  }
  if (schedule.blank !== undefined) {
    const form = formOf(fakes, 'attendance');
    world.at(t0 + schedule.blank * 1000, () => {
      for (const trigger of fakes.scriptApp.submitTriggers(form.id)) deliver(trigger, { source: form });
    });
  }

  // Watched after every execution: when each response first shows in "Phản hồi gốc", the
  // seats held, and whether a seat once held was taken back or a session overfilled.
  const problems: string[] = [];
  const recordedAt = new Map<string, number>();
  const everSeated = new Map<string, number>();
  world.observe((report) => {
    for (const row of recordsOf(fakes.spreadsheet, RAW_RESPONSES_TABLE.name)) {
      const id = String(row['Mã phản hồi'] ?? '');
      if (id && !recordedAt.has(id)) recordedAt.set(id, report.endMs);
    }
    const perSession = new Map<string, number>();
    const seatedNow = new Set<string>();
    for (const row of recordsOf(fakes.spreadsheet, TRAINING_SIGNUPS_TABLE.name)) {
      for (const session of seatedIn(row['Chỗ / danh sách chờ'])) {
        seatedNow.add(`${String(row['Email']).toLowerCase()} ${session}`);
        perSession.set(session, (perSession.get(session) ?? 0) + 1);
      }
    }
    for (const [session, n] of perSession)
      if (n > SEATS_PER_SESSION)
        problems.push(`${session}: ${n} seats of ${SEATS_PER_SESSION} after ${report.name}`);
    for (const seat of seatedNow) if (!everSeated.has(seat)) everSeated.set(seat, report.endMs);
    for (const seat of everSeated.keys())
      if (!seatedNow.has(seat)) problems.push(`seat taken back: ${seat} after ${report.name}`);
  });

  world.runUntil(t0 + 40 * MINUTE);
  world.settle(t0 + 3 * 3600_000);
  // Once the owner's minutes are spent Apps Script refuses every triggered run: a refused submit
  // leaves the answer only in the form, a refused processing run leaves it in the queue. The
  // evening progress run's sweep (17:00, once the minutes are given back) is what records them.
  const refusals = fakes.scriptApp.refusedRuns;
  const evening = fakes.scriptApp.triggers.find((t) => t.handler === 'sendDailyProgress')?.nextMs;
  if (refusals.length > 0 && evening !== undefined) {
    world.runUntil(evening + 30 * MINUTE);
    world.settle(evening + 3 * 3600_000);
  }

  const executions = world.executions;
  const killedOnPurpose = new Set(
    executions
      .filter((e) => e.killed && e.totalCalls > 0 && e.endMs - e.startMs < EXECUTION_LIMIT_MS)
      .map((e) => e.id),
  );
  for (const e of executions) {
    if (e.endMs - e.startMs >= EXECUTION_LIMIT_MS) problems.push(`${e.name} ran into the 6-minute limit`);
    if (e.outcome === 'hung') problems.push(`${e.name} hung`);
    if (e.killed && !killedOnPurpose.has(e.id)) problems.push(`${e.name} killed`);
  }
  const ledger = loadOutbox(tablesOf({ fakes } as never)).ledger.rows.map((r) => r.entry);
  // Mail waits when the mail quota is spent, or when the owner's trigger minutes are (no drain runs).
  const quotaSpent =
    fakes.mail.left() === 0 ||
    ledger.some((e) => /hạn mức/.test(String(e.lastError ?? ''))) ||
    refusals.length > 0;
  const sent = fakes.mail.sent;
  const seen = new Map<string, number>();
  for (const m of sent)
    seen.set(`${m.to}\n${m.subject}\n${m.body}`, (seen.get(`${m.to}\n${m.subject}\n${m.body}`) ?? 0) + 1);
  for (const [mail, n] of seen)
    if (n > 1) problems.push(`sent ${n} times: ${mail.split('\n').slice(0, 2).join(' | ')}`);
  const keys = ledger.map((e) => e.key.trim().toLowerCase());
  if (new Set(keys).size !== keys.length) problems.push('an outbox key queued twice');

  // A run killed on purpose may have marked the confirmation 'đang gửi' just before it died:
  // nobody can tell a killed run from a slow one until its lease ends (the start + 6 minutes,
  // plus a minute, rounded up to the minute; src/app/deadline.ts) and the watchdog a minute
  // later resends. Such a mail is due within 10 minutes of the later of its submission and the
  // killed run's start.
  const killedStarts = executions.filter((e) => killedOnPurpose.has(e.id)).map((e) => e.startMs);
  const confirmBy = (submittedMs: number, sentMs: number): number =>
    Math.max(submittedMs, ...killedStarts.filter((k) => k <= sentMs)) + CONFIRM_WITHIN_MS;
  for (const s of submitted) {
    const id = s.response!.id;
    const recorded = recordedAt.get(id);
    if (recorded === undefined) {
      problems.push(`response ${id} of ${s.email} lost: not in ${RAW_RESPONSES_TABLE.name}`);
      continue;
    }
    const waitsForMinutes = !s.delivered || refusals.some((r) => r.atMs >= s.atMs);
    if (!waitsForMinutes && recorded > s.atMs + CONFIRM_WITHIN_MS)
      problems.push(`response ${id} recorded ${Math.round((recorded - s.atMs) / 1000)} s after it was sent`);
    if (quotaSpent) continue;
    const rows = ledger.filter((e) => e.kind === 'mail' && e.key.includes(id));
    if (rows.length === 0) {
      problems.push(`response ${id}: no confirmation queued`);
      continue;
    }
    for (const row of rows) {
      if (row.state === NEEDS_REVIEW && killedOnPurpose.size > 0) continue; // a send cut off mid-way
      const mail = sent.find((m) => m.to === row.recipients.join(',') && m.subject === row.subject);
      if (!mail) problems.push(`response ${id}: ${row.key} never sent (${row.state})`);
      else if (mail.atMs > confirmBy(s.atMs, mail.atMs))
        problems.push(`response ${id}: ${row.key} sent ${Math.round((mail.atMs - s.atMs) / 1000)} s after`);
    }
  }
  world.close();
  return {
    problems,
    executions,
    submitted: submitted.length,
    submissions: submitted.map((s) => ({ atMs: s.atMs, id: s.response!.id })),
    fakes,
    recordedAt,
  };
}
