/**
 * The dates and clock times a plan's sentence mentions, as these documents write them:
 * "05/10/2021", "ngày 05 tháng 10 năm 2021", "sáng ngày 05/10" (the year then comes from the
 * plan), ranges "từ ngày 01/10/2021 đến 07/10/2021", clock times "07:30", "7h30", "14 giờ".
 */

export interface DayMention {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
  /** Where it starts in the text, so a range's two ends keep their order. */
  readonly at: number;
  /** The text as written ("ngày 05 tháng 10 năm 2020"), for findings. */
  readonly written: string;
  /** "sáng", "chiều", "tối" written just before the date. */
  readonly partOfDay?: PartOfDay;
}

export type PartOfDay = 'sáng' | 'chiều' | 'tối';

export interface ClockMention {
  readonly hour: number;
  readonly minute: number;
  readonly at: number;
}

const PART = String.raw`(?:(sáng|chiều|tối)\s+)?`;
const LONG = new RegExp(String.raw`${PART}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`, 'giu');
// A short "dd/mm" only counts after a word that introduces a date: "Trường Mầm non 20/10" is a name.
const SLASH = new RegExp(
  String.raw`${PART}(ngày\s+|từ\s+|đến\s+|[–(-]\s*)?(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])`,
  'giu',
);
const CLOCK = /(?<![\d/:])(\d{1,2})(?::|h|\s*giờ\s*)(\d{2})?(?![\d/])/giu;

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year ?? 2024, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Every date of the text, in the order written. */
export function dayMentions(text: string): DayMention[] {
  const found: DayMention[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(LONG)) {
    const [written, part, d, mo, y] = m;
    const mention = toMention(written, m.index, part, d!, mo!, y);
    if (mention) found.push(mention);
    taken.push([m.index, m.index + written.length]);
  }
  for (const m of text.matchAll(SLASH)) {
    const [written, part, intro, d, mo, y] = m;
    if (y === undefined && intro === undefined) continue;
    if (taken.some(([a, b]) => m.index < b && a < m.index + written.length)) continue;
    const mention = toMention(written.trim(), m.index, part, d!, mo!, y);
    if (mention) found.push(mention);
  }
  return found.sort((a, b) => a.at - b.at);
}

function toMention(
  written: string,
  at: number,
  part: string | undefined,
  d: string,
  mo: string,
  y: string | undefined,
): DayMention | undefined {
  const year = y === undefined ? undefined : Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!validDay(year, month, day)) return undefined;
  return {
    ...(year === undefined ? {} : { year }),
    month,
    day,
    at,
    written,
    ...(part ? { partOfDay: part.toLowerCase() as PartOfDay } : {}),
  };
}

/** Clock times ("07:30", "7h30", "14 giờ"), outside the dates already found. */
export function clockMentions(text: string): ClockMention[] {
  const out: ClockMention[] = [];
  const withoutDates = text.replace(/\d{1,2}\/\d{1,2}(?:\/\d{4})?/g, (s) => ' '.repeat(s.length));
  for (const m of withoutDates.matchAll(CLOCK)) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    // "7h" and "14 giờ" need a word for the hour; a bare "14:" never reaches here.
    if (m[2] === undefined && !/h|giờ/iu.test(m[0])) continue;
    if (hour > 23 || minute > 59) continue;
    out.push({ hour, minute, at: m.index });
  }
  return out;
}

/** "năm 2020" written alone (not the end of a long date), with where it is. */
export function yearMentions(text: string): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (const m of text.matchAll(/(?<!tháng\s+\d{1,2}\s+)năm\s+(\d{4})(?!\d)/giu)) {
    out.push({ year: Number(m[1]), at: m.index });
  }
  return out;
}
