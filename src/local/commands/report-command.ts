import { buildReportModel } from '../../app/report/build-report';
import { withTime, type LocalDateTime } from '../../core/cell';
import { parseDateText } from '../../core/codec';
import type { ReportModel } from '../../core/report';
import type { ClockPort } from '../../ports';
import { cliText } from '../runtime/cli-text';
import { LocalEnvironment } from '../runtime/environment';
import { openForUpdate } from '../workbook/workbook-file';
import { REPORT_DIR, writeReport, type WrittenReport } from '../report/write-report';
import { checkOutputFolder } from './output-folder';

/**
 * `learning-week report FILE [--at DATE] [--pdf]`: reads the workbook (under its lock, writing
 * nothing to it), builds the report at DATE (default: now in the school's zone) and writes
 * out/report/bao-cao-<year>.docx, and the PDF when asked and LibreOffice is installed.
 */

export interface ReportOptions {
  readonly at?: LocalDateTime;
  readonly pdf?: boolean;
  /** Output folder; default out/report. */
  readonly dir?: string;
}

/**
 * --at as the principal types it: "07/10/2021 17:00", "2021-10-07T17:00", "07/10/2021". A day
 * without a time means the end of that day. Undefined when it is not a date.
 */
export function parseReportAt(text: string): LocalDateTime | undefined {
  const parsed = parseDateText(text);
  if (!parsed?.value) return undefined;
  return parsed.hasTime ? parsed.value : withTime(parsed.value, 23, 59);
}

export async function runReport(
  file: string,
  options: ReportOptions,
  ctx: { readonly clock: ClockPort },
): Promise<{ model: ReportModel; written: WrittenReport }> {
  checkOutputFolder(options.dir ?? REPORT_DIR);
  // The report only reads the workbook: a read-only one is fine.
  const { workbook, release } = await openForUpdate(file, 'read');
  let model: ReportModel;
  try {
    model = buildReportModel(
      { tables: workbook, clock: ctx.clock, env: new LocalEnvironment() },
      options.at ? { at: options.at } : {},
    );
  } finally {
    release();
  }
  const written = await writeReport(model, {
    ...(options.dir ? { dir: options.dir } : {}),
    ...(options.pdf ? { pdf: true } : {}),
  });
  return { model, written };
}

/** What the CLI prints: where the files are, whether it is a preview, the headline figures. */
export function reportLines(model: ReportModel, written: WrittenReport): string[] {
  const t = cliText().report;
  const lines = [t.written(written.docxPath)];
  if (written.pdfPath) lines.push(t.pdf(written.pdfPath));
  if (written.pdfMessage) lines.push(written.pdfMessage);
  if (model.preview) lines.push(t.preview);
  for (const h of model.headline) lines.push(`  • ${h.label}: ${h.value}`);
  return lines;
}
