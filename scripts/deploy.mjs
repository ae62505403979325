#!/usr/bin/env node
// `npm run deploy` (or `npm run deploy:prod`): build, check the bundle, then `clasp push` dist/
// to the Apps Script project named in .clasp.json (.clasp-prod.json with --prod, when it
// exists). `npm run deploy -- --full` first runs the developer's checks too (lint, typecheck,
// the test suite), as CI does. Without a script id or a clasp login it explains, in Vietnamese,
// what to do and exits 1. Every tool runs as `node <its entry>`, never through a shell.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain, npmArgv, projectTools, root, run, scriptArgv } from './node-tools.mjs';

/** argv of `clasp …` (tools: see node-tools.mjs). */
export function claspArgv(tools, args) {
  return [tools.node, tools.clasp, ...args];
}

/** clasp 3 reports `{"loggedIn": false}` when no credentials are stored. */
export function claspLoggedIn(tools = projectTools()) {
  const result = run(claspArgv(tools, ['show-authorized-user', '--json']), { capture: true });
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

/**
 * The steps of a deploy, in order, each a title and the argv it runs. A principal's deploy
 * builds, checks the bundle and pushes; `full` (a developer's, `-- --full`) runs lint,
 * typecheck and the test suite first. Those go through npm (`npm run lint`, `npm test`), so
 * `full` needs the npm that started this script.
 */
export function deploySteps(tools, { configName, full = false, env = process.env }) {
  const steps = [];
  if (full) {
    const npm = (args) => npmArgv(tools, args, env);
    if (!npm(['test'])) throw new Error('--full cần chạy qua npm: npm run deploy -- --full');
    steps.push(
      { title: 'Kiểm tra mã (lint)', argv: npm(['run', 'lint']) },
      { title: 'Kiểm tra kiểu (typecheck)', argv: npm(['run', 'typecheck']) },
      { title: 'Chạy kiểm thử (test)', argv: npm(['test']) },
    );
  }
  steps.push(
    { title: 'Đóng gói (build)', argv: scriptArgv(tools, 'build.mjs') },
    { title: 'Kiểm tra bản đóng gói', argv: scriptArgv(tools, 'check-bundle.mjs') },
    // --force: the manifest (scopes, time zone) is ours, pushed from dist/appsscript.json.
    {
      title: `Đưa lên Apps Script (${configName})`,
      argv: claspArgv(tools, ['--project', configName, 'push', '--force']),
    },
  );
  return steps;
}

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

function main() {
  const prod = process.argv.includes('--prod');
  const full = process.argv.includes('--full');
  const configName = projectFile(prod);
  if (scriptIdOf(configName) === '') fail(CREATE_STEPS(configName));
  const tools = projectTools();
  if (!claspLoggedIn(tools)) fail(LOGIN_STEPS);

  let steps;
  try {
    steps = deploySteps(tools, { configName, full });
  } catch (error) {
    fail([error.message]);
  }
  for (const { title, argv } of steps) {
    console.log(`\n▶ ${title}`);
    if (run(argv).status !== 0)
      fail([`✖ ${title} thất bại: chưa đưa gì lên Apps Script. Sửa lỗi ở trên rồi chạy lại.`]);
  }

  console.log(
    [
      '',
      '✔ Đã cập nhật script. Tiếp theo:',
      '  1. Mở Google Sheet (npx clasp open-container) và tải lại trang.',
      '  2. Chọn menu "Tuần lễ HTSĐ" → "Thiết lập". Lần đầu Google hỏi quyền: đánh dấu ô "Chọn tất cả"',
      '     rồi bấm "Tiếp tục" (bỏ trống một ô thì script báo và không làm gì; chọn lại "Thiết lập").',
      '  3. Sau khi sửa kế hoạch, chọn "Tuần lễ HTSĐ" → "Kiểm tra kế hoạch".',
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) main();
