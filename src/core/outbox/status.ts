import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { OUTBOX_STATES } from '../schema/outbox-table';
import { FAILED, NEEDS_REVIEW, TRANSIENT, type OutboxState } from './entry';
import type { ParsedLedger } from './ledger-rows';

export interface OutboxStatus {
  /** How many entries are in each state (every state present, zero included). */
  readonly byState: Readonly<Record<OutboxState, number>>;
  /** Rows the principal should look at: failed, needing review, retrying; and damaged rows. */
  readonly attention: readonly { row: number; key: string; state: string; error: string }[];
  /** One line: "12 đã gửi, 70 hoãn do hạn mức, 1 cần kiểm tra". */
  readonly line: string;
}

/** What the outbox holds, for the menu's dialog and the CLI's `outbox` command. */
export function outboxStatus(ledger: ParsedLedger, language: Language = 'vi'): OutboxStatus {
  const t = catalogue(language).outbox.status;
  const byState = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  const attention: { row: number; key: string; state: string; error: string }[] = [];
  for (const { row, entry } of ledger.rows) {
    byState[entry.state]++;
    if ([FAILED, NEEDS_REVIEW, TRANSIENT].includes(entry.state)) {
      attention.push({ row, key: entry.key, state: entry.state, error: entry.lastError ?? '' });
    }
  }
  for (const f of ledger.findings) {
    attention.push({
      row: f.row ?? 1,
      key: String(f.params.key ?? ''),
      state: String(f.params.state ?? ''),
      error: f.code,
    });
  }
  attention.sort((a, b) => a.row - b.row);
  const parts = OUTBOX_STATES.filter((s) => byState[s] > 0).map((s) => `${byState[s]} ${s}`);
  if (ledger.findings.length > 0) parts.push(t.damaged(ledger.findings.length));
  return { byState, attention, line: parts.length > 0 ? parts.join(', ') : t.empty };
}
