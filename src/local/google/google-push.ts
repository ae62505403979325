import { isLocalDateTime, type Cell, type Grid } from '../../core/cell';
import { datesFromSerials } from '../../core/schema/serial-dates';
import {
  ACTIVITIES_TABLE,
  FAMILIES_TABLE,
  OUTREACH_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
} from '../../core/schema/tables';
import { foldKey } from '../../core/text';
import { FileProblem, openForUpdate } from '../workbook/workbook-file';
import { readerFor, type ReaderCommandOptions } from './command-reader';
import { tokenHasScope, WRITE_SCOPE } from './google-scopes';
import type { Printer } from './google-output';
import { failureReason, googleText } from './google-texts';
import { readToken } from './google-token';
import { cellChanges, tabWrite, type CellChange } from './push-diff';
import { sheetIdOf } from './sheet-id';
import { SheetsCallFailed } from './sheets-failure';
import { rangeOf, type RangeValues } from './sheets-reader';

/**
 * The tabs a principal plans in. The response tabs, the outbox and the log are the script's own
 * record of what happened: a local copy of them is older than the live one, so push never
 * writes them.
 */
const PLAN_TABLES = [SETTINGS_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, ACTIVITIES_TABLE, OUTREACH_TABLE];

/** Changed cells listed under each tab before "… and N more". */
const CELLS_SHOWN = 10;

export interface PushOptions extends ReaderCommandOptions {
  readonly file: string;
  readonly sheet: string;
  readonly yes: boolean;
}

interface TabPlan {
  readonly local: string;
  readonly live: string;
  readonly changes: CellChange[];
  readonly write: RangeValues;
}

/**
 * google push FILE SHEET: the plan tabs of a local workbook into the live Sheet. It reads the
 * live tabs first (two calls), prints what would change, and writes only with --yes, all tabs
 * in one values.batchUpdate. Exit 0 previewed, written or nothing to change; 2 any problem,
 * with nothing written.
 */
export async function pushWorkbook(options: PushOptions, print: Printer): Promise<number> {
  const t = googleText();
  const id = sheetIdOf(options.sheet);
  if (!id) {
    print.err(t.badSheet(options.sheet));
    return 2;
  }
  const local = await localPlanTabs(options.file, print);
  if (!local) return 2;
  if (local.length === 0) {
    print.err(t.push.noPlanTabs(options.file));
    return 2;
  }
  if (options.yes && !mayWrite(options.env)) {
    print.err(t.push.needsWrite);
    return 2;
  }
  const client = await readerFor(undefined, options, print);
  if (!client) return 2;
  let plans: TabPlan[];
  try {
    const liveTabs = await client.tabNames(id);
    const pairs: { local: string; live: string; grid: Grid }[] = [];
    for (const tab of local) {
      const live = liveTabs.find((name) => tab.names.has(foldKey(name)));
      if (live === undefined) {
        print.err(t.push.failed(id, t.reasons.noTab(tab.name)));
        return 2;
      }
      pairs.push({ local: tab.name, live, grid: tab.grid });
    }
    const liveGrids = await client.batchGet(
      id,
      pairs.map((p) => rangeOf(p.live)),
    );
    plans = pairs.map((p, i) => {
      const live = datesFromSerials(p.live, liveGrids[i] ?? []);
      return { ...p, changes: cellChanges(p.grid, live), write: tabWrite(p.live, p.grid, live) };
    });
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    print.err(t.push.failed(id, failureReason(error.failure)));
    return 2;
  }
  const changed = plans.filter((p) => p.changes.length > 0);
  const cells = changed.reduce((n, p) => n + p.changes.length, 0);
  if (cells === 0) {
    print.out(t.push.same);
    return 0;
  }
  for (const plan of changed) printChanges(plan, print);
  if (!options.yes) {
    print.out(t.push.preview(cells, changed.length));
    return 0;
  }
  try {
    await client.batchUpdate(
      id,
      changed.map((p) => p.write),
    );
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    const reason = error.failure.kind === 'forbidden' ? t.push.forbiddenWrite : failureReason(error.failure);
    print.err(t.push.failed(id, reason));
    return 2;
  }
  print.out(t.push.written(cells, changed.length, id));
  return 0;
}

/** The plan tabs the local workbook has, each with every name it may carry on the live sheet. */
async function localPlanTabs(
  file: string,
  print: Printer,
): Promise<{ name: string; names: Set<string>; grid: Grid }[] | undefined> {
  let opened;
  try {
    opened = await openForUpdate(file, 'read');
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    print.err(error.line);
    return undefined;
  }
  try {
    const tabs = opened.workbook.tableNames();
    return PLAN_TABLES.flatMap((spec) => {
      const names = new Set([spec.name, ...(spec.aliases ?? [])].map(foldKey));
      const name = tabs.find((tab) => names.has(foldKey(tab)));
      return name === undefined ? [] : [{ name, names, grid: opened.workbook.read(name) ?? [] }];
    });
  } finally {
    opened.release();
  }
}

/**
 * A token saved before the write scope was asked for cannot push: said before any request.
 * A token without a recorded scope is tried, and Google's 403 speaks for it.
 */
function mayWrite(env: NodeJS.ProcessEnv | undefined): boolean {
  const read = readToken(env);
  return read.kind !== 'token' || tokenHasScope(read.token.scope, WRITE_SCOPE);
}

function printChanges(plan: TabPlan, print: Printer): void {
  const p = googleText().push;
  print.out(p.tab(plan.live, plan.changes.length));
  for (const change of plan.changes.slice(0, CELLS_SHOWN))
    print.out(p.cell(change.at, shown(change.before), shown(change.after)));
  if (plan.changes.length > CELLS_SHOWN) print.out(p.more(plan.changes.length - CELLS_SHOWN));
}

/** A cell as a person reads it in the preview. */
function shown(cell: Cell): string {
  if (cell === null || cell === '') return googleText().push.empty;
  if (isLocalDateTime(cell)) return cell.iso.replace('T', ' ');
  return String(cell);
}
