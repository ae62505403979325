import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { readCommendationRows } from '../../../src/core/commendation/commendation-rows';
import { COMMENDATIONS_TABLE } from '../../../src/core/schema/commendation-table';
import { commendationWork } from '../../../src/core/commendation/commendation-work';
import { newProposals } from '../../../src/core/commendation/proposal';
import { reportFigures } from '../../../src/core/report';
import { readNominationRows } from '../../../src/core/report/response-tabs';
import { NOMINATION_STATUS_CHOICES } from '../../../src/core/schema/response-tables';
import { defaultHeader, mapHeader, recordToRow } from '../../../src/core/table';
import { AFTER_WEEK, d, nominationsGrid, SECRET_FAMILY, sampleGrids } from '../report/report-fixture';

const figures = reportFigures({ grids: sampleGrids(), at: AFTER_WEEK });
const settings = figures.plan.settings!;
const header = defaultHeader(COMMENDATIONS_TABLE);
const GOOD = 'GIẤY KHEN\nTặng {{Họ tên}}, {{Tổ}}\n{{Lý do}}\n{{Danh hiệu}} — {{Ngày}} — {{Người ký}}';
const templates = { 'giấy khen': GOOD, 'giấy chứng nhận': GOOD };

/** The proposal as the tab holds it, with the decisions a principal set by row id. */
function tab(decide: (id: string) => string = () => 'đồng ý', extra: readonly Cell[][] = []): Grid {
  const map = mapHeader(COMMENDATIONS_TABLE, header);
  const rows = newProposals(figures, [], 'vi').map((r) =>
    recordToRow(map, { ...r, decision: decide(String(r.id)) }),
  );
  return [header, ...rows, ...extra];
}

const work = (grid: Grid, t: Partial<typeof templates> = templates, nominations = nominationsGrid()) =>
  commendationWork({
    settings,
    rows: readCommendationRows(grid),
    nominations: readNominationRows(nominations),
    at: d(7, 16),
    templates: t,
  });

/** The fixture's "Bí Mật" family: selected without consent, row 3 of its tab. */
const NO_CONSENT =
  'Dòng 3 của tab Đề cử: được chọn nhưng gia đình không đồng ý chia sẻ; không đưa vào danh sách.';

const text = (value: unknown): string => JSON.stringify(value);

describe('the proposal', () => {
  it("follows the report's rule: present at the opening and seated; the best group", () => {
    const proposals = newProposals(figures, [], 'vi');
    const people = figures.commendation!.people.map((p) => p.name);
    expect(people.length).toBeGreaterThan(0);
    expect(proposals.filter((p) => p.kind === 'cá nhân').map((p) => p.name)).toEqual(people);
    expect(proposals.filter((p) => p.kind === 'tập thể').map((p) => p.name)).toEqual(['Tổ Lá']);
    expect(proposals.every((p) => p.decision === 'đề nghị')).toBe(true);
  });

  it('never proposes again what the tab holds, whatever the principal changed in it', () => {
    const grid = tab((id) => (id.startsWith('CN') ? 'không' : 'đồng ý'));
    expect(newProposals(figures, readCommendationRows(grid), 'vi')).toEqual([]);
  });
});

