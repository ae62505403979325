#!/usr/bin/env node
// `npm run create` (or `npm run create -- --prod`): makes a new Google Sheet with this project's
// script bound to it (`clasp create --type sheets`), records its id in .clasp.json
// (.clasp-prod.json with --prod), and pushes nothing: `npm run deploy` does that after checks.
// clasp and the build run as `node <entry>` without a shell, so the title reaches clasp as one
// argument on Windows too.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claspArgv, CREATE_STEPS, claspLoggedIn, LOGIN_STEPS } from './deploy.mjs';
import { isMain, projectTools, root, run, scriptArgv } from './node-tools.mjs';

export const TITLE = 'Tuần lễ HTSĐ';
const claspJson = join(root, '.clasp.json');
const aside = join(root, '.clasp.json.before-create');

/** argv of `clasp create`: a Sheet with a bound script, its files under dist/. */
export function claspCreateArgv(tools, title = TITLE) {
  return claspArgv(tools, ['create', '--type', 'sheets', '--title', title, '--rootDir', 'dist']);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function main() {
  const prod = process.argv.includes('--prod');
  const target = prod ? '.clasp-prod.json' : '.clasp.json';
  const tools = projectTools();
  const existing = readJson(join(root, target));
  if (existing && String(existing.scriptId ?? '').trim() !== '') {
    console.error(
      [
        `${target} đã có scriptId ${existing.scriptId}: dự án đã được tạo, không tạo thêm.`,
        `Muốn tạo lại từ đầu, xóa giá trị "scriptId" trong ${target} rồi chạy lại.`,
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!claspLoggedIn(tools)) {
    console.error(LOGIN_STEPS.join('\n'));
    process.exit(1);
  }

  // clasp refuses to create where a .clasp.json exists (ours is committed with an empty id).
  if (existsSync(claspJson)) renameSync(claspJson, aside);
  const created = run(claspCreateArgv(tools));
  const made = readJson(claspJson);
  if (created.status !== 0 || !made?.scriptId) {
    if (existsSync(aside)) renameSync(aside, claspJson);
    console.error(
      ['✖ clasp create không thành công (xem lỗi ở trên).', ...CREATE_STEPS(target).slice(1)].join('\n'),
    );
    process.exit(1);
  }

  const config = {
    scriptId: made.scriptId,
    rootDir: 'dist',
    ...(made.parentId ? { parentId: made.parentId } : {}),
  };
  if (prod) {
    rmSync(claspJson);
    if (existsSync(aside)) renameSync(aside, claspJson);
  } else if (existsSync(aside)) {
    rmSync(aside);
  }
  writeFileSync(join(root, target), `${JSON.stringify(config, null, 2)}\n`);
  // clasp pulled the new project's placeholder files into dist/: rebuild ours over them.
  rmSync(join(root, 'dist', 'Code.gs'), { force: true });
  run(scriptArgv(tools, 'build.mjs', ['--quiet']));

  console.log(
    [
      '',
      `✔ Đã tạo Google Sheet "${TITLE}" có gắn script (đường dẫn ở trên).`,
      `  ${target} giờ ghi scriptId ${made.scriptId} (rootDir: dist).`,
      '',
      `⚠ scriptId này là của RIÊNG tài khoản bạn: đừng commit ${target} lên kho mã chung.`,
      prod
        ? '  (.clasp-prod.json nên nằm trong .gitignore.)'
        : '  Để git bỏ qua thay đổi này: git update-index --skip-worktree .clasp.json',
      '',
      `Tiếp theo: npm run deploy${prod ? ':prod' : ''}   (đóng gói, kiểm tra, rồi đưa mã lên).`,
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) main();
