import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime, type Grid } from '../../src/core/cell';
import { toInstant } from '../../src/core/time-zone';
import type { TableLayout } from '../../src/ports';
import { tablesContract } from '../contracts/tables-contract';
import { freshTables, tablesOn } from './adapter-on-fakes';
import { createGasFakes, type GasFakes } from './fakes';

tablesContract('Apps Script adapter on the recording fakes', async () => {
  const fakes = createGasFakes();
  // reopen = a later execution: a new adapter over the same spreadsheet.
  return { tables: tablesOn(fakes), reopen: async () => tablesOn(fakes) };
});

/** Writes straight into the fake sheet, as a principal typing would (not through the adapter). */
function typeInto(fakes: GasFakes, tab: string, rows: unknown[][]): void {
  const sheet = fakes.spreadsheet.sheet(tab) ?? fakes.spreadsheet.insertSheet(tab);
  if (rows.length > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, rows.length - sheet.maxRows);
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  fakes.rec.reset();
}

describe('text stays text', () => {
  it('keeps strings a sheet would turn into numbers, dates, booleans or formulas', () => {
    const { fakes, tables } = freshTables();
    const texts = [
      '0123',
      '05/10/2021',
      '2021-10-05',
      '08:00',
      'TRUE',
      '50%',
      '1,234',
      "'quoted",
      '=1+1',
      '+84 912',
      '-5',
      ' 7 ',
      'Oct 5 2021',
      '#N/A',
    ];
    tables.create('T');
    tables.write(
      'T',
      0,
      0,
      texts.map((t) => [t]),
    );
    expect(tables.read('T')!.map((r) => r[0])).toEqual(texts);
    // and the sheet really holds text, not a formula or a number that merely prints alike
    const stored = fakes.spreadsheet
      .sheet('T')!
      .dump()
      .map((r) => r[0]);
    expect(stored.every((c) => typeof c?.value === 'string' && c.formula === undefined)).toBe(true);
  });

  it('round-trips any string (property)', () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[=+\-@'#$ ]?[0-9]{1,4}([./:-][0-9]{1,4}){0,2}%?$/),
      fc.constantFrom('true', 'FALSE', 'Sep 30', '(5)', '\t=1', '€5'),
    );
    fc.assert(
      fc.property(
        fc.array(
          tricky.filter((s) => s !== ''),
          { minLength: 1, maxLength: 8 },
        ),
        (texts) => {
          const { tables } = freshTables();
          tables.create('T');
          tables.write('T', 0, 0, [texts]);
          expect(tables.read('T')).toEqual([texts]);
        },
      ),
    );
  });

  it('stores null as an empty cell and reads an empty cell as null', () => {
    const { fakes, tables } = freshTables();
    tables.create('T');
    tables.write('T', 0, 0, [['a', null, 'c']]);
    expect(fakes.spreadsheet.sheet('T')!.getRange('B1').getValues()).toEqual([['']]);
    expect(tables.read('T')).toEqual([['a', null, 'c']]);
  });

  it('refuses a ragged block before touching the sheet', () => {
    const { fakes, tables } = freshTables();
    tables.create('T');
    fakes.rec.reset();
    expect(() => tables.write('T', 0, 0, [['a', 'b'], ['c']])).toThrow();
    expect(fakes.rec.count('Range.setValues')).toBe(0);
  });
});

