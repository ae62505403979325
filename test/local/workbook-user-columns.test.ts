import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDateTime, type Grid } from '../../src/core/cell';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import type { TableLayout } from '../../src/ports';
import { Workbook } from '../../src/local/workbook/workbook';
import { USER_HEADER, userWorkbookFile } from './user-workbook';
import { validationRanges, xlsxParts } from './xlsx-xml';

const ACTIVITIES_LAYOUT: TableLayout = {
  columns: ACTIVITIES_TABLE.columns.map((c) => ({
    header: c.header,
    width: c.width,
    format: c.type === 'datetime' ? 'datetime' : c.type === 'date' ? 'date' : undefined,
    choices: 'choices' in c ? c.choices : undefined,
    system: 'system' in c ? c.system : undefined,
    note: 'help' in c ? c.help : undefined,
  })),
};

const withoutColumn = (grid: Grid, col: number): Grid => grid.map((row) => row.filter((_, j) => j !== col));

async function reopen(tables: Workbook, file: string): Promise<Workbook> {
  await tables.save(file);
  return Workbook.open(file);
}

describe('a workbook a user reordered and extended in Excel', () => {
  it('reads every column, the user’s own included, with dates and formula results', async () => {
    const tables = await Workbook.open(await userWorkbookFile());
    const grid = tables.read('Hoạt động')!;
    expect(grid[0]).toEqual(USER_HEADER);
    expect(grid[1]!.slice(0, 5)).toEqual([
      'Lễ khai mạc trực tuyến',
      'nhờ cô Lan chuẩn bị máy chiếu',
      'HD01',
      localDateTime(2021, 10, 5, 10, 0),
      localDateTime(2021, 10, 5, 8, 0),
    ]);
    expect(grid[1]![8]).toBeCloseTo(0.0833, 3);
    expect(grid[2]!.every((c) => c === null)).toBe(true);
    expect(grid[3]![1]).toBe('quan trọng');
  });

  it('writing findings into their column changes no other cell, even after save and reopen', async () => {
    const file = await userWorkbookFile();
    const tables = await Workbook.open(file);
    const before = tables.read('Hoạt động')!;
    const findingsCol = USER_HEADER.indexOf('Kết quả kiểm tra');
    tables.write('Hoạt động', 1, findingsCol, [['Lỗi: kết thúc trước khi bắt đầu'], [null], ['']]);
    const after = (await reopen(tables, file)).read('Hoạt động')!;
    expect(withoutColumn(after, findingsCol)).toEqual(withoutColumn(before, findingsCol));
    expect(after[1]![findingsCol]).toBe('Lỗi: kết thúc trước khi bắt đầu');
  });

  it('keeps the user’s formula, colour and width when saving', async () => {
    const file = await userWorkbookFile();
    const tables = await Workbook.open(file);
    tables.layout('Hoạt động', ACTIVITIES_LAYOUT);
    const again = await reopen(tables, file);
    const sheet = again.book.getWorksheet('Hoạt động')!;
    expect(sheet.getCell('I2').formula).toBe('D2-E2');
    expect(sheet.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(sheet.getColumn(2).width).toBe(33);
  });

  it('lays out each known column where the user put it, leaving their own columns plain', async () => {
    const file = await userWorkbookFile();
    const tables = await Workbook.open(file);
    tables.layout('Hoạt động', ACTIVITIES_LAYOUT);
    tables.layout('Hoạt động', ACTIVITIES_LAYOUT); // Setup re-run: idempotent
    const sheet = (await reopen(tables, file)).book.getWorksheet('Hoạt động')!;
    const col = (header: string): number => USER_HEADER.indexOf(header) + 1;

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell(1, col('Mã')).font).toMatchObject({ bold: true });
    expect(sheet.getCell(1, col('Mã')).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell(1, col('Ghi chú riêng')).font?.bold).toBeFalsy();
    expect(sheet.getCell(1, col('Số ngày')).fill).toBeUndefined();

    expect(sheet.getColumn(col('Tên hoạt động')).width).toBeCloseTo((320 - 5) / 7, 1);
    expect(sheet.getCell(2, col('Bắt đầu')).numFmt).toBe('dd/mm/yyyy hh:mm');

    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    const categories = sheet.getColumn(col('Loại')).letter;
    expect(validations[`${categories}2:${categories}1000`]?.formulae[0]).toContain('tổng kết-khen thưởng');
    const own = sheet.getColumn(col('Ghi chú riêng')).letter;
    expect(Object.keys(validations).filter((address) => address.startsWith(own))).toEqual([]);

    const findingsHeader = sheet.getCell(1, col('Kết quả kiểm tra'));
    expect(findingsHeader.fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
    expect(String(findingsHeader.note)).toContain('Kiểm tra kế hoạch');
  });
});

describe('the file Excel opens', () => {
  it('has one choice list per column, without overlaps, even after several open–save cycles', async () => {
    const file = await userWorkbookFile();
    for (let cycle = 0; cycle < 3; cycle++) {
      const tables = await Workbook.open(file);
      tables.layout('Hoạt động', ACTIVITIES_LAYOUT);
      await tables.save(file);
    }
    await (await Workbook.open(file)).save(file);
    const sheetXml = xlsxParts(file).get('xl/worksheets/sheet1.xml')!;
    const ranges = validationRanges(sheetXml);
    const letter = (n: number): string => String.fromCharCode(64 + n);
    const categories = letter(USER_HEADER.indexOf('Loại') + 1);
    expect(ranges).toContain(`${categories}2:${categories}1000`);
    const columns = ranges.map((r) => r.replace(/\d.*$/, ''));
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('stores text that looks like a formula as text: no <f> element, no formula evaluated', async () => {
    const tables = Workbook.create();
    tables.create('T');
    tables.write('T', 0, 0, [['=1+1'], ['+A1'], ['@SUM(A1)'], ['-1']]);
    const file = join(mkdtempSync(join(tmpdir(), 'lw-xml-')), 'f.xlsx');
    await tables.save(file);
    const sheetXml = xlsxParts(file).get('xl/worksheets/sheet1.xml')!;
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).not.toContain('<f ');
  });
});
