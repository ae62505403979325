/**
 * What went wrong with one call to the Sheets API, in the words a command needs: whether to try
 * again, and which Vietnamese reason to print. Read from what gaxios throws (its `status`,
 * `response.data.error`, or a socket error's `code` when no answer came).
 */
export type SheetsFailure =
  | { readonly kind: 'unauthorised' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'noTab'; readonly tab: string }
  | { readonly kind: 'quota' }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'network'; readonly code: string }
  | { readonly kind: 'other'; readonly message: string };

interface ThrownByGaxios {
  readonly status?: number;
  readonly code?: string | number;
  readonly message?: string;
  readonly response?: { readonly status?: number; readonly data?: unknown };
}

/** The tab a range names in the API's "Unable to parse range: 'Tab'!A:C" (quotes doubled inside). */
const UNPARSABLE_RANGE = /Unable to parse range: (?:'((?:[^']|'')*)'|([^!]+))/;

export function sheetsFailureOf(error: unknown): SheetsFailure {
  const thrown = (error ?? {}) as ThrownByGaxios;
  const status = thrown.response?.status ?? thrown.status;
  const apiMessage = messageOf(thrown.response?.data) ?? thrown.message ?? String(error);
  if (status === undefined) {
    const code = typeof thrown.code === 'string' ? thrown.code : undefined;
    return code ? { kind: 'network', code } : { kind: 'other', message: apiMessage };
  }
  if (status === 400) {
    const match = UNPARSABLE_RANGE.exec(apiMessage);
    if (match) return { kind: 'noTab', tab: (match[1]?.replace(/''/g, "'") ?? match[2] ?? '').trim() };
  }
  if (status === 401) return { kind: 'unauthorised' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 429) return { kind: 'quota' };
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'other', message: `${status} ${apiMessage}` };
}

/** Worth another try after a pause: Google's quota per minute, a server's bad moment, a dropped socket. */
export const isTransient = (failure: SheetsFailure): boolean =>
  failure.kind === 'quota' || failure.kind === 'server' || failure.kind === 'network';

function messageOf(data: unknown): string | undefined {
  const error = (data as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** Thrown by the Sheets reader once retries are spent or the failure is not worth a retry. */
export class SheetsCallFailed extends Error {
  constructor(readonly failure: SheetsFailure) {
    super(`Sheets API: ${failure.kind}`);
    this.name = 'SheetsCallFailed';
  }
}
