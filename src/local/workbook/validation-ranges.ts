import type ExcelJS from 'exceljs';

interface DataValidationModel {
  model: Record<string, unknown>;
}

/**
 * exceljs reads a data validation "D2:D1000" as 999 per-cell entries, and on save squeezes
 * them back by sorting addresses as text ("D10" before "D2"), which emits overlapping ranges
 * (D10:D1000 and D2:D1000) that Excel may flag for repair. After loading a file we rebuild the
 * ranges ourselves: per rule (exceljs shares one object per range it read) and per column,
 * each run of consecutive rows becomes one "D2:D1000" key, which the writer keeps as it is.
 */
export function compactValidations(sheet: ExcelJS.Worksheet): void {
  const validations = (sheet as unknown as { dataValidations?: DataValidationModel }).dataValidations;
  if (!validations) return;
  const cells = new Map<unknown, Map<string, number[]>>();
  const kept: Record<string, unknown> = {};
  for (const [address, rule] of Object.entries(validations.model)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match || rule === undefined) {
      if (rule !== undefined) kept[address] = rule;
      continue;
    }
    const byColumn = cells.get(rule) ?? new Map<string, number[]>();
    const rows = byColumn.get(match[1]!) ?? [];
    rows.push(Number(match[2]));
    byColumn.set(match[1]!, rows);
    cells.set(rule, byColumn);
  }
  for (const [rule, byColumn] of cells) {
    for (const [letter, rows] of byColumn) {
      rows.sort((a, b) => a - b);
      let start = rows[0]!;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
        const end = rows[i - 1]!;
        kept[start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`] = rule;
        if (i < rows.length) start = rows[i]!;
      }
    }
  }
  validations.model = kept;
}
