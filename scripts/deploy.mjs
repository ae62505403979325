#!/usr/bin/env node
// `npm run deploy` (or `npm run deploy:prod`): build, lint, test, then `clasp push` dist/ to the
// Apps Script project named in .clasp.json (.clasp-prod.json with --prod, when it exists).
// Without a script id or a clasp login it explains, in Vietnamese, what to do and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';

/** Runs a command in the project folder, output to the terminal; returns its exit status. */
export function run(command, args, options = {}) {
  const result = spawnSync(windows ? `${command}.cmd` : command, args, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    shell: windows,
  });
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** clasp 3 reports `{"loggedIn": false}` when no credentials are stored. */
export function claspLoggedIn() {
  const result = run('npx', ['clasp', 'show-authorized-user', '--json'], { capture: true });
  if (result.status !== 0) return false;
  try {
    return JSON.parse(result.stdout.trim()).loggedIn === true;
  } catch {
    return false;
  }
}

export const LOGIN_STEPS = [
  'Chưa đăng nhập clasp (công cụ đưa mã lên Google Apps Script). Làm một lần:',
  '  1. Bật Apps Script API cho tài khoản Google của bạn: https://script.google.com/home/usersettings',
  '  2. Chạy: npx clasp login   (trình duyệt mở ra, chọn tài khoản Google của trường và cho phép)',
  '  3. Chạy lại lệnh vừa rồi.',
];

export const CREATE_STEPS = (configName) => [
  `Chưa có mã dự án Apps Script (scriptId trong ${configName} đang để trống). Làm một lần:`,
  '  1. npx clasp login          (nếu chưa đăng nhập)',
  `  2. npm run create${configName === '.clasp-prod.json' ? ' -- --prod' : ''}         (tạo một Google Sheet mới "Tuần lễ HTSĐ" có gắn sẵn script)`,
  `  3. npm run deploy${configName === '.clasp-prod.json' ? ':prod' : ''}`,
  'Đã có sẵn một Google Sheet? Mở Tiện ích mở rộng → Apps Script → Cài đặt dự án, chép "Mã tập lệnh"',
  `(Script ID) vào "scriptId" trong ${configName}, rồi chạy lại lệnh này.`,
];

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** Which project file to push with: .clasp-prod.json for --prod when present. */
export function projectFile(prod) {
  if (prod && existsSync(join(root, '.clasp-prod.json'))) return '.clasp-prod.json';
  if (prod) console.log('Không có .clasp-prod.json: dùng .clasp.json.');
  return '.clasp.json';
}

function scriptIdOf(configName) {
  const path = join(root, configName);
  if (!existsSync(path)) return '';
  try {
    return String(JSON.parse(readFileSync(path, 'utf8')).scriptId ?? '').trim();
  } catch {
    fail([`${configName} không phải JSON hợp lệ. Sửa lại theo mẫu: {"scriptId": "", "rootDir": "dist"}`]);
  }
  return '';
}

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  if (run(command, args).status !== 0)
    fail([`✖ ${title} thất bại: chưa đưa gì lên Apps Script. Sửa lỗi ở trên rồi chạy lại.`]);
}

function main() {
  const prod = process.argv.includes('--prod');
  const configName = projectFile(prod);
  if (scriptIdOf(configName) === '') fail(CREATE_STEPS(configName));
  if (!claspLoggedIn()) fail(LOGIN_STEPS);

  step('Đóng gói (build)', 'npm', ['run', 'build']);
  step('Kiểm tra mã (lint)', 'npm', ['run', 'lint']);
  step('Chạy kiểm thử (test)', 'npm', ['test']);
  // --force: the manifest (scopes, time zone) is ours, pushed from dist/appsscript.json.
  step(`Đưa lên Apps Script (${configName})`, 'npx', ['clasp', '--project', configName, 'push', '--force']);

  console.log(
    [
      '',
      '✔ Đã cập nhật script. Tiếp theo:',
      '  1. Mở Google Sheet (npx clasp open-container) và tải lại trang.',
      '  2. Chọn menu "Tuần lễ HTSĐ" → "Thiết lập"; lần đầu Google sẽ hỏi quyền, hãy cho phép.',
      '  3. Sau khi sửa kế hoạch, chọn "Tuần lễ HTSĐ" → "Kiểm tra kế hoạch".',
    ].join('\n'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
