import type { LocalDateTime } from '../cell';
import type { OUTBOX_STATES } from '../schema/outbox-table';

/** One side effect in the ledger "Hộp thư đi" (docs/ARCHITECTURE.md, section 5). */
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const PENDING: OutboxState = 'chờ gửi';
export const SENDING: OutboxState = 'đang gửi';
export const SENT: OutboxState = 'đã gửi';
export const DEFERRED: OutboxState = 'hoãn do hạn mức';
export const TRANSIENT: OutboxState = 'lỗi tạm thời';
export const FAILED: OutboxState = 'thất bại';
export const NEEDS_REVIEW: OutboxState = 'cần kiểm tra';

/** States the drainer still works on (when their next attempt is due). */
export const WAITING_STATES: readonly OutboxState[] = [PENDING, DEFERRED, TRANSIENT];

/**
 * 'mail' entries are carried out by the mail drain; 'calendar' entries by the calendar sync
 * (src/app/calendar/sync-calendar.ts). Each worker leaves the other's entries alone.
 */
export const OUTBOX_KINDS = ['mail', 'calendar'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface MailAttachment {
  readonly filename: string;
  /** e.g. `text/calendar; method=REQUEST; charset=UTF-8`. */
  readonly mimeType: string;
  /** UTF-8 text content; empty for a `document`. */
  readonly content: string;
  /**
   * A document the mailer reads as a PDF when it sends, because a PDF (tens of kB) would not fit
   * in a ledger cell: a Google Doc's id in Apps Script, a PDF file's path locally.
   */
  readonly document?: string;
}

/** What a mail entry carries besides its recipients and subject, stored as JSON in one cell. */
export interface MailPayload {
  readonly text: string;
  readonly html: string;
  readonly senderName?: string;
  readonly replyTo?: string;
  readonly attachments?: readonly MailAttachment[];
}

export interface OutboxEntry {
  /** Idempotency key: action, source id and scope, e.g. `invite-mail:NS012:2021`. */
  readonly key: string;
  readonly kind: OutboxKind;
  readonly recipients: readonly string[];
  readonly subject: string;
  /** JSON of the payload, under a cell's 50,000 characters. */
  readonly payload: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAttempt?: LocalDateTime;
  /** Plain Vietnamese, for the principal. */
  readonly lastError?: string;
  readonly createdAt?: LocalDateTime;
  readonly doneAt?: LocalDateTime;
  /**
   * The payload's length when the mail was refused for not fitting a cell: the store, which
   * knows its runtime's limit, words the reason with that limit. Never written to the sheet.
   */
  readonly refusedLength?: number;
}

/** A ledger entry and the 1-based sheet row it was read from. */
export interface LedgerRow {
  readonly row: number;
  readonly entry: OutboxEntry;
}

/** A spreadsheet cell holds at most 50,000 characters. */
export const CELL_LIMIT = 50_000;

/** `invite-mail:NS012:2021`: the action, the source record's id, the scope (year, activity…). */
export function outboxKey(action: string, sourceId: string, ...scope: (string | number)[]): string {
  return [action, sourceId, ...scope.map(String)].map((part) => part.trim()).join(':');
}
