import { describe, expect, it } from 'vitest';
import { buildFormSpecs, normaliseResponse } from '../../../src/core/forms';
import type { Activity, Plan } from '../../../src/core/plan';
import {
  defaultActivities,
  SEED_GOVERNING_BODY,
  SEED_WARD_ASSOCIATION,
  sampleResponses,
} from '../../../src/core/seed';
import type { ActivityCategory } from '../../../src/core/schema/tables';

function seedPlan(language: 'vi' | 'en'): Plan {
  const activities: Activity[] = defaultActivities().map((a, i) => ({
    row: i + 2,
    id: String(a.id),
    title: String(a.title),
    category: String(a.category) as ActivityCategory,
    timeConfirmed: true,
    invite: false,
    status: 'kế hoạch',
  }));
  const settings = {
    governingBody: SEED_GOVERNING_BODY,
    wardAssociation: SEED_WARD_ASSOCIATION,
    year: 2021,
    language,
  } as Plan['settings'];
  return { settings, people: [], families: [], activities, outreach: [] };
}

describe('the sample week in English', () => {
  it('answers the English forms and records the same responses as the Vietnamese week', () => {
    const normalised = (language: 'vi' | 'en') => {
      const plan = seedPlan(language);
      const context = { specs: buildFormSpecs(plan), activities: plan.activities };
      return sampleResponses(language).map((s) => normaliseResponse(s.formId, s.raw, context));
    };
    const en = normalised('en');
    const vi = normalised('vi');
    const canonical = (r: (typeof en)[number]) => ({
      ...r,
      problems: r.problems.map((p) => p.code),
      notes: [],
    });
    // Response ids are given by the sample, so the rows match one for one.
    expect(en.map(canonical)).toEqual(vi.map(canonical));
    expect(Object.keys(sampleResponses('en')[0]!.raw.answers)).toContain('Full name');
  });
});
