import { expect } from 'vitest';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import type { GasFakeOptions } from '../gas/fakes';
import { loadBundle, type LoadedBundle } from './load-bundle';
import { pasteSampleRoster, recordsOf } from './sheet-view';

/** The bundle after Setup, with the sample roster pasted into Nhân sự. */
export function withPlan(code: string, options: GasFakeOptions = {}): LoadedBundle {
  const bundle = loadBundle(code, options);
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet);
  return bundle;
}

/** The sample roster's 40 staff, less the 2 marked as no longer working. */
export const STAFF = 38;
export const DAY = 24 * 3600_000;

/** The invitation rows of the ledger (the daily progress note to the organiser has its own). */
export const outbox = (bundle: LoadedBundle) =>
  recordsOf(bundle.fakes.spreadsheet, OUTBOX_TABLE.name).filter((r) =>
    String(r['Khóa']).startsWith('invite-mail:'),
  );
export const invitations = (bundle: LoadedBundle) =>
  bundle.fakes.mail.sent.filter((m) => m.subject.startsWith('Thư mời'));
export const stateCounts = (bundle: LoadedBundle): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const row of outbox(bundle))
    counts[String(row['Trạng thái'])] = (counts[String(row['Trạng thái'])] ?? 0) + 1;
  return counts;
};

/** Rows the principal must check by hand ('cần kiểm tra'). */
export const reviewRows = (bundle: LoadedBundle): number => stateCounts(bundle)['cần kiểm tra'] ?? 0;

/** The drain's send journal (script property 'outbox.sendJournal') is still there. */
export const journalLeft = (bundle: LoadedBundle): boolean =>
  bundle.fakes.properties.store.has('outbox.sendJournal');

/**
 * How many 'Range.setValues' a clean "Gửi thư mời" makes in this world: the last one is the
 * drain's results write (for `killAt: { method: 'Range.setValues', nth }`).
 */
export function setValuesOfSendInvitations(code: string, options: GasFakeOptions = {}): number {
  const twin = withPlan(code, options);
  twin.fakes.rec.reset();
  twin.call('sendInvitations');
  return twin.fakes.rec.count('Range.setValues');
}

/**
 * No mail sent twice; every 'đã gửi' invitation row was really sent; every invitation sent is
 * shown as 'đã gửi', or as 'cần kiểm tra' when its run died before recording it.
 */
export function expectNothingTwice(bundle: LoadedBundle): void {
  const all = bundle.fakes.mail.sent.map((m) => `${m.to} ${m.subject}`);
  expect(new Set(all).size, 'a mail was sent twice').toBe(all.length);
  const sent = invitations(bundle).map((m) => m.to);
  const rows = outbox(bundle);
  for (const row of rows.filter((r) => r['Trạng thái'] === 'đã gửi'))
    expect(sent).toContain(row['Người nhận']);
  for (const to of sent) {
    const row = rows.find((r) => r['Người nhận'] === to);
    expect(['đã gửi', 'cần kiểm tra'], to).toContain(row?.['Trạng thái']);
  }
}
