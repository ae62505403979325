import { foldKey } from '../text';

/**
 * Leadership's review of "Gia đình hiếu học" nominations. A nomination without consent is kept
 * as received and marked, and is never exported to the ward association, whatever its status.
 */
export const NOMINATION_STATUSES = ['mới', 'đã xem', 'được chọn', 'không chọn', 'đã gửi phường'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Statuses that mean "selected": chosen, and chosen-and-already-sent. */
const SELECTED: readonly NominationStatus[] = ['được chọn', 'đã gửi phường'];

/** The status as typed in the sheet (case and diacritics tolerated); empty is "mới". */
export function parseNominationStatus(value: string | null | undefined): NominationStatus | undefined {
  const folded = foldKey(value ?? '');
  if (folded === '') return 'mới';
  return NOMINATION_STATUSES.find((s) => foldKey(s) === folded);
}

export interface NominationReview {
  readonly responseId: string;
  readonly consent: boolean;
  readonly status: NominationStatus;
}

export function isExportable(nomination: NominationReview): boolean {
  return nomination.consent && SELECTED.includes(nomination.status);
}

/** Only consented and selected nominations, in their order. */
export function exportableNominations<T extends NominationReview>(nominations: readonly T[]): T[] {
  return nominations.filter(isExportable);
}
