import type { Cell } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { buildFormSpecs, FORM_IDS, resultActivityLabel } from '../../core/forms';
import type { Activity } from '../../core/plan';
import { resultLinkProperty } from './ask-results';
import type { FormId } from '../../core/forms/types';
import { SETTINGS, type SettingKey } from '../../core/schema/settings';
import { TRAINING_SIGNUPS_TABLE } from '../../core/schema/response-tables';
import { SETTINGS_TABLE } from '../../core/schema/tables';
import { cellText } from '../../core/table';
import { foldHeader } from '../../core/text';
import type { FormHandle, FormsPort, PropertiesPort } from '../../ports';
import { loadFormsContext } from './forms-context';
import { seatsFromTrainingRows } from './forms-seat-counts';
import type { AppPorts } from '../ports-bundle';
import { loadTab, writeRows, type LoadedTab } from './response-store';

export interface SyncFormsResult {
  readonly forms: readonly (FormHandle & { formId: FormId; created: boolean })[];
}

/** The property that keeps a form's id: `form.training.id`. */
export const formIdProperty = (formId: FormId): string => `form.${formId}.id`;

/** The Settings row that shows each form's published link. */
export const FORM_URL_SETTING: Record<FormId, SettingKey> = {
  attendance: 'attendanceFormUrl',
  training: 'trainingFormUrl',
  nomination: 'nominationFormUrl',
  result: 'resultFormUrl',
};

/**
 * Which of our forms a runtime's form id is (the Apps Script submit trigger knows only the
 * source form's id); undefined for a form that is not ours.
 */
export function formIdOfStoredForm(properties: PropertiesPort, storedId: string): FormId | undefined {
  if (storedId === '') return undefined;
  return FORM_IDS.find((id) => properties.get(formIdProperty(id)) === storedId);
}

/**
 * Builds the three FormSpecs from the plan (sessions with seats left, counted from the training
 * tab), creates or updates each form through the port (ids kept in properties under
 * `form.<formId>.id`), and writes the published links into Settings in one block, adding the
 * rows when they are missing. Re-running updates; it never makes a second form.
 */
export function syncForms(
  ports: Pick<AppPorts, 'tables' | 'properties' | 'log'> & { forms: FormsPort },
): SyncFormsResult {
  const { tables, properties, forms, log } = ports;
  const context = loadFormsContext(tables);
  const training = loadTab(tables, TRAINING_SIGNUPS_TABLE, context.allTabNames);
  const seatsTaken = seatsFromTrainingRows(training.rows).seated;
  const specs = buildFormSpecs(context.plan, { seatsTaken });

  const made: (FormHandle & { formId: FormId; created: boolean })[] = [];
  for (const spec of specs) {
    const key = formIdProperty(spec.id);
    const known = properties.get(key);
    const handle = forms.upsert(spec, known === '' ? undefined : known);
    if (handle.id !== known) properties.set(key, handle.id);
    if (spec.id === 'result') keepResultLinks(properties, context.plan.activities, handle.prefilled ?? {});
    made.push({ ...handle, formId: spec.id });
  }
  writeLinks(ports, context, made);
  const texts = catalogue(context.settings?.language).forms.app;
  log.info(texts.formsMade(made.map((f) => texts.formMade(f.formId, f.created)).join(', ')));
  return { forms: made };
}

/**
 * Each activity's prefilled link of the results form, one property per activity (the asking
 * mails read them): a property holds 9 KB, so one list of every link would not fit a large plan.
 */
function keepResultLinks(
  properties: PropertiesPort,
  activities: readonly Activity[],
  prefilled: Readonly<Record<string, string>>,
): void {
  for (const activity of activities) {
    const url = prefilled[resultActivityLabel(activity)];
    if (url === undefined) continue;
    const key = resultLinkProperty(activity.id);
    if (properties.get(key) !== url) properties.set(key, url);
  }
}

function writeLinks(
  ports: Pick<AppPorts, 'tables' | 'log'>,
  context: ReturnType<typeof loadFormsContext>,
  forms: readonly (FormHandle & { formId: FormId })[],
): void {
  const tabName = context.tabNames.settings;
  const table = context.tables.settings;
  const grid = context.grids.settings;
  if (tabName === undefined || table === undefined || grid === undefined || grid.length === 0) {
    ports.log.error(catalogue(context.settings?.language).forms.app.noSettingsTab);
    return;
  }
  const tab: LoadedTab = {
    spec: SETTINGS_TABLE,
    tabName,
    exists: true,
    grid,
    header: table.header,
    rows: table.rows.map((r) => ({ row: r.row, cells: r.cells as Record<string, Cell> })),
  };
  const changed = new Map<number, Record<string, Cell>>();
  const added: Record<string, Cell>[] = [];
  for (const form of forms) {
    const setting = SETTINGS.find((s) => s.key === FORM_URL_SETTING[form.formId])!;
    const labels = [setting.label, ...setting.aliases].map(foldHeader);
    const row = table.rows.find((r) => labels.includes(foldHeader(cellText(r.cells['label']))));
    if (!row) added.push({ label: setting.label, value: form.publishedUrl, help: setting.help });
    else if (cellText(row.cells['value']) !== form.publishedUrl)
      changed.set(row.row, { value: form.publishedUrl });
  }
  writeRows(ports.tables, tab, changed, added);
}
