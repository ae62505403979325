import type { AccountLanguage } from './mail-errors';
import type { ErrorFactory } from './faults';

/**
 * The daily quotas of "Quotas for Google Services"
 * (https://developers.google.com/apps-script/guides/services/quotas, "Current quotas") that the
 * product can reach, at the consumer account's levels: "Quotas are per user and reset 24 hours
 * after the first request" — so each user's count for each quota runs in a window that opens at
 * that user's first counted request and closes 24 hours later, not at midnight.
 *
 * - properties: "Properties read/write 50,000 / day" (every getProperty, setProperty,
 *   deleteProperty, getProperties of PropertiesService counts one);
 * - documents: "Documents created 250 / day" (DocumentApp.create);
 * - calendarEvents: "Calendar events created 5,000 / day" (Calendar.createEvent);
 * - triggerMinutes: "Triggers total runtime 90 min / day", counted in milliseconds of the fake
 *   clock that trigger executions take (menu runs and the editor do not count).
 *
 * Beyond a quota the call throws before it has any effect, in the account's language (Apps
 * Script words its errors in the language of the account that runs the script).
 */
export type DailyQuotaKind = 'properties' | 'documents' | 'calendarEvents' | 'triggerMs';

export const CONSUMER_DAILY_QUOTAS: Readonly<Record<DailyQuotaKind, number>> = {
  properties: 50_000,
  documents: 250,
  calendarEvents: 5_000,
  triggerMs: 90 * 60_000,
};

/**
 * The errors Apps Script throws, in English, in Vietnamese and in a wording nothing knows
 * (mail-errors.ts). The English property wording is
 * the one Apps Script reports for property writes ("Service invoked too many times for one day:
 * graphite property writes."); the others follow the same "for one day: <service>" pattern, and
 * trigger runtime has its own sentence ("Service using too much computer time for one day").
 */
export const DAILY_QUOTA_MESSAGES: Readonly<Record<AccountLanguage, Record<DailyQuotaKind, string>>> = {
  en: {
    properties: 'Service invoked too many times for one day: graphite property writes.',
    documents: 'Service invoked too many times for one day: docs create.',
    calendarEvents: 'Service invoked too many times for one day: calendar.',
    triggerMs: 'Service using too much computer time for one day.',
  },
  vi: {
    properties: 'Dịch vụ bị gọi quá nhiều lần trong một ngày: graphite property writes.',
    documents: 'Dịch vụ bị gọi quá nhiều lần trong một ngày: docs create.',
    calendarEvents: 'Dịch vụ bị gọi quá nhiều lần trong một ngày: calendar.',
    triggerMs: 'Dịch vụ sử dụng quá nhiều thời gian máy tính trong một ngày.',
  },
  unknown: {
    properties: 'Η υπηρεσία κλήθηκε πάρα πολλές φορές για μία ημέρα: graphite property writes.',
    documents: 'Η υπηρεσία κλήθηκε πάρα πολλές φορές για μία ημέρα: docs create.',
    calendarEvents: 'Η υπηρεσία κλήθηκε πάρα πολλές φορές για μία ημέρα: calendar.',
    triggerMs: 'Η υπηρεσία χρησιμοποίησε πάρα πολύ χρόνο υπολογιστή για μία ημέρα.',
  },
};

const DAY_MS = 24 * 3600_000;

interface Window {
  readonly openedMs: number;
  used: number;
}

export interface DailyQuotaOptions {
  /** Per-quota limits; default the consumer account's. */
  readonly limits?: Partial<Record<DailyQuotaKind, number>>;
}

/** Every user's 24-hour windows, one per quota. */
export class DailyQuotas {
  readonly limits: Record<DailyQuotaKind, number>;
  private readonly windows = new Map<string, Window>();

  /** Objects, not closures: a copied world (side-by-side/clone-fakes.ts) counts on its own clock. */
  constructor(
    private readonly clock: { readonly nowMs: number },
    private readonly users: { readonly current: string },
    options: DailyQuotaOptions = {},
    private readonly errors: ErrorFactory = { make: (message) => new Error(message) },
    /** The account the script runs as (Faults.accountLanguage): its errors come in its language. */
    private readonly account: { readonly accountLanguage: AccountLanguage } = { accountLanguage: 'en' },
  ) {
    this.limits = { ...CONSUMER_DAILY_QUOTAS, ...options.limits };
  }

  get language(): AccountLanguage {
    return this.account.accountLanguage;
  }

  /** Counts `amount` against the current user's quota, or throws when it would go past it. */
  charge(kind: DailyQuotaKind, amount = 1): void {
    const window = this.window(kind, this.users.current);
    if (window.used + amount > this.limits[kind]) throw this.errors.make(this.message(kind));
    window.used += amount;
  }

  /** Adds what was spent without refusing it (a trigger's runtime is known once it has run). */
  spend(kind: DailyQuotaKind, amount: number, user = this.users.current): void {
    this.window(kind, user).used += amount;
  }

  /** True when the user has nothing left of this quota now. */
  spent(kind: DailyQuotaKind, user = this.users.current): boolean {
    return this.used(kind, user) >= this.limits[kind];
  }

  /** What the user has used in the current window (0 once it has closed). */
  used(kind: DailyQuotaKind, user = this.users.current): number {
    const window = this.windows.get(`${kind} ${user}`);
    return window && this.clock.nowMs < window.openedMs + DAY_MS ? window.used : 0;
  }

  message(kind: DailyQuotaKind): string {
    return DAILY_QUOTA_MESSAGES[this.language][kind];
  }

  private window(kind: DailyQuotaKind, user: string): Window {
    const key = `${kind} ${user}`;
    const now = this.clock.nowMs;
    let window = this.windows.get(key);
    if (!window || now >= window.openedMs + DAY_MS) {
      window = { openedMs: now, used: 0 };
      this.windows.set(key, window);
    }
    return window;
  }
}
