// The only file whose exports become Apps Script global functions (scripts/build.mjs writes one
// top-level declaration per export). Each entry works when run from the editor (no event
// object) and from a trigger (no UI): see DESIGN.md section 9.
import { setup as setupPlan } from '../app/setup';
import { validatePlan as checkPlan, type ValidationReport } from '../app/validate-plan';
import { LockUnavailableError } from '../ports';
import { failure, LOCK_BUSY, MENU_ITEMS, MENU_TITLE, setupSummary, TITLES } from './messages';
import { gasRuntime, type GasRuntime } from './runtime';
import { availableUi, tell, toast } from './ui';

/** How long a menu action waits for another run to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

/** Simple trigger: adds the menu. Without a UI (e.g. run from a trigger) there is nothing to add. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = availableUi();
  if (!ui) return;
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Menu "Thiết lập": creates and repairs the tabs, fills the 2021 plan into an empty sheet, checks it. */
export function setup(): void {
  guarded(TITLES.setup, (runtime) => {
    const result = setupPlan(runtime, { plan: 'seed' });
    let text = setupSummary(result);
    try {
      text += `\n\n${checkPlan(runtime).summary}`;
    } catch (error) {
      runtime.log.error(`validatePlan after setup: ${describe(error)}`);
      text += `\n\nChưa kiểm tra được kế hoạch: ${error instanceof Error ? error.message : String(error)}`;
    }
    return { title: TITLES.setup, text };
  });
}

/** Menu "Kiểm tra kế hoạch": writes each row's findings and shows the summary. */
export function validatePlan(): void {
  guarded(TITLES.validate.vi, (runtime) => {
    const report: ValidationReport = checkPlan(runtime);
    const title = TITLES.validate[report.language];
    toast(runtime.spreadsheet, title, report.summary);
    return { title, text: report.summary };
  });
}

/**
 * Runs an action under the script lock and tells the person what happened. Without a UI a
 * failure is rethrown so the execution is marked failed in the Apps Script dashboard.
 */
function guarded(
  fallbackTitle: string,
  action: (runtime: GasRuntime) => { title: string; text: string },
): void {
  try {
    const runtime = gasRuntime();
    const outcome = runtime.lock.withLock(LOCK_WAIT_MS, () => action(runtime));
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    if (!availableUi()) throw error;
    tell(fallbackTitle, error instanceof LockUnavailableError ? LOCK_BUSY : failure(error));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
