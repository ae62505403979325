import type { Grid, LocalDateTime } from '../../core/cell';
import {
  calendarDiff,
  decodeKnownEvent,
  desiredEvents,
  encodeKnownEvent,
  guestNames,
  icsEventOf,
  knownEventKey,
  lateGuestMail,
  organizerOf,
  stateAfter,
  writeIcs,
  type CalendarOp,
  type DesiredEvent,
  type KnownEvent,
  type SkippedActivity,
} from '../../core/calendar';
import type { Finding } from '../../core/findings';
import { classifyMailError, errorMessage } from '../../core/outbox/classify-error';
import { mailEntry } from '../../core/outbox/enqueue';
import {
  DEFERRED,
  FAILED,
  PENDING,
  SENT,
  TRANSIENT,
  outboxKey,
  type OutboxEntry,
  type OutboxKind,
} from '../../core/outbox/entry';
import { isDue, nextQuotaDay, retryAfterTransient } from '../../core/outbox/schedule';
import type { Plan, Settings } from '../../core/plan';
import type { TableKey } from '../../core/schema/types';
import { cellText, findTabName } from '../../core/table';
import { cleanText } from '../../core/text';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parsePlan, PLAN_TABLES, type ParsedPlan } from '../../core/validation';
import {
  LockUnavailableError,
  type CalendarPort,
  type ClockPort,
  type LockPort,
  type LogPort,
  type PropertiesPort,
  type TablesPort,
} from '../../ports';
import { seatedGuests } from '../forms/forms-seat-counts';
import { enqueueEntries, loadOutbox, writeLedgerRows } from '../outbox/outbox-store';

/**
 * Calendar sync (issue 5): desired events from the sheet, diffed against the known state in the
 * properties, queued in the outbox as one 'calendar' entry per write, carried out by
 * `executeCalendarEntry`. Known state lives in the properties, one key per activity plus an
 * index of the activity ids (so a deleted row's event can still be cancelled); the sheet's
 * system columns are not written, so a sync costs no spreadsheet write beyond the outbox.
 */

/**
 * The outbox kind of calendar writes. The ledger core's OutboxKind is still 'mail' only; see
 * the report of issue 5 for the one-line change that makes this cast unnecessary.
 */
export const CALENDAR_KIND: OutboxKind = 'calendar';
/** Every calendar entry's key starts with this (the ledger reader does not keep the kind yet). */
export const CALENDAR_KEY_PREFIX = 'calendar:';

