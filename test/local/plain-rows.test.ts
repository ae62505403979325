import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamedXlsx } from '../../src/local/workbook/stream-save';
import { xlsxParts } from './xlsx-xml';

/**
 * The streaming save writes plain rows and the shared strings itself: the file must be the one
 * exceljs writes, part for part, whatever the cells hold (texts with XML characters, controls,
 * edge spaces and line breaks; numbers, booleans, dates; formats and fonts; rows with a note or
 * a rich text, which stay exceljs's).
 */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    ' lề trái',
    'lề phải ',
    'a\nb',
    '<b>&"\'</b>',
    '\u0001\u007f\u000b',
    '=SUM(A1)',
    'Tiếng Việt',
  ),
);
const value = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 0, 1)), noInvalidDate: true }),
  fc.constant(null),
);
const cell = fc.record({
  value,
  numFmt: fc.option(fc.constantFrom('dd/mm/yyyy hh:mm', '@', '0.00'), { nil: undefined }),
  bold: fc.boolean(),
  note: fc.boolean(),
  rich: fc.boolean(),
});
const rows = fc.array(
  fc.record({
    cells: fc.array(cell, { maxLength: 6 }),
    height: fc.option(fc.integer({ min: 10, max: 40 }), { nil: undefined }),
  }),
  { maxLength: 12 },
);

function bookOf(
  sheets: {
    cells: { value: unknown; numFmt?: string; bold: boolean; note: boolean; rich: boolean }[];
    height?: number;
  }[][],
): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'learning-week';
  book.created = book.modified = new Date(Date.UTC(2021, 9, 5, 8, 3));
  sheets.forEach((sheetRows, s) => {
    const sheet = book.addWorksheet(`T${s}`);
    sheet.getColumn(2).font = { bold: true };
    sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
    sheetRows.forEach((row, r) => {
      const line = sheet.getRow(r + 1);
      if (row.height !== undefined) line.height = row.height;
      row.cells.forEach((c, i) => {
        const target = line.getCell(i + 1);
        target.value =
          c.rich && typeof c.value === 'string'
            ? { richText: [{ text: c.value }] }
            : (c.value as ExcelJS.CellValue);
        if (c.numFmt) target.numFmt = c.numFmt;
        if (c.bold) target.font = { bold: true };
        if (c.note && r % 5 === 0) target.note = 'ghi chú';
      });
    });
  });
  return book;
}

describe('plain rows in the streaming save', () => {
  it('give the file exceljs itself writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-plain-'));
    await fc.assert(
      fc.asyncProperty(fc.array(rows, { minLength: 1, maxLength: 3 }), async (sheets) => {
        writeFileSync(join(dir, 'plain.xlsx'), await streamedXlsx(bookOf(sheets)));
        writeFileSync(join(dir, 'exceljs.xlsx'), await streamedXlsx(bookOf(sheets), 'exceljs'));
        expect(xlsxParts(join(dir, 'plain.xlsx'))).toEqual(xlsxParts(join(dir, 'exceljs.xlsx')));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps two different rich texts apart (exceljs alone gives both the first one)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('T');
    sheet.getCell('A1').value = { richText: [{ text: 'Lê ', font: { bold: true } }, { text: 'Thị An' }] };
    sheet.getCell('A2').value = { richText: [{ text: 'Trần Văn Bình' }] };
    const file = join(mkdtempSync(join(tmpdir(), 'lw-rich-')), 'k.xlsx');
    writeFileSync(file, await streamedXlsx(book));
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(file);
    const shown = (address: string): string =>
      (again.getWorksheet('T')!.getCell(address).value as ExcelJS.CellRichTextValue).richText
        .map((run) => run.text)
        .join('');
    expect([shown('A1'), shown('A2')]).toEqual(['Lê Thị An', 'Trần Văn Bình']);
  });
});
