/**
 * A plain-text table for the terminal: columns padded to their widest cell. Widths count code
 * points of NFC text, so Vietnamese letters with diacritics take one column each.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = (text: string): number => [...text.normalize('NFC')].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
