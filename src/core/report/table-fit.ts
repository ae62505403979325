import type { ReportBlock, TableBlock, TableCell } from './blocks';

/**
 * Tables laid out as a school lays them out by hand: a column only when some row has something
 * in it, and widths that follow the content, so a short code ("HD01") or a time
 * ("01/10 07:00–17:00") never breaks over two lines while long titles take the room left.
 */

/**
 * Widths are in "units" of about half an em of the tables' 12 pt Times New Roman: a page of
 * 165 mm holds about 78 of them, less each cell's padding.
 */
const LINE_UNITS = 78;
const PADDING_UNITS = 3;
/** A column whose longest line is at most this wide is kept on one line when the page allows. */
const NARROW_UNITS = 24;
/** What a long-text column keeps before narrow columns take room to stay on one line. */
const WIDE_SHARE_UNITS = 22;
/** Every column gets this much, or its longest line if shorter, before any other shares out. */
const FLOOR_UNITS = 12;

/**
 * A rough advance of each character in units, after Times New Roman's metrics: capitals about
 * 0.7 em, digits 0.5, lower case 0.45, punctuation and spaces about 0.25.
 */
function units(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (/[mwMW–—@]/u.test(ch)) n += 1.5;
    else if (ch !== ch.toLowerCase()) n += 1.4;
    else if (/[0-9]/.test(ch)) n += 1;
    else if (/[\s.,:;'’!|()/\\\-il]/u.test(ch)) n += 0.55;
    else n += 0.9;
  }
  return n;
}

/** Header cells are bold, about a tenth wider. */
const BOLD = 1.1;

/**
 * The narrowest a word lets its column be. A link is one long "word", but Word and LibreOffice
 * break it after a slash or a hyphen, so a long one counts by its longest piece: otherwise one
 * link would take the page and squeeze a date or a channel name letter by letter.
 */
const LONG_WORD_UNITS = 24;
function wordUnits(word: string): number {
  const whole = units(word);
  if (whole <= LONG_WORD_UNITS || !word.includes('://')) return whole;
  return Math.max(0, ...word.split(/(?<=[/\-?&=_.])/u).map(units));
}

const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map(wordUnits));

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(units));
}

/** Drops every column whose data cells are all empty (the header alone says nothing). */
export function withoutEmptyColumns(block: TableBlock): TableBlock {
  const keep = block.header.map((_, i) => block.rows.some((row) => (row[i]?.text ?? '').trim() !== ''));
  if (keep.every(Boolean)) return block;
  return {
    ...block,
    header: block.header.filter((_, i) => keep[i]),
    rows: block.rows.map((row) => row.filter((_, i) => keep[i])),
    widths: block.widths.filter((_, i) => keep[i]),
    ...(block.noWrap ? { noWrap: block.noWrap.filter((_, i) => keep[i]) } : {}),
  };
}

/**
 * Widths from the content: each column at least as wide as its longest word (its whole longest
 * line for a `noWrap` column); then the narrow columns (a name, a status, a count) get room for
 * their longest line, narrowest first, as long as the line has room; what is left goes to the
 * wide columns by how much text they hold, the block's own widths as weights.
 */
export function fittedWidths(block: TableBlock): number[] {
  const columns = block.header.map((h, i) => {
    const cells = block.rows.map((row) => row[i]);
    const noWrap = block.noWrap?.[i] === true;
    // Bold text (a header, a status to notice) is about a tenth wider.
    const scale = (c: TableCell | undefined): number => (c?.bold ? BOLD : 1);
    const word = (c: TableCell | undefined): number =>
      (noWrap ? longestLine(c?.text ?? '') : longestWord(c?.text ?? '')) * scale(c);
    const line = (c: TableCell | undefined): number => longestLine(c?.text ?? '') * scale(c);
    const min = Math.max(longestWord(h) * BOLD, ...cells.map(word)) + PADDING_UNITS;
    const longest = Math.max(units(h) * BOLD, ...cells.map(line)) + PADDING_UNITS;
    // Short text stays on one line and long text gets a fair start before the rest is shared.
    const floor = Math.min(Math.max(min, longest), FLOOR_UNITS);
    return { min: Math.max(min, floor), longest: Math.max(min, longest), weight: block.widths[i] ?? 1 };
  });
  const widths = columns.map((c) => c.min);
  let room = LINE_UNITS - widths.reduce((a, b) => a + b, 0);
  const wide = new Set<number>();
  // A long-text column (a title, a link) keeps a readable share: a narrow column is laid on one
  // line only with the room left after that share, else a link breaks every few letters.
  const share = columns.reduce(
    (sum, c, i) =>
      c.longest > NARROW_UNITS ? sum + Math.max(0, Math.min(c.longest, WIDE_SHARE_UNITS) - widths[i]!) : sum,
    0,
  );
  const byWant = columns.map((c, i) => ({ i, want: c.longest - c.min })).sort((a, b) => a.want - b.want);
  for (const { i, want } of byWant) {
    if (want <= 0) continue;
    if (columns[i]!.longest <= NARROW_UNITS && want <= room - share) {
      widths[i] = columns[i]!.longest;
      room -= want;
    } else wide.add(i);
  }
  if (room > 0) {
    const sharing = wide.size > 0 ? [...wide] : columns.map((_, i) => i);
    const weighted = sharing.map((i) => Math.max(1, columns[i]!.longest - widths[i]!) * columns[i]!.weight);
    const total = weighted.reduce((a, b) => a + b, 0) || 1;
    sharing.forEach((i, k) => {
      widths[i] = widths[i]! + (room * weighted[k]!) / total;
    });
  }
  return widths.map(round);
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Every table of the report without its empty columns, its widths fitted to what is left. */
export function fitTables(blocks: readonly ReportBlock[]): ReportBlock[] {
  return blocks.map((b) => {
    if (b.kind !== 'table') return b;
    const pruned = withoutEmptyColumns(b);
    return { ...pruned, widths: fittedWidths(pruned) };
  });
}
