import { FakeCalendarApp, type FakeCalendarOptions } from './calendar-app';
import { FakeClock } from './clock';
import { FakeScriptAppWithEdits, FakeUtilitiesWithBlobs } from './edit-triggers';
import { DailyQuotas, type DailyQuotaOptions } from './daily-quotas';
import { Faults, type ExecutionOptions, type ExecutionRecord } from './faults';
import { FakeCharts, FakeDocumentApp } from './document-app';
import { FakeFormApp, type FakeForm, type FakeFormResponse } from './form-app';
import { FakeMailApp, type FakeMailOptions } from './mail';
import {
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakeProperties,
  FakePropertiesService,
  fakeConsole,
} from './services';
import { Recorder } from './recorder';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeHtmlService } from './html-service';
import { FakeSession, FakeUsers } from './users';

export { FakeSpreadsheet } from './spreadsheet';
export { FORMULA_RESULT } from './sheet-input';
export { DEFAULT_NOW } from './clock';
export { DEFAULT_USER } from './users';
export { Killed, TRANSIENT_ERRORS, DAILY_QUOTA_ERROR, type ExecutionRecord } from './faults';
export { SERVICE_ERRORS, type AccountLanguage } from './mail-errors';
export { QUOTA_WINDOW_MS } from './mail';
export type { FakeForm, FakeFormResponse } from './form-app';
export { CALENDAR_RATE_ERROR, CALENDAR_RATE_ERROR_VI, DEFAULT_GUEST_CAP } from './calendar-app';
export { CONSUMER_DAILY_QUOTAS, DAILY_QUOTA_MESSAGES } from './daily-quotas';
export { editEvent, type FakeBlob } from './edit-triggers';

export interface GasFakeOptions {
  /** The spreadsheet's zone (File → Settings); default the school's. */
  spreadsheetTimeZone?: string;
  /** appsscript.json's zone. */
  scriptTimeZone?: string;
  /** false: as in a trigger, where getUi() throws. */
  ui?: boolean;
  /** Start of the fake clock (ms since epoch). */
  now?: number;
  mail?: FakeMailOptions;
  calendar?: FakeCalendarOptions;
  /**
   * The spreadsheet's locale (File → Settings), which decides how typed dates are read; default
   * en_US, as a new sheet of a personal account may well have.
   */
  locale?: string;
  /**
   * The daily quotas' limits (properties, documents and calendar events created, trigger
   * runtime); default the consumer account's. Their errors come in `faults.accountLanguage`.
   */
  quotas?: DailyQuotaOptions;
}

/** One fresh set of Apps Script globals sharing one call recorder, clock and fault injector. */
export function createGasFakes(options: GasFakeOptions = {}) {
  const rec = new Recorder();
  const faults = new Faults();
  rec.beforeCall = (method) => {
    scriptApp.consent.check(method);
    faults.beforeCall(method);
  };
  const clock = new FakeClock(options.now);
  const scriptZone = options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh';
  const transcript: string[] = [];
  const spreadsheet = new FakeSpreadsheet(rec, options.spreadsheetTimeZone ?? 'Asia/Ho_Chi_Minh');
  if (options.locale !== undefined) spreadsheet.locale = options.locale;
  const users = new FakeUsers();
  const quotas = new DailyQuotas(clock, users, options.quotas, faults.errors, faults);
  const ui = options.ui === false ? undefined : new FakeUi(rec);
  const lock = new FakeLock(rec, () => faults.current());
  const properties = new FakeProperties(rec, quotas);
  const utilities = new FakeUtilitiesWithBlobs(rec, clock);
  const mail = new FakeMailApp(
    rec,
    clock,
    options.mail,
    faults.errors,
    () => users.current,
    () => faults.accountLanguage,
  );
  const scriptApp = new FakeScriptAppWithEdits(rec, clock, scriptZone, users, quotas);
  const calendarApp = new FakeCalendarApp(rec, options.calendar, faults.errors, quotas);
  const formApp = new FakeFormApp(rec, clock, (id) => (id === spreadsheet.id ? spreadsheet : undefined));
  const documentApp = new FakeDocumentApp(rec, quotas);
  const charts = new FakeCharts(rec);
  const globals = {
    SpreadsheetApp: new FakeSpreadsheetApp(rec, spreadsheet, ui, users),
    PropertiesService: new FakePropertiesService(rec, properties),
    LockService: new FakeLockService(rec, lock),
    Session: new FakeSession(rec, scriptZone, users),
    Logger: new FakeLogger(rec, transcript),
    Utilities: utilities,
    MailApp: mail,
    ScriptApp: scriptApp,
    FormApp: formApp,
    DocumentApp: documentApp,
    Charts: charts,
    CalendarApp: calendarApp,
    HtmlService: new FakeHtmlService(rec),
    console: fakeConsole(rec, transcript),
  };

  /** Runs fn as one Apps Script execution: faults apply, and its end releases its lock. */
  function execute<T>(name: string, fn: () => T, execution: ExecutionOptions = {}) {
    return faults.execute(name, fn, execution, (id) => lock.endOf(id));
  }

  /**
   * Google Forms delivering a response to every submit trigger of its form (as many times as
   * `times`: installable triggers can fire twice). Needs ScriptApp.invoke (the bundle loader).
   */
  function deliverFormSubmit(form: FakeForm, response: FakeFormResponse, times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const trigger of scriptApp.submitTriggers(form.id)) {
        scriptApp.invokeAsOwner(trigger, {
          authMode: 'FULL',
          response,
          source: form,
          triggerUid: trigger.uid,
        });
      }
    }
  }

  return {
    rec,
    calls: rec.calls,
    clock,
    faults,
    spreadsheet,
    ui,
    /** Who the next execution runs as (`users.current`, or `users.as(email, …)`). */
    users,
    /** The daily quotas' 24-hour windows, per user (daily-quotas.ts). */
    quotas,
    lock,
    properties,
    utilities,
    mail,
    scriptApp,
    formApp,
    calendarApp,
    documentApp,
    charts,
    transcript,
    globals,
    execute,
    deliverFormSubmit,
    /** Executions that ended, in order. */
    executions: faults.executions as readonly ExecutionRecord[],
  };
}

export type GasFakes = ReturnType<typeof createGasFakes>;

/** Installs the fakes as globals of this realm (for in-process tests); returns an undo. */
export function installGlobals(fakes: GasFakes): () => void {
  const target = globalThis as Record<string, unknown>;
  const saved = Object.keys(fakes.globals).map((key) => [key, target[key]] as const);
  Object.assign(target, fakes.globals);
  return () => {
    for (const [key, value] of saved) target[key] = value;
  };
}
