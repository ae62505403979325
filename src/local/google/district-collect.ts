import { readFileSync } from 'node:fs';
import type { Grid, LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import {
  districtGrids,
  figuresOfGrid,
  schoolNameOfSettings,
  type SchoolNotRead,
  type SchoolRead,
} from '../../core/report/district-rollup';
import { districtReportModel, type DistrictHeader } from '../../core/report/district-report';
import { SETTINGS_TABLE } from '../../core/schema/tables';
import { writeFileAtomic } from '../files/atomic-write';
import { reportDocx } from '../report/write-report';
import { tabNameIn } from '../../core/sheet-language';
import { cliLanguage, cliText } from '../runtime/cli-text';
import { reasonFor, saveOrExplain } from '../workbook/workbook-file';
import { readerFor, type ReaderCommandOptions } from './command-reader';
import { writeTab, type Printer } from './google-output';
import { Workbook } from '../workbook/workbook';
import { failureReason, googleText } from './google-texts';
import { parseSchoolList, type ListedSheet } from './school-list';
import { SheetsCallFailed } from './sheets-failure';
import { rangeOf, type SheetsReader } from './sheets-reader';

/** Schools read at once: enough to hide the network's latency, few enough for a per-minute quota. */
const SCHOOLS_AT_ONCE = 4;

/** The tabs every school's sheet has, as Setup names them in Vietnamese, and in English. */
const FIGURES_TAB = catalogue('vi').report.figures.tab;
const ENGLISH_FIGURES_TAB = catalogue('en').report.figures.tab;
const rangesOf = (figuresTab: string, settingsTab: string): readonly string[] => [
  rangeOf(figuresTab, 'A:C'),
  rangeOf(settingsTab, 'A:B'),
];
/** The ranges of the one request per school: the figures (key, label, value) and the school's name. */
export const SCHOOL_RANGES = rangesOf(FIGURES_TAB, SETTINGS_TABLE.name);
/** Asked only when the Vietnamese tab is not there: a school whose sheet Setup made in English. */
export const ENGLISH_SCHOOL_RANGES = rangesOf(ENGLISH_FIGURES_TAB, tabNameIn('en', 'settings')!);

export interface CollectOptions extends ReaderCommandOptions {
  readonly list: string;
  readonly out: string;
  /** --report: also the district report (.docx beside the workbook), with the office's header. */
  readonly report?: { readonly header: DistrictHeader; readonly at: LocalDateTime };
}

/** The report beside the workbook: district.xlsx → district.docx. */
export const reportPathOf = (out: string): string => `${out.replace(/\.xlsx$/i, '')}.docx`;

/**
 * district collect: each listed school's figures in one values.batchGet, a few schools at a
 * time, into a district workbook written atomically (and with --report the district report). A school that fails is a line and a row
 * of the failures tab, never the end of the run. Exit 0 all read, 1 some not read (a person
 * must look), 2 nothing read or nothing could start (no list, no token, nowhere to write):
 * then nothing is written.
 */
export async function collectDistrict(options: CollectOptions, print: Printer): Promise<number> {
  const t = googleText();
  let listText: string;
  try {
    listText = readFileSync(options.list, 'utf8');
  } catch (error) {
    print.err(cliText().cannotRead(options.list, reasonFor(error, options.list)));
    return 2;
  }
  const { sheets, problems } = parseSchoolList(listText);
  const notRead: SchoolNotRead[] = [];
  for (const p of problems) {
    // A sheet listed twice is read once: said, but not a school missing from the district.
    if (p.sameAs !== undefined) {
      print.err(t.district.schoolFailed(p.line, p.text, t.district.duplicate(p.sameAs)));
      continue;
    }
    notRead.push({ line: p.line, what: p.text, reason: t.district.notASheet });
    print.err(t.district.badLine(p.line, p.text));
  }
  if (sheets.length === 0) {
    print.err(t.district.listEmpty(options.list));
    return 2;
  }
  const reader = await readerFor(options.out, options, print);
  if (!reader) return 2;
  const read: SchoolRead[] = [];
  const failed: SchoolNotRead[] = [];
  await eachAtMost(SCHOOLS_AT_ONCE, sheets, async (listed) => {
    const outcome = await readSchool(reader, listed);
    if ('reason' in outcome) failed.push(outcome);
    else read.push(outcome);
  });
  // Schools finish in any order; their lines come in the list's, so a rerun reads the same.
  for (const f of failed.sort((a, b) => a.line - b.line)) {
    print.err(t.district.schoolFailed(f.line, f.what, f.reason));
    notRead.push(f);
  }
  if (read.length === 0) {
    print.err(t.district.nothingRead(options.out));
    return 2;
  }
  const grids = districtGrids(read, notRead, cliLanguage());
  const workbook = Workbook.create();
  writeTab(workbook, grids.summaryTab, grids.summary);
  writeTab(workbook, grids.failuresTab, grids.failures);
  await saveOrExplain(workbook, options.out);
  print.out(t.district.written(options.out, read.length, notRead.length));
  if (options.report) {
    const model = districtReportModel(read, notRead, options.report.header, options.report.at, cliLanguage());
    const path = reportPathOf(options.out);
    try {
      writeFileAtomic(path, await reportDocx(model), { backup: true });
    } catch (error) {
      print.err(cliText().cannotWrite(path, reasonFor(error, path)));
      return 2;
    }
    print.out(t.district.report.written(path));
  }
  return notRead.length === 0 ? 0 : 1;
}

async function readSchool(reader: SheetsReader, listed: ListedSheet): Promise<SchoolRead | SchoolNotRead> {
  const failed = (reason: string): SchoolNotRead => ({ line: listed.line, what: listed.sheetId, reason });
  let grids: Grid[];
  try {
    grids = await batchGetInEitherLanguage(reader, listed.sheetId);
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    const f = error.failure;
    return failed(
      f.kind === 'noTab' && f.tab === ENGLISH_FIGURES_TAB
        ? googleText().district.noFiguresTab(FIGURES_TAB, ENGLISH_FIGURES_TAB)
        : failureReason(f),
    );
  }
  const figures = figuresOfGrid(grids[0] ?? []);
  if (figures.size === 0) return failed(googleText().district.emptyTab(FIGURES_TAB));
  const school = schoolNameOfSettings(grids[1] ?? []) ?? listed.sheetId;
  return { line: listed.line, sheetId: listed.sheetId, school, figures };
}

/**
 * The school's two ranges in one call; a second, with the English names, only when Google says
 * the Vietnamese figures tab is not there. A school costs one call, two at most.
 */
async function batchGetInEitherLanguage(reader: SheetsReader, sheetId: string): Promise<Grid[]> {
  try {
    return await reader.batchGet(sheetId, SCHOOL_RANGES);
  } catch (error) {
    const missing =
      error instanceof SheetsCallFailed && error.failure.kind === 'noTab' ? error.failure.tab : '';
    if (missing !== FIGURES_TAB) throw error;
    return reader.batchGet(sheetId, ENGLISH_SCHOOL_RANGES);
  }
}

/** Runs `work` on every item, never more than `limit` at once. */
async function eachAtMost<T>(
  limit: number,
  items: readonly T[],
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
