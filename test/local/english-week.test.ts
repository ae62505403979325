import mammoth from 'mammoth';
import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekScenario } from '../../src/app/jobs/week-scenario';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { SETTINGS } from '../../src/core/schema/settings';
import {
  ACTIVITIES_TABLE,
  FAMILIES_TABLE,
  OUTREACH_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
} from '../../src/core/schema/tables';
import { settingLabels } from '../../src/core/sheet-language';
import { foldKey } from '../../src/core/text';
import { findTabName, mapHeader } from '../../src/core/table';
import type { TableSpec } from '../../src/core/schema/types';
import { playWeek } from '../../src/local/commands/week-command';
import { runWeek, type WeekRun } from '../../src/local/week/run-week';
import { Workbook } from '../../src/local/workbook/workbook';

/**
 * The demo week with the sheet's language English: every text the product writes — cells,
 * mails, calendar files, the report, the lines the CLI prints — must be English. What the
 * school typed stays as typed (the 2021 plan, the roster, the respondents' answers): those
 * strings are taken out of each output first, then nothing with Vietnamese letters may remain.
 */

/** Letters only Vietnamese uses here (đ, the hooked and breved vowels, the tone marks). */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

/** Cells of the tabs the principal fills in, except product vocabulary (choice columns). */
function typedData(book: Workbook): string[] {
  const out: string[] = [];
  const specs: readonly TableSpec[] = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, OUTREACH_TABLE];
  for (const spec of specs) {
    const name = findTabName(spec, book.tableNames());
    if (name === undefined) continue;
    const [header, ...rows] = book.read(name) ?? [];
    if (!header) continue;
    const map = mapHeader(spec, header);
    const dataColumns = spec.columns
      .filter((c) => c.type !== 'choice' && c.type !== 'yesno' && !('system' in c && c.system))
      .map((c) => (map.index as Record<string, number | undefined>)[c.key])
      .filter((i): i is number => i !== undefined);
    // A cell of several lines (a plan's note with a reported result under it) is each line too:
    // a document may lay the lines out side by side.
    for (const row of rows)
      for (const i of dataColumns) {
        const cell = row[i];
        if (typeof cell === 'string') out.push(cell, ...cell.split('\n'));
      }
  }
  out.push(...typedSettings(book));
  return out;
}

/** The values of the Settings the principal types as text (the school, the theme, the bases…), not the choices. */
function typedSettings(book: Workbook): string[] {
  const name = findTabName(SETTINGS_TABLE, book.tableNames());
  const [header, ...rows] = (name === undefined ? undefined : book.read(name)) ?? [];
  if (!header) return [];
  const { label, value } = mapHeader(SETTINGS_TABLE, header).index as Record<string, number | undefined>;
  if (label === undefined || value === undefined) return [];
  const typed = new Set(
    SETTINGS.filter((s) => s.type !== 'choice').flatMap((s) => settingLabels(s).map((l) => foldKey(l))),
  );
  return rows.flatMap((row) => {
    const text = row[value];
    return typeof text === 'string' && typed.has(foldKey(String(row[label] ?? ''))) ? [text] : [];
  });
}

function answersTyped(): string[] {
  const out: string[] = [];
  for (const s of sampleResponses('en')) {
    for (const answer of Object.values(s.raw.answers)) {
      for (const value of Array.isArray(answer) ? answer : [answer])
        if (typeof value === 'string') out.push(value);
    }
  }
  return out;
}

