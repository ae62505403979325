/// <reference lib="dom" />
// The page functions below run in Chromium, where the DOM is.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTab } from '../../src/app/forms/response-store';
import type { FormId, FormSpec } from '../../src/core/forms/types';
import { NOMINATIONS_TABLE } from '../../src/core/schema/response-tables';
import { PEOPLE_TABLE } from '../../src/core/schema/tables';
import type { RunningServer } from '../../src/local/serve/start-server';
import { Workbook } from '../../src/local/workbook/workbook';
import { rawLog, sampleWorkbook, serveWorkbook, specFor } from '../local/serve-support';
import { BROWSER_REQUIRED, CHROMIUM, launchChromium } from './chromium';

/**
 * The forms `learning-week serve` shows, filled in and sent from Chromium as a person would:
 * each gets its confirmation page and lands in the workbook; a double click records one answer;
 * a hostile answer is shown as text and neutralised in its cell; axe-core finds nothing serious;
 * nothing scrolls sideways on a phone. FORM_SCREENSHOTS=dir keeps a picture of each page.
 */
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const FORMS: readonly FormId[] = ['attendance', 'training', 'nomination', 'result'];

let browser: Browser | undefined;
let context: BrowserContext;
let file: string;
let server: RunningServer & { specs: FormSpec[] };
let staff: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PHONE });
  file = await sampleWorkbook();
  const workbook = await Workbook.open(file);
  staff = loadTab(workbook, PEOPLE_TABLE, workbook.tableNames()).rows.map((r) => String(r.cells['email']));
  server = await serveWorkbook(file, { rateLimit: { posts: 100, windowMs: 60_000 } });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env['FORM_SCREENSHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Every required question answered as a person would: the first choice, a name, an address. */
async function fillRequired(
  page: Page,
  spec: FormSpec,
  email: string,
  text: (key: string) => string,
): Promise<void> {
  for (const q of spec.questions) {
    if (!q.required) continue;
    if (q.type === 'email') await page.fill(`#q-${q.key}`, email);
    else if (q.type === 'text' || q.type === 'paragraph') await page.fill(`#q-${q.key}`, text(q.key));
    else if (q.type === 'list') {
      const chosen = await page.inputValue(`#q-${q.key}`);
      if (chosen === '') await page.selectOption(`#q-${q.key}`, { index: 1 });
    } else await page.check(`#q-${q.key}-0`);
  }
}

/** The dashboard's opening-ceremony figures, reached from the list of forms as a principal would. */
async function openingOnDashboard(page: Page): Promise<string> {
  await page.goto(server.url);
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/dashboard"]')]);
  return page.$eval('section[aria-labelledby="d-opening"]', (s) => (s as HTMLElement).innerText);
}

const sideways = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(!CHROMIUM && !BROWSER_REQUIRED)('the local forms in Chromium', () => {
  it('fills in each form and gets its confirmation; the answers are in the workbook', async () => {
    const page = await context.newPage();
    const openingBefore = await openingOnDashboard(page);
    for (const [i, id] of FORMS.entries()) {
      const spec = specFor(server.specs, id);
      const activity = spec.prefill?.values[2];
      const query = activity ? `?activity=${encodeURIComponent(activity)}` : '';
      await page.goto(`${server.url}forms/${id}${query}`);
      expect(await page.textContent('h1')).toBe(spec.title);
      // The results form's link names its activity: the list shows it chosen already.
      if (activity)
        expect(await page.$eval('#q-activity', (s) => (s as HTMLSelectElement).value)).toBe(activity);
      expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);
      await shoot(page, `${id}-360`);
      await page.setViewportSize(DESKTOP);
      await shoot(page, `${id}-1280`);
      await page.setViewportSize(PHONE);
      await fillRequired(page, spec, staff[i]!, (key) => `Trả lời ${key} số ${i}`);
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      expect(await page.textContent('h1')).toBe('Đã ghi nhận câu trả lời');
      expect(await page.textContent('main')).toContain(staff[i]!);
      if (i === 0) {
        await shoot(page, 'confirmation-360');
        await page.setViewportSize(DESKTOP);
        await shoot(page, 'confirmation-1280');
        await page.setViewportSize(PHONE);
      }
    }
    // The principal's dashboard, opened from the list on this computer, moved with the answers.
    const openingAfter = await openingOnDashboard(page);
    expect(openingAfter).not.toBe(openingBefore);
    await page.close();
    const forms = (await rawLog(file)).map((r) => r.form);
    for (const id of FORMS) expect(forms).toContain(id);
    expect(forms).toHaveLength(FORMS.length);
  }, 60_000);

  it('the same page sent twice (reloading its confirmation) records one answer', async () => {
    const page = await context.newPage();
    const spec = specFor(server.specs, 'training');
    await page.goto(`${server.url}forms/training`);
    await fillRequired(page, spec, staff[5]!, () => 'Phạm Gia Bảo');
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST') posts++;
    });
    const before = (await rawLog(file)).length;
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Đã ghi nhận câu trả lời');
    // Reloading the confirmation sends the same page's answers again, token and all.
    await page.reload();
    expect(await page.textContent('main')).toContain('đã được ghi nhận trước đó');
    await page.close();
    expect(posts).toBeGreaterThanOrEqual(2);
    expect((await rawLog(file)).length).toBe(before + 1);
  }, 30_000);

  it('shows a hostile answer as text, and its cell is neutralised', async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const spec = specFor(server.specs, 'nomination');
    const formula = '=HYPERLINK("http://evil.example","Bấm vào đây")';
    const long = `<script>alert(1)</script> 🎉👨‍👩‍👧 ${'Gia đình hiếu học '.repeat(17)}`.slice(0, 300);
    await page.goto(`${server.url}forms/nomination`);
    await fillRequired(page, spec, staff[6]!, (key) =>
      key === 'name' ? formula : key === 'achievements' ? long : 'Lê Văn An',
    );
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await shoot(page, 'hostile-confirmation-360');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain(formula);
    expect(main).toContain('<script>alert(1)</script> 🎉👨‍👩‍👧');
    expect(
      await page.evaluate(() => document.querySelectorAll('script, a[href^="http://evil"]').length),
    ).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
    const workbook = await Workbook.open(file);
    const rows = loadTab(workbook, NOMINATIONS_TABLE, workbook.tableNames()).rows;
    const cells = rows.map((r) => r.cells).find((c) => String(c['achievements']).includes('🎉'));
    expect(cells?.['name']).toBe(`'${formula}`);
    expect(String(cells?.['achievements'])).toBe(long.trim());
  }, 30_000);

  it('axe-core finds no serious or critical problem on any form or on a confirmation', async () => {
    // A context without the pages' CSP, which would refuse the injected axe script.
    const audit = await browser!.newContext({ viewport: PHONE, bypassCSP: true });
    const problems: string[] = [];
    const check = async (page: Page, name: string): Promise<void> => {
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          problems.push(`${name}: ${v.id} (${v.impact}, ${v.nodes})`);
    };
    const page = await audit.newPage();
    for (const id of FORMS) {
      await page.goto(`${server.url}forms/${id}`);
      await check(page, id);
    }
    await page.goto(server.url);
    await check(page, 'index');
    await page.goto(`${server.url}forms/attendance`);
    await fillRequired(page, specFor(server.specs, 'attendance'), staff[7]!, () => 'Đỗ Minh Khoa');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await check(page, 'confirmation');
    await page.goto(`${server.url}forms/khong-co`);
    await shoot(page, 'not-found-360');
    await check(page, 'not found');
    await audit.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
