import { catalogue } from '../../core/i18n/catalogue';
import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  guestNames,
  icsCancellationOf,
  icsEventOf,
  organizerOf,
  stateAfter,
  writeIcs,
  type CalendarOp,
  type IcsContext,
  type IcsEvent,
  type KnownEvent,
} from '../../core/calendar';
import { saveKnownEvent } from '../../app/calendar/known-events';
import {
  planCalendarSync,
  type CalendarSyncOptions,
  type PlanPorts,
} from '../../app/calendar/plan-calendar-sync';
import { writeFileAtomic } from '../files/atomic-write';

export interface IcsFilesResult {
  readonly ran: boolean;
  /** Paths written, the week feed last. */
  readonly files: readonly string[];
  /** Events in the feed that are on (not cancelled). */
  readonly events: number;
  readonly cancelled: number;
  /** Distinct guests over all events. */
  readonly guests: number;
  /** The changes since the last run (the dry-run lines are their descriptions). */
  readonly ops: readonly CalendarOp[];
  readonly preview: readonly string[];
  readonly message: string;
}

/** The week feed's file name: `learning-week-2021.ics`. */
export const feedFileName = (year: number): string => `learning-week-${year}.ics`;

/** One file per activity, named by its id (stable: a re-run overwrites, never duplicates). */
export const eventFileName = (activityId: string): string =>
  `${activityId.replace(/[^A-Za-z0-9._-]+/g, '-')}.ics`;

/**
 * The local runtime's calendar: the same plan and diff as Apps Script, "applied" by writing
 * iTIP files — one per activity in `dir` (METHOD:REQUEST, or METHOD:CANCEL once cancelled) and
 * the week's feed. UIDs derive from activity and year; SEQUENCE and the fingerprints are kept
 * in the workbook's properties, so a re-run without edits changes no SEQUENCE and an edit
 * bumps exactly that activity's. With `dryRun` nothing is written, only the plan returned.
 */
export async function writeCalendarFiles(
  ports: PlanPorts,
  dir: string,
  options: CalendarSyncOptions & { dryRun?: boolean } = {},
): Promise<IcsFilesResult> {
  const plan = planCalendarSync(ports, options);
  const none = { files: [], events: 0, cancelled: 0, guests: 0, ops: plan.ops, preview: plan.preview };
  if (!plan.ok || !plan.settings || !plan.plan) return { ran: false, ...none, message: plan.message };
  if (options.dryRun) return { ran: true, ...none, message: plan.message };
  const { settings } = plan;

  const known = new Map<string, KnownEvent>(plan.known);
  for (const op of plan.ops) {
    const next = stateAfter(op, known.get(op.activityId));
    known.set(op.activityId, next);
  }
  // Saved per activity that changed only: a run without edits writes no property.
  for (const id of new Set(plan.ops.map((op) => op.activityId))) {
    saveKnownEvent(ports.properties, settings.year, known.get(id)!);
  }

  const organizer = organizerOf(settings);
  const ctx: IcsContext = {
    year: settings.year,
    school: settings.school,
    names: guestNames(plan.plan),
    ...(organizer ? { organizer } : {}),
  };
  const stamp = ports.clock.now();
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  const feed: IcsEvent[] = [];
  const guests = new Set<string>();
  let cancelled = 0;
  for (const [id, state] of known) {
    const desired = plan.desired.get(id);
    if (desired && !state.cancelled) {
      const event = icsEventOf(desired, state.sequence, ctx);
      desired.guests.forEach((g) => guests.add(g));
      feed.push(event);
      files.push(
        writeText(join(dir, eventFileName(id)), writeIcs({ method: 'REQUEST', stamp, events: [event] })),
      );
    } else if (state.cancelled) {
      const event = icsCancellationOf(state, settings.timeZone, ctx);
      if (!event) continue;
      cancelled++;
      feed.push(event);
      files.push(
        writeText(join(dir, eventFileName(id)), writeIcs({ method: 'CANCEL', stamp, events: [event] })),
      );
    }
    // Otherwise the row is broken for now: its last file stays as it was.
  }
  feed.sort((a, b) => a.start.iso.localeCompare(b.start.iso) || a.uid.localeCompare(b.uid));
  const t = catalogue(settings.language).calendar.files;
  const name = t.feedName(settings.year, settings.school);
  files.push(
    writeText(
      join(dir, feedFileName(settings.year)),
      writeIcs({ method: 'PUBLISH', stamp, name, events: feed }),
    ),
  );
  const events = feed.length - cancelled;
  const message = `${t.written(files.length, events, guests.size)}${
    cancelled > 0 ? t.cancelled(cancelled) : ''
  }. ${plan.message}`;
  return {
    ran: true,
    files,
    events,
    cancelled,
    guests: guests.size,
    ops: plan.ops,
    preview: plan.preview,
    message,
  };
}

/** Written atomically: a reader never sees half a calendar. */
function writeText(path: string, text: string): string {
  writeFileAtomic(path, text);
  return path;
}

/**
 * Who each activity's file, as the last run wrote it, names as attendees: the record of the
 * local week runner, whose invitations go out as these files rather than as per-guest mails.
 * (The CLI's `sync` reads the outbox instead, which the purge reaches; these files it does not.)
 */
export function icsGuestRecord(dir: string): (activityId: string) => readonly string[] {
  return (activityId) => {
    let text: string;
    try {
      text = readFileSync(join(dir, eventFileName(activityId)), 'utf8');
    } catch {
      return [];
    }
    const unfolded = text.replace(/\r?\n[ \t]/g, '');
    if (!/^METHOD:REQUEST\r?$/m.test(unfolded)) return [];
    return [...unfolded.matchAll(/^ATTENDEE[^\n]*?:mailto:(\S+)/gm)].map((m) => m[1]!.toLowerCase());
  };
}
