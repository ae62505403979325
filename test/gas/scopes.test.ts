import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCode } from '../bundle/load-bundle';

/**
 * Least privilege: the scopes in appsscript.json must be exactly those the bundle needs.
 * Each rule maps a use of an Apps Script service in dist/Code.js to the narrowest scope that
 * allows it. `spreadsheets` (all the user's sheets) is never needed by a
 * bound script: `spreadsheets.currentonly` covers SpreadsheetApp.getActive*.
 */
const PREFIX = 'https://www.googleapis.com/auth/';

const RULES: readonly { service: RegExp; scope: string }[] = [
  { service: /\bSpreadsheetApp\.\w+/, scope: 'spreadsheets.currentonly' },
  { service: /\.getUi\(\)|\bHtmlService\.\w+/, scope: 'script.container.ui' },
  { service: /\bFormApp\.\w+/, scope: 'forms' },
  { service: /\bMailApp\.\w+/, scope: 'script.send_mail' },
  { service: /\bCalendarApp\.\w+/, scope: 'calendar' },
  { service: /\bDocumentApp\.\w+/, scope: 'documents' },
  { service: /\bScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)\b/, scope: 'script.scriptapp' },
  { service: /\bUrlFetchApp\.\w+/, scope: 'script.external_request' },
  { service: /\bSession\.(getActiveUser|getEffectiveUser)\b/, scope: 'userinfo.email' },
];

/** Services that need no scope of their own. */
const SCOPE_FREE = [
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Logger',
  'Utilities',
  'ContentService',
  // The Charts service draws the report's chart as a PNG in memory: it reads and writes no
  // user data, and Google lists no authorization scope for it.
  'Charts',
];

/** Restricted or too broad: the product must never ask for them. */
const NEVER = [/^gmail\b/, /^mail\.google\.com/, /^drive/, /^spreadsheets$/];
const NEVER_SERVICES = [/\bGmailApp\./, /\bDriveApp\./];

function scopesNeeded(code: string): string[] {
  return [...new Set(RULES.filter((rule) => rule.service.test(code)).map((rule) => rule.scope))].sort();
}

/** Every `XxxApp.` / `XxxService.` the code touches that no rule knows: a new service needs a rule. */
function unknownServices(code: string): string[] {
  const known = new Set([
    ...SCOPE_FREE,
    'SpreadsheetApp',
    'HtmlService',
    'FormApp',
    'MailApp',
    'CalendarApp',
    'DocumentApp',
    'ScriptApp',
    'UrlFetchApp',
  ]);
  const seen = [...code.matchAll(/\b([A-Z][A-Za-z]*(?:App|Service)|Charts)\./g)].map((m) => m[1]!);
  return [...new Set(seen)].filter((name) => !known.has(name)).sort();
}

describe('the scope scanner', () => {
  it('maps each service use to its narrowest scope', () => {
    expect(scopesNeeded('SpreadsheetApp.getActiveSpreadsheet()')).toEqual(['spreadsheets.currentonly']);
    expect(scopesNeeded('SpreadsheetApp.getUi()')).toEqual([
      'script.container.ui',
      'spreadsheets.currentonly',
    ]);
    expect(scopesNeeded('MailApp.sendEmail(x)')).toEqual(['script.send_mail']);
    expect(scopesNeeded('ScriptApp.newTrigger("f")')).toEqual(['script.scriptapp']);
    expect(scopesNeeded('PropertiesService.getScriptProperties(); LockService.getScriptLock()')).toEqual([]);
    expect(unknownServices('GmailApp.search("x"); DriveApp.getFiles()')).toEqual(['DriveApp', 'GmailApp']);
  });
});

describe('appsscript.json', () => {
  let code = '';
  let manifest: { timeZone: string; runtimeVersion: string; exceptionLogging: string; oauthScopes: string[] };
  beforeAll(async () => {
    code = await bundleCode();
    manifest = JSON.parse(readFileSync(new URL('../../appsscript.json', import.meta.url), 'utf8'));
  });

  it('runs V8 in the school’s zone and logs exceptions', () => {
    expect(manifest).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
    });
  });

  it('asks exactly the scopes the bundle uses, no more and no fewer', () => {
    const declared = manifest.oauthScopes.map((s) => s.replace(PREFIX, '')).sort();
    expect(manifest.oauthScopes.every((s) => s.startsWith(PREFIX))).toBe(true);
    expect(declared).toEqual(scopesNeeded(code));
  });

  it('mails through MailApp (script.send_mail), schedules with ScriptApp, builds forms with FormApp', () => {
    expect(code).toMatch(/\bMailApp\.sendEmail\(/);
    expect(code).toMatch(/\bScriptApp\.newTrigger\(/);
    expect(code).toMatch(/\bFormApp\.create\(/);
    const declared = manifest.oauthScopes.map((s) => s.replace(PREFIX, ''));
    expect(declared).toEqual(expect.arrayContaining(['script.send_mail', 'script.scriptapp', 'forms']));
  });

  it('builds the report Doc with DocumentApp (documents) and its chart with Charts (no scope), shares without Drive', () => {
    expect(code).toMatch(/\bDocumentApp\.create\(/);
    expect(code).toMatch(/\.addViewer\(/);
    expect(code).toMatch(/\bCharts\.newDataTable\(/);
    expect(code).toMatch(/\.getAs\("image\/png"\)/);
    expect(scopesNeeded('Charts.newColumnChart().build()')).toEqual([]);
    const declared = manifest.oauthScopes.map((s) => s.replace(PREFIX, ''));
    expect(declared).toContain('documents');
    expect(declared.some((s) => s.startsWith('drive'))).toBe(false);
  });

  it('uses no service the scanner does not know, and never Gmail or Drive', () => {
    expect(unknownServices(code)).toEqual([]);
    for (const service of NEVER_SERVICES) expect(code).not.toMatch(service);
    for (const scope of manifest.oauthScopes.map((s) => s.replace(PREFIX, ''))) {
      for (const never of NEVER) expect(scope).not.toMatch(never);
    }
  });
});
