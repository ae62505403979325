import { sheetIdOf } from './sheet-id';

export interface ListedSheet {
  /** 1-based line of the list, so a problem names the line to fix. */
  readonly line: number;
  readonly sheetId: string;
}

export interface ListedProblem {
  readonly line: number;
  readonly text: string;
  /** The earlier line naming the same sheet; absent when the line holds no sheet id. */
  readonly sameAs?: number;
}

/**
 * The district's list of schools: one Sheet link or id a line; "#" starts a comment (a whole
 * line, or after the link: "…/edit  # Trường Mầm non 20/10"); blank lines are skipped. A
 * sheet listed twice is read once.
 */
export function parseSchoolList(text: string): { sheets: ListedSheet[]; problems: ListedProblem[] } {
  const sheets: ListedSheet[] = [];
  const problems: ListedProblem[] = [];
  const seen = new Map<string, number>();
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw.replace(/(^|\s)#.*$/, '').trim();
      if (content === '') return;
      const sheetId = sheetIdOf(content);
      if (!sheetId) return problems.push({ line, text: content });
      const first = seen.get(sheetId);
      if (first !== undefined) return problems.push({ line, text: sheetId, sameAs: first });
      seen.set(sheetId, line);
      sheets.push({ line, sheetId });
    });
  return { sheets, problems };
}
