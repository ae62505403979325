import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { buildReport } from '../../../src/core/report';
import { foldKey } from '../../../src/core/text';
import { NOMINATION_STATUS_CHOICES } from '../../../src/core/schema/response-tables';
import { AFTER_WEEK, d, nominationsGrid, sampleGrids } from './report-fixture';

/**
 * Whatever mix of consent answers and review statuses the tab holds, a family is named in the
 * report only when it consented AND was selected; and the counts add up.
 */
const CONSENT_CELLS = [
  'có',
  'không',
  '',
  'Có',
  'KHÔNG',
  'x',
  "'=TRUE()",
  'có lẽ',
  true,
  false,
  null,
] as const;
const CONSENTING = new Set<unknown>(['có', 'Có', 'x', true]);
const SELECTED = new Set(['duoc chon', 'da gui phuong']);

describe('consent, for any tab', () => {
  it('names exactly the consented and selected families', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            consent: fc.constantFrom(...CONSENT_CELLS),
            status: fc.constantFrom(...NOMINATION_STATUS_CHOICES, '', 'Được Chọn', 'da gui phuong'),
          }),
          { maxLength: 25 },
        ),
        (nominations) => {
          const grid: Grid = [nominationsGrid()[0]!];
          nominations.forEach((n, i) =>
            grid.push([
              `N${i}`,
              d(4, 9),
              `p${i}@x.vn`,
              'Người đề cử',
              `Họ Gia Đình Số${i}Z`,
              `Trẻ Số${i}Z`,
              null,
              null,
              null,
              n.consent,
              n.status,
            ]),
          );
          const model = buildReport({ grids: { ...sampleGrids(), nominations: grid }, at: AFTER_WEEK });
          const json = JSON.stringify(model);
          nominations.forEach((n, i) => {
            const selected = SELECTED.has(foldKey(n.status));
            const named = json.includes(`Số${i}Z`);
            expect(named).toBe(CONSENTING.has(n.consent) && selected);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
