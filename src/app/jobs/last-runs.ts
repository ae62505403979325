import type { ClockPort, PropertiesPort } from '../../ports';
import type { JobName } from './jobs';

/**
 * The last run of each job (a trigger's or a menu click's), kept in one script property so
 * the dashboard can say what ran and what failed: the triggers log to the execution log only,
 * which a script cannot read, and a line in "Nhật ký" per run would cost a sheet write (and the
 * lock) in every form response's run. One read and one write per execution; two runs ending at
 * once may keep only one of their records, which the next run of the other mends.
 */
export const LAST_RUNS_KEY = 'jobs.lastRuns';

export interface LastRun {
  /** When the run started (ISO instant). */
  readonly at: string;
  readonly ms: number;
  readonly ok: boolean;
  /** The failure's message, cut short. */
  readonly error?: string;
}

export type LastRuns = Partial<Record<JobName, LastRun>>;

/** Long enough for "Exception: Service Spreadsheets timed out…", short enough for the store. */
const ERROR_CHARS = 200;

export function readLastRuns(properties: Pick<PropertiesPort, 'get'>): LastRuns {
  try {
    const parsed: unknown = JSON.parse(properties.get(LAST_RUNS_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as LastRuns) : {};
  } catch {
    return {};
  }
}

/** Runs `run`, then records how it went; the record never changes the run's own outcome. */
export function recordedRun<T>(
  ports: { readonly properties: PropertiesPort; readonly clock: ClockPort },
  job: JobName,
  run: () => T,
): T {
  const started = ports.clock.now();
  try {
    const value = run();
    remember(ports, job, started, undefined);
    return value;
  } catch (error) {
    remember(ports, job, started, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** The same record around an asynchronous run (the local runtime's jobs). */
export async function recordedRunAsync<T>(
  ports: { readonly properties: PropertiesPort; readonly clock: ClockPort },
  job: JobName,
  run: () => Promise<T>,
): Promise<T> {
  const started = ports.clock.now();
  try {
    const value = await run();
    remember(ports, job, started, undefined);
    return value;
  } catch (error) {
    remember(ports, job, started, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

function remember(
  ports: { readonly properties: PropertiesPort; readonly clock: ClockPort },
  job: JobName,
  started: Date,
  error: string | undefined,
): void {
  try {
    const runs = readLastRuns(ports.properties);
    runs[job] = {
      at: started.toISOString(),
      ms: Math.max(0, ports.clock.now().getTime() - started.getTime()),
      ok: error === undefined,
      ...(error !== undefined ? { error: error.slice(0, ERROR_CHARS) } : {}),
    };
    ports.properties.set(LAST_RUNS_KEY, JSON.stringify(runs));
  } catch {
    // A full store or a busy service: the run itself went as it went.
  }
}
