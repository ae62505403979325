import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/local/cli';
import { Workbook } from '../../src/local/workbook/workbook';
import { mailFamiliesIn } from './family-mail-file';

/** Excel's own limit on one cell's text; a longer one makes Excel offer to repair the file. */
const EXCEL_LIMIT = 32_767;

interface Run {
  status: number;
  out: string[];
  errors: string[];
}

async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const errors: string[] = [];
  const err = vi
    .spyOn(console, 'error')
    .mockImplementation((line: unknown) => void errors.push(String(line)));
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  try {
    return { status: await main(argv), out, errors };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (XML_ENTITIES[name] ?? whole),
  );

/** The text of every string a cell can show: shared strings, inline strings, formula results. */
async function cellTexts(file: string): Promise<{ part: string; text: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const texts: { part: string; text: string }[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    // A shared or inline string is one <si>/<is> whose runs (<t>) Excel joins into one cell.
    for (const item of xml.matchAll(/<(si|is)>([\s\S]*?)<\/\1>/g)) {
      const runs = [...item[2]!.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!));
      texts.push({ part: name, text: runs.join('') });
    }
    for (const value of xml.matchAll(/<c [^>]*t="str"[^>]*>[\s\S]*?<v>([\s\S]*?)<\/v>/g))
      texts.push({ part: name, text: unescapeXml(value[1]!) });
  }
  return texts;
}

/** A long text whose every piece is different, so a piece lost or doubled is seen. */
const longText = (length: number, word: string): string => {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${word} ${i}; `;
  return text.slice(0, length);
};

interface Spec {
  id: string;
  questions: { key: string; title: string; choices?: string[] }[];
}

let template: Buffer;
let attendance: Spec;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'lw-cells-')), 'k.xlsx');
  expect((await run(['init', '--sample', '--out', file])).status).toBe(0);
  // Families are mailed: the long name's confirmation is queued (and refused for its length).
  await mailFamiliesIn(file);
  const specs = JSON.parse((await run(['forms', file, '--format', 'json'])).out.join('\n')) as Spec[];
  attendance = specs.find((s) => s.id === 'attendance')!;
  template = readFileSync(file);
});

function workbook(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lw-cells-'));
  const file = join(dir, 'k.xlsx');
  writeFileSync(file, template);
  return { dir, file };
}

/** One attendance response whose name is NAME, as JSON for `respond --json`. */
function responseJson(name: string): string {
  const answers: Record<string, string> = {};
  for (const q of attendance.questions)
    if (q.key !== 'email') answers[q.title] = q.key === 'name' ? name : q.choices![0]!;
  // In the order the raw log writes its JSON, so that a prefix of it can be compared.
  return JSON.stringify({
    timestamp: '2021-10-01T08:00',
    email: 'a@example.com',
    responseId: 'R-BIG',
    answers,
  });
}

/** The raw log's content cells of a response, joined back as the pipeline wrote them. */
async function rawContent(file: string, responseId: string): Promise<{ pieces: string[]; joined: string }> {
  const grid = (await Workbook.open(file)).read('Phản hồi gốc')!;
  const header = grid[0]!;
  const row = grid.find((r) => r[header.indexOf('Mã phản hồi')] === responseId)!;
  const pieces = ['Nội dung gốc', 'Nội dung gốc 2', 'Nội dung gốc 3', 'Nội dung gốc 4']
    .map((h) => row[header.indexOf(h)])
    .filter((c): c is string => typeof c === 'string');
  const joined = pieces.map((p, i) => (i > 0 ? p.replace(/^↪/, '') : p)).join('');
  return { pieces, joined };
}

async function longestCell(file: string): Promise<number> {
  return Math.max(...(await cellTexts(file)).map((t) => t.text.length));
}

describe('no .xlsx the CLI writes has a cell over 32,767 characters', () => {
  it('a 45,000-character answer: the raw log keeps it whole in pieces that fit; the too long mail is refused', async () => {
    const { dir, file } = workbook();
    const json = responseJson(longText(45_000, 'Nguyễn Thị Hoà'));
    writeFileSync(join(dir, 'big.json'), json);
    const respond = await run(['respond', 'attendance', file, '--json', join(dir, 'big.json')]);
    expect(respond.errors).toEqual([]);
    expect(respond.status).toBe(0);

    expect(await longestCell(file)).toBeLessThanOrEqual(EXCEL_LIMIT);
    const raw = await rawContent(file, 'R-BIG');
    expect(raw.pieces.length).toBeGreaterThan(1);
    expect(JSON.parse(raw.joined)).toEqual(JSON.parse(json));
    // The confirmation quotes the name: too long for a cell, so it is refused with its reason.
    const outbox = (await Workbook.open(file)).read('Hộp thư đi')!;
    const head = outbox[0]!;
    const mail = outbox.find((r) => r[head.indexOf('Khóa')] === 'confirm-mail:R-BIG')!;
    expect(mail[head.indexOf('Trạng thái')]).toBe('thất bại');
    expect(mail[head.indexOf('Dữ liệu')]).toBeNull();
    expect(mail[head.indexOf('Lỗi gần nhất')]).toMatch(
      /^Nội dung thư quá dài \(\d{2}\.\d{3} ký tự, tối đa 32\.767 trong một ô\): không gửi\.$/,
    );
  });

  it('a 140,000-character answer: four pieces that fit, and one line saying how much the copy keeps', async () => {
    const { dir, file } = workbook();
    const json = responseJson(longText(140_000, 'Trần Văn Đức'));
    writeFileSync(join(dir, 'huge.json'), json);
    const respond = await run(['respond', 'attendance', file, '--json', join(dir, 'huge.json')]);
    expect(respond.status).toBe(0);

    expect(await longestCell(file)).toBeLessThanOrEqual(EXCEL_LIMIT);
    const raw = await rawContent(file, 'R-BIG');
    expect(raw.pieces).toHaveLength(4);
    expect(json.startsWith(raw.joined)).toBe(true);
    const kept = raw.joined.length.toLocaleString('de-DE');
    expect(respond.errors).toEqual([
      `Phản hồi R-BIG: nội dung quá dài, bản gốc chỉ giữ ${kept} ký tự đầu (bốn ô, mỗi ô tối đa 32.767 ký tự).`,
    ]);
  });

  it('invitations whose body outgrows a cell are refused with the reason, not cut by Excel', async () => {
    const { file } = workbook();
    const book = await Workbook.open(file);
    const settings = book.read('Cấu hình')!;
    book.write(
      'Cấu hình',
      settings.findIndex((r) => r[0] === 'Chủ đề'),
      1,
      [[longText(30_000, 'Học tập suốt đời')]],
    );
    await book.save(file);
    const invite = await run(['invite', file]);
    expect(invite.status).toBe(0);
    expect(invite.out.join('\n')).toMatch(/(\d+) thư không gửi được \(địa chỉ không hợp lệ hoặc thư quá dài/);

    expect(await longestCell(file)).toBeLessThanOrEqual(EXCEL_LIMIT);
    const outbox = (await Workbook.open(file)).read('Hộp thư đi')!;
    const head = outbox[0]!;
    const invitations = outbox.filter((r) => String(r[head.indexOf('Khóa')]).startsWith('invite-mail:'));
    expect(invitations.length).toBeGreaterThan(0);
    for (const mail of invitations) {
      expect(mail[head.indexOf('Trạng thái')]).toBe('thất bại');
      expect(mail[head.indexOf('Lỗi gần nhất')]).toMatch(
        /quá dài \([\d.]+ ký tự, tối đa 32\.767 trong một ô\)/,
      );
    }
  });
});
