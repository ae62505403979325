import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormSpec } from '../../core/forms/types';
import type { FormHandle, FormsPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';
import { previewExtension, renderFormPreview, type PreviewFormat } from './form-preview';

/**
 * The preview with the value in its query (`…/result.html?activity=%5BHD05%5D…`): there is no
 * form to prefill on the principal's computer, so the link names the activity the owner reports
 * on, and `learning-week respond result` records the answer.
 */
function prefilledLinks(url: string, prefill: NonNullable<FormSpec['prefill']>): Record<string, string> {
  return Object.fromEntries(
    prefill.values.map((value) => [value, `${url}?${prefill.questionKey}=${encodeURIComponent(value)}`]),
  );
}

/**
 * The local FormsPort: there is no Google Forms on the principal's computer, so a form is a
 * preview file in out/forms/ (one per form, overwritten on every sync). Its id is stable
 * (`local-<formId>`), so syncForms keeps "updating" the same form; the links are file URLs.
 */
export class LocalFormsPort implements FormsPort {
  readonly written: string[] = [];

  constructor(
    readonly outDir: string = join('out', 'forms'),
    readonly format: PreviewFormat = 'html',
  ) {}

  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean } {
    const file = join(this.outDir, `${spec.id}.${previewExtension(this.format)}`);
    const created = knownId === undefined || !existsSync(file);
    mkdirSync(this.outDir, { recursive: true });
    writeFileAtomic(file, renderFormPreview(spec, this.format));
    this.written.push(file);
    const url = pathToFileURL(resolve(file)).href;
    return {
      id: knownId ?? `local-${spec.id}`,
      publishedUrl: url,
      editUrl: url,
      created,
      ...(spec.prefill ? { prefilled: prefilledLinks(url, spec.prefill) } : {}),
    };
  }
}
