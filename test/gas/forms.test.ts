import { afterEach, describe, expect, it } from 'vitest';
import type { FormSpec } from '../../src/core/forms/types';
import { GasForms } from '../../src/gas/forms';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

const SPEC: FormSpec = {
  id: 'training',
  title: 'Đăng ký tập huấn / nói chuyện',
  description: 'Tuần lễ hưởng ứng học tập suốt đời năm 2021',
  confirmation: 'Cảm ơn bạn đã đăng ký.',
  collectsEmail: true,
  questions: [
    { key: 'email', title: 'Email', type: 'email', required: true },
    { key: 'name', title: 'Họ và tên', type: 'text', required: true, help: 'Ghi đầy đủ, có dấu' },
    {
      key: 'who',
      title: 'Bạn là',
      type: 'multipleChoice',
      required: true,
      choices: ['CB-GV-NV', 'Phụ huynh'],
      otherOption: true,
    },
    {
      key: 'sessions',
      title: 'Buổi tập huấn',
      type: 'checkbox',
      required: false,
      choices: ['[HD05] Tập huấn – còn 3 chỗ'],
    },
    { key: 'group', title: 'Tổ/nhóm', type: 'list', required: true, choices: ['Tổ 1', 'Tổ 2'] },
    { key: 'notes', title: 'Ghi chú', type: 'paragraph', required: false },
  ],
};

describe('GasForms over FormApp', () => {
  it('creates the form with each question as the right item, published, collecting verified emails', () => {
    const fakes = withFakes();
    const handle = new GasForms().upsert(SPEC, undefined);
    const form = fakes.formApp.forms[0]!;
    expect(handle).toEqual({
      id: form.id,
      publishedUrl: `https://docs.google.com/forms/d/e/${form.id}/viewform`,
      editUrl: `https://docs.google.com/forms/d/${form.id}/edit`,
      created: true,
    });
    expect(form.published).toBe(true);
    expect(form.emailCollection).toBe('VERIFIED');
    expect(form.confirmation).toBe('Cảm ơn bạn đã đăng ký.');
    // No response destination: Google's copy of every answer would be a tab the purge misses.
    expect(form.destinationsSet).toBe(0);
    // the email question is the collected address, not a question of its own
    expect(form.items.map((i) => [i.title, i.type, i.required])).toEqual([
      ['Họ và tên', 'TEXT', true],
      ['Bạn là', 'MULTIPLE_CHOICE', true],
      ['Buổi tập huấn', 'CHECKBOX', false],
      ['Tổ/nhóm', 'LIST', true],
      ['Ghi chú', 'PARAGRAPH_TEXT', false],
    ]);
    expect(form.item('Họ và tên')!.helpText).toBe('Ghi đầy đủ, có dấu');
    expect(form.item('Bạn là')!.choices).toEqual(['CB-GV-NV', 'Phụ huynh']);
    expect(form.item('Bạn là')!.otherOption).toBe(true);
    expect(form.item('Buổi tập huấn')!.otherOption).toBe(false);
  });

  it('without collected emails, the email question is a text item that requires an address', () => {
    const fakes = withFakes();
    new GasForms().upsert({ ...SPEC, collectsEmail: false }, undefined);
    const item = fakes.formApp.forms[0]!.item('Email')!;
    expect(item.type).toBe('TEXT');
    expect(item.validation).toEqual({ rules: ['email'] });
    expect(fakes.formApp.forms[0]!.emailCollection).toBe('DO_NOT_COLLECT');
  });

  it('where verified emails are not allowed, the respondent types the address, and the log says so', () => {
    const fakes = withFakes();
    fakes.formApp.verifiedAllowed = false;
    const lines: string[] = [];
    new GasForms({ log: (m) => lines.push(m) }).upsert(SPEC, undefined);
    expect(fakes.formApp.forms[0]!.collectEmail).toBe(true);
    expect(fakes.formApp.forms[0]!.emailCollection).toBe('RESPONDER_INPUT');
    expect(lines.join('\n')).toMatch(/không bật được email đã xác minh/);
  });

  it('updates the same form in place: choices refreshed, responses and the principal’s own question kept', () => {
    const fakes = withFakes();
    const forms = new GasForms();
    const first = forms.upsert(SPEC, undefined);
    const form = fakes.formApp.forms[0]!;
    form.addTextItem().setTitle('Câu hỏi riêng của hiệu trưởng');
    const response = fakes.formApp.respond(form, 'a@x.vn', { 'Họ và tên': 'An' });
    const sessionsBefore = form.item('Buổi tập huấn')!;

    const changed: FormSpec = {
      ...SPEC,
      questions: SPEC.questions.map((q) =>
        q.key === 'sessions'
          ? {
              ...q,
              choices: ['[HD05] Tập huấn – đã đủ chỗ – vào danh sách chờ', '[HD07] Nói chuyện – còn 10 chỗ'],
            }
          : q,
      ),
    };
    const second = forms.upsert(changed, first.id);
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(fakes.formApp.forms).toHaveLength(1);
    expect(form.item('Buổi tập huấn')).toBe(sessionsBefore);
    expect(sessionsBefore.choices).toHaveLength(2);
    expect(form.item('Câu hỏi riêng của hiệu trưởng')).toBeDefined();
    expect(form.items).toHaveLength(6);
    expect(form.responses).toEqual([response]);
    expect(form.destinationsSet).toBe(0); // never a tab of Google's own copy of the answers
  });

  it('a form deleted by the principal is made again rather than failing', () => {
    const fakes = withFakes();
    const forms = new GasForms();
    const first = forms.upsert(SPEC, undefined);
    fakes.formApp.trash(first.id);
    const again = forms.upsert(SPEC, first.id);
    expect(again.created).toBe(true);
    expect(again.id).not.toBe(first.id);
    expect(fakes.formApp.forms[0]!.published).toBe(true);
  });

  it('re-publishes a form found unpublished (made by a script after 30/06/2026)', () => {
    const fakes = withFakes();
    const made = new GasForms().upsert(SPEC, undefined);
    fakes.formApp.forms[0]!.published = false;
    new GasForms().upsert(SPEC, made.id);
    expect(fakes.formApp.forms[0]!.published).toBe(true);
  });

  it('a published form closed to responses takes answers again after the next run', () => {
    const fakes = withFakes();
    const made = new GasForms().upsert(SPEC, undefined);
    const form = fakes.formApp.forms[0]!;
    const answers = { 'Họ và tên': 'Nguyễn Văn An' };
    expect(() => fakes.formApp.respond(form, 'an@example.edu.vn', answers)).not.toThrow();
    form.setAcceptingResponses(false); // the principal closed it in the Forms editor
    expect(() => fakes.formApp.respond(form, 'binh@example.edu.vn', answers)).toThrow(/no longer accepting/);
    new GasForms().upsert(SPEC, made.id);
    expect(form.published).toBe(true);
    expect(() => fakes.formApp.respond(form, 'binh@example.edu.vn', answers)).not.toThrow();
    expect(form.responses).toHaveLength(2);
  });
});

