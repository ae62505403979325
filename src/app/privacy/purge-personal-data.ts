import { isLocalDateTime, type Grid, type LocalDateTime } from '../../core/cell';
import { readSettings } from '../plan/settings-store';
import { formatLongDate } from '../../core/i18n/dates';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import {
  isPurgeDue,
  planPurge,
  purgeDueAt,
  purgeSummaryLines,
  PURGED_TABLES,
  SPEC_OF,
  type PurgeInput,
  type PurgePlan,
  type TabPurge,
} from '../../core/privacy';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { TablesPort } from '../../ports';
import type { AppPorts } from '../ports-bundle';
import { readTabs } from '../read-tabs';
import { digestStoredGuestLists } from '../calendar/known-events';

/** How long a purge waits for another run to finish writing. */
const LOCK_WAIT_MS = 30_000;

/** Property: when the families' data of a year was purged (ISO instant of the first purge). */
export const purgedKey = (year: number): string => `privacy.purged.${year}`;

export type PurgeStatus =
  /** Settings unreadable (no week): nothing can be decided, nothing is touched. */
  | 'no-settings'
  /** Before the purge date. */
  | 'not-due'
  /** Due, and something was (dryRun: would be) purged. */
  | 'purged'
  /** Due, and nothing is left to purge (an earlier run did it). */
  | 'nothing';

export interface PurgeResult {
  readonly status: PurgeStatus;
  readonly dryRun: boolean;
  readonly year?: number;
  /** From this moment (school wall clock) the purge is due. */
  readonly dueAt?: LocalDateTime;
  readonly plan?: PurgePlan;
  /** Vietnamese, one line, for the log and the CLI. */
  readonly message: string;
  /** Purged: the first sentence of the message, without the list (the dialog lists it below). */
  readonly headline?: string;
  readonly lines: readonly string[];
}

export interface PurgeOptions {
  /** Report what would be removed; write nothing. */
  readonly dryRun?: boolean;
  /** The moment to decide at: an instant, or the school's wall clock. Default: the clock. */
  readonly at?: Date | LocalDateTime;
  readonly lockTimeoutMs?: number;
  /** The language to speak when Settings cannot be read (a job passes its dialogs' language). */
  readonly language?: Language;
}

/**
 * Purges the families' personal data once the retention period has passed (src/core/privacy):
 * under the script lock, Settings read first (before the date that is the only read), then each
 * tab holding families' data read once and written back in ONE block per tab (the rows from the
 * first to the last changed one). Idempotent: a second run finds nothing and writes nothing; it
 * runs daily so a late response is purged the next night.
 */
export function purgePersonalData(
  ports: Pick<AppPorts, 'tables' | 'clock' | 'lock' | 'log' | 'properties'>,
  options: PurgeOptions = {},
): PurgeResult {
  const dryRun = options.dryRun === true;
  return ports.lock.withLock(options.lockTimeoutMs ?? LOCK_WAIT_MS, () => {
    const names = ports.tables.tableNames();
    const settings = readSettings(ports.tables, names);
    if (!settings) {
      const message = catalogue(options.language).privacy.noSettings;
      ports.log.error(message);
      return { status: 'no-settings', dryRun, message, lines: [] };
    }
    const lang = settings.language;
    const t = catalogue(lang).privacy;
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const at = options.at ?? ports.clock.now();
    const now = isLocalDateTime(at) ? at : toWallClock(at, zone);
    const dueAt = purgeDueAt(settings.weekEnd, settings.retentionDays);
    const year = settings.year;
    if (!isPurgeDue(now, settings.weekEnd, settings.retentionDays)) {
      const message = t.notDue(settings.retentionDays, formatLongDate(dueAt, lang));
      ports.log.info(message);
      return { status: 'not-due', dryRun, year, dueAt, message, lines: [] };
    }

    const { input, tabNames } = readPurgeTabs(ports.tables, names);
    const plan = planPurge(input, lang);
    const lines = purgeSummaryLines(plan, lang);
    // Guest lists an older version kept in the properties go too (idempotent: none are left after).
    if (!dryRun) digestStoredGuestLists(ports.properties, year);
    if (plan.tabs.length === 0) {
      const message = t.nothing(year);
      ports.log.info(message);
      return { status: 'nothing', dryRun, year, dueAt, plan, message, lines };
    }
    if (dryRun) {
      const message = t.preview(formatLongDate(dueAt, lang), lines.length);
      return { status: 'purged', dryRun, year, dueAt, plan, message, lines };
    }
    for (const tab of plan.tabs) writeTab(ports.tables, tabNames[tab.table]!, input[tab.table]!, tab);
    if (ports.properties.get(purgedKey(year)) === undefined) {
      const instant = isLocalDateTime(at) ? ports.clock.now() : at;
      ports.properties.set(purgedKey(year), instant.toISOString());
    }
    const headline = t.headline(year, settings.retentionDays, formatLongDate(dueAt, lang));
    const message = t.purged(headline, lines.join('; '));
    ports.log.info(message);
    return { status: 'purged', dryRun, year, dueAt, plan, headline, message, lines };
  });
}

/** Each tab that may hold families' data, read once (plus "Nhân sự", to know who is staff). */
function readPurgeTabs(
  tables: TablesPort,
  names: readonly string[],
): {
  input: Record<keyof PurgeInput, Grid | undefined>;
  tabNames: Partial<Record<keyof PurgeInput, string>>;
} {
  // Each spec's key is the purge's own name of that tab (people, families, …).
  const read = readTabs(
    tables,
    (['people', ...PURGED_TABLES] as const).map((key) => SPEC_OF[key]),
    names,
  );
  return {
    input: read.grids as Record<keyof PurgeInput, Grid | undefined>,
    tabNames: read.tabNames as Partial<Record<keyof PurgeInput, string>>,
  };
}

/**
 * One write: from the first changed row to the last, every row in between written back as
 * read (this runs under the lock, nobody changed them), all as wide as the widest.
 */
function writeTab(tables: TablesPort, name: string, grid: Grid, tab: TabPurge): void {
  const first = tab.rows[0]!.index;
  const last = tab.rows[tab.rows.length - 1]!.index;
  const changed = new Map(tab.rows.map((r) => [r.index, r.cells]));
  const block: Grid = [];
  let width = 0;
  for (let i = first; i <= last; i++) {
    const line = [...(changed.get(i) ?? grid[i] ?? [])];
    width = Math.max(width, line.length);
    block.push(line);
  }
  for (const line of block) while (line.length < width) line.push(null);
  tables.write(name, first, 0, block);
}
