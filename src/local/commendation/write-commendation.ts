import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Award } from '../../core/commendation/commendation-table';
import type { CommendationWork, Certificate } from '../../core/commendation/commendation-work';
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
  const singles: { id: string; path: string }[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'learning-week-certificates-'));
  let pdfMessage: string | undefined;
  try {
    for (const batch of work.batches) {
      const template = templates.get(batch.award)!;
      const docxPath = join(dir, `${t.certificate.fileName(batch.award, year)}.docx`);
      writeFileAtomic(docxPath, fillCertificates(template, batch.certificates));
      certificates.push({ award: batch.award, docxPath, pages: batch.certificates.length, pdfs: new Map() });
      if (!options.pdf) continue;
      batch.certificates.forEach((c: Certificate) => {
        const path = join(scratch, `${slug(batch.award)}-${slug(c.approved.name)}-${slug(c.approved.id)}.docx`);
        writeFileAtomic(path, fillCertificates(template, [c]));
        singles.push({ id: `${batch.award}|${c.approved.id}`, path });
      });
    }
    if (options.pdf && singles.length > 0) {
      const pdfDir = join(dir, 'pdf');
      mkdirSync(pdfDir, { recursive: true });
      const made = convertManyToPdf(
        singles.map((s) => s.path),
        scratch,
        findLibreOffice() ?? null,
        options.language,
      );
      pdfMessage = made.message;
      for (const s of singles) {
        const from = s.path.replace(/\.docx$/, '.pdf');
        if (!made.pdfPaths.includes(from)) continue;
        const to = join(pdfDir, from.slice(scratch.length + 1));
        // Copied, not renamed: the scratch folder may be on another file system.
        writeFileAtomic(to, readFileSync(from));
        const [award, id] = s.id.split('|') as [Award, string];
        (certificates.find((c) => c.award === award)!.pdfs as Map<string, string>).set(id, to);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    dir,
    decisionPath,
    certificates,
    wardDocx,
    wardXlsx,
    ...(pdfMessage ? { pdfMessage } : {}),
  };
}
