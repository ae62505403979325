import { readFileSync } from 'node:fs';
import { loadFormsContext } from '../../app/forms/forms-context';
import { importResponses, type ImportSummary, type Submission } from '../../app/forms/handle-form-submit';
import { parseFormsCsv, type FormsCsvParse } from '../../core/forms/forms-csv';
import type { UnreadableRow } from '../../core/forms/unreadable-record';
import type { DateOrder } from '../../core/forms/timestamp-text';
import { catalogue } from '../../core/i18n/catalogue';
import { SCHOOL_TIME_ZONE } from '../../core/time-zone';
import { readSettings } from '../../app/plan/settings-store';
import { formSpecOf } from '../../core/forms/build-form-specs';
import type { FormId, RawResponse } from '../../core/forms/types';
import type { ResponseSource } from './cli-args';
import { cannotOpen, cliLanguage, cliText } from '../runtime/cli-text';
import type { RunContext } from './commands';
import { csvIssueText } from '../forms/csv-issue-text';
import { parseJsonResponses } from '../forms/json-responses';
import { keepUnreadable } from '../forms/keep-unreadable';
import { localPorts } from './local-ports';
import { FileProblem, openForUpdate, reasonFor, saveOrExplain } from '../workbook/workbook-file';
import type { Workbook } from '../workbook/workbook';

export interface RespondRun {
  summary: ImportSummary;
  /** Problems of the CSV file itself and of its rows, one line each, in the CLI's language. */
  fileIssues: string[];
  /** Raw-log ids of the rows that could not become a response, kept there for review now. */
  kept: readonly string[];
  /** Such rows the raw log already held from an earlier import of the same file. */
  keptBefore: number;
}

export interface RespondOptions {
  /** `--date-order`: how the file writes day and month, when the file itself does not say. */
  readonly dateOrder?: DateOrder;
}

/**
 * respond: responses from a Google Forms CSV export or JSON go through the same pipeline as
 * Apps Script's form-submit trigger (importResponses), then the workbook is saved once. A file
 * that cannot be a response export at all, or whose dates cannot be told apart, is refused
 * before the workbook is changed. A CSV row that cannot become a response is kept in the raw
 * log, flagged, and named in one line (the CLI then exits 1).
 */
export async function runRespond(
  file: string,
  formId: FormId,
  source: ResponseSource,
  ctx: RunContext,
  options: RespondOptions = {},
): Promise<RespondRun> {
  let text: string | undefined = readSource(source);
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const run = record(ports, workbook, text, formId, source, options);
    // The file's text let go, and its rows and submissions recorded in a function of their
    // own: garbage by now, not held through the save, when a large import's memory peaks.
    text = undefined;
    if (run.summary.recorded + run.summary.flagged + run.kept.length > 0) await saveOrExplain(workbook, file);
    return run;
  } finally {
    release();
  }
}

/** The file's responses through the pipeline, its unreadable rows kept: the run, not yet saved. */
function record(
  ports: ReturnType<typeof localPorts>,
  workbook: Workbook,
  text: string,
  formId: FormId,
  source: ResponseSource,
  options: RespondOptions,
): RespondRun {
  const settings = readSettings(workbook);
  const timeZone = settings?.timeZone ?? SCHOOL_TIME_ZONE;
  const read = { timeZone, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) };
  let responses: RawResponse[];
  const fileIssues: string[] = [];
  let unreadable: UnreadableRow[] = [];
  if (source.kind === 'csv') {
    const spec = formSpecOf(loadFormsContext(workbook).specs, formId);
    const parsed = parseFormsCsv(text, spec, read);
    const fatal = parsed.issues.find((i) => i.severity === 'fatal');
    if (fatal) throw new FileProblem(unusable(source, csvIssueText(fatal, cliLanguage())));
    fileIssues.push(...parsed.issues.map((issue) => csvIssueText(issue, cliLanguage())));
    responses = parsed.responses;
    unreadable = unreadableRows(parsed, formId);
  } else {
    const parsed = parseJsonResponses(text, cliLanguage(), read);
    if (typeof parsed === 'string') throw new FileProblem(unusable(source, parsed));
    responses = parsed;
  }
  const origin = source.kind === 'csv' ? 'CSV' : 'JSON';
  const submissions: Submission[] = responses.map((raw) => ({ formId, raw, source: origin }));
  const summary = importResponses(ports, submissions);
  const keptRows = keepUnreadable(ports, unreadable, {
    source: catalogue(settings?.language).forms.imports.unreadableSource(origin),
    timeZone,
  });
  // Said like the pipeline's own overflow line: what the school must know the copy lacks.
  const cut = catalogue(settings?.language).forms.app.rawTooLong;
  for (const row of keptRows.overflow) fileIssues.push(cut(row.responseId, row.kept, workbook.cellLimit));
  return { summary, fileIssues, kept: keptRows.kept, keptBefore: keptRows.already };
}

/** The rows to keep for review, each with its reason in the sheet's language. */
function unreadableRows(parsed: FormsCsvParse, formId: FormId): UnreadableRow[] {
  return parsed.unreadable.map(({ row, fields, issue, email }) => ({
    formId,
    row,
    header: parsed.header,
    fields,
    reason: csvIssueText(issue, cliLanguage()),
    ...(email ? { email } : {}),
  }));
}

function unusable(source: ResponseSource, reason: string): string {
  const t = cliText().respond;
  return t.unusable(source.path === '-' ? t.stdin : t.file(source.path), reason);
}

function readSource(source: ResponseSource): string {
  try {
    return readFileSync(source.path === '-' && source.kind === 'json' ? 0 : source.path, 'utf8');
  } catch (error) {
    throw new FileProblem(cannotOpen(source.path, reasonFor(error)));
  }
}

export function printRespond(run: RespondRun, ctx: RunContext): void {
  const t = cliText().respond;
  for (const issue of run.fileIssues) ctx.out(t.fileIssue(issue));
  const s = run.summary;
  ctx.out(t.recorded(s.recorded));
  ctx.out(t.duplicates(s.duplicates));
  ctx.out(t.flagged(s.flagged));
  if (run.kept.length + run.keptBefore > 0) ctx.out(t.keptForReview(run.kept.length, run.keptBefore));
  for (const outcome of s.outcomes) {
    if (outcome.status !== 'flagged') continue;
    ctx.out(`  ${outcome.responseId}: ${outcome.reasons.join(' ')}`);
  }
}
