import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../src/app/plan/export-plan';
import { localDateTime } from '../../../src/core/cell';
import {
  DOCUMENT_SETTING_KEYS,
  importPlanText,
  type ImportedPlan,
} from '../../../src/core/plan-document/import-plan-document';
import { planArb, planSheet, type GeneratedPlan } from '../../support/plan-arbitraries';
import { modelText } from '../../support/plan-text';

const clock = { now: () => new Date(Date.UTC(2021, 8, 20, 3)) };
const AT = localDateTime(2021, 9, 20, 10);

export function exportText(plan: GeneratedPlan): string {
  const model = buildPlanDocument({ tables: planSheet(plan), clock }, { at: AT });
  if (!model) throw new Error('the generated plan has no week');
  return modelText(model);
}

/** What the document must give back: each stated setting, and nothing for one left empty. */
export function expectSamePlan(imported: ImportedPlan, plan: GeneratedPlan): void {
  const hasOpening = plan.activities.some((a) => a.category === 'khai mạc');
  for (const key of DOCUMENT_SETTING_KEYS) {
    if (key === 'openingTarget' && !hasOpening) continue;
    const want = plan.settings[key] ?? undefined;
    expect({ key, value: imported.settings[key] }).toEqual({ key, value: want });
  }
  expect(imported.activities).toEqual(plan.activities);
}

describe('import(export(plan)) gives back the plan', () => {
  it('for generated plans of other schools and years', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expectSamePlan(importPlanText(exportText(plan), { fallbackYear: 1999 }), plan);
      }),
      { numRuns: 300 },
    );
  });

  it('writes every year from Settings: no other year reaches the document', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const text = exportText(plan);
        const years = [...text.matchAll(/năm (\d{4})/g)].map((m) => Number(m[1]));
        for (const y of years) expect(y).toBe(plan.settings.year);
      }),
      { numRuns: 100 },
    );
  });
});
