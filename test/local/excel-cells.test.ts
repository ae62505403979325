import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromUtcFields, localDateTime } from '../../src/core/cell';
import { fromExcel } from '../../src/local/workbook/excel-cells';
import { Workbook } from '../../src/local/workbook/workbook';

const tempFile = (name = 'plan.xlsx'): string => join(mkdtempSync(join(tmpdir(), 'lw-cells-')), name);

async function roundTrip(tables: Workbook): Promise<Workbook> {
  const file = tempFile();
  await tables.save(file);
  return Workbook.open(file);
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('cells a user typed in Excel', () => {
  it('reads formulas as their cached result, rich text and links as their text, errors as their text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('T');
    sheet.addRow(['Tổng', 'Ghi chú', 'Liên kết', 'Lỗi', 'Ngày']);
    sheet.addRow([
      { formula: 'SUM(1,2)', result: 3 },
      { richText: [{ text: 'Đọc ', font: { bold: true } }, { text: 'sách' }] },
      { text: 'Trang trường', hyperlink: 'https://example.edu.vn' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'DATE(2021,10,5)+TIME(8,30,0)', result: new Date(Date.UTC(2021, 9, 5, 8, 30)) },
    ]);
    const file = tempFile();
    await book.xlsx.writeFile(file);
    const tables = await Workbook.open(file);
    expect(tables.read('T')).toEqual([
      ['Tổng', 'Ghi chú', 'Liên kết', 'Lỗi', 'Ngày'],
      [3, 'Đọc sách', 'Trang trường', '#DIV/0!', localDateTime(2021, 10, 5, 8, 30)],
    ]);
  });

  it('rounds a date serial that misses the minute by a millisecond', () => {
    expect(fromExcel(new Date(Date.UTC(2021, 9, 5, 8, 29, 59, 999)))).toEqual(
      localDateTime(2021, 10, 5, 8, 30),
    );
  });

  it('reads an empty string as an empty cell', () => {
    expect(fromExcel('')).toBeNull();
  });
});

describe('dates are the school’s wall clock whatever the machine’s zone', () => {
  for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
    it(`writes and reads 05/10/2021 08:00 unchanged under TZ=${tz}`, async () => {
      process.env.TZ = tz;
      const tables = Workbook.create();
      tables.create('T');
      const when = localDateTime(2021, 10, 5, 8, 0);
      tables.write('T', 0, 0, [['Bắt đầu'], [when]]);
      const again = await roundTrip(tables);
      expect(again.read('T')![1]![0]).toEqual(when);
      // What Excel shows: the serial of 05/10/2021 08:00 exactly, no zone offset.
      const raw = again.book.getWorksheet('T')!.getCell('A2');
      expect((raw.value as Date).toISOString()).toBe('2021-10-05T08:00:00.000Z');
      expect(raw.numFmt).toBe('dd/mm/yyyy hh:mm');
    });
  }

  it('round-trips any wall-clock minute from 1990 to 2100 (property)', async () => {
    process.env.TZ = 'UTC';
    const minute = fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map(fromUtcFields);
    const values = fc.sample(minute, { numRuns: 200, seed: 42 });
    const tables = Workbook.create();
    tables.create('T');
    tables.write(
      'T',
      0,
      0,
      values.map((v) => [v]),
    );
    const again = await roundTrip(tables);
    expect(again.read('T')!.map((r) => r[0])).toEqual(values);
  });
});

describe('text that looks like a formula', () => {
  it('is stored as a text cell, never as a formula', async () => {
    const tables = Workbook.create();
    tables.create('T');
    const payloads = ['=1+1', '+SUM(A1:A2)', '-2+3', '@A1', '=HYPERLINK("http://x","y")'];
    tables.write(
      'T',
      0,
      0,
      payloads.map((p) => [p]),
    );
    const again = await roundTrip(tables);
    const sheet = again.book.getWorksheet('T')!;
    payloads.forEach((p, i) => {
      const cell = sheet.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(p);
    });
  });
});
