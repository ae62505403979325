import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DAILY_DRAIN_AT, DAILY_PROGRESS_AT, REMINDERS_AT } from '../../app/jobs/schedule';
import type { WeekStep } from '../../app/jobs/week-scenario';
import { loadOutbox } from '../../app/outbox/outbox-store';
import { addDays, localDateTime, wallMinutes, withTime, type LocalDateTime } from '../../core/cell';
import { FAILED, SENT } from '../../core/outbox/entry';
import { reminderDay, urgencyOf } from '../../core/outbox/urgency';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import { FileLock } from '../files/file-lock';
import { RememberedContinuation } from '../mail/mail-runtime';
import { DEFAULT_DAILY_LIMIT } from '../mail/mail-quota';
import { LocalEnvironment } from '../runtime/environment';
import { LocalInbox, LocalProcessingRuns } from '../week/local-queue';
import { emptyMemory, playStep, type WeekPorts } from '../week/play-step';
import { CollectingLog, emptyTally, SimulatedClock } from '../week/week-state';
import { CountingProperties, noCalls } from './bench-ports';
import { schoolTables, type SchoolSize } from './bench-school';

/**
 * The mail a school's week sends under the consumer quota (100 recipients in a 24-hour window),
 * played through the real jobs on the local runtime with a simulated clock: Setup's school of
 * this size, every staff member and family invited on 28/09 at 08:10, then every day the drain
 * at 00:10, the reminders at 07:00, the organiser's note at 17:00 and every continuation the
 * drain asks for, to the week's end and a few days on (DAYS_AFTER_WEEK). No calendar sync: on Google the calendar
 * sends its own invitations, and the local runtime mails every guest, which Google does not.
 */
export interface MailTimeline {
  readonly size: string;
  readonly invitations: number;
  /**
   * Days from the invitation run's day to the day the last invitation went (both counted); for
   * a school whose invitations outlast the played days, the played days plus those the rest
   * need at the last played day's pace (`estimate`).
   */
  readonly invitationDays: number;
  /** When the last invitation went, when it went within the played days. */
  readonly lastInvitation?: LocalDateTime;
  /** Set when the invitations outlasted the played days. */
  readonly estimate?: { readonly playedTo: string; readonly waiting: number; readonly perDay: number };
  /** Per activity day with reminders: how many, how many went, when the last went. */
  readonly reminders: readonly ReminderDay[];
}

export interface ReminderDay {
  /** The activity day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly queued: number;
  readonly sent: number;
  /** Not sent: the day had begun before the quota let them go. */
  readonly tooLate: number;
  readonly lastSent?: LocalDateTime;
  /** True when every reminder went the day before the activity. */
  readonly dayBefore: boolean;
}

const FIRST_DAY = localDateTime(2021, 9, 28);
const LAST_DAY = localDateTime(2021, 10, 7);
/**
 * Days played after the week: two days on, the results' reminders and the report's mail are
 * past and only invitations and the evening note are left, so each day sends as many as the
 * one before; a big school's months of them (11,000 invitations take
 * about 119 days, 12 minutes to play) are counted at that pace instead of played.
 */
const DAYS_AFTER_WEEK = 3;

