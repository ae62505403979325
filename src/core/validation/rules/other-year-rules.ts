import { partsOf } from '../../cell';
import type { Finding, FindingParams } from '../../findings';
import type { SettingKey } from '../../schema/settings';
import { makeFinding, type Place } from '../make-finding';
import { placeAt, settingParams, settingPlace, type Rule } from './context';

const YEAR_WORD = /(^|[^\p{L}])(n[aăâ]m)\s+(\d{4})(?!\d)/giu;

/** A few words either side of [start, end), cut at spaces, with "…" where text was left out. */
function quoteAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 40);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, end + 25);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Every "năm NNNN" naming a year other than the plan's, with a short quote around it. */
export function otherYearsIn(text: string, year: number): { year: number; quote: string }[] {
  const out: { year: number; quote: string }[] = [];
  for (const m of text.normalize('NFC').matchAll(YEAR_WORD)) {
    const found = Number(m[3]);
    if (found === year) continue;
    const start = m.index! + m[1]!.length;
    const end = start + m[2]!.length + 1 + m[3]!.length;
    const quote = quoteAround(text.normalize('NFC'), start, end);
    out.push({ year: found, quote });
  }
  return out;
}

/**
 * A plan copied from last year often keeps "năm 2020" somewhere in its prose (the seed does,
 * once). The year in free text is worth a warning that quotes it.
 */
export const textNamesPlanYear: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  // When the year and the week disagree, that finding comes first: which year is right is unknown.
  if (!s || s.year !== partsOf(s.weekStart).year) return [];
  const findings: Finding[] = [];
  const check = (text: string | undefined, place: Place, extra: FindingParams = {}): void => {
    if (!text) return;
    for (const hit of otherYearsIn(text, s.year)) {
      const params = { ...extra, quote: hit.quote, found: hit.year, year: s.year };
      findings.push(makeFinding('warning', 'text.otherYear', place, params));
    }
  };
  for (const key of ['preamble', 'theme'] as const satisfies readonly SettingKey[]) {
    check(s[key], settingPlace(ctx, key), settingParams(key));
  }
  for (const a of ctx.parsed.plan.activities) {
    check(a.title, placeAt(ctx, 'activities', a.row, 'title'));
    check(a.resultNotes, placeAt(ctx, 'activities', a.row, 'resultNotes'));
  }
  for (const o of ctx.parsed.plan.outreach) check(o.note, placeAt(ctx, 'outreach', o.row, 'note'));
  return findings;
};
