import type { Grid } from '../../core/cell';
import { datesFromSerials } from '../../core/schema/serial-dates';
import { saveOrExplain } from '../workbook/workbook-file';
import { Workbook } from '../workbook/workbook';
import { readerFor, type ReaderCommandOptions } from './command-reader';
import { writeTab, type Printer } from './google-output';
import { failureReason, googleText } from './google-texts';
import { sheetIdOf } from './sheet-id';
import { SheetsCallFailed } from './sheets-failure';
import { rangeOf } from './sheets-reader';

export interface PullOptions extends ReaderCommandOptions {
  /** The sheet's link or id, as typed. */
  readonly sheet: string;
  readonly out?: string;
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
  const reader = await readerFor(out, options, print);
  if (!reader) return 2;
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
