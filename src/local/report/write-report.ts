import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import type { ReportModel } from '../../core/report';
import { writeFileAtomic } from '../files/atomic-write';
import type { ChartImage } from './docx-document';

/** Where `learning-week report` writes: out/report/bao-cao-<year>.docx (and .pdf). */
export const REPORT_DIR = join('out', 'report');

/** Every chart of the model drawn to PNG, by chart id. */
export async function chartImages(model: ReportModel): Promise<Map<string, ChartImage>> {
  const { chartPng } = await import('./chart-image');
  const images = new Map<string, ChartImage>();
  for (const chart of model.charts) {
    const { png, width, height } = await chartPng(chart);
    images.set(chart.id, { png, width, height });
  }
  return images;
}

/** The .docx bytes of the model (charts included). */
export async function reportDocx(model: ReportModel): Promise<Buffer> {
  const [{ Packer }, { reportDocument }] = await Promise.all([import('docx'), import('./docx-document')]);
  return Packer.toBuffer(reportDocument(model, await chartImages(model)));
}

export interface WrittenReport {
  readonly docxPath: string;
  readonly pdfPath?: string;
  /** In the report's language, when a PDF was asked for and could not be made (how to install LibreOffice). */
  readonly pdfMessage?: string;
}

export const LIBREOFFICE_MISSING = catalogue('vi').report.log.libreOfficeMissing;

/** The LibreOffice program on PATH ("libreoffice" or "soffice"), if any. */
export function findLibreOffice(path = process.env['PATH'] ?? ''): string | undefined {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['libreoffice', 'soffice'];
  for (const dir of path.split(delimiter).filter((d) => d !== '')) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Converts with `libreoffice --headless --convert-to pdf`; the PDF lands beside the .docx. */
export function convertToPdf(
  docxPath: string,
  /** The LibreOffice program; null: there is none (the hint is returned). */
  program: string | null = findLibreOffice() ?? null,
  /** The language of the hint: the report's. */
  lang: Language = 'vi',
): { pdfPath?: string; message?: string } {
  const t = catalogue(lang).report.log;
  if (!program) return { message: t.libreOfficeMissing };
  const outDir = resolve(docxPath, '..');
  const run = spawnSync(program, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const pdfPath = docxPath.replace(/\.docx$/i, '.pdf');
  if (run.status === 0 && existsSync(pdfPath)) return { pdfPath };
  const detail = (run.stderr || run.stdout || run.error?.message || '').trim();
  return { message: t.pdfFailed(detail) };
}

/** Writes out/report/<fileName>.docx (atomically) and, when asked, the PDF beside it. */
export async function writeReport(
  model: ReportModel,
  options: { readonly dir?: string; readonly pdf?: boolean } = {},
): Promise<WrittenReport> {
  const dir = resolve(options.dir ?? REPORT_DIR);
  await fs.mkdir(dir, { recursive: true });
  const docxPath = join(dir, `${model.fileName}.docx`);
  writeFileAtomic(docxPath, await reportDocx(model), { backup: true });
  if (!options.pdf) return { docxPath };
  const pdf = convertToPdf(docxPath, findLibreOffice() ?? null, model.language);
  return {
    docxPath,
    ...(pdf.pdfPath ? { pdfPath: pdf.pdfPath } : {}),
    ...(pdf.message ? { pdfMessage: pdf.message } : {}),
  };
}

/**
 * Many documents converted by one LibreOffice run (it starts in seconds, converts in a fraction
 * of one): each PDF lands in `outDir` under its document's name. Returns the PDFs made.
 */
export function convertManyToPdf(
  docxPaths: readonly string[],
  outDir: string,
  program: string | null = findLibreOffice() ?? null,
  lang: Language = 'vi',
): { pdfPaths: string[]; message?: string } {
  const t = catalogue(lang).report.log;
  if (!program) return { pdfPaths: [], message: t.libreOfficeMissing };
  if (docxPaths.length === 0) return { pdfPaths: [] };
  const run = spawnSync(program, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const pdfPaths = docxPaths
    .map((p) => join(outDir, basename(p).replace(/\.docx$/i, '.pdf')))
    .filter((p) => existsSync(p));
  if (pdfPaths.length === docxPaths.length) return { pdfPaths };
  const detail = (run.stderr || run.stdout || run.error?.message || '').trim();
  return { pdfPaths, message: t.pdfFailed(detail) };
}
