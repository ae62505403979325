import { cleanText } from '../text';

/**
 * A plan document as the importer reads it: one entry per non-empty line (a paragraph of a Doc
 * or .docx, a line of a .txt), NFC, tabs and stray spaces collapsed, with the list marker it
 * was typed with taken off. Word processors drop the bullet glyph from the text (mammoth, the
 * Docs' ListItem), so a marker is a hint, never required.
 */
export interface PlanLine {
  /** 1-based position among the document's lines, for findings. */
  readonly number: number;
  /** The line as cleaned, marker included. */
  readonly text: string;
  /** '-' for "-", "–", "•", "*"; '+' for "+"; 'n' for "1)", "a)", "a."; '' for none. */
  readonly marker: '-' | '+' | 'n' | '';
  /** The text without its marker. */
  readonly body: string;
}

const DASH = /^[-–—•*·●▪◦]\s*/u;
const PLUS = /^\+\s*/u;
const LETTER_OR_NUMBER = /^(?:\d{1,2}|[a-zđ])[).]\s+/u;

/** Splits and cleans; empty lines are dropped, every other line is kept. */
export function planLines(text: string): PlanLine[] {
  const lines: PlanLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    // A space typed before a comma or full stop is a stray one: "05/10 , từ" reads "05/10, từ".
    const cleaned = cleanText(raw.replace(/\t/g, ' ')).replace(/\s+([,;.!?])(?=\s|$)/gu, '$1');
    if (cleaned === '') continue;
    lines.push({ number: lines.length + 1, text: cleaned, ...marked(cleaned) });
  }
  return lines;
}

function marked(text: string): Pick<PlanLine, 'marker' | 'body'> {
  if (PLUS.test(text)) return { marker: '+', body: text.replace(PLUS, '') };
  // "- 50% cán bộ" is an item; "-5" is not a marker but a number, which plans do not start with.
  if (DASH.test(text)) return { marker: '-', body: text.replace(DASH, '') };
  if (LETTER_OR_NUMBER.test(text) && !/^\d{1,2}\.\d/.test(text))
    return { marker: 'n', body: text.replace(LETTER_OR_NUMBER, '') };
  return { marker: '', body: text };
}
