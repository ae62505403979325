import { beforeAll, describe, expect, it } from 'vitest';
import { COMMENDATIONS_TABLE } from '../../src/core/schema/commendation-table';
import { NOMINATIONS_TABLE } from '../../src/core/schema/response-tables';
import { bundleCode } from './load-bundle';
import { reportWorld } from './report-world';
import { recordsOf } from './sheet-view';

/**
 * Menu "Khen thưởng và thư đề cử" through dist/Code.js in the bare vm, on the sample week: the
 * proposal tab, then — once the principal approved rows and selected nominations — the decision
 * draft and the ward letter as Google Docs naming only the approved people and the consenting,
 * selected families.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const docText = (doc: { body: { children: readonly unknown[] } }): string =>
  doc.body.children
    .map((c) => {
      const child = c as { texts?: () => string[][]; text: () => string };
      return child.texts ? child.texts().flat().join('\n') : child.text();
    })
    .join('\n');

describe('menu "Khen thưởng và thư đề cử"', () => {
  it('proposes, then writes the decision and the letter with only what the principal approved', () => {
    const bundle = reportWorld(code);
    const ui = bundle.fakes.ui!;
    bundle.call('makeCommendation');
    expect(ui.alerts.at(-1)!.prompt).toMatch(/Tab “Khen thưởng”: thêm \d+ đề xuất\./);
    const sheet = bundle.fakes.spreadsheet.sheet(COMMENDATIONS_TABLE.name)!;
    const rows = recordsOf(bundle.fakes.spreadsheet, COMMENDATIONS_TABLE.name);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r['Quyết định'] === 'đề nghị')).toBe(true);

    // The principal approves every row but the first person's, and selects every nomination.
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const decisionCol = header.indexOf('Quyết định') + 1;
    const refused = rows.find((r) => r['Đối tượng'] === 'cá nhân')!;
    rows.forEach((r, i) =>
      sheet.getRange(i + 2, decisionCol, 1, 1).setValues([[r === refused ? 'không' : 'đồng ý']]),
    );
    const nominations = bundle.fakes.spreadsheet.sheet(NOMINATIONS_TABLE.name)!;
    const nHeader = nominations.getRange(1, 1, 1, nominations.getLastColumn()).getValues()[0]!;
    const statusCol = nHeader.indexOf('Trạng thái xét chọn') + 1;
    const families = recordsOf(bundle.fakes.spreadsheet, NOMINATIONS_TABLE.name);
    families.forEach((_, i) => nominations.getRange(i + 2, statusCol, 1, 1).setValues([['được chọn']]));

    const docsBefore = bundle.fakes.documentApp.docs.length;
    bundle.call('makeCommendation');
    const said = ui.alerts.at(-1)!.prompt;
    expect(said).toContain('Tab “Khen thưởng”: thêm 0 đề xuất.');
    const [decision, letter] = bundle.fakes.documentApp.docs.slice(docsBefore);
    const d = docText(decision!);
    for (const words of ['QUYẾT ĐỊNH', 'Căn cứ', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:'])
      expect(d).toContain(words);
    for (const r of rows) expect(d.includes(String(r['Họ tên / tập thể']))).toBe(r !== refused);
    const l = docText(letter!);
    expect(l).toContain('Kính gửi: Hội khuyến học Phường Nguyễn Cư Trinh');
    for (const f of families) {
      const consented = f['Đồng ý chia sẻ với Hội khuyến học'] === 'có';
      expect(l.includes(String(f['Đại diện gia đình']))).toBe(consented);
    }
    expect(families.some((f) => f['Đồng ý chia sẻ với Hội khuyến học'] !== 'có')).toBe(true);
    expect(said).toMatch(/được chọn nhưng gia đình không đồng ý chia sẻ/);
    expect(said).not.toMatch(/Chưa có mẫu/);
  });
});
