import type { Cell, Grid } from '../../core/cell';
import type { StoredToken } from './google-token';
import { GOOGLE_BACK_OFF, withBackOff, type BackOff } from './back-off';

/** Where the Sheets API answers: Google, unless a stand-in (the tests') or a proxy is named. */
export const SHEETS_ROOT_URL_ENV = 'LEARNING_WEEK_SHEETS_ROOT_URL';

/** What the terminal commands read from a live Sheet: tab names, and ranges in one call. */
export interface SheetsReader {
  /** `spreadsheets.get`, only the tabs' titles, in their order. */
  tabNames(spreadsheetId: string): Promise<string[]>;
  /** One `values.batchGet`: each range's rows, raw values, dates as serial day numbers. */
  batchGet(spreadsheetId: string, ranges: readonly string[]): Promise<Grid[]>;
}

export interface ReaderOptions {
  readonly token: StoredToken;
  readonly rootUrl?: string;
  readonly backOff?: BackOff;
}

/**
 * A SheetsReader through @googleapis/sheets, authorised by an OAuth2Client holding the user's
 * token (refreshed by the library when it has a refresh token and the access token expired).
 * The library's own retry is off: withBackOff is the one policy, with delays a test can shorten.
 * Loaded on demand: the other commands should not pay for the client at start.
 */
export async function sheetsReader(options: ReaderOptions): Promise<SheetsReader> {
  const [{ sheets }, { OAuth2Client }] = await Promise.all([
    import('@googleapis/sheets'),
    import('google-auth-library'),
  ]);
  const auth = new OAuth2Client({
    ...(options.token.client_id ? { clientId: options.token.client_id } : {}),
    ...(options.token.client_secret ? { clientSecret: options.token.client_secret } : {}),
  });
  auth.setCredentials(options.token);
  const rootUrl = options.rootUrl ?? safeRootUrl(process.env[SHEETS_ROOT_URL_ENV]);
  const api = sheets({ version: 'v4', auth, retry: false, ...(rootUrl ? { rootUrl } : {}) });
  const backOff = options.backOff ?? GOOGLE_BACK_OFF;
  return {
    async tabNames(spreadsheetId) {
      const answer = await withBackOff(
        () => api.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
        backOff,
      );
      return (answer.data.sheets ?? []).map((sheet) => sheet.properties?.title ?? '');
    },
    async batchGet(spreadsheetId, ranges) {
      const answer = await withBackOff(
        () =>
          api.spreadsheets.values.batchGet({
            spreadsheetId,
            ranges: [...ranges],
            majorDimension: 'ROWS',
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
          }),
        backOff,
      );
      const got = answer.data.valueRanges ?? [];
      return ranges.map((_, i) => (got[i]?.values ?? []).map((row: unknown[]) => row.map(cellOf)));
    },
  };
}

/**
 * The root URL from the environment, only where the user's token may go: https, or plain http
 * to this very machine (a stand-in, a local proxy). Anything else is ignored rather than sent
 * the token in clear.
 */
function safeRootUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An unformatted value as a cell: numbers, text and booleans as they are, "" as empty. */
function cellOf(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/** A range of a whole tab, or of some of its columns, in A1 notation with the name quoted. */
export function rangeOf(tab: string, columns?: string): string {
  const quoted = `'${tab.replace(/'/g, "''")}'`;
  return columns ? `${quoted}!${columns}` : quoted;
}
