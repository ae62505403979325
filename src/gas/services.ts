import {
  LockUnavailableError,
  type ClockPort,
  type EnvironmentPort,
  type LockPort,
  type LogPort,
  type PropertiesPort,
} from '../ports';

/** Thin adapters over Apps Script services: they translate, they decide nothing. */

/** Fetched on first use: most runs never touch properties, and every service call counts. */
export function scriptProperties(): PropertiesPort {
  let cached: GoogleAppsScript.Properties.Properties | undefined;
  const store = (): GoogleAppsScript.Properties.Properties =>
    (cached ??= PropertiesService.getScriptProperties());
  return {
    get: (key) => store().getProperty(key) ?? undefined,
    set: (key, value) => {
      store().setProperty(key, value);
    },
    delete: (key) => {
      store().deleteProperty(key);
    },
  };
}

/** The script lock: one writer at a time across menu runs, triggers and form submissions. */
export function scriptLock(): LockPort {
  // Re-entrant within one execution: a step that locks itself may run inside a job the runtime
  // already locked (the forms of Setup and of the forms menu), and LockService would release
  // the outer hold with the inner one.
  let depth = 0;
  return {
    withLock<T>(timeoutMs: number, fn: () => T): T {
      if (depth > 0) return fn();
      const lock = LockService.getScriptLock();
      if (!lock.tryLock(timeoutMs)) throw new LockUnavailableError();
      depth++;
      try {
        return fn();
      } finally {
        depth--;
        lock.releaseLock();
      }
    },
  };
}

/** console.* goes to the execution log and Cloud Logging (exceptionLogging: STACKDRIVER). */
export function consoleLog(): LogPort {
  return {
    info: (message) => console.info(message),
    error: (message) => console.error(message),
  };
}

export function systemClock(): ClockPort {
  return { now: () => new Date() };
}

export function environment(spreadsheetZone: () => string, locale?: () => string): EnvironmentPort {
  return {
    spreadsheetTimeZone: spreadsheetZone,
    scriptTimeZone: () => Session.getScriptTimeZone(),
    ...(locale ? { spreadsheetLocale: locale } : {}),
  };
}