describe('prefilled links (FormResponse.toPrefilledUrl)', () => {
  const RESULT: FormSpec = {
    id: 'result',
    title: 'Báo cáo kết quả hoạt động',
    description: '',
    confirmation: 'Cảm ơn.',
    collectsEmail: true,
    questions: [
      { key: 'email', title: 'Email', type: 'email', required: true },
      {
        key: 'activity',
        title: 'Hoạt động',
        type: 'list',
        required: true,
        choices: ['[HD01] Treo băng rôn', '[HD02] Đăng tin'],
      },
      { key: 'achieved', title: 'Kết quả đạt được', type: 'paragraph', required: false },
    ],
    prefill: { questionKey: 'activity', values: ['[HD01] Treo băng rôn', '[HD02] Đăng tin'] },
  };

  it('gives each activity a link that opens the form with it chosen', () => {
    const fakes = withFakes();
    const handle = new GasForms().upsert(RESULT, undefined);
    const form = fakes.formApp.forms[0]!;
    const item = form.item('Hoạt động')!;
    expect(handle.prefilled).toEqual({
      '[HD01] Treo băng rôn': `https://docs.google.com/forms/d/e/${form.id}/viewform?usp=pp_url&entry.${item.id}=%5BHD01%5D%20Treo%20b%C4%83ng%20r%C3%B4n`,
      '[HD02] Đăng tin': `https://docs.google.com/forms/d/e/${form.id}/viewform?usp=pp_url&entry.${item.id}=%5BHD02%5D%20%C4%90%C4%83ng%20tin`,
    });
    // Drafts only: nothing was submitted.
    expect(form.responses).toHaveLength(0);
  });

  it('is as strict as Apps Script: a value the list does not offer throws', () => {
    const fakes = withFakes();
    new GasForms().upsert(RESULT, undefined);
    const form = fakes.formApp.forms[0]!;
    const item = form.item('Hoạt động')!;
    expect(() => item.asListItem().createResponse('[HD03] Không có')).toThrow(/Invalid choice/);
    const other = fakes.formApp.create('khác');
    expect(() =>
      other.createResponse().withItemResponse(item.createResponse('[HD01] Treo băng rôn')),
    ).toThrow();
  });
});
