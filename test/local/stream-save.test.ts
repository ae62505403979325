import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/local/cli';
import { streamable, streamedXlsx } from '../../src/local/workbook/stream-save';
import { Workbook } from '../../src/local/workbook/workbook';
import { localDateTime } from '../../src/core/cell';
import { xlsxParts } from './xlsx-xml';

async function quietly(argv: string[]): Promise<number> {
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return await main(argv);
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

/** What a user sees of a sheet: values, styles, notes, widths, frozen panes, choice lists. */
function looks(sheet: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push([r, c, cell.value, cell.numFmt, cell.font, cell.fill, cell.alignment, cell.note]);
    });
  });
  return {
    cells,
    widths: sheet.columns?.map((c) => [c.width, c.hidden]),
    views: sheet.views,
    state: sheet.state,
    validations: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
  };
}

describe('the streaming save', () => {
  it('writes a workbook that reads back exactly as the whole-workbook save does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-stream-'));
    const file = join(dir, 'k.xlsx');
    expect(await quietly(['init', '--sample', '--out', file])).toBe(0);
    expect(await quietly(['invite', file])).toBe(0);
    expect(await quietly(['validate', file])).toBe(0);
    // Saved three times by the CLI already: what the product writes must still be all there.
    const book = (await Workbook.open(file)).book;
    expect(streamable(book)).toBe(true);
    const activities = book.getWorksheet('Hoạt động')!;
    const validations = (activities as unknown as { dataValidations: { model: object } }).dataValidations;
    expect(Object.keys(validations.model).length).toBeGreaterThan(0);
    let notes = 0;
    activities.getRow(1).eachCell((cell) => void (cell.note !== undefined && notes++));
    expect(notes).toBeGreaterThan(0);
    expect(activities.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);

    writeFileSync(join(dir, 'streamed.xlsx'), await streamedXlsx(book));
    await book.xlsx.writeFile(join(dir, 'whole.xlsx'));
    const reopen = async (name: string): Promise<ExcelJS.Workbook> => {
      const again = new ExcelJS.Workbook();
      await again.xlsx.readFile(join(dir, name));
      return again;
    };
    const streamed = await reopen('streamed.xlsx');
    const whole = await reopen('whole.xlsx');
    expect(streamed.worksheets.map((s) => s.name)).toEqual(whole.worksheets.map((s) => s.name));
    for (const sheet of whole.worksheets) {
      expect(looks(streamed.getWorksheet(sheet.name)!), sheet.name).toEqual(looks(sheet));
    }
    expect(streamed.creator).toBe(whole.creator);
  });

  it('leaves to the whole-workbook save what it would not copy (merged cells a user made)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('T');
    sheet.addRow(['a', 'b']);
    expect(streamable(book)).toBe(true);
    sheet.mergeCells('A1:B1');
    expect(streamable(book)).toBe(false);
  });

  it('leaves to the whole-workbook save a workbook on the 1904 date system (its dates would move)', () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('T').addRow([new Date(Date.UTC(2021, 9, 5))]);
    expect(streamable(book)).toBe(true);
    book.properties.date1904 = true;
    expect(streamable(book)).toBe(false);
  });
});

describe('rows written below a tab’s last row', () => {
  it('are saved and read back as if exceljs had held them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-kept-'));
    const file = join(dir, 'k.xlsx');
    expect(await quietly(['init', '--sample', '--out', file])).toBe(0);
    const when = localDateTime(2021, 10, 5, 8, 3);
    const fill = (tables: Workbook): void => {
      tables.append('Nhật ký', [
        ['<b>&"\'</b>', 3.5, true, when],
        [null, 'a\nb'],
      ]);
      tables.write('Nhật ký', 40, 2, [['hàng cách xa', when]]);
      tables.write('Nhật ký', 40, 0, [['', 'ghi đè']]);
      tables.append('Hoạt động', [['HD99', 'Thêm một hoạt động']]);
    };
    const kept = await Workbook.open(file);
    const settled = await Workbook.open(file);
    fill(kept);
    fill(settled);
    void settled.book; // every row into exceljs's model: the way rows were saved before
    expect(kept.read('Nhật ký')).toEqual(settled.read('Nhật ký'));
    await kept.save(join(dir, 'kept.xlsx'));
    await settled.save(join(dir, 'settled.xlsx'));
    expect(xlsxParts(join(dir, 'kept.xlsx'))).toEqual(xlsxParts(join(dir, 'settled.xlsx')));
    const again = await Workbook.open(join(dir, 'kept.xlsx'));
    expect(again.read('Nhật ký')?.at(-1)?.slice(0, 4)).toEqual([null, 'ghi đè', 'hàng cách xa', when]);
  });
});
