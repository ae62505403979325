import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, tempDir } from './cli-support';

beforeAll(buildCli);

const rowsOf = async (dir: string, tab: string) => {
  const [header, ...rows] = (await Workbook.open(join(dir, 'k.xlsx'))).read(tab) ?? [[]];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
};

describe('learning-week respond result', () => {
  it('records an owner’s result into Activities and Outreach, and flags what does not read', async () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir).status).toBe(0);
    const outreachBefore = (await rowsOf(dir, 'Tuyên truyền')).length;
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify([
        {
          timestamp: '2021-10-04T18:00',
          email: 'phohieutruong@mn2010.example',
          answers: {
            'Hoạt động': 'HD06',
            'Kết quả thực hiện': 'Đã thực hiện',
            'Số CB-GV-NV tham gia': '30',
            'Số phụ huynh tham gia': 'khoảng 20',
            'Kết quả đạt được': 'Tập huấn đúng kế hoạch.',
            'Liên kết minh chứng (album ảnh, bài đăng, video)': 'https://mn2010.example/album/tap-huan',
            'Tin, bài tuyên truyền đã đăng': 'Facebook: https://facebook.com/mn2010/posts/9',
          },
        },
        {
          timestamp: '2021-10-04T18:05',
          email: 'tochuc@mn2010.example',
          answers: { 'Hoạt động': 'HD10', 'Kết quả thực hiện': 'Hoãn' },
        },
      ]),
    );
    const run = cli(['respond', 'result', 'k.xlsx', '--json', 'r.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Đã ghi nhận.*: 1$/m);
    expect(run.stdout).toMatch(/^Cần xem lại.*: 1$/m);
    expect(run.stdout).toContain('"khoảng 20" không phải một số người');
    const activities = await rowsOf(dir, 'Hoạt động');
    const hd06 = activities.find(
      (r) => r['Mã'] === 'HD06' || r['ID'] === 'HD06' || Object.values(r)[0] === 'HD06',
    )!;
    expect(hd06['Trạng thái']).toBe('đã thực hiện');
    expect(String(hd06['Kết quả / ghi chú'])).toContain('Tập huấn đúng kế hoạch.');
    expect(hd06['Minh chứng (liên kết)']).toBe('https://mn2010.example/album/tap-huan');
    const hd10 = activities.find((r) => Object.values(r)[0] === 'HD10')!;
    expect(hd10['Trạng thái']).toBe('hoãn');
    const outreach = await rowsOf(dir, 'Tuyên truyền');
    expect(outreach).toHaveLength(outreachBefore + 1);
    expect(outreach.at(-1)).toMatchObject({
      Kênh: 'Facebook',
      'Đường liên kết': 'https://facebook.com/mn2010/posts/9',
    });
    const results = await rowsOf(dir, 'Kết quả hoạt động');
    expect(results.map((r) => r['Mã hoạt động'])).toEqual(['HD06', 'HD10']);
    expect(results[0]!['CB-GV-NV']).toBe(30);
    expect(results[0]!['Phụ huynh']).toBe('khoảng 20');
  });
});
