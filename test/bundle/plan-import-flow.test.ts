import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPlanText } from '../../src/core/plan-document/import-plan-document';
import { ACTIVITIES_TABLE, SETTINGS_TABLE } from '../../src/core/schema/tables';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { recordsOf } from './sheet-view';

/**
 * The plan document through dist/Code.js in the bare vm: the principal pastes a Doc's link, the
 * fake DocumentApp opens it by URL (documents scope only), the changes are shown, written only
 * after "Có"; "Xuất kế hoạch" makes a Doc that reads back into the same sheet.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'ke-hoach-2021.txt'), 'utf8');

/** A Doc typed as schools type it: "-" and "+" lines as list items (the glyph is not text). */
function seedDoc(bundle: LoadedBundle): string {
  const doc = bundle.fakes.documentApp.create('KẾ HOẠCH 2021');
  const body = doc.getBody();
  for (const line of SEED.split('\n')) {
    const item = /^\s*[-+]\s*(.*)$/.exec(line);
    if (item) body.appendListItem(item[1]!);
    else body.appendParagraph(line);
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  return url;
}

const settingOf = (bundle: LoadedBundle, label: string) =>
  recordsOf(bundle.fakes.spreadsheet, SETTINGS_TABLE.name).find((r) => r['Mục'] === label)?.['Giá trị'];

describe('menu "Nhập kế hoạch từ Google Docs"', () => {
  it('shows the findings and the changes, then writes the plan after "Có"', () => {
    const bundle = loadBundle(code);
    const ui = bundle.fakes.ui!;
    ui.promptAnswers.push({ text: seedDoc(bundle), button: 'OK' });
    ui.confirmAnswers.push('YES');
    bundle.call('importPlan');
    const [preview, done] = ui.alerts;
    expect(preview!.buttons).toBe('YES_NO');
    expect(preview!.prompt).toContain('Dòng 4: ghi “năm 2020” trong kế hoạch năm 2021');
    expect(preview!.prompt).toMatch(
      /HD\d\d: văn bản ghi “sáng ngày 05 tháng 10 năm 2020”, khác năm của kế hoạch \(2021\)/,
    );
    expect(done!.prompt).toContain('Đã ghi vào tab “Cấu hình” và “Hoạt động”');
    expect(bundle.fakes.rec.count('DocumentApp.openByUrl')).toBe(1);
    const activities = recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name);
    // A Doc's list items carry no "-" or "+": the same importer reads the same lines locally.
    const lines = SEED.split('\n').map((l) => l.replace(/^\s*[-+]\s*/, ''));
    expect(activities).toHaveLength(
      importPlanText(lines.join('\n'), { fallbackYear: 2021 }).activities.length,
    );
    const opening = activities.find((a) => a['Loại'] === 'khai mạc')!;
    expect(opening['Bắt đầu']).toEqual({ kind: 'local-datetime', iso: '2021-10-05T07:30' });
    expect(settingOf(bundle, 'Chủ đề')).toBe('Chuyển đổi số để xây dựng thành công một xã hội học tập mới');
  });

  it('writes nothing when the principal answers "Không"', () => {
    const bundle = loadBundle(code);
    const ui = bundle.fakes.ui!;
    ui.promptAnswers.push({ text: seedDoc(bundle), button: 'OK' });
    ui.confirmAnswers.push('NO');
    bundle.call('importPlan');
    expect(ui.alerts.at(-1)!.prompt).toBe('Chưa ghi gì vào bảng tính.');
    expect(recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)).toEqual([]);
  });

  it('says so when the link opens no Doc, and writes nothing', () => {
    const bundle = loadBundle(code);
    const ui = bundle.fakes.ui!;
    ui.promptAnswers.push({ text: 'https://docs.google.com/document/d/khong-co/edit', button: 'OK' });
    bundle.call('importPlan');
    expect(ui.alerts.at(-1)!.prompt).toMatch(/^Không mở được văn bản/);
    expect(bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)).toBeUndefined();
  });
});

describe('menu "Xuất kế hoạch"', () => {
  it('makes a Doc with the Quốc hiệu, no stale year, that reads back into the same sheet', () => {
    const bundle = loadBundle(code);
    const ui = bundle.fakes.ui!;
    ui.promptAnswers.push({ text: seedDoc(bundle), button: 'OK' });
    ui.confirmAnswers.push('YES');
    bundle.call('importPlan');
    bundle.call('exportPlan');
    const url = /https:\/\/docs\.google\.com\/document\/d\/\S+/.exec(ui.alerts.at(-1)!.prompt)![0];
    const exported = bundle.fakes.documentApp.docs.at(-1)!;
    const text = exported.body.children
      .map((c) => ('texts' in c ? c.texts().flat().join('\n') : c.text()))
      .join('\n');
    expect(url).toBe(exported.url);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('năm 2020');

    ui.promptAnswers.push({ text: url, button: 'OK' });
    bundle.call('importPlan');
    // Read back, the Doc only corrects the sheet's own slips (the 2020 of the opening sentence and
    // of the opening's text) and names the signer Settings left empty: nothing else differs.
    const again = ui.alerts.at(-2)!.prompt;
    expect(again).toContain('2 mục cấu hình thay đổi, 0 hoạt động thêm mới, 1 hoạt động sửa.');
    expect(again).toContain('Cấu hình “Lời mở đầu kế hoạch”');
    expect(again).toContain('Cấu hình “Chức danh người ký”: (trống) → HIỆU TRƯỞNG');
  });
});
