import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { COMMENDATIONS_TABLE } from '../../src/core/schema/commendation-table';
import { readCommendationRows } from '../../src/core/commendation/commendation-rows';
import { readNominationRows } from '../../src/core/report/response-tabs';
import { NOMINATIONS_TABLE } from '../../src/core/schema/response-tables';
import { toInstant } from '../../src/core/time-zone';
import { commendLines, runCommend } from '../../src/local/commands/commend-command';
import { runDrain } from '../../src/local/commands/mail-commands';
import { readCommendationTabs } from '../../src/app/commendation/commendation-tabs';
import { queueCertificateMails } from '../../src/app/commendation/queue-certificate-mails';
import { LocalEnvironment } from '../../src/local/runtime/environment';
import { findLibreOffice } from '../../src/local/report/write-report';
import { Workbook } from '../../src/local/workbook/workbook';
import { findTabName, mapHeader } from '../../src/core/table';
import { AFTER_WEEK, SECRET_FAMILY, sampleGrids } from '../core/report/report-fixture';

/**
 * `learning-week commend` on the hand-counted sample week, as a principal runs it: the proposal,
 * their decisions typed into "Khen thưởng" (with the slips the issue names), the templates, the
 * certificates and the letter; then every document converted by LibreOffice and read back.
 */
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const office = findLibreOffice();
const pdfinfo = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find((p) => existsSync(p));

const ctx = (lines: string[]) => ({
  clock: { now: () => toInstant(AFTER_WEEK, 'Asia/Ho_Chi_Minh') },
  verbose: false,
  out: (line: string) => lines.push(line),
});

let dir: string;
let file: string;

async function edit(change: (book: Workbook) => void): Promise<void> {
  const book = await Workbook.open(file);
  change(book);
  await book.save(file);
}

const tab = (book: Workbook, spec: typeof COMMENDATIONS_TABLE | typeof NOMINATIONS_TABLE): [string, Grid] => {
  const name = findTabName(spec, book.tableNames())!;
  return [name, book.read(name) ?? []];
};

async function templateWith(text: string): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [{ children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
    }),
  );
}

const pdfText = (pdf: string): string =>
  execFileSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'learning-week-commend-'));
  file = join(dir, 'ke-hoach.xlsx');
  const book = Workbook.create();
  for (const [key, grid] of Object.entries(sampleGrids())) {
    const name = {
      settings: 'Cấu hình',
      people: 'Nhân sự',
      families: 'Phụ huynh',
      activities: 'Hoạt động',
      outreach: 'Tuyên truyền',
      attendance: 'Điểm danh khai mạc',
      trainingSignups: 'Đăng ký tập huấn',
      nominations: 'Đề cử gia đình hiếu học',
      outbox: 'Hộp thư đi',
    }[key]!;
    book.create(name);
    book.write(name, 0, 0, grid);
  }
  await book.save(file);
});

