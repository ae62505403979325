import type { Finding } from '../../core/findings';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { cliLanguage } from '../runtime/cli-text';
import { placeOf, renderFinding, severityWord } from '../../core/i18n/finding-messages';

/**
 * The findings as the principal reads them in a terminal: grouped by tab (in the order the
 * tabs first appear), then by row, each with its place (row, column), severity and message:
 *
 *   Trang tính "Hoạt động":
 *     dòng 7, cột Bắt đầu — lỗi: …
 */
export function formatFindings(findings: readonly Finding[], lang: Language = cliLanguage()): string[] {
  const text = catalogue(lang).cli.findings;
  const byTab = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byTab.get(finding.tableName) ?? [];
    list.push(finding);
    byTab.set(finding.tableName, list);
  }
  const lines: string[] = [];
  for (const [tab, list] of byTab) {
    lines.push(text.tab(tab));
    const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    for (const finding of sorted) {
      lines.push(
        `  ${placeInTab(finding, lang)} — ${severityWord(finding.severity, lang)}: ${renderFinding(finding, lang)}`,
      );
    }
  }
  return lines;
}

/** The place without the tab name, which heads the group. */
function placeInTab(finding: Finding, lang: Language): string {
  const place = placeOf(finding, lang);
  const prefix = `${finding.tableName.normalize('NFC')}, `;
  if (place.startsWith(prefix)) return place.slice(prefix.length);
  return place === finding.tableName.normalize('NFC') ? catalogue(lang).cli.findings.wholeTab : place;
}
