import {
  calendarDiff,
  desiredEvents,
  type CalendarOp,
  type DesiredEvent,
  type KnownEvent,
  type SkippedActivity,
} from '../../core/calendar';
import type { Finding } from '../../core/findings';
import { catalogue } from '../../core/i18n/catalogue';
import type { Plan, Settings } from '../../core/plan';
import { cellText } from '../../core/table';
import { cleanText } from '../../core/text';
import type { ClockPort, PropertiesPort, TablesPort } from '../../ports';
import { seatedGuests } from '../forms/forms-seat-counts';
import { loadKnownEvents } from './known-events';
import { outboxGuestRecord } from './recorded-guests';
import { readPlanTabs } from './plan-tabs';

export interface CalendarSyncOptions {
  /** People seated in a training, by activity id (forms issue): invited besides the audience. */
  readonly seatedByActivity?: ReadonlyMap<string, readonly string[]>;
  /** Popup reminder before the start, minutes. Default 30. */
  readonly popupMinutes?: number;
  readonly lockTimeoutMs?: number;
  /** Carry out the queued calendar entries right away (default true); false leaves them to the drain. */
  readonly apply?: boolean;
  /**
   * Who each event went to, where the outbox is not the whole record (the local week runner
   * invites through the calendar files, not per-guest mails). Default: the outbox.
   */
  readonly recorded?: (activityId: string) => readonly string[];
  /** Guests a Google event lists at most (GUEST_LIST_CAP); the others get the event by mail. */
  readonly guestCap?: number;
}

export interface CalendarSyncPlan {
  /** False when Settings or the Activities tab are unusable: nothing may be created or cancelled. */
  readonly ok: boolean;
  readonly settings?: Settings;
  readonly plan?: Plan;
  readonly desired: ReadonlyMap<string, DesiredEvent>;
  readonly known: ReadonlyMap<string, KnownEvent>;
  readonly ops: readonly CalendarOp[];
  readonly skipped: readonly SkippedActivity[];
  readonly findings: readonly Finding[];
  /** The dry-run preview: one Vietnamese line per operation, then why activities got no event. */
  readonly preview: readonly string[];
  readonly message: string;
}

export interface PlanPorts {
  tables: TablesPort;
  properties: PropertiesPort;
  clock: ClockPort;
}

/** The dry run: what a sync would do now. Reads the plan tabs once each; writes nothing. */
export function planCalendarSync(ports: PlanPorts, options: CalendarSyncOptions = {}): CalendarSyncPlan {
  const { grids, parsed } = readPlanTabs(ports.tables);
  const settings = parsed.plan.settings;
  const empty = { desired: new Map(), known: new Map(), ops: [], skipped: [], preview: [] };
  const activitiesBroken =
    grids.activities === undefined ||
    parsed.findings.some((f) => f.table === 'activities' && f.code === 'header.missing');
  if (!settings || activitiesBroken) {
    const t = catalogue(settings?.language).calendar.sync;
    const message = !settings ? t.noSettings : t.noActivities;
    return { ok: false, ...empty, findings: parsed.findings, message };
  }
  const { events: desired, skipped } = desiredEvents(parsed.plan, settings, {
    ...options,
    seatedByActivity: options.seatedByActivity ?? seatedGuests(ports.tables),
  });
  // A row that exists but could not be read (blank title, unknown category…) keeps its event.
  const readable = new Set(parsed.plan.activities.map((a) => a.id));
  const unreadable = (parsed.tables.activities?.rows ?? [])
    .map((r) => cleanText(cellText(r.cells.id ?? null)))
    .filter((id) => id !== '' && !readable.has(id));
  const untouchable = new Set([...skipped.map((s) => s.activityId), ...unreadable]);
  const known = loadKnownEvents(ports.properties, settings.year);
  const ops = calendarDiff({
    desired,
    known,
    untouchable,
    language: settings.language,
    recorded: options.recorded ?? outboxGuestRecord(ports.tables, settings.year),
  });
  const t = catalogue(settings.language).calendar.sync;
  const stillKnown = skipped.filter((s) => known.has(s.activityId) && !known.get(s.activityId)!.cancelled);
  const preview = [
    ...ops.map((op) => op.description),
    ...skipped.map((s) => s.message),
    ...stillKnown.map((s) => t.keptUntilFixed(s.activityId)),
  ];
  const message =
    ops.length === 0 ? t.inSync(desired.size) : t.changes(ops.length, countByType(ops, t.types));
  return {
    ok: true,
    settings,
    plan: parsed.plan,
    desired,
    known,
    ops,
    skipped,
    findings: parsed.findings,
    preview,
    message: skipped.length > 0 ? `${message} ${t.skipped(skipped.length)}` : message,
  };
}

function countByType(ops: readonly CalendarOp[], words: Record<CalendarOp['type'], string>): string {
  const counts = new Map<CalendarOp['type'], number>();
  for (const op of ops) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${words[type]}`).join(', ');
}
