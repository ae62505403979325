import { describe, expect, it } from 'vitest';
import { planPurge, purgeSummaryLines } from '../../../src/core/privacy';
import { purgedMarker } from '../../../src/core/privacy/marker';
import { buildInput, type Family, type Staff } from './purge-fixture';

const STAFF: Staff[] = [{ id: 'NS001', name: 'Trần Thị Hoa', email: 'hoa.tran@truong.example.com' }];
const FAMILIES: Family[] = [
  {
    id: 'PH001',
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.net',
    child: 'Nguyễn Bảo Châu',
    phone: '0903 1',
  },
  {
    id: 'PH002',
    name: 'Phạm Thị Duyên',
    email: 'duyen.pham@example.net',
    child: 'Phạm Gia Huy',
    phone: '0918 7',
  },
];

describe('the purge of an English plan', () => {
  const input = buildInput(
    STAFF,
    FAMILIES,
    [{ by: FAMILIES[0]!, family: FAMILIES[1]!, consent: true }],
    [{ who: FAMILIES[1]!, parent: true }],
  );

  it('writes the English marker and English summary lines, on the same rows as in Vietnamese', () => {
    const en = planPurge(input, 'en');
    const vi = planPurge(input);
    expect(en.rows).toEqual(vi.rows);
    const cells = en.tabs.flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells).toContain('deleted after the retention period');
    expect(cells).not.toContain(purgedMarker('vi'));
    expect(purgeSummaryLines(en, 'en')[0]).toBe('Families: 2 families');
    expect(purgeSummaryLines(vi)[0]).toBe('Phụ huynh: 2 gia đình');
  });
});
