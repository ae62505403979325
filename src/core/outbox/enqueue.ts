import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from '../mail/rendered-mail';
import {
  CELL_LIMIT,
  FAILED,
  PENDING,
  type MailAttachment,
  type MailPayload,
  type OutboxEntry,
} from './entry';
import { checkRecipients, checkSubject } from './recipients';

export interface MailRequest {
  readonly key: string;
  readonly to: readonly string[];
  readonly mail: RenderedMail;
  readonly senderName?: string;
  readonly replyTo?: string;
  readonly attachments?: readonly MailAttachment[];
  /** The language of the reason written when the mail can never go out. Default vi. */
  readonly language?: Language;
}

/**
 * A new ledger entry for a mail. A mail that can never go out (bad address, header injection,
 * too big for a cell) is still recorded, as 'thất bại' with the reason, so the principal sees it
 * and the address never reaches a mailer.
 */
export function mailEntry(request: MailRequest, now: LocalDateTime): OutboxEntry {
  const payload: MailPayload = {
    text: request.mail.text,
    html: request.mail.html,
    ...(request.senderName ? { senderName: request.senderName } : {}),
    ...(request.replyTo ? { replyTo: request.replyTo } : {}),
    ...(request.attachments?.length ? { attachments: request.attachments } : {}),
  };
  const json = JSON.stringify(payload);
  const language = request.language ?? 'vi';
  const check = checkRecipients(request.to, language);
  const subjectError = checkSubject(request.mail.subject, language);
  const base = {
    key: request.key,
    kind: 'mail' as const,
    recipients: check.ok ? check.addresses : request.to.map((a) => a.replace(/[\r\n]+/g, ' ')),
    subject: request.mail.subject.replace(/[\r\n]+/g, ' '),
    attempts: 0,
    createdAt: now,
  };
  const failed = (lastError: string, payloadText = json): OutboxEntry => ({
    ...base,
    payload: payloadText.length > CELL_LIMIT ? '' : payloadText,
    state: FAILED,
    lastError,
    doneAt: now,
  });
  if (!check.ok) return failed(check.error);
  if (subjectError) return failed(subjectError);
  if (json.length > CELL_LIMIT) {
    return {
      ...failed(catalogue(language).outbox.reject.tooLong(json.length, CELL_LIMIT)),
      refusedLength: json.length,
    };
  }
  return { ...base, payload: json, state: PENDING };
}

/**
 * The entry as a runtime whose cells hold at most LIMIT characters can keep it: a payload
 * over the limit (an .xlsx cell holds 32,767, a Sheets one 50,000) is recorded as 'thất bại'
 * with the reason, like any mail that can never go out, rather than written into a cell that
 * Excel would "repair" by cutting it.
 */
export function fitToCell(entry: OutboxEntry, limit: number, language: Language = 'vi'): OutboxEntry {
  if (entry.refusedLength !== undefined) {
    // Already refused with the largest limit in mind: the reason says this runtime's.
    return { ...entry, lastError: catalogue(language).outbox.reject.tooLong(entry.refusedLength, limit) };
  }
  if (entry.payload.length <= limit) return entry;
  return {
    ...entry,
    payload: '',
    state: FAILED,
    lastError: catalogue(language).outbox.reject.tooLong(entry.payload.length, limit),
    ...(entry.createdAt ? { doneAt: entry.createdAt } : {}),
  };
}

/** The entries whose key is not yet in the ledger (nor earlier in the same batch). */
export function newEntries(
  existingKeys: ReadonlySet<string>,
  candidates: readonly OutboxEntry[],
): OutboxEntry[] {
  const seen = new Set(existingKeys);
  const out: OutboxEntry[] = [];
  for (const entry of candidates) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    out.push(entry);
  }
  return out;
}

/** The payload of a mail entry, or a reason it cannot be used. */
export function readMailPayload(payload: string, language: Language = 'vi'): MailPayload | string {
  try {
    const value = JSON.parse(payload) as Partial<MailPayload> | null;
    if (
      value &&
      typeof value.text === 'string' &&
      typeof value.html === 'string' &&
      (value.attachments === undefined ||
        (Array.isArray(value.attachments) && value.attachments.every(isAttachment)))
    )
      return value as MailPayload;
  } catch {
    // fall through
  }
  return catalogue(language).outbox.reject.brokenPayload;
}

function isAttachment(value: unknown): value is MailAttachment {
  const a = value as Partial<MailAttachment> | null;
  return (
    !!a &&
    typeof a.filename === 'string' &&
    typeof a.mimeType === 'string' &&
    typeof a.content === 'string' &&
    (a.document === undefined || typeof a.document === 'string')
  );
}
