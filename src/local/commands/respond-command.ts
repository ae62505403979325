import { readFileSync } from 'node:fs';
import { loadFormsContext } from '../../app/forms/forms-context';
import { importResponses, type ImportSummary, type Submission } from '../../app/forms/handle-form-submit';
import { parseFormsCsv } from '../../core/forms/forms-csv';
import { formSpecOf } from '../../core/forms/build-form-specs';
import type { FormId, RawResponse } from '../../core/forms/types';
import type { ResponseSource } from './cli-args';
import { cannotOpen, cliLanguage, cliText } from '../runtime/cli-text';
import type { RunContext } from './commands';
import { csvIssueText } from '../forms/csv-issue-text';
import { parseJsonResponses } from '../forms/json-responses';
import { localPorts } from './local-ports';
import { FileProblem, openForUpdate, reasonFor, saveOrExplain } from '../workbook/workbook-file';

export interface RespondRun {
  summary: ImportSummary;
  /** Problems of the CSV file itself (extra or missing column…), in the CLI's language. */
  fileIssues: string[];
  /** CSV rows that could not become a response. */
  rejectedRows: number;
}

/**
 * respond: responses from a Google Forms CSV export or JSON go through the same pipeline as
 * Apps Script's form-submit trigger (importResponses), then the workbook is saved once. A file
 * that cannot be a response export at all is refused before the workbook is touched.
 */
export async function runRespond(
  file: string,
  formId: FormId,
  source: ResponseSource,
  ctx: RunContext,
): Promise<RespondRun> {
  const text = readSource(source);
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    let responses: RawResponse[];
    const fileIssues: string[] = [];
    let rejectedRows = 0;
    if (source.kind === 'csv') {
      const spec = formSpecOf(loadFormsContext(workbook).specs, formId);
      const parsed = parseFormsCsv(text, spec);
      const fatal = parsed.issues.find((i) => i.code === 'csv.empty' || i.code === 'csv.noTimestampColumn');
      if (fatal) throw new FileProblem(unusable(source, csvIssueText(fatal, cliLanguage())));
      fileIssues.push(...parsed.issues.map((issue) => csvIssueText(issue, cliLanguage())));
      responses = parsed.responses;
      rejectedRows = parsed.rejected.length;
    } else {
      const parsed = parseJsonResponses(text, cliLanguage());
      if (typeof parsed === 'string') throw new FileProblem(unusable(source, parsed));
      responses = parsed;
    }
    const origin = source.kind === 'csv' ? 'CSV' : 'JSON';
    const submissions: Submission[] = responses.map((raw) => ({ formId, raw, source: origin }));
    const summary = importResponses(ports, submissions);
    if (summary.recorded + summary.flagged > 0) await saveOrExplain(workbook, file);
    return { summary, fileIssues, rejectedRows };
  } finally {
    release();
  }
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
  if (run.rejectedRows > 0) ctx.out(t.rejectedRows(run.rejectedRows));
  for (const outcome of s.outcomes) {
    if (outcome.status !== 'flagged') continue;
    ctx.out(`  ${outcome.responseId}: ${outcome.reasons.join(' ')}`);
  }
}
