import type { RunLine } from '../../core/dashboard/dashboard-model';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { toWallClock } from '../../core/time-zone';
import type { LastRuns } from '../jobs/last-runs';

/** Each job's last run as a line of the dashboard's runs, in the school's wall clock. */
export function jobRunLines(runs: LastRuns, zone: string, language: Language): RunLine[] {
  const t = catalogue(language).dashboard.runs;
  const lines: RunLine[] = [];
  for (const [job, run] of Object.entries(runs)) {
    const action = (t.jobs as Record<string, string>)[job];
    const started = run ? new Date(run.at) : undefined;
    if (!run || action === undefined || !started || Number.isNaN(started.getTime())) continue;
    lines.push({
      action,
      at: toWallClock(started, zone).iso,
      outcome: run.ok ? t.ok : t.failed,
      detail: run.ok ? t.took(Math.round(run.ms / 1000)) : (run.error ?? ''),
    });
  }
  return lines;
}
