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
  return {
    withLock<T>(timeoutMs: number, fn: () => T): T {
      const lock = LockService.getScriptLock();
      if (!lock.tryLock(timeoutMs)) throw new LockUnavailableError();
      try {
        return fn();
      } finally {
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
