import type { Faked } from './faked';
import type { Recorder } from './recorder';
import type { FakeSheet } from './sheet';
import { readBack, storeInput, type StoredValue } from './sheet-input';
import type { FakeDataValidation } from './validation';

import Real = GoogleAppsScript.Spreadsheet;
type Swaps = [Real.Range, FakeRange, Real.RangeList, FakeRangeList];

type RangeMethods =
  | 'getValues'
  | 'setValues'
  | 'setValue'
  | 'getFormulas'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getNumberFormat'
  | 'setNumberFormat'
  | 'setFontWeight'
  | 'getFontWeight'
  | 'setFontColor'
  | 'getFontColor'
  | 'setBackground'
  | 'getBackground'
  | 'setNote'
  | 'getNote'
  | 'setNotes';

/** Formatting kept per cell (sparse). */
export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string;
  fontColor?: string;
  background?: string;
  note?: string;
  validation?: FakeDataValidation | null;
}

/** A rectangle of a FakeSheet, 1-based like Apps Script. */
export class FakeRange implements Faked<Real.Range, RangeMethods, Swaps> {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly rec: Recorder,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private each(fn: (r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) fn(this.row + r, this.column + c);
    }
  }

  private formatAt(key: keyof CellFormat): unknown {
    return this.sheet.formatOf(this.row, this.column)?.[key];
  }

  getValues(): StoredValue[][] {
    this.rec.hit('Range.getValues');
    const out: StoredValue[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: StoredValue[] = [];
      for (let c = 0; c < this.numColumns; c++)
        line.push(readBack(this.sheet.cellAt(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  setValues(values: unknown[][]): FakeRange {
    this.rec.hit('Range.setValues');
    if (!Array.isArray(values) || values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
    const zone = this.sheet.timeZone();
    const locale = this.sheet.locale();
    const stored = values.map((line) => line.map((value) => storeInput(value, zone, locale)));
    stored.forEach((line, r) =>
      line.forEach((cell, c) => this.sheet.putCell(this.row + r, this.column + c, cell)),
    );
    return this;
  }

  /** Every cell of the range gets the value, read as typed text is (the principal typing). */
  setValue(value: unknown): FakeRange {
    this.rec.hit('Range.setValue');
    const cell = storeInput(value, this.sheet.timeZone(), this.sheet.locale());
    this.each((r, c) => this.sheet.putCell(r, c, { ...cell }));
    return this;
  }

  getFormulas(): string[][] {
    this.rec.hit('Range.getFormulas');
    const out: string[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.numColumns; c++) {
        line.push(this.sheet.cellAt(this.row + r, this.column + c)?.formula ?? '');
      }
      out.push(line);
    }
    return out;
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }

  /** Sets one formatting attribute on every cell (not a service call by itself). */
  paint(key: keyof CellFormat, value: unknown): void {
    this.each((r, c) => this.sheet.setFormat(r, c, key, value));
  }

  private applyFormat(method: string, key: keyof CellFormat, value: unknown): FakeRange {
    this.rec.hit(method);
    this.paint(key, value);
    return this;
  }

  setNumberFormat(numberFormat: string): FakeRange {
    return this.applyFormat('Range.setNumberFormat', 'numberFormat', numberFormat);
  }
  getNumberFormat(): string {
    this.rec.hit('Range.getNumberFormat');
    return (this.formatAt('numberFormat') as string | undefined) ?? 'General';
  }
  setFontWeight(fontWeight: string | null): FakeRange {
    return this.applyFormat('Range.setFontWeight', 'fontWeight', fontWeight ?? undefined);
  }
  getFontWeight(): Real.FontWeight {
    this.rec.hit('Range.getFontWeight');
    return (this.formatAt('fontWeight') as Real.FontWeight | undefined) ?? 'normal';
  }
  setFontColor(color: string | null): FakeRange {
    return this.applyFormat('Range.setFontColor', 'fontColor', color ?? undefined);
  }
  getFontColor(): string {
    this.rec.hit('Range.getFontColor');
    return (this.formatAt('fontColor') as string | undefined) ?? '#000000';
  }
  setBackground(color: string | null): FakeRange {
    return this.applyFormat('Range.setBackground', 'background', color ?? undefined);
  }
  getBackground(): string {
    this.rec.hit('Range.getBackground');
    return (this.formatAt('background') as string | undefined) ?? '#ffffff';
  }
  setNote(note: string | null): FakeRange {
    return this.applyFormat('Range.setNote', 'note', note ?? undefined);
  }
  getNote(): string {
    this.rec.hit('Range.getNote');
    return (this.formatAt('note') as string | undefined) ?? '';
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    this.rec.hit('Range.setNotes');
    if (notes.length !== this.numRows || notes.some((line) => line.length !== this.numColumns)) {
      throw new Error('The number of rows or columns in the notes does not match the range.');
    }
    notes.forEach((line, r) =>
      line.forEach((note, c) =>
        this.sheet.setFormat(this.row + r, this.column + c, 'note', note || undefined),
      ),
    );
    return this;
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    return this.applyFormat('Range.setDataValidation', 'validation', rule);
  }
  getDataValidation(): FakeDataValidation | null {
    this.rec.hit('Range.getDataValidation');
    return (this.formatAt('validation') as FakeDataValidation | undefined) ?? null;
  }
}

/** Several ranges, one service call per setter (Sheet.getRangeList). */
export class FakeRangeList implements Faked<
  Real.RangeList,
  'setNumberFormat' | 'setFontColor' | 'setBackground' | 'setFontWeight',
  Swaps
> {
  constructor(
    private readonly rec: Recorder,
    private readonly ranges: FakeRange[],
  ) {}

  private apply(method: string, key: keyof CellFormat, value: unknown): FakeRangeList {
    this.rec.hit(method); // one call for the whole list
    for (const range of this.ranges) range.paint(key, value);
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setNumberFormat(format: string): FakeRangeList {
    return this.apply('RangeList.setNumberFormat', 'numberFormat', format);
  }
  setFontColor(color: string | null): FakeRangeList {
    return this.apply('RangeList.setFontColor', 'fontColor', color ?? undefined);
  }
  setBackground(color: string | null): FakeRangeList {
    return this.apply('RangeList.setBackground', 'background', color ?? undefined);
  }
  setFontWeight(fontWeight: string | null): FakeRangeList {
    return this.apply('RangeList.setFontWeight', 'fontWeight', fontWeight ?? undefined);
  }
}
