import type { Grid } from './core/cell';
import type { DesiredEvent } from './core/calendar/types';
import type { FormSpec } from './core/forms/types';
import type { MailAttachment } from './core/outbox/entry';
import type { ReportModel } from './core/report';
import type { TableLayout } from './core/schema/layout';

/**
 * The narrow interfaces the use cases need. Each runtime (Apps Script in src/gas, Node in
 * src/local) implements them; the contract tests in test/contracts run against both.
 */

/**
 * Whole-tab access. Every method is one service round trip in Apps Script: reads are whole
 * tabs (`getDataRange().getValues()`), writes are one rectangular block (`setValues`).
 */
export interface TablesPort {
  /** Tab names in their order. */
  tableNames(): string[];
  /** The whole tab, header row first, trailing empty rows dropped; undefined if there is no such tab. */
  read(name: string): Grid | undefined;
  /** Creates the tab (empty) at the end if it does not exist; returns false when it already did. */
  create(name: string): boolean;
  /**
   * Writes a rectangular block whose top-left cell is at 0-based (row, col). All rows have the
   * same length. The tab grows as needed. Text that a spreadsheet would evaluate as a formula
   * is stored as text.
   */
  write(name: string, row: number, col: number, block: Grid): void;
  /** Appends rows after the last non-empty row (one block). */
  append(name: string, rows: Grid): void;
  /** Applies header styling, frozen header row, widths, formats and choice lists. */
  layout(name: string, layout: TableLayout): void;
  /**
   * The longest text one cell holds in this runtime: 32,767 characters in an .xlsx (Excel's
   * limit), 50,000 in Google Sheets when absent. Writers that may meet longer text (the raw
   * log, the outbox) split or refuse it by this number.
   */
  readonly cellLimit?: number;
}

/** The environment of the running script. */
export interface EnvironmentPort {
  /** IANA zone of the spreadsheet (or workbook, locally: the school's zone from Settings). */
  spreadsheetTimeZone(): string;
  /** IANA zone the script runs in (appsscript.json locally: the process zone, informational). */
  scriptTimeZone(): string;
  /**
   * The spreadsheet's locale ("vi_VN", "en_US"), which decides how Sheets reads a typed date.
   * Absent where nothing reads typed text by a locale (the local workbook).
   */
  spreadsheetLocale?(): string;
}

export interface ClockPort {
  now(): Date;
}

export interface PropertiesPort {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export class LockUnavailableError extends Error {
  constructor(message = 'lock not acquired') {
    super(message);
    this.name = 'LockUnavailableError';
  }
}

export interface LockPort {
  /** Runs fn holding the script lock; throws LockUnavailableError (fn not run) on timeout. */
  withLock<T>(timeoutMs: number, fn: () => T): T;
}

export interface LogPort {
  info(message: string): void;
  error(message: string): void;
}

/** One mail as the outbox hands it to a mailer; every field is already validated and NFC. */
export interface OutgoingMail {
  /** The outbox idempotency key (e.g. `invite-mail:NS012:2021`); local files are named after it. */
  readonly key: string;
  readonly to: readonly string[];
  /** One line, no CR/LF. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Display name of the sender ("Tên người gửi thư" in Settings). */
  readonly senderName?: string;
  /** Replies go to the organiser. */
  readonly replyTo?: string;
  /** Text attachments, e.g. the .ics of a calendar invitation (addGuest sends none). */
  readonly attachments?: readonly MailAttachment[];
}

/**
 * Sends mail. Synchronous, as MailApp is. A failure is thrown as an Error whose message is the
 * service's own text: the outbox classifies it (transient, daily quota, other).
 */
export interface MailPort {
  send(mail: OutgoingMail): void;
  /** Recipients that may still be mailed today (MailApp.getRemainingDailyQuota()). */
  remainingDailyQuota(): number;
}

/** The local runtime's mailer (nodemailer is asynchronous); the drain awaits it. */
export interface AsyncMailPort {
  send(mail: OutgoingMail): Promise<void> | void;
  remainingDailyQuota(): number;
}

/** Waiting between retries: Utilities.sleep in Apps Script; recorded, not slept, in tests. */
export interface SleepPort {
  sleep(ms: number): void;
}

export interface AsyncSleepPort {
  sleep(ms: number): Promise<void> | void;
}

/** The script lock for an asynchronous critical section (local runtime); throws LockUnavailableError. */
export interface AsyncLockPort {
  withLockAsync<T>(timeoutMs: number, fn: () => Promise<T>): Promise<T>;
}

/**
 * The one-off trigger that resumes the outbox drain. At most one is ever pending: scheduling
 * replaces any pending one. In Apps Script a fired one-off trigger stays listed until deleted,
 * so `cancelContinuation` also removes fired ones.
 */
export interface TriggersPort {
  scheduleContinuation(afterMs: number): void;
  cancelContinuation(): void;
  hasPendingContinuation(): boolean;
}

/**
 * Makes the ledger writes so far durable before any mail goes out: SpreadsheetApp.flush() in
 * Apps Script (a killed execution may lose buffered writes), saving the workbook locally.
 */
export interface CheckpointPort {
  checkpoint(): void;
}

export interface AsyncCheckpointPort {
  checkpoint(): Promise<void> | void;
}

/** A form as the runtime made it. */
export interface FormHandle {
  readonly id: string;
  /** The link respondents open. */
  readonly publishedUrl: string;
  /** The link the principal edits it at (Apps Script) or the preview file (local). */
  readonly editUrl: string;
  /** For a spec with `prefill`: each value's prefilled link (the form opened with it chosen). */
  readonly prefilled?: Readonly<Record<string, string>>;
}

/**
 * Renders the FormSpecs of src/core/forms. Apps Script: FormApp (created once, updated after,
 * published, exactly one submit trigger per form); local: a readable preview file.
 */
export interface FormsPort {
  /** Creates the form from the spec, or updates the one with `knownId` (keeping its responses). */
  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean };
}

