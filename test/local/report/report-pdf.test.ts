import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportModel } from '../../../src/core/report';
import { convertToPdf, findLibreOffice, writeReport } from '../../../src/local/report/write-report';
import { AFTER_WEEK, reportedGrids, REPORTED_PARTICIPATION } from '../../core/report/report-fixture';

/**
 * The .docx of a reported week as a principal would send it: converted by LibreOffice, read
 * back from the PDF page by page (pdftotext), and its page setup and fonts from the .docx XML.
 * Runs where LibreOffice and poppler are installed (.ci/run installs both).
 */

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const hasPdfTools = findLibreOffice() !== undefined && pdftotext !== undefined;

let dir: string;
let model: ReportModel;
let documentXml = '';
let stylesXml = '';
let pages: string[] = [];
let flow = '';

const pdfText = (pdf: string, args: readonly string[]): string => {
  const run = spawnSync(pdftotext!, [...args, pdf, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const twipsToMm = (twips: number): number => (twips / 1440) * 25.4;

beforeAll(async () => {
  if (!hasPdfTools) return;
  dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  model = buildReport({ grids: reportedGrids(), at: AFTER_WEEK, participation: REPORTED_PARTICIPATION });
  const { docxPath } = await writeReport(model, { dir });
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  documentXml = await zip.file('word/document.xml')!.async('string');
  stylesXml = await zip.file('word/styles.xml')!.async('string');
  const { pdfPath, message } = convertToPdf(docxPath);
  if (!pdfPath) throw new Error(message);
  // pdftotext separates pages with a form feed.
  pages = pdfText(pdfPath, ['-layout']).split('\f');
  flow = squash(pdfText(pdfPath, []));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const firstLine = (page: string): string =>
  page
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';

describe.skipIf(!hasPdfTools)('the report as a PDF', () => {
  it('prints the Quốc hiệu on one line and the tiêu ngữ under it, on page 1', () => {
    const lines = pages[0]!.split('\n');
    const nation = lines.findIndex((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(nation).toBeGreaterThanOrEqual(0);
    expect(lines[nation]).toContain('UBND QUẬN 1');
    expect(lines[nation + 1]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(pages[0]).toContain('Quận 1, ngày 07 tháng 10 năm 2021');
    expect(pages[0]).toContain('Số: 15/BC-MN2010');
  });

  it('numbers the pages at the top from page 2, not page 1', () => {
    expect(pages.filter((p) => p.trim() !== '').length).toBeGreaterThanOrEqual(3);
    expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
    expect(firstLine(pages[0]!)).toContain('UBND QUẬN 1');
    expect(firstLine(pages[1]!)).toBe('2');
    expect(firstLine(pages[2]!)).toBe('3');
    // Centred: the number sits about the middle of the line's width.
    const line = pages[1]!.split('\n').find((l) => l.trim() !== '')!;
    expect(line.indexOf('2')).toBeGreaterThan(25);
  });

  it('lists each activity reported done with its result, and never breaks a code or a time', () => {
    for (const [id, title, result] of [
      ['HD01', 'Treo cờ, băng rôn hưởng ứng Tuần lễ', 'Treo 2 băng rôn tại cổng trường và sảnh chính.'],
      [
        'HD02',
        'Dự lễ khai mạc trực tuyến do Quận tổ chức',
        'Dự tại điểm cầu của trường, đường truyền ổn định.',
      ],
      [
        'HD05',
        'Tập huấn an toàn Internet',
        'Giáo viên thực hành cài đặt kiểm soát của phụ huynh trên điện thoại.',
      ],
      ['HD12', 'Tổng kết, khen thưởng', 'Khen thưởng 2 cá nhân và Tổ Lá.'],
    ]) {
      expect(flow).toContain(`${id} ${title}: ${result}`);
    }
    expect(flow).toContain('Hoãn 1 hoạt động: HD07');
    expect(flow).toContain('người phụ trách chưa báo cáo kết quả: HD09');
    const layout = pages.join('\n');
    for (const id of ['HD01', 'HD02', 'HD05', 'HD07', 'HD09', 'HD10', 'HD12']) {
      expect(layout).toMatch(new RegExp(`(^|\\s)${id}\\s`, 'm'));
    }
    for (const time of ['01/10 07:00–17:00', '05/10 14:00–16:00', '07/10 15:00–16:00'])
      expect(layout).toContain(time);
  });

  it('has the A4 page and the margins of Nghị định 30 in the .docx', () => {
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(documentXml)!;
    expect(twipsToMm(Number(size[1]))).toBeCloseTo(210, 0);
    expect(twipsToMm(Number(size[2]))).toBeCloseTo(297, 0);
    const margin = (side: string): number =>
      twipsToMm(Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(documentXml)![1]));
    expect(margin('top')).toBeGreaterThanOrEqual(19.9);
    expect(margin('top')).toBeLessThanOrEqual(25.1);
    expect(margin('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(margin('bottom')).toBeLessThanOrEqual(25.1);
    expect(margin('left')).toBeGreaterThanOrEqual(29.9);
    expect(margin('left')).toBeLessThanOrEqual(35.1);
    expect(margin('right')).toBeGreaterThanOrEqual(14.9);
    expect(margin('right')).toBeLessThanOrEqual(20.1);
    // A first page of its own (no number there) and the number in the default header.
    expect(documentXml).toContain('<w:titlePg/>');
  });

  it('sets Times New Roman 13 pt as the document font, and every run in Times New Roman', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/<w:sz w:val="26"\/>/);
    const fonts = new Set([...documentXml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('has no empty column in any data table', () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((t) => t[0])
      .filter((t) => t.includes('<w:tblHeader/>'));
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
        ),
      );
      const [, ...data] = rows;
      rows[0]!.forEach((_, i) => expect(data.some((r) => (r[i] ?? '').trim() !== '')).toBe(true));
    }
  });
});
