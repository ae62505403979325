import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Faked } from './faked';
import type { Recorder } from './recorder';

import Props = GoogleAppsScript.Properties;
import LockNs = GoogleAppsScript.Lock;

export class FakeProperties implements Faked<
  Props.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties',
  [Props.Properties, FakeProperties]
> {
  readonly store = new Map<string, string>();

  constructor(private readonly rec: Recorder) {}

  getProperty(key: string): string | null {
    this.rec.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    this.rec.hit('Properties.setProperty');
    // Apps Script refuses values over 9 KB per property.
    if (key.length + value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, String(value));
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.rec.hit('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    this.rec.hit('Properties.getProperties');
    return Object.fromEntries(this.store);
  }
}

export class FakePropertiesService {
  constructor(
    private readonly rec: Recorder,
    readonly script: FakeProperties,
  ) {}

  getScriptProperties(): FakeProperties {
    this.rec.hit('PropertiesService.getScriptProperties');
    return this.script;
  }
}

/** `busy`: another execution holds the lock, so tryLock fails and waitLock throws. */
export class FakeLock implements Faked<LockNs.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock', []> {
  held = false;
  busy = false;
  /** Every acquire/release in order, to check that release always follows. */
  readonly history: string[] = [];

  constructor(private readonly rec: Recorder) {}

  tryLock(timeoutInMillis: number): boolean {
    this.rec.hit('Lock.tryLock');
    this.history.push(`try(${timeoutInMillis})`);
    if (this.busy) return false;
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    this.rec.hit('Lock.waitLock');
    this.history.push(`wait(${timeoutInMillis})`);
    if (this.busy) throw new Error('Lock timeout: another process was holding the lock for too long.');
    this.held = true;
  }

  releaseLock(): void {
    this.rec.hit('Lock.releaseLock');
    this.history.push('release');
    this.held = false;
  }

  hasLock(): boolean {
    this.rec.hit('Lock.hasLock');
    return this.held;
  }
}

export class FakeLockService {
  constructor(
    private readonly rec: Recorder,
    readonly lock: FakeLock,
  ) {}

  getScriptLock(): FakeLock {
    this.rec.hit('LockService.getScriptLock');
    return this.lock;
  }
}

export class FakeSession {
  constructor(
    private readonly rec: Recorder,
    readonly scriptTimeZone: string,
  ) {}

  getScriptTimeZone(): string {
    this.rec.hit('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }
}

/** Logger and console write to one transcript, as the execution log shows both. */
export class FakeLogger {
  constructor(
    private readonly rec: Recorder,
    readonly lines: string[],
  ) {}

  log(data: unknown, ...values: unknown[]): FakeLogger {
    this.rec.hit('Logger.log');
    this.lines.push([data, ...values].map(String).join(' '));
    return this;
  }
}

export function fakeConsole(
  rec: Recorder,
  lines: string[],
): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const write =
    (level: string) =>
    (...values: unknown[]): void => {
      rec.hit(`console.${level}`);
      lines.push(`${level}: ${values.map(String).join(' ')}`);
    };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
}

export class FakeUtilities {
  /** Sleeps are recorded, never slept: tests stay fast, back-off stays visible. */
  readonly sleeps: number[] = [];

  constructor(private readonly rec: Recorder) {}

  sleep(milliseconds: number): void {
    this.rec.hit('Utilities.sleep');
    this.sleeps.push(milliseconds);
  }

  /** SimpleDateFormat patterns the project uses (dd, MM, yyyy, HH, mm, ss) in the given zone. */
  formatDate(date: Date, timeZone: string, pattern: string): string {
    this.rec.hit('Utilities.formatDate');
    return format(new TZDate(date.getTime(), timeZone), pattern);
  }
}
