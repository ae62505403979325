import type ExcelJS from 'exceljs';

/**
 * The sheet XML of plain rows, written straight into exceljs's streaming writer. exceljs builds
 * a Row, a Cell and two models per cell and renders them through its generic XML stream; for
 * the raw log, the response tabs and the outbox after a 10,000-row import that was most of the
 * save and of its garbage. A plain row holds only empty cells, numbers, texts, booleans and
 * dates, without a note: its XML is what exceljs's row and cell renderers write, byte for byte
 * (the same style and shared-string ids, asked of the writer's own tables). Any other row goes
 * through exceljs as before.
 */

/** exceljs's Enums.ValueType, of the cells a plain row may hold. */
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;
const BOOLEAN = 9;
const PLAIN_TYPES = new Set([NULL, NUMBER, STRING, DATE, BOOLEAN]);

/** The writer's style table and shared strings (internals its typings omit). */
export interface WriterTables {
  readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
  readonly sharedStrings: { add(value: unknown): number };
}

/** Excel's serial day number: days since 30/12/1899, the 1900 system (no 1904 workbook streams). */
const excelDay = (date: Date): number => 25569 + date.getTime() / 86_400_000;

/** The characters exceljs's xmlEncode escapes or drops (controls other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/**
 * TEXT as exceljs's xmlEncode writes it. One native replace per character kind: the outbox's
 * mail payloads are HTML in JSON, full of quotes, and a replace with a callback per match made
 * this most of the save.
 */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(CONTROLS, '');
}

const letters: string[] = [];
function columnLetters(col: number): string {
  let known = letters[col];
  if (known === undefined) {
    let n = col;
    known = '';
    while (n > 0) {
      const rest = (n - 1) % 26;
      known = String.fromCharCode(65 + rest) + known;
      n = (n - 1 - rest) / 26;
    }
    letters[col] = known;
  }
  return known;
}

export interface PlainCell {
  readonly type: number;
  readonly value: unknown;
  /** The cell's style, already shared between cells that look the same (see StyleCanon). */
  readonly style: Partial<ExcelJS.Style>;
}

/** Whether a cell can be written by plainRowXml. */
export function isPlain(cell: ExcelJS.Cell): boolean {
  return PLAIN_TYPES.has(cell.type as number) && cell.note === undefined;
}

/**
 * The <row> element exceljs would write for a writer row holding CELLS (columns 1…n, as copied
 * with includeEmpty) and HEIGHT, HIDDEN and OUTLINE, or '' when it would write nothing.
 */
export function plainRowXml(
  rowNumber: number,
  cells: readonly PlainCell[],
  row: { height?: number; hidden?: boolean; outlineLevel?: number },
  tables: WriterTables,
  rowStyleId: number,
): string {
  const hasValues = cells.some((c) => c.type !== NULL);
  if (!hasValues && !row.height) return '';
  let xml = `<row r="${rowNumber}"`;
  if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) xml += ' hidden="1"';
  if (cells.length > 0) xml += ` spans="1:${cells.length}"`;
  if (rowStyleId) xml += ` s="${rowStyleId}" customFormat="1"`;
  xml += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) xml += ` outlineLevel="${row.outlineLevel}"`;
  let children = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const styleId = tables.styles.addStyleModel(cell.style, cell.type);
    if (cell.type === NULL && !styleId) continue;
    children += `<c r="${columnLetters(i + 1)}${rowNumber}"`;
    if (styleId) children += ` s="${styleId}"`;
    switch (cell.type) {
      case NUMBER:
        children += `><v>${String(cell.value)}</v></c>`;
        break;
      case STRING:
        children += ` t="s"><v>${tables.sharedStrings.add(cell.value)}</v></c>`;
        break;
      case BOOLEAN:
        children += ` t="b"><v>${cell.value ? '1' : '0'}</v></c>`;
        break;
      case DATE:
        children += `><v>${excelDay(cell.value as Date)}</v></c>`;
        break;
      default:
        children += '/>';
    }
  }
  // An element without children is closed at once, as exceljs's XML stream does.
  return children === '' ? `${xml}/>` : `${xml}>${children}</row>`;
}
