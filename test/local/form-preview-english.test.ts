import { describe, expect, it } from 'vitest';
import { buildFormSpecs, formSpecOf } from '../../src/core/forms';
import { renderFormPreview } from '../../src/local/forms/form-preview';
import { plan, SETTINGS } from '../core/forms/plan-fixture';

describe('the preview of an English form', () => {
  const spec = formSpecOf(buildFormSpecs(plan({ settings: { ...SETTINGS, language: 'en' } })), 'nomination');

  it('says in English what each question is, in Markdown and in HTML', () => {
    const md = renderFormPreview(spec, 'markdown');
    expect(md).toContain('Type: short answer (required)');
    expect(md).toContain('- ( ) Other: …');
    expect(md).toContain('After sending: Thank you for your nomination!');
    expect(md).not.toMatch(/Kiểu|bắt buộc|Khác|Sau khi gửi/u);
    const page = renderFormPreview(spec, 'html');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('The form records the respondent&#39;s email address itself.');
  });
});
