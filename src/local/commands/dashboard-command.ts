import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalogue } from '../../core/i18n/catalogue';
import type { ClockPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';
import { readDashboardModel } from '../dashboard/dashboard-page';
import { renderDashboardHtml } from '../../core/dashboard/render-dashboard';
import { checkOutputFolder } from './output-folder';

/** Where `dashboard` writes without --out, and where `npm start` leaves the demo week's page. */
export const DASHBOARD_FILE = 'out/dashboard.html';

/**
 * `learning-week dashboard FILE [--out FILE.html]`: the workbook's "Bảng điều khiển" as one
 * self-contained page, read at the clock's now (--now moves it), the workbook left unchanged.
 */
export async function runDashboard(
  file: string,
  out: string | undefined,
  ctx: { readonly clock: ClockPort },
): Promise<string> {
  const path = out ?? DASHBOARD_FILE;
  checkOutputFolder(dirname(path));
  const model = await readDashboardModel(file, { now: ctx.clock.now() });
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, renderDashboardHtml(model, model.language));
  return catalogue(model.language).dashboard.written(path);
}
