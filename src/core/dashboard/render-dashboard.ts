import { catalogue } from '../i18n/catalogue';
import { html } from '../mail/escape';
import type { Language } from '../plan';
import type { DashboardModel } from './dashboard-model';
import {
  builtAtText,
  classesSection,
  findingsSection,
  headerBlock,
  nominationsSection,
  openingSection,
  outboxSection,
  resultsSection,
  runsSection,
  sessionsSection,
  weekSection,
} from './dashboard-sections';
import { DASHBOARD_CSS } from './dashboard-style';
import { SIDEBAR_SCRIPT } from './sidebar-script';

/**
 * The sections of "Bảng điều khiển", in the order a principal asks about them. `linkTarget`:
 * where a finding's link opens — "_top" in the sidebar, whose frame cannot show the sheet.
 */
export function renderDashboardBody(model: DashboardModel, language: Language, linkTarget = '_self'): string {
  const t = catalogue(language).dashboard;
  return [
    `<p class="note">${html(t.privacy)}</p>`,
    weekSection(model, t, language),
    findingsSection(model, t, linkTarget),
    '<div class="grid">',
    openingSection(model, t, language),
    sessionsSection(model, t),
    classesSection(model, t),
    nominationsSection(model, t, language),
    outboxSection(model, t, language),
    '</div>',
    resultsSection(model, t, language),
    runsSection(model, t, language),
  ].join('\n');
}

function page(
  model: DashboardModel,
  language: Language,
  controls: string,
  body: string,
  script: string,
): string {
  const t = catalogue(language).dashboard;
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(t.title)}</title>`,
    `<style>${DASHBOARD_CSS}</style></head>`,
    '<body>',
    headerBlock(model, t, language, controls),
    `<main id="dashboard">${body}</main>`,
    script,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The whole page, self-contained: its style inline, nothing loaded from anywhere, no script. */
export function renderDashboardHtml(model: DashboardModel, language: Language): string {
  return page(model, language, '', renderDashboardBody(model, language), '');
}

/**
 * The Apps Script sidebar: the same page with a "Làm mới" button whose script asks the server
 * function `dashboardData()` (through google.script.run) for fresh figures and puts them in place.
 */
export function renderDashboardSidebar(model: DashboardModel, language: Language): string {
  const t = catalogue(language).dashboard;
  const controls =
    `<div><button type="button" id="d-refresh" data-busy="${html(t.refreshing)}" data-failed="${html(t.refreshFailed(''))}">${html(t.refresh)}</button>` +
    '<p class="meta" id="d-status" role="status" aria-live="polite"></p></div>';
  return page(
    model,
    language,
    controls,
    renderDashboardBody(model, language, '_top'),
    `<script>${SIDEBAR_SCRIPT}</script>`,
  );
}

/** What dashboardData() hands the sidebar: the model, and its sections and time as rendered. */
export interface DashboardPayload {
  readonly model: DashboardModel;
  readonly body: string;
  readonly builtAt: string;
}

export function dashboardPayload(model: DashboardModel, language: Language): DashboardPayload {
  return { model, body: renderDashboardBody(model, language, '_top'), builtAt: builtAtText(model, language) };
}
