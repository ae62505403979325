/** A1 notation as the fakes need it: "B3", "A1:C9", open-ended "C2:C" and "C:C". */
export interface A1Box {
  row: number;
  column: number;
  /** undefined: to the last row of the sheet */
  lastRow: number | undefined;
  lastColumn: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseA1(a1: string): A1Box {
  const m = /^([A-Za-z]+)(\d*)(?::([A-Za-z]+)(\d*))?$/.exec(a1.trim());
  if (!m) throw new Error(`Range not found`);
  const column = columnNumber(m[1]!);
  const row = m[2] ? Number(m[2]) : 1;
  if (m[3] === undefined) {
    return { row, column, lastRow: m[2] ? row : undefined, lastColumn: column };
  }
  return { row, column, lastRow: m[4] ? Number(m[4]) : undefined, lastColumn: columnNumber(m[3]) };
}
