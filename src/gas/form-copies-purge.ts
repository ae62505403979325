import { formIdProperty } from '../app/forms/sync-forms';
import type { FamilyResponses } from '../app/jobs/effects';
import { uiLanguage } from '../app/jobs/language';
import { catalogue } from '../core/i18n/catalogue';
import type { LogPort, PropertiesPort } from '../ports';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * After the purge, the copies Google Forms keeps of the families' responses go too:
 *
 * - each recorded family response is deleted from its form's response store
 *   (Form.deleteResponse, https://developers.google.com/apps-script/reference/forms/form#deleteresponseresponseid),
 *   only those the purge found in "Phản hồi gốc" — a response no run has recorded yet stays on
 *   the form for the daily sweep (never deleteAllResponses: the training form also holds the
 *   staff's answers — so does the attendance form, which the kit asks parents to answer too —
 *   and a late response may not be recorded yet);
 * - a response tab an older version linked with Form.setDestination (which the purge cannot
 *   rewrite cell by cell, and which Form.deleteResponse leaves alone) is unlinked and deleted:
 *   our own tabs, purged, are the record.
 *
 * Only responses the form still holds are asked for, so running every night is harmless; a form
 * that cannot be opened is told in the log and tried again the next night.
 */
export function purgeFormCopies(
  properties: PropertiesPort,
  spreadsheet: Spreadsheet,
  responses: FamilyResponses,
  log: LogPort,
): string {
  const t = catalogue(uiLanguage(properties)).privacy;
  let deleted = 0;
  let tabs = 0;
  for (const formId of ['nomination', 'training', 'attendance'] as const) {
    const storedId = properties.get(formIdProperty(formId));
    if (!storedId) continue;
    try {
      const form = FormApp.openById(storedId);
      deleted += deleteRecorded(form, new Set(responses[formId]));
      tabs += deleteResponseTab(form, spreadsheet);
    } catch (error) {
      log.error(t.formCopiesFailed(formId, error instanceof Error ? error.message : String(error)));
    }
  }
  return deleted + tabs === 0 ? '' : t.formCopies(deleted, tabs);
}

function deleteRecorded(form: Form, recorded: ReadonlySet<string>): number {
  if (recorded.size === 0) return 0;
  let deleted = 0;
  for (const response of form.getResponses()) {
    const id = response.getId();
    if (!recorded.has(id)) continue;
    form.deleteResponse(id);
    deleted++;
  }
  return deleted;
}

/** The tab this form sends its responses to in our spreadsheet, unlinked and deleted. */
function deleteResponseTab(form: Form, spreadsheet: Spreadsheet): number {
  let destination: string | undefined;
  try {
    destination = form.getDestinationId();
  } catch {
    return 0; // no destination: nothing was copied
  }
  if (destination !== spreadsheet.getId()) return 0;
  const formId = form.getId();
  const linked = spreadsheet.getSheets().filter((sheet) => (sheet.getFormUrl() ?? '').includes(formId));
  form.removeDestination();
  for (const sheet of linked) spreadsheet.deleteSheet(sheet);
  return linked.length;
}
