/**
 * The send journal: what the drain knows, mail by mail, about the batch it marked 'đang gửi'.
 * It lives in one script property (Apps Script: ScriptProperties, locally a JSON file), so an
 * execution killed mid-batch leaves behind which mails certainly went, which certainly did not,
 * and the one (at most) that was being sent. Pure: encode, decode, recover; the drain does I/O.
 *
 * Per position of the batch (in ledger row order) one character:
 * - 'S': the mailer accepted it (sent);
 * - '-': it was not sent (failed, deferred, not reached);
 * - '?': its send had started (written just before the mailer is called): it may have gone;
 * - missing (beyond the string): never started.
 */

/** The script property holding the journal. */
export const SEND_JOURNAL_KEY = 'outbox.sendJournal';

/** Apps Script refuses a property over 9 KB (key and value, in bytes). */
export const PROPERTY_LIMIT_BYTES = 9 * 1024;

/** First and last keys are kept to this many characters; all keys are covered by the digest. */
export const JOURNAL_KEY_CHARS = 64;

const VERSION = 1;

export interface SendJournal {
  /** The drain's start instant (ISO): which execution wrote it, for people reading it. */
  readonly batchId: string;
  /** m: how many rows the batch marked 'đang gửi'. */
  readonly size: number;
  /** The batch's first and last keys, shortened to JOURNAL_KEY_CHARS. */
  readonly first: string;
  readonly last: string;
  /** A digest of all m keys in order: rows sorted or edited by hand no longer match. */
  readonly digest: string;
  /** One character per position from the first: 'S', '-', '?' (see above). */
  readonly outcomes: string;
  /** Every position's outcome is known (the loop ended). */
  readonly closed: boolean;
}

/** What recovery does with one 'đang gửi' row. */
export type Recovery = 'sent' | 'waiting' | 'review';

/** A journal for a batch about to be marked, nothing sent yet. */
export function startJournal(batchId: string, keys: readonly string[]): SendJournal {
  return {
    batchId,
    size: keys.length,
    first: shortKey(keys[0] ?? ''),
    last: shortKey(keys[keys.length - 1] ?? ''),
    digest: digestKeys(keys),
    outcomes: '',
    closed: false,
  };
}

/** Position `at` is about to be handed to the mailer. Earlier positions not recorded: '-'. */
export function recordStart(journal: SendJournal, at: number): SendJournal {
  return { ...journal, outcomes: `${journal.outcomes.slice(0, at).padEnd(at, '-')}?` };
}

/** Position `at` has its final outcome (after any in-run retries). */
export function recordOutcome(journal: SendJournal, at: number, sent: boolean): SendJournal {
  return { ...journal, outcomes: `${journal.outcomes.slice(0, at).padEnd(at, '-')}${sent ? 'S' : '-'}` };
}

/** The loop ended: every position is known, sent or not. */
export function closeJournal(journal: SendJournal, sent: readonly boolean[]): SendJournal {
  return { ...journal, outcomes: sent.map((s) => (s ? 'S' : '-')).join(''), closed: true };
}

/**
 * The property value: a list, oldest first. Usually one journal; two while a drain recovers an
 * older batch and marks a new one (the old one is kept until the recovery is written).
 */
export function encodeJournals(journals: readonly SendJournal[]): string {
  return JSON.stringify({
    v: VERSION,
    batches: journals.map((j) => ({
      id: j.batchId,
      m: j.size,
      first: j.first,
      last: j.last,
      digest: j.digest,
      out: j.outcomes,
      closed: j.closed,
    })),
  });
}

/** The journals in a property value; none when absent or unreadable (then nothing is trusted). */
export function decodeJournals(value: string | undefined | null): SendJournal[] {
  if (!value) return [];
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return [];
  }
  if (!isObject(data) || data.v !== VERSION || !Array.isArray(data.batches)) return [];
  const out: SendJournal[] = [];
  for (const b of data.batches as unknown[]) {
    if (!isObject(b)) return [];
    const { id, m, first, last, digest, out: outcomes, closed } = b;
    if (
      typeof id !== 'string' ||
      typeof m !== 'number' ||
      !Number.isInteger(m) ||
      m < 1 ||
      typeof first !== 'string' ||
      typeof last !== 'string' ||
      typeof digest !== 'string' ||
      typeof outcomes !== 'string' ||
      typeof closed !== 'boolean' ||
      outcomes.length > m ||
      !/^[S?-]*$/.test(outcomes)
    ) {
      return [];
    }
    out.push({ batchId: id, size: m, first, last, digest, outcomes, closed });
  }
  return out;
}

/** True when the journal describes exactly these 'đang gửi' keys, in this order. */
export function journalMatches(journal: SendJournal, keys: readonly string[]): boolean {
  return (
    keys.length === journal.size &&
    keys.length > 0 &&
    shortKey(keys[0]!) === journal.first &&
    shortKey(keys[keys.length - 1]!) === journal.last &&
    digestKeys(keys) === journal.digest
  );
}

/**
 * What to do with the rows an execution left 'đang gửi' (their keys in ledger row order), or
 * undefined when no journal matches them exactly (then every one needs review, as without a
 * journal). The newest matching journal wins. Per position: 'S' → sent; '?' → review (it may
 * have gone); '-' or never started → waiting again.
 */
export function recoverBatch(
  journals: readonly SendJournal[],
  keys: readonly string[],
): { journal: SendJournal; rows: Recovery[] } | undefined {
  for (let i = journals.length - 1; i >= 0; i--) {
    const journal = journals[i]!;
    if (!journalMatches(journal, keys)) continue;
    const rows = keys.map((_, at): Recovery => {
      const c = journal.outcomes[at];
      if (c === 'S') return 'sent';
      if (c === '?') return 'review';
      return 'waiting';
    });
    return { journal, rows };
  }
  return undefined;
}

/** Bytes the property takes (key and value, UTF-8), as Apps Script counts them. */
export function propertyBytes(value: string, key = SEND_JOURNAL_KEY): number {
  return utf8Length(key) + utf8Length(value);
}

/**
 * True when these journals can be kept in one property through the whole batch: checked with
 * every outcome written and closed, the largest the value ever gets.
 */
export function journalsFit(journals: readonly SendJournal[], limit = PROPERTY_LIMIT_BYTES): boolean {
  const largest = journals.map((j) => ({ ...j, outcomes: 'S'.repeat(j.size), closed: true }));
  return propertyBytes(encodeJournals(largest)) <= limit;
}

/** A key shortened by code points (never splitting a surrogate pair). */
export function shortKey(key: string): string {
  const points = Array.from(key);
  return points.length <= JOURNAL_KEY_CHARS ? key : points.slice(0, JOURNAL_KEY_CHARS).join('');
}

/** cyrb53 over the keys joined by NUL (keys hold no NUL once read from a cell): 53 bits, hex. */
export function digestKeys(keys: readonly string[]): string {
  const text = keys.join('\u0000');
  let h1 = 0xdeadbeef ^ keys.length;
  let h2 = 0x41c6ce57 ^ keys.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