describe('dates are wall-clock times of the spreadsheet’s zone', () => {
  const zones = ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles', 'Europe/London', 'Pacific/Kiritimati'];

  it.each(zones)('a cell typed 05/10/2021 08:00 in a vi_VN %s sheet reads as 05/10/2021 08:00', (zone) => {
    const fakes = createGasFakes({ spreadsheetTimeZone: zone, locale: 'vi_VN' });
    typeInto(fakes, 'T', [['Bắt đầu'], ['05/10/2021 08:00']]);
    expect(tablesOn(fakes).read('T')).toEqual([['Bắt đầu'], [localDateTime(2021, 10, 5, 8, 0)]]);
  });

  it('the same typing in an en_US sheet is read month first: 10 May, and 31/10/2021 stays text', () => {
    const fakes = createGasFakes({ locale: 'en_US' });
    typeInto(fakes, 'T', [['Bắt đầu'], ['05/10/2021 08:00'], ['31/10/2021']]);
    expect(tablesOn(fakes).read('T')).toEqual([
      ['Bắt đầu'],
      [localDateTime(2021, 5, 10, 8, 0)],
      ['31/10/2021'],
    ]);
  });

  it.each(zones)('a date written to a %s sheet shows the same wall clock there', (zone) => {
    const { fakes, tables } = freshTables({ spreadsheetTimeZone: zone });
    tables.create('T');
    tables.write('T', 0, 0, [[localDateTime(2021, 10, 5, 8, 0)]]);
    const stored = fakes.spreadsheet.sheet('T')!.cellAt(1, 1)!.value as Date;
    expect(fakes.globals.Utilities.formatDate(stored, zone, 'dd/MM/yyyy HH:mm')).toBe('05/10/2021 08:00');
    expect(stored.getTime()).toBe(toInstant(localDateTime(2021, 10, 5, 8, 0), zone).getTime());
  });

  it('round-trips any wall-clock time in zones with and without daylight saving (property)', () => {
    const when = fc
      .record({
        y: fc.integer({ min: 1990, max: 2060 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        h: fc.integer({ min: 5, max: 22 }), // DST switches happen at night
        mi: fc.integer({ min: 0, max: 59 }),
      })
      .map(({ y, m, d, h, mi }) => localDateTime(y, m, d, h, mi));
    fc.assert(
      fc.property(fc.constantFrom(...zones, 'America/New_York', 'Australia/Sydney'), when, (zone, value) => {
        const { tables } = freshTables({ spreadsheetTimeZone: zone });
        tables.create('T');
        tables.write('T', 0, 0, [[value]]);
        expect(tables.read('T')).toEqual([[value]]);
      }),
    );
  });

  it('reads the spreadsheet’s zone once per execution', () => {
    const { fakes, tables } = freshTables();
    tables.create('T');
    for (let i = 0; i < 5; i++) tables.write('T', i, 0, [[localDateTime(2021, 10, 1 + i, 8, 0)]]);
    tables.read('T');
    expect(fakes.rec.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });
});

describe('cost in service calls does not grow with rows', () => {
  const header = ['Mã', 'Tên hoạt động', 'Bắt đầu', 'Số chỗ', 'Kết quả kiểm tra'];
  const plan = (n: number): unknown[][] => [
    header,
    ...Array.from({ length: n }, (_, i) => [`HD${i + 1}`, `Hoạt động ${i + 1}`, '05/10/2021 08:00', 30, '']),
  ];

  /** Read the whole tab, then write a findings column for every row: the validate pattern. */
  function readAndWriteFindings(n: number): Record<string, number> {
    const fakes = createGasFakes();
    typeInto(fakes, 'Hoạt động', plan(n));
    const tables = tablesOn(fakes);
    const grid = tables.read('Hoạt động')!;
    expect(grid).toHaveLength(n + 1);
    const findings: Grid = grid.slice(1).map((_, i) => [i % 2 ? 'Lỗi: ngày ngoài tuần lễ' : null]);
    tables.write('Hoạt động', 1, 4, findings);
    return fakes.rec.snapshot();
  }

  it('reading and writing 100 or 5,000 rows costs the same calls: one getValues, one setValues', () => {
    const small = readAndWriteFindings(100);
    const large = readAndWriteFindings(5000);
    expect(large).toEqual(small);
    expect(small['Range.getValues']).toBe(1);
    expect(small['Range.setValues']).toBe(1);
  });

  it('appending rows is getLastRow plus one setValues, growing the grid at most once', () => {
    for (const n of [10, 5000]) {
      const { fakes, tables } = freshTables();
      tables.create('T');
      tables.write('T', 0, 0, [['h1', 'h2']]);
      fakes.rec.reset();
      tables.append(
        'T',
        Array.from({ length: n }, (_, i) => [`r${i}`, i]),
      );
      expect(fakes.rec.count('Sheet.getLastRow')).toBe(1);
      expect(fakes.rec.count('Range.setValues')).toBe(1);
      expect(fakes.rec.count('Sheet.insertRowsAfter')).toBe(n > 999 ? 1 : 0);
      expect(tables.read('T')).toHaveLength(n + 1);
    }
  });
});

describe('layout', () => {
  const layout: TableLayout = {
    columns: [
      { header: 'Mã', width: 70, format: 'text' },
      { header: 'Bắt đầu', width: 140, format: 'datetime', note: 'dd/MM/yyyy HH:mm' },
      { header: 'Loại', width: 150, choices: ['tuyên truyền', 'khai mạc'] },
      { header: 'Kết quả kiểm tra', width: 320, system: true },
    ],
  };

  function laidOut(rows: number): GasFakes {
    const fakes = createGasFakes();
    // the principal moved "Bắt đầu" to the end and added a column of their own
    typeInto(fakes, 'Hoạt động', [
      ['Loại', 'Mã', 'Ghi chú riêng', 'Kết quả kiểm tra', 'bắt đầu'],
      ...Array.from({ length: rows }, () => ['khai mạc', 'HD01', 'x', '', '05/10/2021 08:00']),
    ]);
    tablesOn(fakes).layout('Hoạt động', layout);
    return fakes;
  }

  it('styles columns found by header, wherever the principal moved them', () => {
    const fakes = laidOut(3);
    const sheet = fakes.spreadsheet.sheet('Hoạt động')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('E2').getNumberFormat()).toBe('dd/MM/yyyy HH:mm');
    expect(sheet.getRange('E900').getNumberFormat()).toBe('dd/MM/yyyy HH:mm');
    expect(sheet.getRange('B2').getNumberFormat()).toBe('General'); // text stays text by apostrophe, not '@'
    expect(sheet.getRange('C2').getNumberFormat()).toBe('General');
    expect(sheet.getRange('E1').getNote()).toBe('dd/MM/yyyy HH:mm');
    expect(sheet.getColumnWidth(5)).toBe(140);
    expect(sheet.getColumnWidth(1)).toBe(150);
    expect(sheet.getColumnWidth(3)).toBe(100);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'tuyên truyền',
      'khai mạc',
    ]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(sheet.getRange('D1').getFontColor()).not.toBe('#000000');
    expect(sheet.getRange('D500').getBackground()).not.toBe('#ffffff');
    expect(sheet.getRange('C5').getBackground()).toBe('#ffffff');
  });

  it('costs the same few calls whatever the row count, never one per cell', () => {
    const small = laidOut(5).rec.snapshot();
    const large = laidOut(2000).rec.snapshot();
    expect(large).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(30);
  });
});
