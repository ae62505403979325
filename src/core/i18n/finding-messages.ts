import type { Finding, Severity } from '../findings';
import { catalogue } from './catalogue';
import { vi } from './vi';
import type { Language } from '../plan';
import type { FindingCode } from '../finding-codes';

/** What each finding says, by code, in Vietnamese (the English is in the catalogue too). */
export const FINDING_MESSAGES = vi.findings.messages;

const texts = (lang: Language) => catalogue(lang).findings;

export function severityWord(severity: Severity, lang: Language = 'vi'): string {
  return texts(lang).severity[severity];
}

export function isKnownFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_MESSAGES, code);
}

/** The sentence that tells the principal what is wrong and what to do. */
export function renderFinding(finding: Finding, lang: Language = 'vi'): string {
  if (!isKnownFindingCode(finding.code)) {
    return texts(lang).unknown(finding.code);
  }
  const render: (p: Finding['params'], f: Finding) => string = texts(lang).messages[finding.code];
  return render(finding.params, finding).normalize('NFC');
}

/** "Hoạt động, dòng 7, cột Bắt đầu" — where to look. */
export function placeOf(finding: Finding, lang: Language = 'vi'): string {
  const words = texts(lang);
  const parts = [finding.tableName];
  if (finding.row !== undefined) {
    const setting = finding.params['setting'];
    parts.push(
      `${words.row} ${finding.row}${finding.table === 'settings' && setting ? ` (${setting})` : ''}`,
    );
  }
  if (finding.column !== undefined) parts.push(`${words.column} ${finding.column}`);
  return parts.join(', ').normalize('NFC');
}

/** "Lỗi: …" — a finding as one line of a row's findings cell. */
export function findingLine(finding: Finding, lang: Language = 'vi'): string {
  const word = severityWord(finding.severity, lang);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${renderFinding(finding, lang)}`;
}

/** "Hoạt động, dòng 7, cột Bắt đầu — lỗi: …" — a finding on its own, for lists and the CLI. */
export function describeFinding(finding: Finding, lang: Language = 'vi'): string {
  return `${placeOf(finding, lang)} — ${severityWord(finding.severity, lang)}: ${renderFinding(finding, lang)}`;
}
