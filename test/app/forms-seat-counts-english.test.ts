import { describe, expect, it } from 'vitest';
import { seatsFromTrainingRows } from '../../src/app/forms/forms-seat-counts';
import { placementText } from '../../src/core/forms';

describe('seat counts of the training tab', () => {
  it('read the seat column in either language', () => {
    const placements = [
      { sessionId: 'HD06', state: 'seated' as const },
      { sessionId: 'HD10', state: 'waitlisted' as const, position: 2 },
    ];
    const rows = (['vi', 'en'] as const).map((lang) => ({
      cells: { seats: placementText(placements, lang) },
    }));
    expect(rows.map((r) => r.cells.seats)).toEqual([
      'HD06: có chỗ; HD10: chờ số 2',
      'HD06: seat; HD10: waiting no. 2',
    ]);
    expect(seatsFromTrainingRows(rows)).toEqual({ seated: { HD06: 2 }, waiting: { HD10: 2 } });
  });
});
