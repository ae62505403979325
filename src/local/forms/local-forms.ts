import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormSpec } from '../../core/forms/types';
import type { FormHandle, FormsPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';
import { previewExtension, renderFormPreview, type PreviewFormat } from './form-preview';

/**
 * The form's page with the value in its query (`…/forms/result?activity=%5BHD05%5D…`): there is no
 * form to prefill on the principal's computer, so the link names the activity the owner reports
 * on, and `learning-week respond result` records the answer.
 */
function prefilledLinks(url: string, prefill: NonNullable<FormSpec['prefill']>): Record<string, string> {
  return Object.fromEntries(
    prefill.values.map((value) => [value, `${url}?${prefill.questionKey}=${encodeURIComponent(value)}`]),
  );
}

/** Where the local web app answers unless Settings "Địa chỉ biểu mẫu trên máy" says otherwise. */
export const DEFAULT_LOCAL_FORMS_ADDRESS = 'http://127.0.0.1:8080/';

/** A form's page on the local web app: `<address>forms/<id>`. */
export const localFormUrl = (address: string, id: string): string =>
  new URL(`forms/${id}`, address.endsWith('/') ? address : `${address}/`).href;

/**
 * The local FormsPort: there is no Google Forms on the principal's computer, so a form is a
 * preview file in out/forms/ (one per form, overwritten on every sync). Its id is stable
 * (`local-<formId>`), so syncForms keeps "updating" the same form. Its published link is its
 * page on the local web app (what invitations, Zalo texts and QR codes carry: a file of this
 * computer opens on no one else's phone); the edit link is the preview file.
 */
export class LocalFormsPort implements FormsPort {
  readonly written: string[] = [];

  constructor(
    readonly outDir: string = join('out', 'forms'),
    readonly format: PreviewFormat = 'html',
    readonly address: string = DEFAULT_LOCAL_FORMS_ADDRESS,
  ) {}

  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean } {
    const file = join(this.outDir, `${spec.id}.${previewExtension(this.format)}`);
    const created = knownId === undefined || !existsSync(file);
    mkdirSync(this.outDir, { recursive: true });
    writeFileAtomic(file, renderFormPreview(spec, this.format));
    this.written.push(file);
    const url = localFormUrl(this.address, spec.id);
    return {
      id: knownId ?? `local-${spec.id}`,
      publishedUrl: url,
      editUrl: pathToFileURL(resolve(file)).href,
      created,
      ...(spec.prefill ? { prefilled: prefilledLinks(url, spec.prefill) } : {}),
    };
  }
}
