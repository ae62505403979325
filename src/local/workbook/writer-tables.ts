import type ExcelJS from 'exceljs';
import { xmlText } from './row-xml';
import { Utf8Pieces } from './utf8-pieces';

/**
 * Two tables exceljs's streaming writer keeps for the whole workbook, made to cost little per
 * cell. Both give the ids exceljs itself would give, so the file is the one it would write.
 */

/** What a style is chosen by: an exceljs cell, or a row kept out of the model (appended-rows.ts). */
interface StyledCell {
  readonly style: Partial<ExcelJS.Style>;
  /** exceljs's Enums.ValueType. */
  readonly type: number;
  readonly value: unknown;
}

/** exceljs's Enums.ValueType, of the cells whose default number format is not 'none'. */
const NULL = 0;
const NUMBER = 2;
const DATE = 4;
const FORMULA = 6;

/**
 * The number format exceljs gives a style without one, by the cell's type (a formula's by its
 * result): General for numbers and empty cells, a date format for dates, none for the others.
 */
function defaultFormat(cell: StyledCell): 'general' | 'date' | 'none' {
  let type = cell.type as number;
  if (type === FORMULA) {
    const result = (cell.value as { result?: unknown } | null)?.result;
    if (result === undefined || result === null || typeof result === 'number') type = NUMBER;
    else if (result instanceof Date) type = DATE;
    else return 'none';
  }
  if (type === NULL || type === NUMBER) return 'general';
  return type === DATE ? 'date' : 'none';
}

/**
 * One style object per look. exceljs gives every new cell its own style object, and its style
 * table finds a known style by object first and by rendering it to XML otherwise: with one
 * object per look the XML is rendered once per look, not once per cell. The key is each part's
 * identity (parts are shared between cells: the column's font, the loaded file's styles), and,
 * for a style without a number format, the default exceljs picks by the cell's type, since it
 * remembers the id it found with the object.
 */
export class StyleCanon {
  private readonly partIds = new WeakMap<object, number>();
  private nextId = 0;
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  private id(part: unknown): string {
    if (part === undefined || part === null) return '';
    if (typeof part !== 'object') return `=${String(part)}`;
    let id = this.partIds.get(part);
    if (id === undefined) this.partIds.set(part, (id = ++this.nextId));
    return String(id);
  }

  of(cell: StyledCell): Partial<ExcelJS.Style> {
    const style = cell.style;
    const key = [
      style.numFmt ? `=${style.numFmt}` : defaultFormat(cell),
      this.id(style.font),
      this.id(style.border),
      this.id(style.fill),
      this.id(style.alignment),
      this.id(style.protection),
    ].join('|');
    let shared = this.byKey.get(key);
    if (!shared) this.byKey.set(key, (shared = style));
    return shared;
  }
}

/**
 * The workbook's shared strings, found through a Map: exceljs keys a plain object by the text,
 * which for the raw log's long records made adding a string cost more than writing it.
 */
export class SharedStrings {
  private readonly index = new Map<unknown, number>();
  readonly values: unknown[] = [];
  totalRefs = 0;

  get count(): number {
    return this.values.length;
  }

  getString(i: number): unknown {
    return this.values[i];
  }

  add(value: unknown): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    this.totalRefs++;
    return i;
  }

  /**
   * xl/sharedStrings.xml as exceljs renders plain texts (its count is the unique count too), in
   * UTF-8 pieces of about 256 KB, or undefined when a rich text is among them (exceljs renders
   * those itself). Pieces, because a large import's payloads make tens of MB of text: one
   * string of it, then its bytes, would be two more copies at the peak.
   */
  xml(): Iterable<Buffer> | undefined {
    if (this.values.some((v) => typeof v !== 'string')) return undefined;
    return xmlPieces(this.values as string[]);
  }
}

function* xmlPieces(values: readonly string[]): Generator<Buffer> {
  const out = new Utf8Pieces();
  out.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${values.length}" uniqueCount="${values.length}">`,
  );
  for (const text of values) {
    const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
    const full = out.write(`<si><t${preserve}>${xmlText(text)}</t></si>`);
    if (full) yield full;
  }
  out.write('</sst>');
  const last = out.take();
  if (last) yield last;
}
