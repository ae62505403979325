import { afterEach, describe, expect, it } from 'vitest';
import { formIdProperty } from '../../src/app/forms/sync-forms';
import { purgeFormCopies } from '../../src/gas/form-copies-purge';
import { scriptProperties } from '../../src/gas/services';
import { removeFakes, withFakes } from './fakes/with-fakes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const sheetOf = (fakes: ReturnType<typeof withFakes>): Spreadsheet =>
  fakes.spreadsheet as unknown as Spreadsheet;

/** The forms' own copies of the families' responses, after the purge (FormApp fakes in-process). */
afterEach(() => removeFakes());

function world() {
  const fakes = withFakes();
  const form = fakes.formApp.create('Đăng ký tập huấn');
  form.addTextItem().setTitle('Họ và tên');
  form.setPublished(true);
  const properties = scriptProperties();
  properties.set(formIdProperty('training'), form.id);
  const log: string[] = [];
  const port = { info: (m: string) => log.push(m), error: (m: string) => log.push(m) };
  const respond = (email: string) => fakes.formApp.respond(form, email, { 'Họ và tên': email });
  return { fakes, form, properties, log, port, respond };
}

describe('purgeFormCopies', () => {
  it('deletes the recorded family responses only; staff and unrecorded ones stay; again: no delete call', () => {
    const { fakes, form, properties, port, respond } = world();
    const family = respond('lan@giadinh.example');
    const staff = respond('gv1@truong.example');
    const unrecorded = respond('late@giadinh.example');
    const line = purgeFormCopies(
      properties,
      sheetOf(fakes),
      { nomination: [], training: [family.id], attendance: [] },
      port,
    );
    expect(line).toBe('Đã xóa 1 câu trả lời của các gia đình khỏi biểu mẫu.');
    expect(form.responses.map((r) => r.id)).toEqual([staff.id, unrecorded.id]);
    const deletes = fakes.rec.count('Form.deleteResponse');
    expect(
      purgeFormCopies(
        properties,
        sheetOf(fakes),
        { nomination: [], training: [family.id], attendance: [] },
        port,
      ),
    ).toBe('');
    expect(fakes.rec.count('Form.deleteResponse')).toBe(deletes);
  });

  it("deletes the parents' recorded answers to the attendance form; the staff's stay", () => {
    const { fakes, properties, port } = world();
    const opening = fakes.formApp.create('Điểm danh khai mạc');
    opening.addTextItem().setTitle('Họ và tên');
    opening.setPublished(true);
    properties.set(formIdProperty('attendance'), opening.id);
    const parent = fakes.formApp.respond(opening, 'lan@giadinh.example', { 'Họ và tên': 'Lan' });
    const staff = fakes.formApp.respond(opening, 'gv1@truong.example', { 'Họ và tên': 'Hoa' });
    const line = purgeFormCopies(
      properties,
      sheetOf(fakes),
      { nomination: [], training: [], attendance: [parent.id] },
      port,
    );
    expect(line).toBe('Đã xóa 1 câu trả lời của các gia đình khỏi biểu mẫu.');
    expect(opening.responses.map((r) => r.id)).toEqual([staff.id]);
  });

  it('unlinks and deletes the response tab an older version made; deleteResponse alone would leave it', () => {
    const { fakes, form, properties, port, respond } = world();
    form.setDestination('SPREADSHEET', fakes.spreadsheet.id);
    const tab = form.destinationSheet!;
    const family = respond('lan@giadinh.example');
    expect(tab.dump()).toHaveLength(2);
    form.deleteResponse(family.id);
    expect(tab.dump()).toHaveLength(2); // Google's copy stays
    const line = purgeFormCopies(
      properties,
      sheetOf(fakes),
      { nomination: [], training: [family.id], attendance: [] },
      port,
    );
    expect(line).toBe('Đã xóa 1 trang tính câu trả lời do Google Biểu mẫu tạo.');
    expect(fakes.spreadsheet.sheets.includes(tab)).toBe(false);
    expect(form.destinationId).toBeUndefined();
  });

  it('a form that cannot be opened is told in the log and left for the next night', () => {
    const { fakes, form, properties, log, port } = world();
    fakes.formApp.trash(form.id);
    expect(
      purgeFormCopies(properties, sheetOf(fakes), { nomination: [], training: ['r1'], attendance: [] }, port),
    ).toBe('');
    expect(log.join('\n')).toMatch(/^Chưa xóa được câu trả lời của các gia đình khỏi biểu mẫu training/);
  });
});