describe('learning-week commend', () => {
  it('proposes first, and makes nothing nobody approved', async () => {
    const lines: string[] = [];
    const outcome = (await runCommend(file, { out: join(dir, 'out'), pdf: false, sent: false }, ctx(lines)))!;
    expect(outcome.added).toBeGreaterThan(1);
    expect(outcome.people + outcome.groups).toBe(0);
    expect(outcome.written.certificates).toEqual([]);
    const book = await Workbook.open(file);
    const rows = readCommendationRows(tab(book, COMMENDATIONS_TABLE)[1]);
    expect(rows.every((r) => r.decision === 'đề nghị')).toBe(true);
    // Run again: the proposal is not appended twice.
    const again = (await runCommend(file, { out: join(dir, 'out'), pdf: false, sent: false }, ctx([])))!;
    expect(again.added).toBe(0);
  });

  it('writes a missing template from the default and makes no certificate until it is looked at', async () => {
    await edit((book) => {
      const [name, grid] = tab(book, COMMENDATIONS_TABLE);
      const h = mapHeader(COMMENDATIONS_TABLE, grid[0]!);
      for (let r = 1; r < grid.length; r++) book.write(name, r, h.index.decision!, [['đồng ý']]);
      const width = grid[0]!.length;
      const row = (cells: Record<string, string>) => {
        const line = new Array(width).fill(null);
        for (const [k, v] of Object.entries(cells)) line[h.index[k as 'name']!] = v;
        return line;
      };
      const first = readCommendationRows(grid).find((x) => x.kind === 'cá nhân')!;
      book.write(name, grid.length, 0, [
        row({ id: 'X1', kind: 'cá nhân', name: 'B'.repeat(300), award: 'giấy khen', decision: 'đồng ý' }),
        row({
          id: 'X2',
          kind: 'cá nhân',
          name: first.name,
          group: first.group ?? '',
          award: 'giấy khen',
          decision: 'đồng ý',
        }),
      ]);
    });
    const lines: string[] = [];
    const outcome = (await runCommend(file, { out: join(dir, 'out'), pdf: false, sent: false }, ctx(lines)))!;
    expect(outcome.newTemplates.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      'mau-giay-chung-nhan.docx',
      'mau-giay-khen.docx',
    ]);
    expect(outcome.written.certificates).toEqual([]);
    const text = commendLines(outcome).join('\n');
    expect(text).toContain('Chưa có mẫu giấy khen: không tạo giấy khen nào.');
    expect(text).toMatch(/họ tên dài quá 120 ký tự/);
    expect(text).toMatch(/người này đã được đồng ý giấy khen ở dòng \d+/);
  });

  it('reports a misspelt placeholder in Vietnamese and makes none of that award', async () => {
    writeFileSync(
      join(dir, 'mau-giay-khen.docx'),
      await templateWith('GIẤY KHEN\nTặng {{Ho ten}}\n{{Danh hiệu}}'),
    );
    const outcome = (await runCommend(file, { out: join(dir, 'out'), pdf: false, sent: false }, ctx([])))!;
    expect(outcome.problems).toContain(
      'Mẫu giấy khen: Mẫu có chỗ trống {{Ho ten}} mà chương trình không biết; có phải ý là {{Họ tên}}?',
    );
    expect(outcome.written.certificates.map((c) => c.award)).toEqual(['giấy chứng nhận']);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.startsWith('giay-khen'))).toEqual([]);
    const book = await Workbook.open(file);
    const people = readCommendationRows(tab(book, COMMENDATIONS_TABLE)[1]).filter(
      (r) => r.kind === 'cá nhân',
    );
    expect(people.every((r) => r.state?.startsWith('Chưa tạo:'))).toBe(true);
  });

  it.skipIf(!office || !pdftotext || !pdfinfo)(
    'makes the decision, a landscape page and a PDF per certificate, and the letter; LibreOffice reads them all',
    async () => {
      writeFileSync(
        join(dir, 'mau-giay-khen.docx'),
        await templateWith(
          'GIẤY KHEN\nTặng {{ họ tên }} — {{Tổ}}\n{{Danh hiệu}}: {{Lý do}}\n{{Ngày}}\n{{Người ký}}',
        ),
      );
      const out = join(dir, 'out');
      const outcome = (await runCommend(file, { out, pdf: true, mail: true, sent: true }, ctx([])))!;
      const book = await Workbook.open(file);
      const approved = readCommendationRows(tab(book, COMMENDATIONS_TABLE)[1]).filter(
        (r) => r.decision === 'đồng ý' && r.id !== 'X1' && r.id !== 'X2',
      );
      const pdfs = outcome.written.certificates.flatMap((c) => [...c.pdfs.values()]);
      expect(pdfs).toHaveLength(approved.length);
      for (const r of approved) {
        const pdf = outcome.written.certificates.flatMap((c) => [...c.pdfs]).find(([id]) => id === r.id)![1];
        expect(pdfText(pdf)).toContain(r.name);
      }
      const decision = pdfText(join(out, 'quyet-dinh-khen-thuong-2021.pdf'));
      for (const words of [
        'QUYẾT ĐỊNH',
        'Căn cứ',
        'Điều 1.',
        'Điều 2.',
        'Điều 3.',
        'Nơi nhận',
        'ngày 07 tháng 10 năm 2021',
      ])
        expect(decision).toContain(words);
      for (const r of approved) expect(decision.replace(/\s+/g, ' ')).toContain(r.name);
      const info = execFileSync(pdfinfo!, [join(out, 'giay-khen-2021.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(
        new RegExp(`Pages:\\s+${approved.filter((r) => r.award === 'giấy khen').length}\\n`),
      );
      // The default template (kept for "giấy chứng nhận") is landscape A4: wider than high.
      const groups = execFileSync(pdfinfo!, [join(out, 'giay-chung-nhan-2021.pdf')], { encoding: 'utf8' });
      const [, w, h] = groups.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!;
      expect(Number(w)).toBeGreaterThan(Number(h));
      expect(groups).toMatch(
        new RegExp(`Pages:\\s+${approved.filter((r) => r.kind === 'tập thể').length}\\n`),
      );
      const letter = pdfText(join(out, 'de-cu-gia-dinh-hieu-hoc-2021.pdf'));
      expect(letter).toContain('Kính gửi: Hội khuyến học Phường Nguyễn Cư Trinh');
      expect(letter).toContain('Trần Văn An');
      expect(letter).not.toContain('Bí Mật');
      const sheet = new (await import('exceljs')).default.Workbook();
      await sheet.xlsx.readFile(outcome.written.wardXlsx);
      const cells = sheet.worksheets[0]!.getSheetValues().flat().join('|');
      expect(cells).toContain('Trần Văn An');
      expect(cells).not.toContain(SECRET_FAMILY);
      // Each person's certificate goes once, with its PDF, however often it is made again.
      const people = approved.filter((r) => r.kind === 'cá nhân');
      expect(outcome.queued).toBe(people.length);
      const mailDir = join(dir, 'mail');
      await runDrain(file, { out: mailDir }, ctx([]));
      // Made again (the .docx files, quickly), then the same certificates queued again: nothing new.
      await runCommend(file, { out, pdf: false, sent: true }, ctx([]));
      const book2 = await Workbook.open(file);
      const made = outcome.written.certificates.flatMap((c) =>
        [...c.pdfs].map(([id, pdf]) => ({
          approved: { ...approved.find((r) => r.id === id)!, award: c.award },
          document: pdf,
          filename: 'x.pdf',
        })),
      );
      const plan = readCommendationTabs({
        tables: book2,
        clock: ctx([]).clock,
        env: new LocalEnvironment(),
      }).plan;
      expect(
        queueCertificateMails(
          { tables: book2, lock: { withLock: (_ms, fn) => fn() } },
          plan,
          made,
          AFTER_WEEK,
        ),
      ).toBe(0);
      await book2.save(file);
      await runDrain(file, { out: mailDir }, ctx([]));
      const emls = readdirSync(mailDir).filter((f) => f.startsWith('certificate-mail'));
      expect(emls).toHaveLength(people.length);
      for (const eml of emls) {
        const parsed = await simpleParser(readFileSync(join(mailDir, eml)));
        const [pdf] = parsed.attachments;
        expect(pdf!.contentType).toBe('application/pdf');
        const path = join(dir, `${eml}.pdf`);
        writeFileSync(path, pdf!.content);
        expect(people.map((p) => p.name)).toContain(people.find((p) => pdfText(path).includes(p.name))?.name);
      }
      const nominations = readNominationRows(tab(book, NOMINATIONS_TABLE)[1]);
      expect(
        nominations
          .filter((n) => n.status === 'đã gửi phường')
          .map((n) => n.family)
          .sort(),
      ).toEqual(outcome.written && ['Gia đình Lê Thị Bình', 'Gia đình Trần Văn An']);
      expect(nominations.find((n) => n.family === SECRET_FAMILY)!.status).toBe('được chọn');
    },
    120_000,
  );
});
