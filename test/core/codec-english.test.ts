import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChoice } from '../../src/core/codec';
import { sheet as en } from '../../src/core/i18n/en/sheet';
import { CALENDAR_MODES, LANGUAGES } from '../../src/core/schema/settings';
import { OUTBOX_STATES } from '../../src/core/schema/outbox-table';
import { parseState } from '../../src/core/outbox/ledger-rows';
import { NOMINATION_STATUS_CHOICES } from '../../src/core/schema/response-tables';
import {
  ACTIVITIES_TABLE,
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATUSES,
  ONLINE_PLATFORMS,
  OUTREACH_CHANNELS,
  STAFF_ROLES,
} from '../../src/core/schema/tables';
import { mapHeader, recordToRow } from '../../src/core/table';
import { parseSettings } from '../../src/core/validation/parse-settings';
import { settingsTab, GOOD_SETTINGS } from './validation/fixtures';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

const LISTS: readonly (readonly string[])[] = [
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATUSES,
  ONLINE_PLATFORMS,
  OUTREACH_CHANNELS,
  STAFF_ROLES,
  OUTBOX_STATES,
  NOMINATION_STATUS_CHOICES,
  LANGUAGES,
  CALENDAR_MODES,
];

const label = (word: string): string => (en.choices as Record<string, string>)[word]!;

/** The same text as a principal might type it: another case, extra spaces around. */
const typed = (text: string, upper: boolean[], pad: number): string =>
  ' '.repeat(pad) + [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join('');

describe('choices in English', () => {
  it('every canonical choice and its English label parse to the same canonical value', () => {
    const pairs = LISTS.flatMap((list) => list.map((word) => ({ list, word })));
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.nat(3),
        ({ list, word }, upper, pad) => {
          expect(label(word)).toBeDefined();
          expect(parseChoice(typed(word, upper, pad), list).value).toBe(word);
          expect(parseChoice(typed(label(word), upper, pad), list).value).toBe(word);
        },
      ),
    );
  });

  it('reads an outbox state written in English', () => {
    for (const state of OUTBOX_STATES) expect(parseState(label(state))).toBe(state);
  });

  it('still refuses a word that is neither', () => {
    expect(parseChoice('maybe', ACTIVITY_STATUSES).problems[0]?.code).toBe('choice.unknown');
  });
});

describe('English labels in a Vietnamese sheet', () => {
  it('a Settings row labelled in English is read, its value in English too', () => {
    const { ['Ngôn ngữ']: _vietnamese, ...rest } = GOOD_SETTINGS;
    const grid = settingsTab(rest);
    grid.push(['Language', 'English', null], ['Calendar', 'Default calendar', null]);
    const parsed = parseSettings(grid, 'Cấu hình');
    expect(parsed.settings?.language).toBe('en');
    expect(parsed.settings?.calendarMode).toBe('default');
  });
});

describe('an English tab', () => {
  it('is told by its headers, and its header findings name the English column', () => {
    const header = ['ID', 'Title', 'Category', 'End', 'Status'];
    const map = mapHeader(ACTIVITIES_TABLE, header);
    expect(map.language).toBe('en');
    expect(map.findings.map((f) => [f.code, f.column, f.tableName])).toEqual([
      ['header.missing', 'Start', 'Activities'],
    ]);
    for (const f of map.findings) expect(f.column).not.toMatch(VIETNAMESE);
    expect(mapHeader(ACTIVITIES_TABLE, ['Mã', 'Tên hoạt động', 'Status']).language).toBe('vi');
  });

  it('gets product words in English from recordToRow, a Vietnamese tab in Vietnamese', () => {
    const en = mapHeader(ACTIVITIES_TABLE, ['ID', 'Status', 'Invite', 'Title']);
    expect(recordToRow(en, { id: 'HD01', status: 'hủy', invite: 'có', title: 'Khai mạc' })).toEqual([
      'HD01',
      'cancelled',
      'yes',
      'Khai mạc',
    ]);
    const vi = mapHeader(ACTIVITIES_TABLE, ['Mã', 'Trạng thái']);
    expect(recordToRow(vi, { id: 'HD01', status: 'hủy' })).toEqual(['HD01', 'hủy']);
  });
});
