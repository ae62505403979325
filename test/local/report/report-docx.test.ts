import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, NO_DATA, PREVIEW_MARK } from '../../../src/core/report';
import {
  convertToPdf,
  findLibreOffice,
  LIBREOFFICE_MISSING,
  writeReport,
} from '../../../src/local/report/write-report';
import { AFTER_WEEK, d, HOSTILE_NOTE, sampleGrids, SECRET_FAMILY } from '../../core/report/report-fixture';

/** The produced .docx read back with independent readers: mammoth, and the zip's own XML. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
let dir: string;
let docxPath: string;
let text: string;
let html: string;
let documentXml: string;
let stylesXml: string;
let media: { name: string; bytes: Uint8Array }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
  const written = await writeReport(buildReport({ grids: sampleGrids(), at: AFTER_WEEK }), { dir });
  docxPath = written.docxPath;
  const buffer = readFileSync(docxPath);
  text = (await mammoth.extractRawText({ buffer })).value;
  html = (await mammoth.convertToHtml({ buffer })).value;
  const zip = await JSZip.loadAsync(buffer);
  documentXml = await zip.file('word/document.xml')!.async('string');
  stylesXml = await zip.file('word/styles.xml')!.async('string');
  media = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .map(async (name) => ({ name, bytes: await zip.file(name)!.async('uint8array') })),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the .docx report', () => {
  it('is written as out/report/bao-cao-<year>.docx', () => {
    expect(docxPath).toBe(join(dir, 'bao-cao-2021.docx'));
  });

  it('has the administrative header, title and date line', () => {
    for (const line of [
      'UBND QUẬN 1',
      'TRƯỜNG MẦM NON 20/10',
      'Số: 15/BC-MN2010',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quận 1, ngày 07 tháng 10 năm 2021',
      'BÁO CÁO',
      'Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain(PREVIEW_MARK);
  });

  it('has sections I–IV in order, "Nơi nhận" and the signer', () => {
    const at = [
      'I. CHỦ ĐỀ VÀ MỤC ĐÍCH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Nơi nhận:',
      'HIỆU TRƯỞNG',
      'Nguyễn Thị Hạnh',
    ].map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('carries the figures of the tabs', () => {
    expect(text).toContain('có mặt (điểm danh): 4/8 (50 %) – đạt chỉ tiêu 50 %');
    expect(text).toContain('Chưa đạt – thiếu 1 người');
    expect(text).toContain(
      'Nhà trường đã đăng 3 tin, bài tuyên truyền trên 2 kênh (Website: 2; Facebook: 1).',
    );
    expect(text).toContain('Gia đình Trần Văn An');
    expect(text).not.toContain(SECRET_FAMILY);
    expect(text).toContain(HOSTILE_NOTE);
    expect(html).not.toContain('<script>');
  });

  it('has real tables with a repeated header row, and the borderless header table', () => {
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toMatch(/w:val="none"/);
  });

  it('is A4 with the administrative margins and Times New Roman', () => {
    // 210 × 297 mm; top/bottom 20 mm, left 30 mm, right 15 mm, in twips (1 mm = 56.7).
    expect(documentXml).toMatch(/<w:pgSz w:w="1190[0-9]" w:h="168[0-9]{2}"/);
    expect(documentXml).toMatch(/w:top="113[0-9]"/);
    expect(documentXml).toMatch(/w:left="170[0-9]"/);
    expect(documentXml).toMatch(/w:right="85[0-9]"/);
    expect(documentXml).toContain('Times New Roman');
  });

  it('embeds the charts as PNG images', () => {
    expect(media.length).toBe(2);
    for (const m of media) {
      expect(m.name).toMatch(/\.png$/);
      expect([...m.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    }
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
    expect(text).toContain('Biểu đồ 1. Tỷ lệ dự lễ khai mạc so với chỉ tiêu 50 %');
  });

  it('spells out automatic line spacing, so LibreOffice does not clip the charts to one line', () => {
    // Converted with LibreOffice 7.4, a bare w:line="300" showed only the chart's legend strip.
    const spacing = [...stylesXml.matchAll(/<w:spacing [^>]*w:line="\d+"[^>]*>/g)].map((m) => m[0]);
    expect(spacing.length).toBeGreaterThan(0);
    for (const tag of spacing) expect(tag).toContain('w:lineRule="auto"');
  });
});

describe('other weeks', () => {
  it('writes a preview with "chưa có dữ liệu" from nearly empty tabs', async () => {
    const written = await writeReport(
      buildReport({ grids: { settings: sampleGrids().settings! }, at: d(3, 9) }),
      { dir },
    );
    const raw = (await mammoth.extractRawText({ path: written.docxPath })).value;
    expect(raw).toContain(PREVIEW_MARK);
    expect(raw).toContain(NO_DATA);
  });

  // Runs where LibreOffice is installed (.ci/run installs it); elsewhere there is nothing to run.
  it.skipIf(!findLibreOffice())(
    'opens in LibreOffice: --pdf converts it with every section',
    () => {
      const converted = convertToPdf(docxPath);
      expect(converted.message).toBeUndefined();
      const pdf = readFileSync(converted.pdfPath!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
    },
    150_000,
  );

  it('says in Vietnamese how to install LibreOffice when --pdf cannot be honoured', () => {
    expect(convertToPdf(docxPath, null)).toEqual({ message: LIBREOFFICE_MISSING });
    expect(LIBREOFFICE_MISSING).toContain('sudo apt-get install libreoffice-writer');
  });
});
