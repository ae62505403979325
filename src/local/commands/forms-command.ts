import { join } from 'node:path';
import { syncForms } from '../../app/forms/sync-forms';
import { currentFormSpecs } from '../forms/current-form-specs';
import type { FormSpec } from '../../core/forms/types';
import type { RunContext } from './commands';
import type { PreviewFormat } from '../forms/form-preview';
import { localPorts } from './local-ports';
import { checkOutputFolder } from './output-folder';
import { DEFAULT_LOCAL_FORMS_ADDRESS, LocalFormsPort } from '../forms/local-forms';
import { readSettings } from '../../app/plan/settings-store';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';

export const DEFAULT_FORMS_DIR = join('out', 'forms');

/**
 * forms: the three forms through syncForms with the local FormsPort — a preview file each in
 * out/forms/ — and their links written into Settings, as Setup does with Google Forms.
 */
export async function runFormPreviews(
  file: string,
  format: PreviewFormat,
  outDir: string | undefined,
  ctx: RunContext,
): Promise<string[]> {
  checkOutputFolder(outDir ?? DEFAULT_FORMS_DIR);
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const address = readSettings(workbook)?.localFormsAddress ?? DEFAULT_LOCAL_FORMS_ADDRESS;
    const forms = new LocalFormsPort(outDir ?? DEFAULT_FORMS_DIR, format, address);
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    syncForms({ tables: ports.tables, properties: ports.properties, log: ports.log, forms });
    await saveOrExplain(workbook, file);
    return forms.written;
  } finally {
    release();
  }
}

/** What `forms --format json` prints: each form's id, title and questions, for other tools. */
export interface FormSpecJson {
  id: string;
  title: string;
  questions: { key: string; title: string; type: string; required: boolean; choices?: string[] }[];
}

export async function readFormSpecs(file: string): Promise<FormSpecJson[]> {
  const { workbook, release } = await openForUpdate(file, 'read');
  try {
    return currentFormSpecs(workbook).map(specJson);
  } finally {
    release();
  }
}

function specJson(spec: FormSpec): FormSpecJson {
  return {
    id: spec.id,
    title: spec.title,
    questions: spec.questions.map((q) => ({
      key: q.key,
      title: q.title,
      type: q.type,
      required: q.required,
      ...(q.choices ? { choices: [...q.choices] } : {}),
    })),
  };
}
