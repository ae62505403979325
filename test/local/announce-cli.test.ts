import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, columnOf, tempDir, type CliRun } from './cli-support';
import { qrOf } from './qr-read';

beforeAll(buildCli);

const LINKS = {
  'Biểu mẫu điểm danh khai mạc': 'https://docs.google.com/forms/d/e/1FAIpQLSdAttendance2021xyz/viewform',
  'Biểu mẫu đăng ký tập huấn': 'https://docs.google.com/forms/d/e/1FAIpQLSdTraining2021abc/viewform',
} as const;
const LONG_CLASS = `Lớp 🌟 Ngôi sao ${'nhỏ '.repeat(60)}`;

describe('learning-week announce: Zalo texts per class and staff group, a QR code per form', () => {
  let dir = '';
  let run: CliRun;
  const kit = (...parts: string[]) => join(dir, 'out', 'announce', ...parts);

  beforeAll(async () => {
    dir = tempDir();
    expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir).status).toBe(0);
    // As on Google, where Setup writes the forms' links; the nomination form has none yet. One
    // family typed a class with an emoji and 200 characters, one none at all.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'k.xlsx'));
    const settings = book.getWorksheet('Cấu hình')!;
    settings.eachRow((row) => {
      const link = LINKS[String(row.getCell(1).value) as keyof typeof LINKS];
      if (link) row.getCell(2).value = link;
    });
    const families = book.getWorksheet('Phụ huynh')!;
    const classCol = columnOf(families, 'Lớp');
    families.getCell(2, classCol).value = LONG_CLASS;
    families.getCell(3, classCol).value = null;
    // Two families of Lá 1 have signed up for a training (one twice); nobody of Lá 2 yet.
    const emailCol = columnOf(families, 'Email');
    const laOne: string[] = [];
    families.eachRow((row, n) => {
      if (n > 1 && row.getCell(classCol).value === 'Lá 1') laOne.push(String(row.getCell(emailCol).value));
    });
    await book.xlsx.writeFile(join(dir, 'k.xlsx'));
    const signup = (email: string, minute: number) => ({
      timestamp: `2021-09-28T08:${String(minute).padStart(2, '0')}`,
      email,
      answers: { 'Họ và tên': 'Phụ huynh', 'Bạn là': 'Phụ huynh' },
    });
    writeFileSync(
      join(dir, 'signups.json'),
      JSON.stringify([signup(laOne[0]!, 1), signup(laOne[1]!, 2), signup(laOne[1]!, 3)]),
    );
    expect(cli(['respond', 'training', 'k.xlsx', '--json', 'signups.json'], dir).status).toBe(0);
    run = cli(['announce', 'k.xlsx'], dir);
  }, 120_000);

  it('says what is missing in Vietnamese and writes the kit', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      'Biểu mẫu “Đề cử "Gia đình hiếu học"” chưa có đường liên kết mà điện thoại mở được: thông báo vẫn được tạo nhưng chưa có mã QR. ' +
        'Bản xem trước trên máy (lệnh "forms") không dùng được; hãy tạo biểu mẫu Google (Thiết lập) hoặc dán đường liên kết của nó vào Cấu hình.',
    );
    expect(lines).toContain(
      '1 phụ huynh chưa ghi lớp: họ nằm trong thông báo chung “Phụ huynh (chưa ghi lớp)”.',
    );
    expect(lines.at(-1)).toMatch(/^Đã tạo \d+ tệp thông báo và mã QR trong .*announce\.$/);
  });

  it("gives each class a text with the school, the form's link and its deadline", () => {
    const text = readFileSync(kit('training', 'zalo-lop-la-1.txt'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Kính gửi Quý phụ huynh lớp Lá 1,',
      'Trường Mầm non 20/10 tổ chức Tuần lễ hưởng ứng học tập suốt đời (thứ Sáu, 01/10/2021 – thứ Năm, 07/10/2021), chủ đề "Chuyển đổi số để xây dựng thành công một xã hội học tập mới".',
    ]);
    expect(text).toContain(`👉 Bấm vào đây: ${LINKS['Biểu mẫu đăng ký tập huấn']}\n`);
    expect(text).toContain('Hạn: trước thứ Sáu, 01/10/2021.\nĐến nay 2/10 gia đình của lớp đã trả lời.\n');
    expect(readFileSync(kit('training', 'zalo-lop-la-2.txt'), 'utf8')).not.toContain('Đến nay');
    const nomination = readFileSync(kit('nomination', 'zalo-lop-la-1.txt'), 'utf8');
    expect(nomination).toContain('Hạn: trước thứ Năm, 07/10/2021.');
    expect(nomination).toContain('Chưa có đường liên kết của biểu mẫu');
    // Staff groups are asked the two events of the week, not the families' nomination.
    expect(existsSync(kit('attendance', 'zalo-nhan-su-to-la.txt'))).toBe(true);
    expect(readdirSync(kit('nomination')).some((f) => f.startsWith('zalo-nhan-su'))).toBe(false);
  });

  it('keeps an odd class name on one short line, and families without a class in a text of their own', () => {
    const files = readdirSync(kit('attendance'));
    const long = files.find((f) => f.startsWith('zalo-lop-lop-ngoi-sao'))!;
    expect(long.length).toBeLessThanOrEqual(60);
    const greeting = readFileSync(kit('attendance', long), 'utf8').split('\n')[0]!;
    expect([...greeting].length).toBeLessThan(100);
    expect(greeting).toMatch(/^Kính gửi Quý phụ huynh lớp 🌟 Ngôi sao nhỏ .*…,$/);
    expect(readFileSync(kit('attendance', 'zalo-phu-huynh-chua-ghi-lop.txt'), 'utf8')).toMatch(
      /^Kính gửi Quý phụ huynh và thầy cô,/,
    );
  });

  it('writes a Facebook post and a website fragment per linked form, none for a form without a link', () => {
    const facebook = readFileSync(kit('training', 'facebook.txt'), 'utf8');
    expect(facebook).toMatch(/^📣 Tuần lễ hưởng ứng học tập suốt đời năm 2021\n/);
    expect(facebook).toContain(LINKS['Biểu mẫu đăng ký tập huấn']);
    expect(facebook).toContain('#TuanLeHocTapSuotDoi2021');
    expect(readFileSync(kit('training', 'website.html'), 'utf8')).toContain(
      `<a href="${LINKS['Biểu mẫu đăng ký tập huấn']}">Đăng ký tham gia các buổi tập huấn, nói chuyện</a>`,
    );
    expect(existsSync(kit('nomination', 'facebook.txt'))).toBe(false);
  });

  it("prints a QR code per linked form that a phone reads back as the form's exact link", () => {
    expect(qrOf(readFileSync(kit('attendance', 'qr.png')), 'png')).toBe(LINKS['Biểu mẫu điểm danh khai mạc']);
    expect(qrOf(readFileSync(kit('training', 'qr.svg')), 'svg')).toBe(LINKS['Biểu mẫu đăng ký tập huấn']);
    expect(existsSync(kit('nomination', 'qr.png'))).toBe(false);
  });

  it('makes an A4 poster per linked form: what to do, its QR code read back as the link, the deadline, the slogan', async () => {
    const zip = await JSZip.loadAsync(readFileSync(kit('training', 'poster.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    expect(text.split('\n')).toEqual([
      'TRƯỜNG MẦM NON 20/10',
      'TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2021',
      'Chủ đề: “Chuyển đổi số để xây dựng thành công một xã hội học tập mới”',
      'Đăng ký tham gia các buổi tập huấn, nói chuyện',
      'Quét mã QR bằng Zalo hoặc máy ảnh của điện thoại',
      LINKS['Biểu mẫu đăng ký tập huấn'],
      'Hạn: trước thứ Sáu, 01/10/2021.',
      '“Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân”',
    ]);
    // A4 portrait.
    expect(xml).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]" w:orient="portrait"/);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = Buffer.from(await zip.file(media[0]!)!.async('uint8array'));
    expect(qrOf(png, 'png')).toBe(LINKS['Biểu mẫu đăng ký tập huấn']);
    expect(existsSync(kit('nomination', 'poster.docx'))).toBe(false);
  });
});
