/// <reference lib="dom" />
// The page functions below run in Chromium, where the DOM is.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_REQUIRED, CHROMIUM, launchChromium } from './chromium';
import { SETTINGS } from '../core/forms/plan-fixture';
import { hostileInvitation, kindsTheWeekMisses, weekMails, type MailToRender } from './week-mails';

/**
 * Every kind of mail, opened in Chromium as a phone (360×740) and a desktop (1280×800) show it:
 * nothing scrolls sideways, the first button (a form to answer, an event to add) is on the first
 * screen, no text is smaller than 14 px, and axe-core finds nothing serious. MAIL_SCREENSHOTS=dir
 * keeps a picture of each, to look at.
 */
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** The inline style every action button starts with (src/core/mail/layout.ts). */
const BUTTON = 'a[style^="display:block"]';

interface Measured {
  readonly scrollWidth: number;
  readonly width: number;
  readonly height: number;
  readonly firstButtonBottom: number | null;
  readonly smallText: string[];
}

let browser: Browser | undefined;
let mails: MailToRender[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mails = [...(await weekMails()), ...kindsTheWeekMisses(SETTINGS), hostileInvitation()];
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(mail: MailToRender, viewport: (typeof VIEWPORTS)[number]) {
  const page = await browser!.newPage({ viewport });
  await page.setContent(mail.html, { waitUntil: 'load' });
  const shots = process.env['MAIL_SCREENSHOTS'];
  if (shots) {
    mkdirSync(shots, { recursive: true });
    const name = `${mail.kind.replace(/[^a-z0-9-]+/gi, '_')}-${viewport.width}.png`;
    await page.screenshot({ path: join(shots, name), fullPage: true });
  }
  return page;
}

describe.skipIf(!CHROMIUM && !BROWSER_REQUIRED)('every mail on a phone and a desktop (Chromium)', () => {
  it('has every kind the week sends, the invitation with its forms as buttons', () => {
    const kinds = mails.map((m) => m.kind);
    for (const kind of ['invite-mail', 'confirm', 'reminder', 'calendar-invite', 'progress'])
      expect(
        kinds.some((k) => k.startsWith(kind)),
        `${kind} in ${kinds.join(', ')}`,
      ).toBe(true);
    const invitation = mails.find((m) => m.kind === 'invite-mail')!;
    // the local week's forms: the address the local web app answers on
    expect(invitation.html).toMatch(
      /<a href="http:\/\/127\.0\.0\.1:8080\/forms\/[^"]+" style="display:block/,
    );
  });

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: no sideways scroll, the first button on the first screen, text ≥ 14 px`, async () => {
      for (const mail of mails) {
        const page = await open(mail, viewport);
        const m: Measured = await page.evaluate((button) => {
          const small: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            const parent = node.parentElement;
            if (text === '' || !parent) continue;
            const size = parseFloat(getComputedStyle(parent).fontSize);
            if (size < 14) small.push(`${size}px: ${text.slice(0, 40)}`);
          }
          const first = document.querySelector(button);
          return {
            scrollWidth: document.documentElement.scrollWidth,
            width: window.innerWidth,
            height: window.innerHeight,
            firstButtonBottom: first ? first.getBoundingClientRect().bottom : null,
            smallText: small,
          };
        }, BUTTON);
        await page.close();
        expect(m.scrollWidth, `${mail.kind} scrolls sideways`).toBeLessThanOrEqual(m.width);
        expect(m.smallText, mail.kind).toEqual([]);
        if (m.firstButtonBottom !== null)
          expect(
            m.firstButtonBottom,
            `${mail.kind}: first button below the first screen`,
          ).toBeLessThanOrEqual(m.height);
      }
    });
  }

  it('axe-core finds no serious or critical problem in any mail, at 360 px', async () => {
    const problems: string[] = [];
    for (const mail of mails) {
      const page = await open(mail, VIEWPORTS[0]);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      await page.close();
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          problems.push(`${mail.kind}: ${v.id} (${v.impact}, ${v.nodes})`);
    }
    expect(problems).toEqual([]);
  });
});
