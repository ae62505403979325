import { applyPlanImport, previewPlanImport } from '../app/plan/import-plan';
import { buildPlanDocument } from '../app/plan/export-plan';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import type { GasRuntime } from './runtime';
import { availableUi } from './ui';

/**
 * The plan document in Apps Script. Import: the principal pastes the Doc's link, DocumentApp
 * reads its paragraphs, list items and table cells in reading order (`documents` scope only, no
 * Drive), the same importer reads them, the changes are shown and written only after "Có".
 * Export: the KẾ HOẠCH as a new Google Doc, laid out by the report's renderer.
 */

type Element = GoogleAppsScript.Document.Element;

/** The text of a Doc, one paragraph a line (a list item's glyph is not text, as in the Doc itself). */
export function docText(doc: GoogleAppsScript.Document.Document): string {
  const lines: string[] = [];
  const body = doc.getBody();
  for (let i = 0; i < body.getNumChildren(); i++) collect(body.getChild(i), lines);
  return lines.join('\n');
}

function collect(element: Element, lines: string[]): void {
  const type = String(element.getType());
  if (type === 'TABLE') {
    const table = element.asTable();
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      for (let c = 0; c < row.getNumCells(); c++) {
        const cell = row.getCell(c);
        for (let k = 0; k < cell.getNumChildren(); k++) collect(cell.getChild(k), lines);
      }
    }
    return;
  }
  if (type === 'PARAGRAPH') lines.push(element.asParagraph().getText());
  else if (type === 'LIST_ITEM') lines.push(element.asListItem().getText());
}

/** Menu "Nhập kế hoạch từ Google Docs": link → findings and changes → confirm → written. */
export function importPlanFromDoc(
  runtime: GasRuntime,
  lang: Language,
): { title: string; text: string } | undefined {
  const t = catalogue(lang).planDocument.gas;
  const ui = availableUi();
  if (!ui) return { title: t.importTitle, text: t.needsUi };
  const answer = ui.prompt(t.importTitle, t.askLink, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
  const link = answer.getResponseText().trim();
  let text: string;
  try {
    text = docText(DocumentApp.openByUrl(link));
  } catch (error) {
    return {
      title: t.importTitle,
      text: t.cannotOpen(link, error instanceof Error ? error.message : String(error)),
    };
  }
  const options = { fallbackYear: runtime.clock.now().getUTCFullYear(), language: lang };
  const preview = previewPlanImport(runtime, text, options);
  const findings = preview.imported.findings.map((f) => `• ${f.text}`);
  const body = [
    ...(findings.length > 0
      ? [catalogue(lang).planDocument.cli.findings(findings.length), ...findings, '']
      : []),
    ...preview.changes,
    '',
    preview.summary,
  ].join('\n');
  if (preview.unchanged) return { title: t.importTitle, text: body };
  const confirmed = ui.alert(t.importTitle, `${body}\n\n${t.confirm}`, ui.ButtonSet.YES_NO);
  if (confirmed !== ui.Button.YES) return { title: t.importTitle, text: t.notWritten };
  const applied = applyPlanImport(runtime, text, options);
  return { title: t.importTitle, text: `${applied.summary}\n${t.written}` };
}

/** Menu "Xuất kế hoạch": the KẾ HOẠCH from the sheet as a new Google Doc. */
export function exportPlanToDoc(runtime: GasRuntime, lang: Language): { title: string; text: string } {
  const t = catalogue(lang).planDocument.gas;
  const model = buildPlanDocument(runtime);
  if (!model) return { title: t.exportTitle, text: catalogue(lang).planDocument.cli.noSettings };
  const handle = runtime.documents.render(model, undefined);
  return { title: t.exportTitle, text: t.exported(handle.url) };
}
