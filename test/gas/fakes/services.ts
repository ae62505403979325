import type { FakeClock } from './clock';
import type { DailyQuotas } from './daily-quotas';
import type { Faked } from './faked';
import type { Recorder } from './recorder';

import Props = GoogleAppsScript.Properties;
import LockNs = GoogleAppsScript.Lock;

const VALUE_LIMIT = 9 * 1024;
const TOTAL_LIMIT = 500 * 1024;
const ENCODER = new TextEncoder();
const byteLength = (text: string): number => ENCODER.encode(text).length;

export class FakeProperties implements Faked<
  Props.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties',
  [Props.Properties, FakeProperties]
> {
  readonly store = new Map<string, string>();

  /**
   * `quotas`: "Properties read/write 50,000 / day" (consumer) counts each read and write
   * (https://developers.google.com/apps-script/guides/services/quotas).
   */
  constructor(
    private readonly rec: Recorder,
    private readonly quotas?: DailyQuotas,
  ) {}

  private hit(method: string): void {
    this.rec.hit(`Properties.${method}`);
    this.quotas?.charge('properties');
  }

  getProperty(key: string): string | null {
    this.hit('getProperty');
    return this.store.get(key) ?? null;
  }

  /**
   * Apps Script's property store holds 9 KB per value and 500 KB in all, per store
   * (https://developers.google.com/apps-script/guides/services/quotas, "Properties value size"
   * and "Properties total storage"); sizes are counted in UTF-8 bytes, key with value.
   */
  setProperty(key: string, value: string): FakeProperties {
    this.hit('setProperty');
    const text = String(value);
    const size = byteLength(key) + byteLength(text);
    if (size > VALUE_LIMIT) throw new Error('Argument too large: value');
    const before = this.store.has(key) ? byteLength(key) + byteLength(this.store.get(key)!) : 0;
    if (this.totalBytes() - before + size > TOTAL_LIMIT)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.store.set(key, text);
    return this;
  }

  /** Test view: what the store holds, in UTF-8 bytes (keys and values). */
  totalBytes(): number {
    let total = 0;
    for (const [key, value] of this.store) total += byteLength(key) + byteLength(value);
    return total;
  }

  deleteProperty(key: string): FakeProperties {
    this.hit('deleteProperty');
    this.store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    this.hit('getProperties');
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

/**
 * The script lock, shared by every execution. It really excludes: while one execution holds it,
 * another's tryLock fails and waitLock throws (the fakes are single-threaded, so waiting could
 * never succeed). The holder may lock again; only the holder's release counts; the end of an
 * execution releases it (Faults.execute). `busy`: an execution outside the fakes holds it.
 */
export class FakeLock implements Faked<LockNs.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock', []> {
  busy = false;
  /** The execution holding the lock (0: test code outside any execution). */
  owner: number | undefined;
  /** Every acquire/release in order, to check that release always follows. */
  readonly history: string[] = [];
  /** Acquisitions refused because another execution held the lock. */
  refused = 0;

  constructor(
    private readonly rec: Recorder,
    private readonly currentExecution: () => number = () => 0,
  ) {}

  get held(): boolean {
    return this.owner !== undefined;
  }

  private acquire(): boolean {
    const me = this.currentExecution();
    if (this.busy || (this.owner !== undefined && this.owner !== me)) {
      this.refused++;
      return false;
    }
    this.owner = me;
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.rec.hit('Lock.tryLock');
    this.history.push(`try(${timeoutInMillis})`);
    return this.acquire();
  }

  waitLock(timeoutInMillis: number): void {
    this.rec.hit('Lock.waitLock');
    this.history.push(`wait(${timeoutInMillis})`);
    if (!this.acquire()) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    this.rec.hit('Lock.releaseLock');
    this.history.push('release');
    if (this.owner === this.currentExecution()) this.owner = undefined;
  }

  hasLock(): boolean {
    this.rec.hit('Lock.hasLock');
    return this.owner !== undefined && this.owner === this.currentExecution();
  }

  /** Apps Script releases a lock when its execution ends, even a killed one. */
  endOf(execution: number): void {
    if (this.owner === execution) this.owner = undefined;
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

  constructor(
    private readonly rec: Recorder,
    private readonly clock?: FakeClock,
  ) {}

  /** Moves the fake clock on, so a time budget sees the wait. */
  sleep(milliseconds: number): void {
    this.rec.hit('Utilities.sleep');
    this.sleeps.push(milliseconds);
    this.clock?.advance(milliseconds);
  }

  /**
   * SimpleDateFormat patterns the project uses (dd, MM, yyyy, HH, mm, ss) in the given zone.
   * Read straight from Intl, not through src/core/time-zone.ts, so it can check that module.
   */
  formatDate(date: Date, timeZone: string, pattern: string): string {
    this.rec.hit('Utilities.formatDate');
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(date);
    const field = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)!.value;
    const tokens: Record<string, string> = {
      yyyy: field('year').padStart(4, '0'),
      MM: field('month'),
      dd: field('day'),
      HH: field('hour') === '24' ? '00' : field('hour'),
      mm: field('minute'),
      ss: field('second'),
    };
    return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => tokens[token]!);
  }
}
