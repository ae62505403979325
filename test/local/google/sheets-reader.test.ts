import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readToken } from '../../../src/local/google/google-token';
import { rangeOf, sheetsReader, type SheetsReader } from '../../../src/local/google/sheets-reader';
import { SheetsCallFailed } from '../../../src/local/google/sheets-failure';
import { sheetIdOf } from '../../../src/local/google/sheet-id';
import { SheetsStandIn } from './sheets-stand-in';
import { configHomeWithToken, TEST_ACCESS_TOKEN } from './token-file';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const FAST = { tries: 3, firstDelayMs: 5 };

describe('the Sheets reader against the stand-in', () => {
  let standIn: SheetsStandIn;
  let reader: SheetsReader;

  beforeAll(async () => {
    standIn = await SheetsStandIn.start();
    standIn.addSheet(ID, 'Trường A', {
      'Cấu hình': [
        ['Mục', 'Giá trị'],
        ['Tên trường', 'Trường A'],
      ],
      "Tab's name": [
        ['a', 'b', 'c', 'd'],
        [1, '', 3, 4],
      ],
    });
    const read = readToken({ XDG_CONFIG_HOME: configHomeWithToken() });
    if (read.kind !== 'token') throw new Error(read.kind);
    reader = await sheetsReader({ token: read.token, rootUrl: standIn.rootUrl, backOff: FAST });
  });
  afterAll(() => standIn.close());

  it('sends the stored token and asks for exactly the ranges given, unformatted, dates as serials', async () => {
    const before = standIn.requests.length;
    const grids = await reader.batchGet(ID, [rangeOf('Cấu hình', 'A:B'), rangeOf("Tab's name", 'B:C')]);
    expect(grids).toEqual([
      [
        ['Mục', 'Giá trị'],
        ['Tên trường', 'Trường A'],
      ],
      [
        ['b', 'c'],
        [null, 3],
      ],
    ]);
    const sent = standIn.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    expect(sent[0]!.ranges).toEqual(["'Cấu hình'!A:B", "'Tab''s name'!B:C"]);
    expect(sent[0]!.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(sent[0]!.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
  });

  it('lists the tabs in their order', async () => {
    expect(await reader.tabNames(ID)).toEqual(['Cấu hình', "Tab's name"]);
  });

  it('waits and tries again after a 429, then succeeds', async () => {
    standIn.failOnce(ID, 429);
    const before = standIn.requestsFor(ID).length;
    expect(await reader.tabNames(ID)).toHaveLength(2);
    expect(standIn.requestsFor(ID).length - before).toBe(2);
  });

  it('gives up after its tries on a quota that stays spent', async () => {
    standIn.failOnce(ID, 429, 503, 429);
    const failed = await reader.tabNames(ID).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SheetsCallFailed);
    expect((failed as SheetsCallFailed).failure).toEqual({ kind: 'quota' });
  });

  it('does not retry a 403, and names a missing tab from the API answer', async () => {
    const other = '1ZzZzZzZzZzZzZzZzZzZzZzZzZzZz';
    standIn.failAlways(other, 403);
    const forbidden = await reader.tabNames(other).catch((e: unknown) => e);
    expect((forbidden as SheetsCallFailed).failure).toEqual({ kind: 'forbidden' });
    expect(standIn.requestsFor(other)).toHaveLength(1);
    const noTab = await reader.batchGet(ID, [rangeOf('Số liệu báo cáo', 'A:C')]).catch((e: unknown) => e);
    expect((noTab as SheetsCallFailed).failure).toEqual({ kind: 'noTab', tab: 'Số liệu báo cáo' });
  });
});

describe('the stored token', () => {
  it('is refused when others may read it', () => {
    const home = configHomeWithToken(0o644);
    expect(readToken({ XDG_CONFIG_HOME: home }).kind).toBe('too-open');
  });
  it('is missing in an empty config folder', () => {
    expect(readToken({ XDG_CONFIG_HOME: '/nonexistent-lw' }).kind).toBe('missing');
  });
});

describe('a sheet named by a link or an id', () => {
  it('finds the id in the links people paste', () => {
    expect(sheetIdOf(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toBe(ID);
    expect(sheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing`)).toBe(ID);
    expect(sheetIdOf(`  ${ID}  `)).toBe(ID);
    expect(sheetIdOf('https://example.com/not-a-sheet')).toBeUndefined();
  });
});
