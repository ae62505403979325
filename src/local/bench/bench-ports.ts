import type { DesiredEvent } from '../../core/calendar/types';
import type { FormSpec } from '../../core/forms/types';
import type { ReportModel } from '../../core/report';
import type {
  CalendarPort,
  DocumentsPort,
  FormHandle,
  FormsPort,
  LockPort,
  LogPort,
  MailPort,
  OutgoingMail,
  PropertiesPort,
  ReportDocumentHandle,
  SleepPort,
  TablesPort,
  TriggersPort,
} from '../../ports';

/**
 * The benchmark's ports: every call a use case makes is counted here, because in Apps Script
 * each one is a service round trip (the figure the latency model turns into time).
 */
export interface CallCounts {
  sheetReads: number;
  sheetWrites: number;
  /** tableNames, create, layout: metadata calls. */
  sheetOther: number;
  cellsRead: number;
  cellsWritten: number;
  mails: number;
  calendar: number;
  forms: number;
  documents: number;
  properties: number;
}

export const noCalls = (): CallCounts => ({
  sheetReads: 0,
  sheetWrites: 0,
  sheetOther: 0,
  cellsRead: 0,
  cellsWritten: 0,
  mails: 0,
  calendar: 0,
  forms: 0,
  documents: 0,
  properties: 0,
});

const cellsOf = (grid: readonly (readonly unknown[])[] | undefined): number =>
  (grid ?? []).reduce((n, row) => n + row.length, 0);

/** Wraps a TablesPort: counts calls and the cells they move. */
export function countingTables(tables: TablesPort, calls: CallCounts): TablesPort {
  return {
    tableNames: () => (calls.sheetOther++, tables.tableNames()),
    read: (name) => {
      calls.sheetReads++;
      const grid = tables.read(name);
      calls.cellsRead += cellsOf(grid);
      return grid;
    },
    create: (name) => (calls.sheetOther++, tables.create(name)),
    write: (name, row, col, block) => {
      calls.sheetWrites++;
      calls.cellsWritten += cellsOf(block);
      tables.write(name, row, col, block);
    },
    append: (name, rows) => {
      calls.sheetWrites++;
      calls.cellsWritten += cellsOf(rows);
      tables.append(name, rows);
    },
    layout: (name, layout) => (calls.sheetOther++, tables.layout(name, layout)),
  };
}

/** MailApp with a daily quota: counts sends, never fails otherwise. */
export class RecordingMail implements MailPort {
  private remaining: number;

  constructor(
    private readonly calls: CallCounts,
    quota: number,
  ) {
    this.remaining = quota;
  }

  send(mail: OutgoingMail): void {
    if (this.remaining < mail.to.length)
      throw new Error('Service invoked too many times for one day: email.');
    this.remaining -= mail.to.length;
    this.calls.mails++;
  }

  remainingDailyQuota(): number {
    return this.remaining;
  }
}

export class RecordingCalendar implements CalendarPort {
  private next = 0;
  private readonly tags = new Map<string, string>();
  /** Each event's guest list: the sync reads it to tell who has the event by mail instead. */
  private readonly guests = new Map<string, Set<string>>();

  /** Settable: one calendar kept across executions, each counted on its own. */
  constructor(public calls: CallCounts) {}

  createEvent(event: DesiredEvent): string {
    this.calls.calendar++;
    const id = `event-${++this.next}`;
    this.tags.set(event.activityId, id);
    this.guests.set(id, new Set(event.guests));
    return id;
  }
  updateEvent(id: string): boolean {
    this.calls.calendar++;
    return this.guests.has(id);
  }
  addGuests(id: string, emails: readonly string[]): boolean {
    // One getGuestList, then one addGuest per guest not yet listed.
    this.calls.calendar += 1 + emails.length;
    const list = this.guests.get(id);
    for (const email of emails) list?.add(email);
    return list !== undefined;
  }
  removeGuests(id: string, emails: readonly string[]): boolean {
    this.calls.calendar += emails.length;
    const list = this.guests.get(id);
    for (const email of emails) list?.delete(email);
    return list !== undefined;
  }
  guestList(id: string): string[] | undefined {
    // One getGuestList; each guest's getEmail reads the list it returned.
    this.calls.calendar++;
    const list = this.guests.get(id);
    return list ? [...list] : undefined;
  }
  deleteEvent(id: string): void {
    this.calls.calendar++;
    this.guests.delete(id);
  }
  findByTag(activityId: string): string | undefined {
    this.calls.calendar++;
    return this.tags.get(activityId);
  }
}

export class RecordingForms implements FormsPort {
  constructor(private readonly calls: CallCounts) {}

  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean } {
    // One openById/create, then one call per item set, and the publish/trigger calls.
    this.calls.forms += 3 + spec.questions.length;
    const id = knownId ?? `form-${spec.id}`;
    return {
      id,
      publishedUrl: `https://forms.example/${id}`,
      editUrl: `https://forms.example/${id}/edit`,
      created: !knownId,
    };
  }
}

export class RecordingDocuments implements DocumentsPort {
  constructor(private readonly calls: CallCounts) {}

  render(model: ReportModel, knownId: string | undefined): ReportDocumentHandle {
    // DocumentApp: one append per block, plus open and saveAndClose.
    this.calls.documents += 2 + model.blocks.length;
    return { id: knownId ?? 'report-doc', url: 'https://docs.example/report-doc', created: !knownId };
  }
  share(_id: string, viewers: readonly string[]): void {
    this.calls.documents += viewers.length;
  }
}

export class CountingProperties implements PropertiesPort {
  private readonly values = new Map<string, string>();
  /** UTF-8 bytes of keys and values, as Apps Script counts its 500 KB (and the most it held). */
  bytes = 0;
  peakBytes = 0;

  /** Settable: one store kept across executions, each counted on its own. */
  constructor(public calls: CallCounts) {}

  get keys(): number {
    return this.values.size;
  }

  get(key: string): string | undefined {
    this.calls.properties++;
    return this.values.get(key);
  }
  set(key: string, value: string): void {
    this.calls.properties++;
    this.forget(key);
    this.values.set(key, value);
    this.bytes += Buffer.byteLength(key + value, 'utf8');
    this.peakBytes = Math.max(this.peakBytes, this.bytes);
  }
  delete(key: string): void {
    this.calls.properties++;
    this.forget(key);
    this.values.delete(key);
  }
  private forget(key: string): void {
    const old = this.values.get(key);
    if (old !== undefined) this.bytes -= Buffer.byteLength(key + old, 'utf8');
  }
}

export const freeLock: LockPort = { withLock: (_ms, fn) => fn() };
export const quietLog: LogPort = { info: () => {}, error: () => {} };
export const noSleep: SleepPort = { sleep: () => {} };
export const noTriggers: TriggersPort = {
  scheduleContinuation: () => {},
  cancelContinuation: () => {},
  hasPendingContinuation: () => false,
};
