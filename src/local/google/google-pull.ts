import type { Grid } from '../../core/cell';
import { datesFromSerials } from '../../core/schema/serial-dates';
import { saveOrExplain } from '../workbook/workbook-file';
import { Workbook } from '../workbook/workbook';
import type { BackOff } from './back-off';
import { refuseOutput, writeTab, type Printer } from './google-output';
import { failureReason, googleText, tokenProblemLine } from './google-texts';
import { readToken } from './google-token';
import { sheetIdOf } from './sheet-id';
import { SheetsCallFailed } from './sheets-failure';
import { rangeOf, sheetsReader } from './sheets-reader';

export interface PullOptions {
  /** The sheet's link or id, as typed. */
  readonly sheet: string;
  readonly out?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly rootUrl?: string;
  readonly backOff?: BackOff;
}

/**
 * google pull: the whole live Sheet into an .xlsx the local commands open, in two calls
 * whatever its size (the tab names, then every tab in one values.batchGet), dates back as
 * dates where the schema has them. A line per tab; any problem is one line, exit 2, no file.
 */
export async function pullSheet(options: PullOptions, print: Printer): Promise<number> {
  const t = googleText();
  const id = sheetIdOf(options.sheet);
  if (!id) {
    print.err(t.badSheet(options.sheet));
    return 2;
  }
  const out = options.out ?? `${id}.xlsx`;
  const stop = refuseOutput(out);
  if (stop) {
    print.err(stop);
    return 2;
  }
  const token = readToken(options.env);
  if (token.kind !== 'token') {
    print.err(tokenProblemLine(token));
    return 2;
  }
  const reader = await sheetsReader({
    token: token.token,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.backOff ? { backOff: options.backOff } : {}),
  });
  let tabs: string[];
  let grids: Grid[];
  try {
    tabs = await reader.tabNames(id);
    grids =
      tabs.length === 0
        ? []
        : await reader.batchGet(
            id,
            tabs.map((tab) => rangeOf(tab)),
          );
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    print.err(t.pull.failed(id, failureReason(error.failure)));
    return 2;
  }
  const workbook = Workbook.create();
  tabs.forEach((tab, i) => {
    const grid = datesFromSerials(tab, grids[i] ?? []);
    writeTab(workbook, tab, grid);
    print.out(t.pull.tab(tab, grid.length));
  });
  await saveOrExplain(workbook, out);
  print.out(t.pull.written(out, tabs.length));
  return 0;
}