describe('the decision and the certificates', () => {
  it('lists only those approved, with the articles and bases of the format', () => {
    const w = work(tab((id) => (id === 'CN-NS001' ? 'không' : 'đồng ý')));
    const json = text(w.decision.blocks);
    for (const words of ['QUYẾT ĐỊNH', 'Căn cứ', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:', 'Tổ Lá'])
      expect(json).toContain(words);
    expect(json).not.toContain('Nguyễn Thị Lan');
    expect(w.problems).toEqual([NO_CONSENT]);
    expect(w.batches.flatMap((b) => b.certificates).map((c) => c.values['Họ tên'])).toEqual(
      w.approved.map((a) => a.name),
    );
    expect(w.batches[0]!.certificates[0]!.values['Ngày']).toBe('Quận 1, ngày 07 tháng 10 năm 2021');
  });

  it('makes no certificate from a template with a misspelt placeholder, and says why in Vietnamese', () => {
    const w = work(tab(), { ...templates, 'giấy khen': GOOD.replace('{{Họ tên}}', '{{Ho ten}}') });
    expect(w.batches.map((b) => b.award)).toEqual(['giấy chứng nhận']);
    expect(w.problems[0]).toBe(
      'Mẫu giấy khen: Mẫu có chỗ trống {{Ho ten}} mà chương trình không biết; có phải ý là {{Họ tên}}?',
    );
    const people = w.approved.filter((a) => a.award === 'giấy khen');
    for (const p of people) expect(w.refusedRows.get(p.row)).toMatch(/^Chưa tạo: Mẫu giấy khen/);
  });

  it('makes nothing for an award that has no template', () => {
    const w = work(tab(), { 'giấy khen': GOOD });
    expect(w.batches.map((b) => b.award)).toEqual(['giấy khen']);
    expect(w.problems).toContain('Chưa có mẫu giấy chứng nhận: không tạo giấy chứng nhận nào.');
  });

  it('refuses a name of 300 characters and a person approved twice, and keeps the rest', () => {
    const map = mapHeader(COMMENDATIONS_TABLE, header);
    const grid = tab(() => 'đồng ý');
    const first = readCommendationRows(grid).find((r) => r.kind === 'cá nhân')!;
    const extra = [
      recordToRow(map, {
        id: 'X1',
        kind: 'cá nhân',
        name: 'A'.repeat(300),
        award: 'giấy khen',
        decision: 'đồng ý',
      }),
      recordToRow(map, {
        id: 'X2',
        kind: 'cá nhân',
        name: ` ${first.name.toUpperCase()} `,
        group: first.group ?? null,
        award: 'giấy khen',
        decision: 'Đồng ý',
      }),
    ];
    const w = work([...grid, ...extra]);
    const long = grid.length + 1;
    expect(w.problems).toEqual([
      `Dòng ${long}: họ tên dài quá 120 ký tự; hãy sửa lại trước khi tạo giấy khen.`,
      `Dòng ${long + 1}: người này đã được đồng ý giấy khen ở dòng ${first.row}; dòng ${long + 1} không được tạo.`,
      NO_CONSENT,
    ]);
    expect(w.approved.filter((a) => a.name.length > 120 || a.id === 'X2')).toEqual([]);
    expect(text(w.decision.blocks)).not.toContain('AAAAAAAAAA');
  });

  it('never takes a decision word it cannot read for "đồng ý"', () => {
    const w = work(tab(() => 'chưa rõ'));
    expect(w.approved).toEqual([]);
    expect(
      w.problems.filter((p) => p !== NO_CONSENT).every((p) => p.includes('không có trong danh sách')),
    ).toBe(true);
  });
});

describe('the ward letter', () => {
  it('names only families that consented and were selected; a selected one without consent by row only', () => {
    const w = work(tab());
    const names = w.ward.families.map((f) => f.family);
    expect(names).toEqual(['Gia đình Trần Văn An', 'Gia đình Lê Thị Bình']);
    expect(text(w.ward)).not.toContain(SECRET_FAMILY);
    expect(text(w.problems)).not.toContain(SECRET_FAMILY);
    expect(w.problems.some((p) => p.includes('không đồng ý chia sẻ'))).toBe(true);
    expect(text(w.ward.model.blocks)).toContain('Kính gửi: Hội khuyến học Phường Nguyễn Cư Trinh');
  });

  it('for any consent and status, a family without consent never appears', () => {
    const statuses = [...NOMINATION_STATUS_CHOICES, '', 'Được Chọn', 'da gui phuong'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            consent: fc.constantFrom('có', 'không', '', 'x', 'KHÔNG'),
            status: fc.constantFrom(...statuses),
          }),
          {
            maxLength: 12,
          },
        ),
        (list) => {
          const grid: Grid = [nominationsGrid()[0]!];
          list.forEach((n, i) =>
            grid.push([
              `N${i}`,
              d(4, 9),
              `p${i}@x.vn`,
              'Người đề cử',
              `Họ Số${i}Z`,
              null,
              null,
              null,
              null,
              n.consent,
              n.status,
            ]),
          );
          const letter = work(tab(), templates, grid).ward;
          const json = text(letter);
          list.forEach((n, i) => {
            if (!['có', 'x'].includes(n.consent)) expect(json).not.toContain(`Số${i}Z`);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
