import type { Cell, LocalDateTime } from '../../core/cell';
import {
  allocateSeats,
  cleanEmail,
  formSpecOf,
  normalisedRecord,
  normaliseResponse,
  personKey,
  placementText,
  rawRecord,
  reasonText,
  sessionCapacities,
  signupsInRecordingOrder,
  type FormId,
  type NormalisedResponse,
  type Placement,
  type Promotion,
  type RawResponse,
  type SeatAllocation,
} from '../../core/forms';
import { catalogue } from '../../core/i18n/catalogue';
import { CELL_LIMIT, type OutboxEntry } from '../../core/outbox/entry';
import {
  ACTIVITY_RESULTS_TABLE,
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../core/schema/response-tables';
import type { TableSpec } from '../../core/schema/types';
import type { Language } from '../../core/plan';
import { cellText } from '../../core/table';
import type { ClockPort, LockPort, LogPort, TablesPort } from '../../ports';
import { loadFormsContext, schoolNow, type FormsContext } from './forms-context';
import { promotionEntry, responseMail } from './forms-mails';
import { mailableAddress } from '../../core/outbox/family-mail';
import { landResults, type LandingItem } from './land-results';
import { enqueueEntries } from '../outbox/outbox-store';
import { appendRecords, loadRawLog, loadTab, rawHistory, writeRows, type RawLog } from './response-store';

/**
 * The response pipeline (docs/ARCHITECTURE.md, section 4) for one response or a batch, at a constant number
 * of sheet calls: plan tabs read once, "Phản hồi gốc" read once and appended once, each touched
 * normalised tab read once and written as one block, the outbox read once and appended once.
 */

/** One response as a runtime received it (Apps Script form-submit event, CSV row, JSON). */
export interface Submission {
  readonly formId: FormId;
  readonly raw: RawResponse;
  /** The raw log's "Nguồn": 'Google Forms' (default), 'CSV', 'JSON', 'Mẫu'… */
  readonly source?: string;
}

export interface SubmitOutcome {
  /** 'duplicate': this response id was recorded before (a trigger delivered twice). */
  readonly status: 'recorded' | 'duplicate' | 'flagged';
  readonly responseId: string;
  /** Vietnamese reasons when flagged. */
  readonly reasons: readonly string[];
  /** Outbox keys queued by this response (confirmation, promotion notices). */
  readonly queued: readonly string[];
}

export interface PipelineOptions {
  /** How long to wait for the script lock (default 30 s: a form trigger may wait). */
  readonly lockTimeoutMs?: number;
  /** A form closed at this wall-clock time: later responses are kept, flagged. */
  readonly closedAt?: Partial<Record<FormId, LocalDateTime>>;
  /** Written to the raw log's "Nguồn" column when a submission does not say. */
  readonly source?: string;
}

export type PipelinePorts = { tables: TablesPort; clock: ClockPort; lock: LockPort; log: LogPort };

const TAB_OF_FORM: Record<FormId, TableSpec> = {
  attendance: ATTENDANCE_TABLE,
  training: TRAINING_SIGNUPS_TABLE,
  nomination: NOMINATIONS_TABLE,
  result: ACTIVITY_RESULTS_TABLE,
};

interface Item {
  readonly index: number;
  readonly submission: Submission;
  readonly response: NormalisedResponse;
  readonly duplicate: boolean;
}

export function runPipeline(
  ports: PipelinePorts,
  submissions: readonly Submission[],
  options: PipelineOptions = {},
): SubmitOutcome[] {
  return ports.lock.withLock(options.lockTimeoutMs ?? 30_000, () => apply(ports, submissions, options));
}

function apply(
  ports: PipelinePorts,
  submissions: readonly Submission[],
  options: PipelineOptions,
): SubmitOutcome[] {
  const { tables, clock, log } = ports;
  const context = loadFormsContext(tables, options.closedAt ? { closedAt: options.closedAt } : {});
  const now = schoolNow(context, clock);
  const rawLog = loadRawLog(tables, context.allTabNames);
  const texts = catalogue(context.settings?.language).forms.app;

  const known = new Set(rawLog.ids);
  const items: Item[] = submissions.map((submission, index) => {
    const response = normaliseResponse(submission.formId, submission.raw, context.normalise);
    const duplicate = known.has(response.responseId);
    known.add(response.responseId);
    return { index, submission, response, duplicate };
  });
  // A batch is recorded in submission-time order: the raw log's order is the order in which
  // seats are decided (signupsInRecordingOrder), so it must be the same whatever order the
  // batch arrived in. Array.prototype.sort is stable: equal minutes keep their arrival order.
  const fresh = items
    .filter((i) => !i.duplicate)
    .sort((a, b) => compareIso(a.response.submittedAt.iso, b.response.submittedAt.iso));

  // 1. The audit copy first: whatever happens next, the response is not lost.
  appendRecords(
    tables,
    rawLog.tab,
    fresh.map((i) => {
      const made = rawRecord(i.submission.formId, i.response.responseId, i.submission.raw, {
        receivedAt: now,
        source: i.submission.source ?? options.source ?? 'Google Forms',
        ...(tables.cellLimit !== undefined ? { cellLimit: tables.cellLimit } : {}),
      });
      if (made.overflow)
        log.error(texts.rawTooLong(i.response.responseId, made.kept, tables.cellLimit ?? CELL_LIMIT));
      return made.record;
    }),
  );

  // 2. The normalised rows; a duplicate re-applies only what an interrupted run left undone.
  const entries: OutboxEntry[] = [];
  const owner = new Map<string, number>();
  const mayMail = mailableAddress(context.plan);
  let withheld = 0;
  const offer = (entry: OutboxEntry | undefined, index: number): void => {
    if (!entry) return;
    if (!entry.recipients.some(mayMail)) {
      withheld += 1;
      return;
    }
    entries.push(entry);
    if (!owner.has(entry.key)) owner.set(entry.key, index);
  };
  const forms = [...new Set(items.map((i) => i.submission.formId))];
  // Problems found while recording, not in the answers themselves (a result's conflicts).
  const later = new Map<string, string[]>();
  for (const formId of forms) {
    const formItems = items.filter((i) => i.submission.formId === formId);
    applyForm(ports, context, rawLog, formId, formItems, now, offer, later);
  }

  if (withheld > 0) log.info(texts.familiesNotMailed(withheld));

  // 3. Side effects through the outbox, keyed: a key already there is never queued again.
  const added = new Set<string>();
  if (entries.length > 0) {
    const result = enqueueEntries(tables, entries);
    result.added.forEach((k) => added.add(k));
    if (result.findings.length > 0 && result.added.length === 0) log.error(texts.outboxBroken);
  }
  if (!context.settings && fresh.length > 0) log.error(texts.settingsIncomplete);

  const lang = context.settings?.language ?? 'vi';
  const queuedBy = new Map<number, string[]>();
  for (const key of added) {
    const index = owner.get(key)!;
    queuedBy.set(index, [...(queuedBy.get(index) ?? []), key]);
  }
  return items.map((i) => {
    const found = i.duplicate ? [] : (later.get(i.response.responseId) ?? []);
    return {
      status: i.duplicate ? 'duplicate' : i.response.flagged || found.length > 0 ? 'flagged' : 'recorded',
      responseId: i.response.responseId,
      reasons: [...i.response.problems.map((r) => reasonText(r, lang)), ...found],
      queued: queuedBy.get(i.index) ?? [],
    };
  });
}

/**
 * One normalised row per person: the email when valid, else the response itself. The results
 * tab has one row per activity instead: whoever reports, the latest result of an activity wins.
 */
function rowKey(formId: FormId, cells: Readonly<Record<string, Cell>>): string {
  if (formId === 'result') {
    const id = cellText(cells['activityId']).trim().toUpperCase();
    if (id !== '') return `activity:${id}`;
  } else {
    const email = cleanEmail(cellText(cells['email']));
    if (email.valid) return `email:${email.email}`;
  }
  return `response:${cellText(cells['responseId']).trim()}`;
}

function responseKey(response: NormalisedResponse): string {
  if (response.formId !== 'result') return personKey(response);
  const id = response.result?.activityId;
  return id ? `activity:${id.toUpperCase()}` : `response:${response.responseId}`;
}

interface Slot {
  /** 1-based sheet row of an existing row; undefined for a new one. */
  readonly row?: number;
  responseId: string;
  submittedAt: string;
  email: string;
  seats: string;
  /** Results tab: what we last wrote into the Activities tab for this activity. */
  landed: string;
  /** Cells to write (all of them for a new row). */
  changes: Record<string, Cell> | undefined;
}

function applyForm(
  ports: PipelinePorts,
  context: FormsContext,
  rawLog: RawLog,
  formId: FormId,
  items: readonly Item[],
  now: LocalDateTime,
  offer: (entry: OutboxEntry | undefined, index: number) => void,
  later: Map<string, string[]>,
): void {
  const tab = loadTab(ports.tables, TAB_OF_FORM[formId], context.allTabNames);
  const lang = context.settings?.language ?? 'vi';
  const spec = formSpecOf(context.specs, formId);
  const slots = new Map<string, Slot>();
  const order: Slot[] = [];
  for (const { row, cells } of tab.rows) {
    const key = rowKey(formId, cells);
    if (slots.has(key)) continue;
    const slot: Slot = {
      row,
      responseId: cellText(cells['responseId']).trim(),
      submittedAt: cellText(cells['submittedAt']),
      email: cellText(cells['email']).trim().toLowerCase(),
      seats: cellText(cells['seats']),
      landed: cellText(cells['landed']),
      changes: undefined,
    };
    slots.set(key, slot);
    order.push(slot);
  }

  const winners = new Map<Slot, NormalisedResponse>();
  for (const { response, duplicate } of items) {
    const key = responseKey(response);
    const slot = slots.get(key);
    if (slot?.responseId === response.responseId) continue;
    const iso = response.submittedAt.iso;
    // Latest wins; a redelivered response never replaces one that arrived after it.
    if (slot && (duplicate ? iso <= slot.submittedAt : iso < slot.submittedAt)) continue;
    const record = normalisedRecord(response, { newRow: !slot, language: lang, spec });
    if (slot) {
      slot.changes = { ...slot.changes, ...record };
      slot.responseId = response.responseId;
      slot.submittedAt = iso;
      winners.set(slot, response);
    } else {
      const added: Slot = {
        responseId: response.responseId,
        submittedAt: iso,
        email: response.email,
        seats: '',
        landed: '',
        changes: record,
      };
      slots.set(key, added);
      order.push(added);
      winners.set(added, response);
    }
  }
  if (formId === 'result') landAll(ports, context, winners, lang, later);

  let after: SeatAllocation | undefined;
  if (formId === 'training') after = reallocate(context, rawLog, items, order, now, offer);

  const changed = new Map<number, Record<string, Cell>>();
  const added: Record<string, Cell>[] = [];
  for (const slot of order) {
    if (slot.row === undefined) added.push(slot.changes!);
    else if (slot.changes) changed.set(slot.row, slot.changes);
  }
  writeRows(ports.tables, tab, changed, added);

  if (!context.settings) return;
  const byPerson = after ? placementsByPerson(after) : new Map<string, Placement[]>();
  for (const { index, response } of items) {
    const placements = (byPerson.get(response.email) ?? []).filter((p) =>
      response.sessionIds.includes(p.sessionId),
    );
    offer(responseMail({ settings: context.settings, now }, spec, response, placements), index);
  }
}

/**
 * The batch's latest result per activity lands in Activities and Outreach; the results row
 * remembers what was written and carries the conflicts with what was typed by hand.
 */
function landAll(
  ports: PipelinePorts,
  context: FormsContext,
  winners: ReadonlyMap<Slot, NormalisedResponse>,
  lang: Language,
  later: Map<string, string[]>,
): void {
  const items: LandingItem[] = [];
  const slotOf = new Map<string, Slot>();
  for (const [slot, response] of winners) {
    const activityId = response.result?.activityId;
    if (!activityId) continue;
    const person = context.plan.people.find((p) => p.email.toLowerCase() === response.email);
    items.push({ activityId, response, previous: slot.landed, by: person?.name ?? response.email });
    slotOf.set(response.responseId, slot);
  }
  for (const [responseId, outcome] of landResults(ports.tables, context, items, lang)) {
    const slot = slotOf.get(responseId)!;
    const problems = cellText(slot.changes?.['problems']);
    const conflicts = outcome.conflicts.map((r) => reasonText(r, lang));
    slot.landed = outcome.landed;
    if (conflicts.length > 0) later.set(responseId, conflicts);
    slot.changes = {
      ...slot.changes,
      landed: outcome.landed,
      ...(conflicts.length > 0
        ? { problems: [problems, ...conflicts].filter((t) => t !== '').join('\n') }
        : {}),
    };
  }
}

/** placementsOf for everyone at once (same order), without a scan per person. */
function placementsByPerson(allocation: SeatAllocation): Map<string, Placement[]> {
  const out = new Map<string, Placement[]>();
  const push = (person: string, placement: Placement): void => {
    const list = out.get(person);
    if (list) list.push(placement);
    else out.set(person, [placement]);
  };
  for (const s of allocation.sessions) {
    for (const person of s.seated) push(person, { sessionId: s.id, state: 'seated' });
    s.waitlist.forEach((person, i) =>
      push(person, { sessionId: s.id, state: 'waitlisted', position: i + 1 }),
    );
  }
  return out;
}

/**
 * Seats replayed from the whole raw history in the order it was recorded (allocateSeats over
 * signupsInRecordingOrder), before and after this batch: a seat confirmed by an earlier batch
 * stays its holder's, an earlier-timestamped response recorded now takes the next free seat or
 * the waitlist. Every row's seat text is brought up to date, and whoever was waiting before
 * and is seated now gets a promotion notice.
 */
function reallocate(
  context: FormsContext,
  rawLog: RawLog,
  items: readonly Item[],
  order: readonly Slot[],
  now: LocalDateTime,
  offer: (entry: OutboxEntry | undefined, index: number) => void,
): SeatAllocation {
  const sessions = sessionCapacities(context.plan.activities);
  const history = rawHistory(rawLog, 'training', context.normalise);
  const freshItems = items
    .filter((i) => !i.duplicate)
    .sort((a, b) => compareIso(a.response.submittedAt.iso, b.response.submittedAt.iso));
  const all = [...history, ...freshItems.map((i) => i.response)];
  const before = allocateSeats(sessions, signupsInRecordingOrder(history));
  const after = allocateSeats(sessions, signupsInRecordingOrder(all));

  const byPerson = placementsByPerson(after);
  for (const slot of order) {
    const text =
      slot.email === ''
        ? ''
        : placementText(byPerson.get(slot.email) ?? [], context.settings?.language ?? 'vi');
    if (text !== slot.seats) {
      slot.changes = { ...slot.changes, seats: text === '' ? null : text };
      slot.seats = text;
    }
  }

  const settings = context.settings;
  if (!settings || freshItems.length === 0) return after;
  const names = new Map<string, string>();
  for (const r of all) {
    const name = r.answers['name'];
    if (r.emailValid && typeof name === 'string' && name !== '') names.set(r.email, name.replace(/^'/, ''));
  }
  const lastFresh = freshItems[freshItems.length - 1]!;
  const freshIds = new Set(freshItems.map((i) => i.response.responseId));
  const events = new Map<string, Promotion>();
  // Promotions this batch caused (a drop inside the batch), if the person still holds the seat…
  for (const p of after.promotions) {
    const seated = after.sessions.find((s) => s.id === p.sessionId)?.seated ?? [];
    if (freshIds.has(p.byResponseId) && seated.includes(p.person))
      events.set(`${p.sessionId}\u0000${p.person}`, p);
  }
  // …and whoever was waiting before this batch and is seated now (an earlier drop arrived late).
  for (const session of after.sessions) {
    const waiting = before.sessions.find((s) => s.id === session.id)?.waitlist ?? [];
    for (const person of session.seated) {
      const key = `${session.id}\u0000${person}`;
      if (!waiting.includes(person) || events.has(key)) continue;
      const event = [...after.promotions]
        .reverse()
        .find((p) => p.sessionId === session.id && p.person === person);
      events.set(
        key,
        event ?? { sessionId: session.id, person, byResponseId: lastFresh.response.responseId, at: now },
      );
    }
  }
  for (const event of events.values()) {
    const by = freshItems.find((i) => i.response.responseId === event.byResponseId) ?? lastFresh;
    offer(
      promotionEntry(
        { settings, now },
        event,
        names.get(event.person) ?? event.person,
        context.plan.activities,
      ),
      by.index,
    );
  }
  return after;
}

const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
