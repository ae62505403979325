import type { Cell, Grid } from '../../core/cell';
import type { StoredToken } from './google-token';
import { GOOGLE_BACK_OFF, withBackOff, type BackOff } from './back-off';
import { oauthClient, safeRootUrl } from './oauth-client';

/** Where the Sheets API answers: Google, unless a stand-in (the tests') or a proxy is named. */
export const SHEETS_ROOT_URL_ENV = 'LEARNING_WEEK_SHEETS_ROOT_URL';

/** What the terminal commands read from a live Sheet: tab names, and ranges in one call. */
export interface SheetsReader {
  /** `spreadsheets.get`, only the tabs' titles, in their order. */
  tabNames(spreadsheetId: string): Promise<string[]>;
  /** One `values.batchGet`: each range's rows, raw values, dates as serial day numbers. */
  batchGet(spreadsheetId: string, ranges: readonly string[]): Promise<Grid[]>;
}

/** A cell as the Sheets API takes it with USER_ENTERED: "" clears, a leading ' keeps text text. */
export type ApiValue = string | number | boolean;

export interface RangeValues {
  readonly range: string;
  readonly values: readonly (readonly ApiValue[])[];
}

/** The one write: every range in one `values.batchUpdate`, as typed by a user (USER_ENTERED). */
export interface SheetsWriter {
  batchUpdate(spreadsheetId: string, data: readonly RangeValues[]): Promise<number>;
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
export async function sheetsReader(options: ReaderOptions): Promise<SheetsReader & SheetsWriter> {
  const [{ sheets }, auth] = await Promise.all([import('@googleapis/sheets'), oauthClient(options.token)]);
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
    async batchUpdate(spreadsheetId, data) {
      // Tried once: after a 5xx Google may have applied it; push run again diffs against what is there.
      const answer = await withBackOff(
        () =>
          api.spreadsheets.values.batchUpdate({
            spreadsheetId,
            requestBody: {
              valueInputOption: 'USER_ENTERED',
              data: data.map((d) => ({
                range: d.range,
                majorDimension: 'ROWS',
                values: d.values.map((r) => [...r]),
              })),
            },
          }),
        { ...backOff, tries: 1 },
      );
      return answer.data.totalUpdatedCells ?? 0;
    },
  };
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
