import { describe, expect, it } from 'vitest';
import { createGasFakes, FORMULA_RESULT } from './fakes';

/** The fakes must be as strict as Apps Script, or the adapter tests would prove nothing. */
describe('recording fakes behave like Apps Script', () => {
  const sheetOf = () => {
    const fakes = createGasFakes();
    return { fakes, sheet: fakes.spreadsheet.insertSheet('T') };
  };

  it('setValues with the wrong number of rows or columns throws the Apps Script message', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      /^The number of rows in the data does not match the number of rows in the range\. The data has 1 but the range has 2\./,
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow(
      /^The number of columns in the data does not match the number of columns in the range/,
    );
  });

  it('evaluates typed text like a sheet: formulas, numbers, booleans, dates; an apostrophe keeps text', () => {
    const { sheet } = sheetOf();
    sheet
      .getRange(1, 1, 1, 7)
      .setValues([['=1+1', '0123', 'TRUE', '05/10/2021 08:00', "'=1+1", "'0123", '+cmd|x']]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues();
    expect(row!.slice(0, 3)).toEqual([FORMULA_RESULT, 123, true]);
    expect(Object.prototype.toString.call(row![3])).toBe('[object Date]');
    expect(row!.slice(4)).toEqual(['=1+1', '0123', FORMULA_RESULT]);
    expect(sheet.getRange(1, 1, 1, 7).getFormulas()[0]![0]).toBe('=1+1');
  });

  it('returns a fresh Date each read and "" for empty cells', () => {
    const { sheet } = sheetOf();
    const when = new Date(Date.UTC(2021, 9, 5, 1, 0));
    sheet.getRange('B2').setValues([[when]]);
    const first = sheet.getDataRange().getValues();
    expect(first).toEqual([
      ['', ''],
      ['', when],
    ]);
    expect(first[1]![1]).not.toBe(when);
  });

  it('never grows the grid for getRange, and getUi throws without a UI (triggers)', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(1, 27)).toThrow(/outside the dimensions/);
    const headless = createGasFakes({ ui: false });
    expect(() => headless.globals.SpreadsheetApp.getUi()).toThrow(/Cannot call SpreadsheetApp.getUi/);
  });

  it('refuses a duplicate sheet name and objects it cannot store', () => {
    const { fakes, sheet } = sheetOf();
    expect(() => fakes.spreadsheet.insertSheet('T')).toThrow(/already exists/);
    expect(() =>
      sheet.getRange('A1').setValues([[{ kind: 'local-datetime', iso: '2021-10-05T08:00' }]]),
    ).toThrow();
  });

  it('counts every call per service method', () => {
    const { fakes, sheet } = sheetOf();
    fakes.rec.reset();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1:B2').getValues();
    expect(fakes.calls).toEqual({ 'Sheet.getRange': 2, 'Range.getValues': 2 });
    fakes.globals.Utilities.sleep(1000);
    expect(fakes.utilities.sleeps).toEqual([1000]);
  });
});
