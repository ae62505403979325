import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Sheets API v4, enough for the terminal commands: `spreadsheets.get`,
 * `values.batchGet` and `values.batchUpdate`, answered as Google answers them (the JSON shapes, the error bodies,
 * "Unable to parse range" for a tab that does not exist). It listens on 127.0.0.1, port 0, and
 * records every request with its Authorization header, so a test counts calls and checks the
 * token was sent. Values are stored as the API returns them unformatted (dates as serials).
 */
export type StandInValue = string | number | boolean;

export interface RecordedRequest {
  readonly method: string;
  readonly kind: 'get' | 'batchGet' | 'batchUpdate' | 'unknown';
  readonly spreadsheetId: string;
  readonly ranges: readonly string[];
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  /** The JSON body of a POST (batchUpdate's valueInputOption and data). */
  readonly body?: unknown;
}

interface StandInSheet {
  readonly title: string;
  readonly tabs: Map<string, StandInValue[][]>;
}

export class SheetsStandIn {
  readonly requests: RecordedRequest[] = [];
  private readonly sheets = new Map<string, StandInSheet>();
  /** Per sheet id, statuses to answer (one each) before answering normally. */
  private readonly onceStatuses = new Map<string, number[]>();
  private readonly alwaysStatuses = new Map<string, number>();
  /** Added before each answer, to play a slow network. */
  latencyMs = 0;

  private readonly server = createServer((req, res) => void this.answer(req, res));
  private url = '';

  private constructor() {}

  /** The base URL to give the client as its rootUrl. */
  get rootUrl(): string {
    return this.url;
  }

  static async start(): Promise<SheetsStandIn> {
    const standIn = new SheetsStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    const { port } = standIn.server.address() as AddressInfo;
    standIn.url = `http://127.0.0.1:${port}/`;
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  addSheet(id: string, title: string, tabs: Record<string, StandInValue[][]>): void {
    this.sheets.set(id, { title, tabs: new Map(Object.entries(tabs)) });
  }

  /** The next requests for this sheet get these statuses, one each, then the normal answer. */
  failOnce(id: string, ...statuses: number[]): void {
    this.onceStatuses.set(id, [...(this.onceStatuses.get(id) ?? []), ...statuses]);
  }

  /** Every request for this sheet gets this status (403: not shared with the user; 404: no such sheet); 0 ends it. */
  failAlways(id: string, status: number): void {
    if (status === 0) this.alwaysStatuses.delete(id);
    else this.alwaysStatuses.set(id, status);
  }

  requestsFor(id: string): RecordedRequest[] {
    return this.requests.filter((r) => r.spreadsheetId === id);
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.rootUrl);
    const path = decodeURIComponent(url.pathname);
    const match = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batch(Get|Update))?$/.exec(path);
    const id = match?.[1] ?? '';
    const kind = !match ? 'unknown' : match[3] === 'Update' ? 'batchUpdate' : match[2] ? 'batchGet' : 'get';
    const body = req.method === 'POST' ? await jsonBody(req) : undefined;
    const ranges = url.searchParams.getAll('ranges');
    this.requests.push({
      method: req.method ?? '',
      kind,
      spreadsheetId: id,
      ranges,
      query: url.searchParams,
      authorization: req.headers.authorization,
      ...(body !== undefined ? { body } : {}),
    });
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (!req.headers.authorization?.startsWith('Bearer '))
      return error(res, 401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.');
    const once = this.onceStatuses.get(id);
    const status = once?.shift() ?? this.alwaysStatuses.get(id);
    if (status !== undefined)
      return error(res, status, STATUS_NAMES[status] ?? 'UNKNOWN', `Stand-in ${status}`);
    const sheet = this.sheets.get(id);
    if (kind === 'unknown' || req.method !== (kind === 'batchUpdate' ? 'POST' : 'GET'))
      return error(res, 404, 'NOT_FOUND', 'Not found');
    if (!sheet) return error(res, 404, 'NOT_FOUND', 'Requested entity was not found.');
    if (kind === 'batchUpdate') return this.update(res, id, sheet, body as UpdateBody);
    if (kind === 'get') {
      return json(res, 200, {
        spreadsheetId: id,
        properties: { title: sheet.title },
        sheets: [...sheet.tabs.keys()].map((title, index) => ({
          properties: { sheetId: index, title, index },
        })),
      });
    }
    const valueRanges = [];
    for (const range of ranges) {
      const parsed = parseRange(range);
      const rows = parsed && sheet.tabs.get(parsed.tab);
      if (!parsed || !rows) return error(res, 400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
      const values = rows.map((row) => trimEnd(row.slice(parsed.from, parsed.to + 1)));
      valueRanges.push({ range, majorDimension: 'ROWS', values: trimEnd(values, (r) => r.length === 0) });
    }
    return json(res, 200, { spreadsheetId: id, valueRanges });
  }

  /** values.batchUpdate: each range written from its top-left cell, in place, as Sheets stores it. */
  private update(res: ServerResponse, id: string, sheet: StandInSheet, body: UpdateBody): void {
    if (body?.valueInputOption !== 'USER_ENTERED' && body?.valueInputOption !== 'RAW')
      return error(res, 400, 'INVALID_ARGUMENT', 'valueInputOption is required');
    let cells = 0;
    for (const { range, values = [] } of body.data ?? []) {
      const parsed = parseRange(range);
      const rows = parsed && sheet.tabs.get(parsed.tab);
      if (!parsed || !rows) return error(res, 400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
      values.forEach((row, r) => {
        const target = (rows[parsed.fromRow + r] ??= []);
        row.forEach((value, c) => {
          while (target.length < parsed.from + c) target.push('');
          target[parsed.from + c] = asStored(value);
          cells++;
        });
      });
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    }
    return json(res, 200, { spreadsheetId: id, totalUpdatedCells: cells });
  }
}

interface UpdateBody {
  valueInputOption?: string;
  data?: { range: string; values?: StandInValue[][] }[];
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text === '' ? undefined : JSON.parse(text);
}

/** A written value as Sheets keeps it with USER_ENTERED: a leading apostrophe marks text and is dropped. */
const asStored = (value: StandInValue): StandInValue =>
  typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;

const STATUS_NAMES: Record<number, string> = {
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, code: number, status: string, message: string): void {
  json(res, code, { error: { code, message, status } });
}

/** 'Tab name'!A:C, Tab!B2:D, 'Tab': the tab and the 0-based columns asked for. */
function parseRange(range: string): { tab: string; from: number; to: number; fromRow: number } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))(?:!([A-Z]+)(\d*)(?::([A-Z]+)\d*)?)?$/.exec(range);
  if (!match) return undefined;
  const tab = match[1]?.replace(/''/g, "'") ?? match[2]!;
  const from = match[3] ? columnIndex(match[3]) : 0;
  const to = match[5] ? columnIndex(match[5]) : match[3] ? from : Number.MAX_SAFE_INTEGER - 1;
  const fromRow = match[4] ? Number(match[4]) - 1 : 0;
  return { tab, from, to, fromRow };
}

const columnIndex = (letters: string): number =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** Google leaves out trailing empty cells of a row and trailing empty rows of a range. */
function trimEnd<T>(items: T[], isEmpty: (item: T) => boolean = (item) => item === ''): T[] {
  let end = items.length;
  while (end > 0 && isEmpty(items[end - 1]!)) end--;
  return items.slice(0, end);
}
