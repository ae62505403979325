import { describe, expect, it } from 'vitest';
import { handleFormSubmit } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { formIdOfStoredForm, syncForms } from '../../src/app/forms/sync-forms';
import { localDateTime } from '../../src/core/cell';
import type { FormSpec } from '../../src/core/forms';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { cellText, readTable } from '../../src/core/table';
import { foldHeader } from '../../src/core/text';
import type { FormHandle, FormsPort, PropertiesPort } from '../../src/ports';
import { MemoryTables } from '../support/memory-tables';

/** Records every upsert; ids are handed out in order, so a second form would show. */
class RecordingForms implements FormsPort {
  readonly calls: { spec: FormSpec; knownId: string | undefined }[] = [];
  private readonly made = new Map<string, FormSpec>();
  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean } {
    this.calls.push({ spec, knownId });
    const created = knownId === undefined || !this.made.has(knownId);
    const id = created ? `F${this.made.size + 1}` : knownId!;
    this.made.set(id, spec);
    return {
      id,
      publishedUrl: `https://forms.example/${id}/viewform`,
      editUrl: `https://forms.example/${id}/edit`,
      created,
    };
  }
  get count(): number {
    return this.made.size;
  }
}

class MemoryProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  get(key: string) {
    return this.values.get(key);
  }
  set(key: string, value: string) {
    this.values.set(key, value);
  }
  delete(key: string) {
    this.values.delete(key);
  }
}

function world() {
  const tables = new MemoryTables();
  const base = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 3, 3, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(base, { plan: 'seed', sample: true });
  return { ...base, properties: new MemoryProperties(), forms: new RecordingForms() };
}

function settingValue(tables: MemoryTables, label: string): string[] {
  return readTable(SETTINGS_TABLE, tables.read(SETTINGS_TABLE.name))
    .rows.filter((r) => foldHeader(cellText(r.cells.label)) === foldHeader(label))
    .map((r) => cellText(r.cells.value));
}

describe('syncForms', () => {
  it('creates the three forms once, then updates them, and shows the links in Settings', () => {
    const w = world();
    const first = syncForms(w);
    expect(first.forms.map((f) => [f.formId, f.id, f.created])).toEqual([
      ['attendance', 'F1', true],
      ['training', 'F2', true],
      ['nomination', 'F3', true],
      ['result', 'F4', true],
    ]);
    expect(w.properties.get('form.training.id')).toBe('F2');
    expect(settingValue(w.tables, 'Biểu mẫu đăng ký tập huấn')).toEqual([
      'https://forms.example/F2/viewform',
    ]);
    expect(settingValue(w.tables, 'Biểu mẫu điểm danh khai mạc')).toEqual([
      'https://forms.example/F1/viewform',
    ]);
    expect(settingValue(w.tables, 'Biểu mẫu đề cử gia đình hiếu học')).toEqual([
      'https://forms.example/F3/viewform',
    ]);

    w.tables.resetCalls();
    const second = syncForms(w);
    expect(second.forms.every((f) => !f.created)).toBe(true);
    expect(w.forms.count).toBe(4);
    expect(w.forms.calls.slice(4).map((c) => c.knownId)).toEqual(['F1', 'F2', 'F3', 'F4']);
    // Links already there: nothing written.
    expect(w.tables.calls.write).toBe(0);
    expect(settingValue(w.tables, 'Biểu mẫu đăng ký tập huấn')).toHaveLength(1);
  });

  it('adds the link rows when the Settings tab lacks them, in one block', () => {
    const w = world();
    const grid = w.tables.tabs.get(SETTINGS_TABLE.name)!;
    w.tables.tabs.set(
      SETTINGS_TABLE.name,
      grid.filter((row) => !String(row[0] ?? '').startsWith('Biểu mẫu')),
    );
    w.tables.resetCalls();
    syncForms(w);
    expect(w.tables.calls.write).toBe(1);
    expect(settingValue(w.tables, 'Biểu mẫu đề cử gia đình hiếu học')).toEqual([
      'https://forms.example/F3/viewform',
    ]);
  });

  it('shows the seats left from the training tab in the session choices', () => {
    const w = world();
    handleFormSubmit(w, {
      formId: 'training',
      raw: {
        responseId: 'r1',
        timestamp: localDateTime(2021, 10, 3, 8, 0),
        email: 'a@example.org',
        answers: {
          'Họ và tên': 'An',
          'Bạn là': 'Phụ huynh',
          'Buổi tập huấn / nói chuyện muốn tham gia': ['[HD10] x'],
        },
      },
    });
    syncForms(w);
    const training = w.forms.calls.find((c) => c.spec.id === 'training')!.spec;
    const choices = training.questions.find((q) => q.key === 'sessions')!.choices!;
    expect(choices.find((c) => c.startsWith('[HD10]'))).toMatch(/còn 49 chỗ$/);
    expect(choices.find((c) => c.startsWith('[HD06]'))).toMatch(/còn 80 chỗ$/);
  });

  it('maps a runtime form id back to the form', () => {
    const w = world();
    syncForms(w);
    expect(formIdOfStoredForm(w.properties, 'F3')).toBe('nomination');
    expect(formIdOfStoredForm(w.properties, 'unknown')).toBeUndefined();
  });
});