/**
 * The week's calendar (Apps Script: CalendarApp on the dedicated or default calendar; tests: a
 * recording fake). Events come as DesiredEvent with wall-clock times and their zone: the adapter
 * alone turns them into instants (src/core/time-zone.ts toInstant), so none lands on a wrong day.
 * Errors are thrown with the service's own message (the outbox classifies them).
 */
export interface CalendarPort {
  /**
   * Creates the event with its guests and SENDS the invitations (CalendarApp.createEvent with
   * `{guests, sendInvites: true, description, location}`), tags it `activityId` = the activity
   * id (setTag) and sets its popup reminders. Returns the event id.
   */
  createEvent(event: DesiredEvent): string;
  /** Title, times, location and description (not the guests). False when there is no such event. */
  updateEvent(id: string, event: DesiredEvent): boolean;
  /** addGuest sends no invitation: the caller queues the invitation mail with the .ics. False when no such event. */
  addGuests(id: string, emails: readonly string[]): boolean;
  /** False when there is no such event. */
  removeGuests(id: string, emails: readonly string[]): boolean;
  /** The event's guest list now (lower-case addresses), or undefined when there is no such event. */
  guestList(id: string): string[] | undefined;
  /** Deletes the event (guests are told by the calendar); an event already gone is not an error. */
  deleteEvent(id: string): void;
  /** The event tagged with this activity id in the week, if any: repair after lost properties. */
  findByTag(activityId: string): string | undefined;
}

/** The report document as a runtime made it. */
export interface ReportDocumentHandle {
  readonly id: string;
  /** The link leadership opens (the Doc's URL; locally the .docx path). */
  readonly url: string;
  /** False when an existing document (`knownId`) was updated in place. */
  readonly created: boolean;
}

/**
 * Renders the report model (src/core/report) as a document. Apps Script: DocumentApp; the id
 * is kept (a document property) so a re-build clears and refills the same Doc rather than
 * making a new one; blocks are appended in batches (saveAndClose between batches) so Docs'
 * "Too many changes applied before saving" is never hit; sharing uses Document.addViewer, so
 * no Drive scope is needed. Locally the .docx renderer (src/local/report) plays this part.
 */
export interface DocumentsPort {
  /** Lays the model out in the document `knownId` (replacing its body), or in a new one. */
  // Appended without touching the imports at the top (parallel edits); may become a top import.
  render(model: ReportModel, knownId: string | undefined): ReportDocumentHandle;
  /** Gives view access to these addresses; an address already a viewer is skipped. */
  share(id: string, viewers: readonly string[]): void;
}
export type { MailAttachment } from './core/outbox/entry';
// Derived from the schema in core; the tables port takes it as it is.
export type { TableLayout } from './core/schema/layout';
