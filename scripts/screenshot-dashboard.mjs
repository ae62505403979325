#!/usr/bin/env node
// `npm run screenshot:dashboard`: the demo week's "Bảng điều khiển" opened in Debian's Chromium
// at 1280×800 and saved whole as docs/dashboard.png, the picture the README shows. The page is
// written again from the demo workbook (out/learning-week-2021.xlsx; the demo week is played
// first when it is missing) as it stands at 20:00 on the week's last day, as `npm start` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { root } from './node-tools.mjs';

const page = join(root, 'out', 'dashboard.html');
const picture = join(root, 'docs', 'dashboard.png');
const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);

if (!browserPath) {
  console.error('Không thấy Chromium: cài gói chromium của Debian hoặc đặt CHROMIUM_PATH.');
  process.exit(1);
}
const workbook = join(root, 'out', 'learning-week-2021.xlsx');
const cli = (args) =>
  spawnSync(process.execPath, [join(root, 'bin', 'learning-week.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  }).status;
if (!existsSync(workbook) && cli(['demo']) !== 0) {
  console.error('Không chạy được tuần lễ mẫu: chạy npm start rồi thử lại.');
  process.exit(1);
}
if (cli(['dashboard', workbook, '--out', page, '--now', '2021-10-07T20:00']) !== 0) {
  console.error('Không tạo được out/dashboard.html.');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: browserPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.screenshot({ path: picture, fullPage: true });
} finally {
  await browser.close();
}
console.log(`Đã ghi ${picture}`);
