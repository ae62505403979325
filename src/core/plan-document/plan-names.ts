import { foldKey } from '../text';
import type { PlanDocument } from './read-plan-document';

/**
 * The school and its governing body. The letterhead writes both in capitals (Nghị định
 * 30/2020), so their own spelling is looked for in the body of the document ("… của Trường
 * Mầm non 20/10", "Báo cáo kết quả … về UBND Quận 1"); a plan without a letterhead names the
 * school in its opening sentence and the governing body as the issuer of its legal basis.
 */
export function schoolAndBody(doc: PlanDocument): { school?: string; body?: string; bodyFromBasis: boolean } {
  const header = doc.headerLines.map((l) => l.text);
  const schoolAt = lastIndex(header, (h) => /^(TRƯỜNG|TRUNG TÂM|SCHOOL)\b/u.test(h.toUpperCase()));
  const schoolLine = schoolAt >= 0 ? header[schoolAt] : header[header.length - 1];
  const bodyLine = schoolLine === undefined ? undefined : header[header.indexOf(schoolLine) - 1];
  // Header lines above the governing body (a district above its education office) are kept as notes.
  for (const extra of doc.headerLines.slice(0, Math.max(0, header.indexOf(bodyLine ?? ''))))
    doc.notes.push(extra);

  const school =
    (schoolLine ? restoreCase(schoolLine, doc) : undefined) ??
    /^(Trường\s.+?)\s+(?:xây dựng|ban hành|lập)\s/u.exec(doc.preamble[0]?.text ?? '')?.[1] ??
    /\scủa\s+(.+?),\s/u.exec(doc.closing?.text ?? '')?.[1];

  if (doc.reportTo && (!bodyLine || foldKey(doc.reportTo) === foldKey(bodyLine)))
    return { ...(school ? { school } : {}), body: doc.reportTo, bodyFromBasis: false };
  if (bodyLine)
    return {
      ...(school ? { school } : {}),
      body: restoreCase(bodyLine, doc) ?? bodyLine,
      bodyFromBasis: false,
    };
  const issuer =
    /\scủa\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(.+?)(?=\s+(?:Kế hoạch|kế hoạch|về|V\/v)\s|[,;.“"]|$)/u.exec(
      doc.bases[0]?.text ?? '',
    )?.[1];
  if (issuer) return { ...(school ? { school } : {}), body: `UBND ${issuer.trim()}`, bodyFromBasis: true };
  return { ...(school ? { school } : {}), bodyFromBasis: false };
}

function lastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/**
 * The spelling of a capitalised name as the body of the document writes it; the capitals
 * themselves when the body never names it (nothing is invented).
 */
export function restoreCase(text: string, doc: PlanDocument): string | undefined {
  if (text !== text.toUpperCase()) return text;
  const wanted = text.toUpperCase();
  const header = new Set(doc.headerLines.map((l) => l.number));
  for (const line of doc.lines) {
    if (header.has(line.number)) continue;
    const at = line.text.toUpperCase().indexOf(wanted);
    if (at >= 0 && line.text.toUpperCase().length === line.text.length) {
      const found = line.text.slice(at, at + text.length);
      if (found !== found.toUpperCase()) return found;
    }
  }
  const ubnd = /^UBND\s+(.+)$/u.exec(wanted);
  if (ubnd) {
    const rest = restoreCase(ubnd[1]!, { ...doc, lines: doc.lines }) ?? ubnd[1]!;
    for (const line of doc.lines) {
      const m = new RegExp(`(?:Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(${escape(ubnd[1]!)})`, 'iu').exec(
        line.text,
      );
      if (m && m[1] !== m[1]!.toUpperCase()) return `UBND ${m[1]}`;
    }
    return `UBND ${rest}`;
  }
  return text;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
