import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { PurgePlan } from './purge-plan';

/** One line per tab with something purged, the tab and the unit of its rows: `Phụ huynh: 150 gia đình`. */
export function purgeSummaryLines(plan: PurgePlan, lang: Language = 'vi'): string[] {
  const t = catalogue(lang).privacy;
  return plan.tabs.map((tab) => {
    const label = t.tables[tab.table];
    return t.summaryLine(label.tab, tab.rows.length, label.unit);
  });
}
