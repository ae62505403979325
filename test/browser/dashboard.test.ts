/// <reference lib="dom" />
// The page functions below run in Chromium, where the DOM is.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { validatePlan } from '../../src/app/plan/validate-plan';
import { dashboardPayload, renderDashboardSidebar } from '../../src/core/dashboard/render-dashboard';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { readDashboardModel, renderDashboardPage } from '../../src/local/dashboard/dashboard-page';
import { Workbook } from '../../src/local/workbook/workbook';
import { BROWSER_REQUIRED, CHROMIUM, launchChromium } from './chromium';

/**
 * "Bảng điều khiển" in Chromium: the local page of a workbook on a phone (360×740) and a
 * desktop (1280×800) — nothing scrolls sideways, no text under 14 px, axe-core finds nothing
 * serious — and the Apps Script sidebar with google.script.run stubbed, refreshed by keyboard.
 * DASHBOARD_SCREENSHOTS=dir keeps a picture of each, to look at.
 */
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;
/** Apps Script's sidebar is 300 px wide. */
const SIDEBAR = { width: 300, height: 740 } as const;

/** 09:00 on 03/10/2021 in the school, and the evening of the same day for the refresh. */
const MORNING = new Date('2021-10-03T02:00:00Z');
const EVENING = new Date('2021-10-03T12:30:00Z');

let browser: Browser | undefined;
let folder = '';
let file = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'learning-week-dashboard-'));
  file = join(folder, 'tuan-le.xlsx');
  const workbook = Workbook.create();
  const log = { info: () => undefined, error: () => undefined };
  const clock = { now: () => MORNING };
  const env = { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' };
  setup({ tables: workbook, clock, log }, { plan: 'seed', sample: true });
  importResponses({ tables: workbook, clock, log, lock: { withLock: (_ms, fn) => fn() } }, sampleResponses());
  validatePlan({ tables: workbook, clock, log, env });
  await workbook.save(file);
  if (CHROMIUM || BROWSER_REQUIRED) browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function open(html: string, viewport: { width: number; height: number }, name: string): Promise<Page> {
  const page = await browser!.newPage({ viewport });
  await page.setContent(html, { waitUntil: 'load' });
  await shoot(page, `${name}-${viewport.width}`);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const shots = process.env['DASHBOARD_SCREENSHOTS'];
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

interface Measured {
  readonly scrollWidth: number;
  readonly width: number;
  readonly smallText: string[];
}

function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text === '' || !parent || parent.closest('script,style')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 14) small.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, smallText: small };
  });
}

async function seriousAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes})`);
}

/**
 * google.script.run as the sidebar's frame has it: a chain of handlers, the server's answer a
 * moment later, each call counted. Put before the page's own script, as Apps Script's is.
 */
function withScriptRunStub(html: string, payload: unknown): string {
  const data = JSON.stringify(payload).replace(/</g, '\\u003c');
  const stub = `<script>
    window.calls = [];
    function runner(success) {
      return {
        withSuccessHandler: function (fn) { return runner(fn); },
        withFailureHandler: function () { return runner(success); },
        dashboardData: function () {
          window.calls.push('dashboardData');
          setTimeout(function () { success(JSON.parse(JSON.stringify(${data}))); }, 50);
        },
      };
    }
    window.google = { script: { run: runner() } };
  </script>`;
  return html.replace('<head>', `<head>${stub}`);
}

describe.skipIf(!CHROMIUM && !BROWSER_REQUIRED)('the dashboard in Chromium', () => {
  for (const viewport of VIEWPORTS) {
    it(`the local page at ${viewport.width}×${viewport.height}: no sideways scroll, text ≥ 14 px, nothing serious for axe`, async () => {
      const html = await renderDashboardPage(file, { now: MORNING });
      const page = await open(html, viewport, 'local');
      const m = await measure(page);
      const headings = await page.locator('h2').allTextContents();
      const problems = await seriousAxe(page);
      await page.close();
      expect(m.scrollWidth, 'scrolls sideways').toBeLessThanOrEqual(m.width);
      expect(m.smallText).toEqual([]);
      expect(problems).toEqual([]);
      expect(headings).toContain('Lễ khai mạc theo tổ');
      expect(headings).toContain('Hộp thư đi');
    });
  }

  it('the sidebar: "Làm mới" by keyboard asks dashboardData() and shows the new figures', async () => {
    const morning = await readDashboardModel(file, { now: MORNING });
    const evening = dashboardPayload(await readDashboardModel(file, { now: EVENING }), 'vi');
    const page = await browser!.newPage({ viewport: SIDEBAR });
    await page.setContent(withScriptRunStub(renderDashboardSidebar(morning, 'vi'), evening), {
      waitUntil: 'load',
    });
    await shoot(page, 'sidebar-300');
    expect(await page.locator('#d-built').textContent()).toBe('Số liệu lúc Chủ nhật, 03/10/2021 09:00');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('d-refresh');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('d-built')?.textContent?.includes('19:30'));
    expect(await page.locator('#d-built').textContent()).toBe('Số liệu lúc Chủ nhật, 03/10/2021 19:30');
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual([
      'dashboardData',
    ]);
    // The focus stays on the button, so a second refresh is one more key press (Space this time).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('d-refresh');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => (window as unknown as { calls: string[] }).calls.length === 2);

    const m = await measure(page);
    const problems = await seriousAxe(page);
    await page.close();
    expect(m.scrollWidth, 'the sidebar scrolls sideways').toBeLessThanOrEqual(m.width);
    expect(m.smallText).toEqual([]);
    expect(problems).toEqual([]);
  });
});
