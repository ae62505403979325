import { describe, expect, it } from 'vitest';
import {
  exportableNominations,
  NOMINATION_STATUSES,
  parseNominationStatus,
  type NominationReview,
} from '../../../src/core/forms';
import { NOMINATION_STATUS_CHOICES } from '../../../src/core/schema/response-tables';

describe('nomination review', () => {
  it('has the statuses leadership uses, the same in the tab', () => {
    expect(NOMINATION_STATUSES).toEqual(['mới', 'đã xem', 'được chọn', 'không chọn', 'đã gửi phường']);
    expect(NOMINATION_STATUS_CHOICES).toEqual(NOMINATION_STATUSES);
  });

  it('reads statuses as typed, empty as new, unknown as undefined', () => {
    expect(parseNominationStatus('DUOC CHON')).toBe('được chọn');
    expect(parseNominationStatus(' đã gửi phường ')).toBe('đã gửi phường');
    expect(parseNominationStatus('')).toBe('mới');
    expect(parseNominationStatus(null)).toBe('mới');
    expect(parseNominationStatus('có lẽ')).toBeUndefined();
  });

  it('exports only consented and selected nominations, never one without consent', () => {
    const all: NominationReview[] = [];
    for (const status of NOMINATION_STATUSES) {
      for (const consent of [true, false]) all.push({ responseId: `${status}-${consent}`, consent, status });
    }
    expect(exportableNominations(all).map((n) => n.responseId)).toEqual([
      'được chọn-true',
      'đã gửi phường-true',
    ]);
  });
});
