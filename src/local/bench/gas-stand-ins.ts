import { isLocalDateTime, type Cell, type LocalDateTime } from '../../core/cell';
import type { Answer } from '../../core/forms/types';
import { toInstant } from '../../core/time-zone';
import type { Submission } from '../../app/forms/handle-form-submit';

/**
 * Counting stand-ins of the Apps Script services a response's path uses, for running the
 * pushed bundle (dist/Code.js) in Node. Every method call is one service round trip in Apps
 * Script, so each is counted under "Service.method"; an object a call returns (a sheet, a
 * range, a trigger builder, a form response) counts its own calls the same way. They model
 * only what the bench needs and are no test fake: a method they lack fails the run loudly,
 * so a new call on the path shows up as a bench failure rather than as an uncounted call.
 */
export class ServiceCalls {
  readonly byMethod: Record<string, number> = {};
  cellsRead = 0;
  cellsWritten = 0;

  count(method: string): void {
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  snapshot(): CallSnapshot {
    return { byMethod: { ...this.byMethod }, cellsRead: this.cellsRead, cellsWritten: this.cellsWritten };
  }
}

export interface CallSnapshot {
  readonly byMethod: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
}

/** What one execution did: the difference of two snapshots. */
export function callsBetween(before: CallSnapshot, after: CallSnapshot): CallSnapshot {
  const byMethod: Record<string, number> = {};
  for (const [method, n] of Object.entries(after.byMethod)) {
    const diff = n - (before.byMethod[method] ?? 0);
    if (diff > 0) byMethod[method] = diff;
  }
  return {
    byMethod,
    cellsRead: after.cellsRead - before.cellsRead,
    cellsWritten: after.cellsWritten - before.cellsWritten,
  };
}

/** Wraps an object so that each of its method calls is counted as `${type}.${method}`. */
function counted<T extends object>(calls: ServiceCalls, type: string, target: T): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        calls.count(`${type}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
  });
}

type SheetValue = string | number | boolean | Date;

/** A tab as Sheets holds it: values as getValues returns them (dates as Date, blanks as ''). */
class StandInSheet {
  maxRows: number;
  maxColumns: number;

  constructor(
    private readonly calls: ServiceCalls,
    private readonly name: string,
    readonly values: SheetValue[][],
  ) {
    this.maxRows = Math.max(1_000, values.length);
    this.maxColumns = Math.max(26, this.width());
  }

  private width(): number {
    return this.values.reduce((w, row) => Math.max(w, row.length), 0);
  }

  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    return this.values.length;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(_after: number, howMany: number): void {
    this.maxRows += howMany;
  }
  insertColumnsAfter(_after: number, howMany: number): void {
    this.maxColumns += howMany;
  }
  getDataRange(): StandInRange {
    return counted(
      this.calls,
      'Range',
      new StandInRange(this.calls, this, 0, 0, Math.max(1, this.values.length), Math.max(1, this.width())),
    );
  }
  getRange(row: number, column: number, rows = 1, columns = 1): StandInRange {
    if (row + rows - 1 > this.maxRows || column + columns - 1 > this.maxColumns)
      throw new Error('Those rows are out of bounds.');
    return counted(
      this.calls,
      'Range',
      new StandInRange(this.calls, this, row - 1, column - 1, rows, columns),
    );
  }
}

class StandInRange {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly sheet: StandInSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly rows: number,
    private readonly columns: number,
  ) {}

  getValues(): SheetValue[][] {
    this.calls.cellsRead += this.rows * this.columns;
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from(
        { length: this.columns },
        (_, j) => this.sheet.values[this.row + i]?.[this.column + j] ?? '',
      ),
    );
  }

  setValues(values: readonly (readonly SheetValue[])[]): void {
    if (values.length !== this.rows || values.some((line) => line.length !== this.columns))
      throw new Error(`The number of rows or columns in the data does not match the range.`);
    this.calls.cellsWritten += this.rows * this.columns;
    values.forEach((line, i) => {
      const target = (this.sheet.values[this.row + i] ??= []);
      // Sheets stores "'text" as the text itself: the apostrophe only says "do not coerce".
      line.forEach((value, j) => {
        target[this.column + j] = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
      });
    });
    for (let i = 0; i < this.sheet.values.length; i++) this.sheet.values[i] ??= [];
  }
}

/** A form response as FormApp hands it over, built from a submission of the bench school. */
function standInResponse(calls: ServiceCalls, submission: Submission, zone: string): object {
  const raw = submission.raw;
  const items = Object.entries(raw.answers).map(([title, answer]: [string, Answer]) =>
    counted(calls, 'ItemResponse', {
      getItem: () => counted(calls, 'Item', { getTitle: () => title }),
      getResponse: () => answer,
    }),
  );
  return counted(calls, 'FormResponse', {
    getId: () => raw.responseId,
    getTimestamp: () => toInstant(raw.timestamp as LocalDateTime, zone),
    getRespondentEmail: () => raw.email ?? '',
    getItemResponses: () => items,
  });
}

export interface StandInOptions {
  /** Each tab as the core's cells (the school's workbook). */
  readonly tabs: ReadonlyMap<string, readonly (readonly Cell[])[]>;
  /** Script properties at the start (the forms' ids, the language). */
  readonly properties: ReadonlyMap<string, string>;
  readonly timeZone: string;
  /** What MailApp.getRemainingDailyQuota says at the start. */
  readonly mailQuota: number;
}

interface StandInTrigger {
  readonly handler: string;
  readonly proxy: object;
}

/**
 * The Apps Script globals of one bench world, and what the bench needs to drive it: the
 * responses each form holds, the pending one-off triggers, the calls counted so far.
 */
export function gasStandIns(options: StandInOptions): {
  globals: Record<string, unknown>;
  calls: ServiceCalls;
  /** Adds a response to its form and returns it as FormApp would (for the submit event). */
  respond(formId: string, submission: Submission): object;
  /** Handlers of the triggers currently listed. */
  triggers(): string[];
  mailsSent(): number;
  sheet(name: string): SheetValue[][] | undefined;
  properties(): ReadonlyMap<string, string>;
} {
  const calls = new ServiceCalls();
  const zone = options.timeZone;
  const store = new Map(options.properties);
  const sheets = new Map<string, StandInSheet>();
  for (const [name, grid] of options.tabs) {
    const values = grid.map((row) =>
      row.map((cell): SheetValue =>
        cell === null ? '' : isLocalDateTime(cell) ? toInstant(cell, zone) : cell,
      ),
    );
    sheets.set(name, new StandInSheet(calls, name, values));
  }
  const sheetProxy = (sheet: StandInSheet): object => counted(calls, 'Sheet', sheet);
  const spreadsheet = counted(calls, 'Spreadsheet', {
    getId: () => 'bench-spreadsheet',
    getSpreadsheetTimeZone: () => zone,
    getSheets: () => [...sheets.values()].map(sheetProxy),
    getNumSheets: () => sheets.size,
    getSheetByName: (name: string) => {
      const sheet = sheets.get(name);
      return sheet ? sheetProxy(sheet) : null;
    },
    insertSheet: (name: string) => {
      const sheet = new StandInSheet(calls, name, []);
      sheets.set(name, sheet);
      return sheetProxy(sheet);
    },
    toast: () => {},
  });

  const properties = counted(calls, 'Properties', {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty: (key: string, value: string) => void store.set(key, String(value)),
    deleteProperty: (key: string) => void store.delete(key),
    getProperties: () => Object.fromEntries(store),
  });

  const triggers: StandInTrigger[] = [];
  let nextTrigger = 0;
  const newTrigger = (handler: string): object => {
    const clockBuilder = counted(calls, 'ClockTriggerBuilder', {
      after: () => clockBuilder,
      create: () => {
        const id = `trigger-${++nextTrigger}`;
        const proxy = counted(calls, 'Trigger', { getHandlerFunction: () => handler, getUniqueId: () => id });
        triggers.push({ handler, proxy });
        return proxy;
      },
    });
    return counted(calls, 'TriggerBuilder', { timeBased: () => clockBuilder });
  };

  const forms = new Map<string, Map<string, object>>();
  const formOf = (formId: string): Map<string, object> => {
    let responses = forms.get(formId);
    if (!responses) forms.set(formId, (responses = new Map()));
    return responses;
  };
  let mailQuota = options.mailQuota;
  let mailsSent = 0;

  const globals: Record<string, unknown> = {
    PropertiesService: counted(calls, 'PropertiesService', { getScriptProperties: () => properties }),
    ScriptApp: counted(calls, 'ScriptApp', {
      AuthMode: { FULL: 'FULL' },
      AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
      getAuthorizationInfo: () =>
        counted(calls, 'AuthorizationInfo', {
          getAuthorizationStatus: () => 'NOT_REQUIRED',
          getAuthorizationUrl: () => null,
        }),
      newTrigger,
      getProjectTriggers: () => triggers.map((t) => t.proxy),
      deleteTrigger: (trigger: object) => {
        const at = triggers.findIndex((t) => t.proxy === trigger);
        if (at >= 0) triggers.splice(at, 1);
      },
    }),
    Session: counted(calls, 'Session', { getScriptTimeZone: () => zone }),
    SpreadsheetApp: counted(calls, 'SpreadsheetApp', {
      getActiveSpreadsheet: () => spreadsheet,
      flush: () => {},
      // A trigger has no UI: Apps Script throws here.
      getUi: () => {
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      },
    }),
    LockService: counted(calls, 'LockService', {
      getScriptLock: () =>
        counted(calls, 'Lock', {
          tryLock: () => true,
          waitLock: () => {},
          releaseLock: () => {},
          hasLock: () => true,
        }),
    }),
    MailApp: counted(calls, 'MailApp', {
      sendEmail: () => {
        if (mailQuota <= 0) throw new Error('Service invoked too many times for one day: email.');
        mailQuota--;
        mailsSent++;
      },
      getRemainingDailyQuota: () => mailQuota,
    }),
    Utilities: counted(calls, 'Utilities', { sleep: () => {}, newBlob: () => ({}) }),
    FormApp: counted(calls, 'FormApp', {
      openById: (id: string) => {
        const formId = [...store].find(([, value]) => value === id)?.[0];
        if (!formId) throw new Error(`No item with the given ID could be found: ${id}`);
        const responses = formOf(id);
        return counted(calls, 'Form', {
          getResponse: (responseId: string) => {
            const found = responses.get(responseId);
            if (!found) throw new Error(`No response with ID ${responseId}`);
            return found;
          },
          getResponses: () => [...responses.values()],
        });
      },
    }),
  };

  return {
    globals,
    calls,
    respond: (formIdValue, submission) => {
      const response = standInResponse(calls, submission, zone);
      formOf(formIdValue).set(submission.raw.responseId ?? '', response);
      return response;
    },
    triggers: () => triggers.map((t) => t.handler),
    mailsSent: () => mailsSent,
    sheet: (name) => sheets.get(name)?.values,
    properties: () => store,
  };
}