export async function measureMailTimeline(
  size: SchoolSize,
  dailyLimit = DEFAULT_DAILY_LIMIT,
  daysAfterWeek = DAYS_AFTER_WEEK,
): Promise<MailTimeline> {
  const scratch = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'learning-week-mail-'));
  try {
    return await play(size, dailyLimit, daysAfterWeek, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function play(
  size: SchoolSize,
  dailyLimit: number,
  daysAfterWeek: number,
  scratch: string,
): Promise<MailTimeline> {
  const tables = schoolTables(size);
  const clock = new SimulatedClock(toInstant(withTime(FIRST_DAY, 8, 10), SCHOOL_TIME_ZONE));
  const properties = new CountingProperties(noCalls());
  const ports: WeekPorts = {
    tables,
    clock,
    lock: new FileLock(join(scratch, 'bench.lock')),
    log: new CollectingLog(),
    properties,
    env: new LocalEnvironment(),
    triggers: new RememberedContinuation(properties, () => clock.now()),
    inbox: new LocalInbox(properties),
    runs: new LocalProcessingRuns(properties, () => clock.now()),
    mailDir: join(scratch, 'mail'),
    formsDir: join(scratch, 'forms'),
    calendarDir: join(scratch, 'calendar'),
    reportDir: join(scratch, 'report'),
    dailyMailLimit: dailyLimit,
  };
  const memory = emptyMemory();
  const run = async (step: WeekStep): Promise<void> => {
    clock.set(toInstant(step.at, SCHOOL_TIME_ZONE));
    await playStep(step, ports, emptyTally(step.at.iso.slice(0, 10), ''), memory);
  };
  /** The continuations the drain asked for, at their time, before the next daily trigger. */
  const continuationsUntil = async (until: LocalDateTime): Promise<void> => {
    for (let at = ports.triggers.pendingAt(); at && at <= toInstant(until, SCHOOL_TIME_ZONE);) {
      ports.triggers.cancelContinuation();
      await run({ at: toWallClock(at, SCHOOL_TIME_ZONE), kind: 'continuation' });
      at = ports.triggers.pendingAt();
    }
  };

  await run({ at: withTime(FIRST_DAY, 8, 10), kind: 'invite', families: true });
  const lastPlayed = addDays(LAST_DAY, daysAfterWeek);
  for (let day = FIRST_DAY; day.iso <= lastPlayed.iso; day = addDays(day, 1)) {
    // The whole week (its reminders), then a few days more while invitations wait.
    if (day.iso > LAST_DAY.iso && !invitationsWaiting(ports)) break;
    const routine: WeekStep[] = [
      { at: withTime(day, DAILY_DRAIN_AT.hour, DAILY_DRAIN_AT.minute), kind: 'drain' },
      { at: withTime(day, REMINDERS_AT.hour, REMINDERS_AT.minute), kind: 'reminders' },
      { at: withTime(day, DAILY_PROGRESS_AT.hour, DAILY_PROGRESS_AT.minute), kind: 'progressNote' },
    ];
    for (const step of routine) {
      if (step.at.iso <= withTime(FIRST_DAY, 8, 10).iso) continue;
      await continuationsUntil(step.at);
      await run(step);
    }
    await continuationsUntil(withTime(addDays(day, 1), 0, 0));
  }
  return timeline(size, ports, lastPlayed);
}

const invitationsWaiting = (ports: WeekPorts): boolean =>
  loadOutbox(ports.tables).ledger.rows.some(
    (r) => urgencyOf(r.entry.key) === 'bulk' && r.entry.state !== SENT && r.entry.state !== FAILED,
  );

function timeline(size: SchoolSize, ports: WeekPorts, lastPlayed: LocalDateTime): MailTimeline {
  const rows = loadOutbox(ports.tables).ledger.rows.map((r) => r.entry);
  const invitations = rows.filter((e) => urgencyOf(e.key) === 'bulk');
  const later = (a: LocalDateTime | undefined, b: LocalDateTime | undefined) =>
    !a || (b && wallMinutes(b) > wallMinutes(a)) ? b : a;
  let lastInvitation: LocalDateTime | undefined;
  for (const e of invitations) if (e.state === SENT) lastInvitation = later(lastInvitation, e.doneAt);
  const days = new Map<string, { queued: number; sent: number; tooLate: number; last?: LocalDateTime }>();
  for (const e of rows) {
    const day = reminderDay(e.key)?.iso.slice(0, 10);
    if (!day) continue;
    const d = days.get(day) ?? { queued: 0, sent: 0, tooLate: 0 };
    d.queued++;
    if (e.state === SENT) {
      d.sent++;
      const last = later(d.last, e.doneAt);
      if (last) d.last = last;
    } else if (e.state === FAILED) d.tooLate++;
    days.set(day, d);
  }
  const reminders = [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]): ReminderDay => ({
      day,
      queued: d.queued,
      sent: d.sent,
      tooLate: d.tooLate,
      ...(d.last ? { lastSent: d.last } : {}),
      dayBefore: d.sent === d.queued && (!d.last || d.last.iso.slice(0, 10) < day),
    }));
  const dayNumber = (at: LocalDateTime): number =>
    Math.round((wallMinutes(withTime(at, 0, 0)) - wallMinutes(FIRST_DAY)) / (24 * 60)) + 1;
  const size_ = `${size.staff}/${size.families}`;
  const waiting = invitations.filter((e) => e.state !== SENT && e.state !== FAILED).length;
  if (waiting > 0) {
    const lastDay = lastPlayed.iso.slice(0, 10);
    const perDay = invitations.filter((e) => e.state === SENT && e.doneAt?.iso.startsWith(lastDay)).length;
    const more = perDay > 0 ? Math.ceil(waiting / perDay) : Number.POSITIVE_INFINITY;
    return {
      size: size_,
      invitations: invitations.length,
      invitationDays: dayNumber(lastPlayed) + more,
      estimate: { playedTo: lastDay, waiting, perDay },
      reminders,
    };
  }
  return {
    size: size_,
    invitations: invitations.length,
    invitationDays: lastInvitation ? dayNumber(lastInvitation) : 0,
    ...(lastInvitation ? { lastInvitation } : {}),
    reminders,
  };
}