export interface CalendarSyncOptions {
  /** People seated in a training, by activity id (forms issue): invited besides the audience. */
  readonly seatedByActivity?: ReadonlyMap<string, readonly string[]>;
  /** Popup reminder before the start, minutes. Default 30. */
  readonly popupMinutes?: number;
  readonly lockTimeoutMs?: number;
  /** Carry out the queued calendar entries right away (default true); false leaves them to the drain. */
  readonly apply?: boolean;
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

const INDEX_KEY = (year: number): string => `calendar:${year}:index`;

/** The known state of every activity that ever had an event (index + one key each). */
export function loadKnownEvents(properties: PropertiesPort, year: number): Map<string, KnownEvent> {
  const known = new Map<string, KnownEvent>();
  for (const id of readIndex(properties, year)) {
    const state = decodeKnownEvent(knownEventKey(year, id), (k) => properties.get(k));
    if (state) known.set(id, state);
  }
  return known;
}

/** Records an activity's known state (after a successful write) and keeps the index. */
export function saveKnownEvent(properties: PropertiesPort, year: number, state: KnownEvent): void {
  for (const [key, value] of encodeKnownEvent(knownEventKey(year, state.activityId), state)) {
    properties.set(key, value);
  }
  const index = readIndex(properties, year);
  if (!index.includes(state.activityId))
    properties.set(INDEX_KEY(year), JSON.stringify([...index, state.activityId]));
}

function readIndex(properties: PropertiesPort, year: number): string[] {
  try {
    const value = JSON.parse(properties.get(INDEX_KEY(year)) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The plan tabs the calendar needs (not the outreach log), one read each, parsed. */
export function readPlanTabs(tables: TablesPort): {
  grids: Partial<Record<TableKey, Grid | undefined>>;
  parsed: ParsedPlan;
} {
  const names = tables.tableNames();
  const grids: Partial<Record<TableKey, Grid | undefined>> = {};
  const tabNames: Partial<Record<TableKey, string>> = {};
  for (const spec of PLAN_TABLES) {
    const name = spec.key === 'outreach' ? undefined : findTabName(spec, names);
    if (name === undefined) continue;
    tabNames[spec.key] = name;
    grids[spec.key] = tables.read(name);
  }
  return { grids, parsed: parsePlan(grids, tabNames) };
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
    const message = !settings
      ? 'Chưa đồng bộ lịch: tab Cấu hình thiếu thông tin bắt buộc. Hãy chạy "Kiểm tra kế hoạch".'
      : 'Chưa đồng bộ lịch: không đọc được tab Hoạt động (thiếu tab hoặc thiếu cột bắt buộc), nên không sự kiện nào bị tạo hay hủy.';
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
  const ops = calendarDiff({ desired, known, untouchable });
  const stillKnown = skipped.filter((s) => known.has(s.activityId) && !known.get(s.activityId)!.cancelled);
  const preview = [
    ...ops.map((op) => op.description),
    ...skipped.map((s) => s.message),
    ...stillKnown.map((s) => `${s.activityId}: sự kiện đã có được giữ nguyên cho đến khi dòng được sửa.`),
  ];
  const message =
    ops.length === 0
      ? `Lịch đã khớp với kế hoạch (${desired.size} sự kiện); không có thay đổi.`
      : `${ops.length} thay đổi lịch: ${countByType(ops)}.`;
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
    message:
      skipped.length > 0 ? `${message} ${skipped.length} hoạt động chưa có sự kiện (xem chi tiết).` : message,
  };
}

function countByType(ops: readonly CalendarOp[]): string {
  const words: Record<CalendarOp['type'], string> = {
    create: 'tạo mới',
    update: 'sửa',
    'guests-added': 'thêm khách mời',
    'guests-removed': 'bỏ khách mời',
    cancel: 'hủy',
  };
  const counts = new Map<CalendarOp['type'], number>();
  for (const op of ops) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${words[type]}`).join(', ');
}

/** What a calendar entry's payload holds. */
interface CalendarPayload {
  readonly year: number;
  readonly op: CalendarOp;
}

/** The outbox entry of one calendar write. */
export function calendarEntry(op: CalendarOp, year: number, now: LocalDateTime): OutboxEntry {
  const payload: CalendarPayload = { year, op };
  return {
    key: op.key,
    kind: CALENDAR_KIND,
    recipients: [],
    subject: op.description,
    payload: JSON.stringify(payload),
    state: PENDING,
    attempts: 0,
    createdAt: now,
  };
}

/** Key of the invitation mail to a guest added later (one per guest, activity and version). */
export const lateGuestKey = (activityId: string, email: string, sequence: number): string =>
  outboxKey('calendar-invite', activityId, email, sequence);

/**
 * The invitation mails for guests added to an existing event (addGuest sends none). The .ics
 * attached is `lateGuestIcs`: the guest as the one attendee, METHOD:REQUEST.
 */
export function lateGuestEntries(plan: CalendarSyncPlan, now: LocalDateTime, stamp: Date): OutboxEntry[] {
  const settings = plan.settings!;
  const names = guestNames(plan.plan!);
  return plan.ops.flatMap((op) =>
    op.type !== 'guests-added'
      ? []
      : op.emails.map((email) =>
          mailEntry(
            {
              key: lateGuestKey(op.activityId, email, op.sequence),
              to: [email],
              mail: lateGuestMail(op.event, settings, names.get(email)),
              ...(settings.senderName ? { senderName: settings.senderName } : {}),
              ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
              attachments: [
                {
                  filename: `${op.activityId}.ics`,
                  mimeType: 'text/calendar; method=REQUEST; charset=UTF-8',
                  content: lateGuestIcs(op.event, op.sequence, email, settings, plan.plan!, stamp),
                },
              ],
            },
            now,
          ),
        ),
  );
}

/** The .ics (METHOD:REQUEST) for a late guest's invitation: the whole event, that guest listed. */
export function lateGuestIcs(
  event: DesiredEvent,
  sequence: number,
  email: string,
  settings: Settings,
  plan: Plan,
  stamp: Date,
): string {
  const ctx = {
    year: settings.year,
    school: settings.school,
    names: guestNames(plan),
    ...organizer(settings),
  };
  return writeIcs({ method: 'REQUEST', stamp, events: [icsEventOf(event, sequence, ctx, [email])] });
}

function organizer(settings: Settings): { organizer?: NonNullable<ReturnType<typeof organizerOf>> } {
  const o = organizerOf(settings);
  return o ? { organizer: o } : {};
}

export interface ExecutorPorts {
  calendar: CalendarPort;
  properties: PropertiesPort;
}

/**
 * Carries out one 'calendar' outbox entry — the function the drain calls for that kind. Throws
 * the calendar's own error (the drain classifies and retries it); records the new known state
 * only after the write succeeded. Never creates a second event: before creating, the event is
 * looked for by its activity tag (lost properties, a copied sheet, an earlier run cut short).
 */
export function executeCalendarEntry(ports: ExecutorPorts, entry: OutboxEntry): void {
  const payload = JSON.parse(entry.payload) as CalendarPayload;
  const { op, year } = payload;
  const { calendar, properties } = ports;
  const before = decodeKnownEvent(knownEventKey(year, op.activityId), (k) => properties.get(k));
  let id = before && !before.cancelled ? before.eventId : undefined;
  const tagged = (): string | undefined => calendar.findByTag(op.activityId);
  const currentGuests = (): string[] => (before && !before.cancelled ? [...before.guests] : []);
  switch (op.type) {
    case 'create': {
      id = id ?? tagged();
      if (id !== undefined && calendar.updateEvent(id, op.event)) {
        if (op.event.guests.length > 0) calendar.addGuests(id, op.event.guests);
      } else {
        id = calendar.createEvent(op.event);
      }
      break;
    }
    case 'update': {
      if (id === undefined || !calendar.updateEvent(id, op.event)) {
        id = tagged();
        if (id === undefined || !calendar.updateEvent(id, op.event)) {
          id = calendar.createEvent({ ...op.event, guests: currentGuests() });
        }
      }
      break;
    }
    case 'guests-added': {
      if (id === undefined || !calendar.addGuests(id, op.emails)) {
        id = tagged();
        if (id === undefined || !calendar.addGuests(id, op.emails)) {
          id = calendar.createEvent({
            ...op.event,
            guests: [...new Set([...currentGuests(), ...op.emails])].sort(),
          });
        }
      }
      break;
    }
    case 'guests-removed': {
      id = id ?? tagged();
      if (id !== undefined && !calendar.removeGuests(id, op.emails)) {
        id = tagged();
        if (id !== undefined) calendar.removeGuests(id, op.emails);
      }
      break;
    }
    case 'cancel': {
      id = id ?? tagged();
      if (id !== undefined) calendar.deleteEvent(id);
      break;
    }
  }
  saveKnownEvent(properties, year, stateAfter(op, before, id));
}

export interface SyncCalendarPorts extends PlanPorts, ExecutorPorts {
  lock: LockPort;
  log: LogPort;
}

export interface SyncCalendarResult {
  readonly ran: boolean;
  readonly plan?: CalendarSyncPlan;
  /** Calendar entries added to the outbox now. */
  readonly queued: number;
  /** Invitation mails queued for guests added to existing events. */
  readonly invitationsQueued: number;
  /** Calendar entries carried out in this run. */
  readonly applied: number;
  /** Left for a later run (transient error or time budget). */
  readonly pending: number;
  readonly failed: number;
  readonly message: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Calendar errors: "You have been creating or deleting too many calendars or calendar events
 * in a short time" is a rate limit (wait and retry), unlike the mail wording the outbox knows.
 */
export function classifyCalendarError(message: string): ReturnType<typeof classifyMailError> {
  if (/in a short time|rate limit/i.test(message)) return 'transient';
  return classifyMailError(message);
}

/**
 * Plans, queues one outbox entry per calendar write (plus the late guests' invitation mails),
 * then carries the due calendar entries out under the lock, recording each result on its row.
 * A second run without edits queues nothing and makes no calendar call.
 */
export function syncCalendar(
  ports: SyncCalendarPorts,
  options: CalendarSyncOptions = {},
): SyncCalendarResult {
  try {
    return ports.lock.withLock(options.lockTimeoutMs ?? 10_000, () => syncLocked(ports, options));
  } catch (error) {
    if (!(error instanceof LockUnavailableError)) throw error;
    const message = 'Một tác vụ khác đang chạy; chưa đồng bộ lịch. Hãy thử lại sau ít phút.';
    ports.log.info(`Đồng bộ lịch: ${message}`);
    return { ran: false, queued: 0, invitationsQueued: 0, applied: 0, pending: 0, failed: 0, message };
  }
}

function syncLocked(ports: SyncCalendarPorts, options: CalendarSyncOptions): SyncCalendarResult {
  const plan = planCalendarSync(ports, options);
  if (!plan.ok) {
    ports.log.error(`Đồng bộ lịch: ${plan.message}`);
    return {
      ran: false,
      plan,
      queued: 0,
      invitationsQueued: 0,
      applied: 0,
      pending: 0,
      failed: 0,
      message: plan.message,
    };
  }
  const zone = isKnownTimeZone(plan.settings!.timeZone) ? plan.settings!.timeZone : SCHOOL_TIME_ZONE;
  const now = toWallClock(ports.clock.now(), zone);
  const year = plan.settings!.year;
  const calendarEntries = plan.ops.map((op) => calendarEntry(op, year, now));
  const mails = lateGuestEntries(plan, now, ports.clock.now());
  let queued = 0;
  let invitationsQueued = 0;
  // An op the ledger already shows as done, yet still planned, means the known state was lost
  // (properties cleared, a copied sheet): doing it again is safe — it finds the event by its
  // tag — and restores the state, where skipping it would leave the sync planning it forever.
  let repair = new Set<string>();
  if (calendarEntries.length + mails.length > 0) {
    const result = enqueueEntries(ports.tables, [...calendarEntries, ...mails]);
    const added = new Set(result.added);
    queued = calendarEntries.filter((e) => added.has(e.key)).length;
    invitationsQueued = mails.filter((e) => added.has(e.key)).length;
    repair = new Set(result.alreadyQueued.filter((k) => k.startsWith(CALENDAR_KEY_PREFIX)));
  }
  const run =
    options.apply === false ? { applied: 0, pending: 0, failed: 0 } : runCalendarEntries(ports, now, repair);
  const parts = [plan.message];
  if (queued > 0) parts.push(`đã xếp ${queued} thay đổi vào Hộp thư đi`);
  if (invitationsQueued > 0) parts.push(`${invitationsQueued} thư mời cho khách mời mới`);
  if (run.applied > 0) parts.push(`đã cập nhật lịch ${run.applied} lần`);
  if (run.pending > 0) parts.push(`${run.pending} thay đổi sẽ thử lại sau`);
  if (run.failed > 0) parts.push(`${run.failed} thay đổi thất bại (xem Hộp thư đi)`);
  const message = parts.join('; ');
  ports.log.info(`Đồng bộ lịch: ${message}`);
  return { ran: true, plan, queued, invitationsQueued, ...run, message };
}

/**
 * Carries out the due calendar entries of the ledger, in order: ONE read, ONE write of the
 * results. Stops at the first transient error ("too many calendar events in a short time"):
 * the rest waits for a later run instead of hammering the service. Until the drain dispatches
 * kinds, this is how calendar entries are carried out.
 */
export function runCalendarEntries(
  ports: ExecutorPorts & { tables: TablesPort },
  now: LocalDateTime,
  /** Keys of entries done earlier to carry out again (lost known state, see syncCalendar). */
  repair: ReadonlySet<string> = new Set(),
): { applied: number; pending: number; failed: number } {
  const store = loadOutbox(ports.tables);
  const changed: { row: number; entry: OutboxEntry }[] = [];
  let applied = 0;
  let pending = 0;
  let failed = 0;
  let stop = false;
  for (const { row, entry } of store.ledger.rows) {
    if (!entry.key.startsWith(CALENDAR_KEY_PREFIX)) continue;
    if (!isDue(entry, now) && !(entry.state === SENT && repair.has(entry.key))) continue;
    if (stop) {
      pending++;
      continue;
    }
    const attempts = entry.attempts + 1;
    try {
      executeCalendarEntry(ports, entry);
      applied++;
      changed.push({
        row,
        entry: {
          ...entry,
          kind: CALENDAR_KIND,
          state: SENT,
          attempts,
          doneAt: now,
          nextAttempt: undefined,
          lastError: undefined,
        },
      });
    } catch (error) {
      const message = errorMessage(error);
      const kind = classifyCalendarError(message);
      if (kind === 'quota') {
        pending++;
        stop = true;
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: DEFERRED,
            attempts,
            nextAttempt: nextQuotaDay(now),
            lastError: `Hết hạn mức lịch trong ngày, sẽ làm tiếp ngày mai: ${message}`,
          },
        });
      } else if (kind === 'other' && attempts >= MAX_ATTEMPTS) {
        failed++;
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: FAILED,
            attempts,
            doneAt: now,
            lastError: `Lịch báo lỗi: ${message}`,
          },
        });
      } else {
        pending++;
        stop = kind !== 'other';
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: TRANSIENT,
            attempts,
            nextAttempt: retryAfterTransient(now, attempts),
            lastError: `Lịch báo lỗi, sẽ thử lại: ${message}`,
          },
        });
      }
    }
  }
  writeLedgerRows(ports.tables, store, changed);
  return { applied, pending, failed };
}
