import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Award } from '../../core/schema/commendation-table';
import type { CommendationWork } from '../../core/commendation/commendation-work';
import { catalogue } from '../../core/i18n/catalogue';
import { cellSafe } from '../../core/forms/sanitise';
import type { Language } from '../../core/plan';
import { foldKey } from '../../core/text';
import { writeFileAtomic } from '../files/atomic-write';
import { convertManyToPdf, findLibreOffice, reportDocx } from '../report/write-report';
import { fillCertificates } from './certificate-docx';

export interface WrittenCertificates {
  readonly award: Award;
  readonly docxPath: string;
  readonly pages: number;
  /** One PDF per certificate, by the row id of the person or group. */
  readonly pdfs: ReadonlyMap<string, string>;
}

export interface WrittenCommendation {
  readonly dir: string;
  readonly decisionPath: string;
  readonly certificates: readonly WrittenCertificates[];
  readonly wardDocx: string;
  readonly wardXlsx: string;
  readonly pdfMessage?: string;
}

/** "nguyen-thi-lan": a file name any system keeps, from a name in any script. */
const slug = (text: string): string =>
  foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'x';

async function wardWorkbook(grid: readonly (readonly string[])[], sheet: string): Promise<Buffer> {
  const { Workbook } = await import('../workbook/exceljs-parts');
  const book = new Workbook();
  const ws = book.addWorksheet(sheet);
  // Family text goes into cells as text: a leading "=", "+", "-" or "@" is neutralised first.
  for (const row of grid) ws.addRow(row.map((c) => (typeof c === 'string' ? cellSafe(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [6, 28, 22, 10, 48, 30][i] ?? 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Everything the commendation makes, into `dir`: the decision draft, per award one document with
 * a page per certificate, per certificate a PDF (when LibreOffice is installed and `pdf` asked),
 * and the ward letter with the same list as an .xlsx. Every file is written atomically.
 */
export async function writeCommendation(
  work: CommendationWork,
  templates: ReadonlyMap<Award, Uint8Array>,
  options: { readonly dir: string; readonly pdf: boolean; readonly language: Language },
): Promise<WrittenCommendation> {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const t = catalogue(options.language).commendation;
  const year = String(work.decision.year ?? '');
  const decisionPath = join(dir, `${work.decision.fileName}.docx`);
  writeFileAtomic(decisionPath, await reportDocx(work.decision));
  const wardDocx = join(dir, `${work.ward.model.fileName}.docx`);
  writeFileAtomic(wardDocx, await reportDocx(work.ward.model));
  const wardXlsx = join(dir, `${work.ward.model.fileName}.xlsx`);
  writeFileAtomic(wardXlsx, await wardWorkbook(work.ward.grid, t.ward.sheetName));

  const certificates: WrittenCertificates[] = [];
  for (const batch of work.batches) {
    const docxPath = join(dir, `${t.certificate.fileName(batch.award, year)}.docx`);
    writeFileAtomic(docxPath, fillCertificates(templates.get(batch.award)!, batch.certificates));
    certificates.push({ award: batch.award, docxPath, pages: batch.certificates.length, pdfs: new Map() });
  }
  const pdfMessage = options.pdf
    ? writePdfs(work, templates, dir, certificates, options.language)
    : undefined;
  return {
    dir,
    decisionPath,
    certificates,
    wardDocx,
    wardXlsx,
    ...(pdfMessage ? { pdfMessage } : {}),
  };
}

/**
 * Every document as a PDF by ONE LibreOffice run (it takes seconds to start and a fraction of
 * one per document): the decision, the letter and each award's document beside their .docx, and
 * one PDF per certificate in pdf/, for mailing. Returns why some could not be made, if so.
 */
function writePdfs(
  work: CommendationWork,
  templates: ReadonlyMap<Award, Uint8Array>,
  dir: string,
  certificates: readonly WrittenCertificates[],
  language: Language,
): string | undefined {
  const scratch = mkdtempSync(join(tmpdir(), 'learning-week-certificates-'));
  try {
    const jobs: { docx: string; to: string; award?: Award; id?: string }[] = [];
    const pdfDir = join(dir, 'pdf');
    mkdirSync(pdfDir, { recursive: true });
    for (const path of [
      join(dir, `${work.decision.fileName}.docx`),
      join(dir, `${work.ward.model.fileName}.docx`),
      ...certificates.map((c) => c.docxPath),
    ]) {
      const docx = join(scratch, basename(path));
      writeFileAtomic(docx, readFileSync(path));
      jobs.push({ docx, to: path.replace(/\.docx$/, '.pdf') });
    }
    for (const batch of work.batches)
      for (const c of batch.certificates) {
        const name = `${slug(batch.award)}-${slug(c.approved.name)}-${slug(c.approved.id)}.docx`;
        const docx = join(scratch, name);
        writeFileAtomic(docx, fillCertificates(templates.get(batch.award)!, [c]));
        jobs.push({
          docx,
          to: join(pdfDir, name.replace(/\.docx$/, '.pdf')),
          award: batch.award,
          id: c.approved.id,
        });
      }
    const made = convertManyToPdf(
      jobs.map((j) => j.docx),
      scratch,
      findLibreOffice() ?? null,
      language,
    );
    for (const job of jobs) {
      const pdf = job.docx.replace(/\.docx$/, '.pdf');
      if (!made.pdfPaths.includes(pdf)) continue;
      // Copied, not renamed: the scratch folder may be on another file system.
      writeFileAtomic(job.to, readFileSync(pdf));
      if (job.award && job.id)
        (certificates.find((c) => c.award === job.award)!.pdfs as Map<string, string>).set(job.id, job.to);
    }
    return made.message;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