/** A payload string as a person finally sees it: an .ics unfolded and unescaped, HTML as text. */
function asShown(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The strings inside a cell that holds JSON (the outbox's payload, the raw responses). */
function textsOf(cell: string): string[] {
  if (!/^\s*[{[]/.test(cell)) return [cell];
  try {
    const leaves: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') leaves.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(cell));
    return leaves.map(asShown);
  } catch {
    return [cell];
  }
}

/** Removes every piece of the school's data, longest first, and the Vietnamese fragments left. */
function leftovers(where: string, text: string, data: readonly string[]): string[] {
  let rest = text.normalize('NFC');
  for (const piece of data) if (piece.length > 1) rest = rest.split(piece).join(' ');
  // A message may quote an excerpt of what the school typed (“…năm 2020 với chủ đề…”), or
  // shorten a long title to its first words (“Tập huấn kỹ năng tìm kiếm…”).
  rest = rest.replace(/“…[^”]*”|“[^”]*…”/g, ' ');
  rest = rest.replace(/[^\n:“”]+…/g, (excerpt) => {
    const start = excerpt.slice(0, -1).trim();
    return start.length > 8 && data.some((d) => d.startsWith(start)) ? ' ' : excerpt;
  });
  const found: string[] = [];
  for (const line of rest.split(/\r?\n/)) {
    if (!VIETNAMESE.test(line)) continue;
    found.push(`${where}: ${line.trim().slice(0, 160)}`);
  }
  return found;
}

describe('the week in English', () => {
  let run: WeekRun;
  let dir: string;
  let lines: string[];
  let book: Workbook;
  let data: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lw-english-'));
    lines = [];
    // As `learning-week week --language en` plays it: the sample answers in English too.
    run = await playWeek({ outDir: dir, speed: 0, language: 'en' }, (l) => lines.push(l));
    book = await Workbook.open(run.workbookFile);
    const typed = [...typedData(book), ...answersTyped()];
    // The letterhead writes the governing body and the school in capitals.
    data = [...new Set([...typed, ...typed.map((t) => t.toLocaleUpperCase('vi'))])]
      .map((s) => s.normalize('NFC'))
      .sort((a, b) => b.length - a.length);
  }, 240_000);

  it('writes English cells: tab names, headers, states and notes', () => {
    const found: string[] = [];
    for (const name of book.tableNames()) {
      found.push(...leftovers(`tab name`, name, data));
      const grid = book.read(name) ?? [];
      grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== 'string') return;
          for (const text of textsOf(cell))
            found.push(...leftovers(`${name}!R${r + 1}C${c + 1}`, text, data));
        }),
      );
    }
    expect(found).toEqual([]);
  });

  it('sends English mail', async () => {
    const found: string[] = [];
    const mailDir = join(dir, 'mail');
    for (const file of readdirSync(mailDir).filter((f) => f.endsWith('.eml'))) {
      const mail = await simpleParser(readFileSync(join(mailDir, file)));
      found.push(...leftovers(`${file} subject`, mail.subject ?? '', data));
      found.push(...leftovers(`${file}`, mail.text ?? '', data));
    }
    expect(found).toEqual([]);
  });

  it('writes English calendar files', () => {
    const found: string[] = [];
    const calendarDir = join(dir, 'calendar');
    for (const file of readdirSync(calendarDir).filter((f) => f.endsWith('.ics'))) {
      // Unfolded and unescaped, as a calendar shows it.
      const text = readFileSync(join(calendarDir, file), 'utf8')
        .replace(/\r?\n[ \t]/g, '')
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1');
      found.push(...leftovers(file, text, data));
    }
    expect(found).toEqual([]);
  });

  it('writes an English report', async () => {
    const docx = readdirSync(join(dir, 'report')).find((f) => f.endsWith('.docx'));
    expect(docx).toBeDefined();
    const { value } = await mammoth.extractRawText({ path: join(dir, 'report', docx!) });
    expect(leftovers(docx!, value, data)).toEqual([]);
  });

  it('prints English day lines', () => {
    expect(lines.flatMap((line, i) => leftovers(`day ${i + 1}`, line, data))).toEqual([]);
  });

  it('plays the same week as in Vietnamese: every count, every day', async () => {
    const vi = await runWeek(weekScenario(sampleResponses()), {
      outDir: mkdtempSync(join(tmpdir(), 'lw-vietnamese-')),
      out: () => undefined,
    });
    const { files: _en, ...english } = run.summary;
    const { files: _vi, ...vietnamese } = vi.summary;
    expect(english).toEqual(vietnamese);
  }, 240_000);
});
