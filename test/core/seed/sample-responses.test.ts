import { describe, expect, it } from 'vitest';
import { localDateTime, type LocalDateTime } from '../../../src/core/cell';
import { buildFormSpecs, normaliseResponse, type NormaliseContext } from '../../../src/core/forms';
import type { Activity, Person, Plan, Settings } from '../../../src/core/plan';
import type { ActivityCategory, StaffRole } from '../../../src/core/schema/tables';
import {
  defaultActivities,
  SAMPLE_HOSTILE_NAME,
  sampleResponses,
  sampleRoster,
  SEED_GOVERNING_BODY,
  SEED_WARD_ASSOCIATION,
} from '../../../src/core/seed';

function seedPlan(): Plan {
  const activities: Activity[] = defaultActivities().map((a, i) => ({
    row: i + 2,
    id: String(a.id),
    title: String(a.title),
    category: String(a.category) as ActivityCategory,
    ...(typeof a.capacity === 'number' ? { capacity: a.capacity } : {}),
    ...(a.start ? { start: a.start as LocalDateTime } : {}),
    timeConfirmed: true,
    invite: false,
    status: 'kế hoạch',
  }));
  const people: Person[] = sampleRoster().people.map((p, i) => ({
    row: i + 2,
    id: String(p.id),
    name: String(p.name),
    email: String(p.email),
    role: String(p.role) as StaffRole,
    group: String(p.group),
    active: p.active === 'có',
  }));
  const settings = {
    governingBody: SEED_GOVERNING_BODY,
    wardAssociation: SEED_WARD_ASSOCIATION,
    year: 2021,
  } as Partial<Settings> as Settings;
  return { settings, people, families: [], activities, outreach: [] };
}

describe('sampleResponses', () => {
  const sample = sampleResponses();

  it('is the same on every call and in time order within 01–07/10/2021', () => {
    expect(sampleResponses()).toEqual(sample);
    const times = sample.map((s) => s.raw.timestamp.iso);
    expect(times).toEqual(times.slice().sort());
    expect(times[0]! >= localDateTime(2021, 10, 1).iso).toBe(true);
    expect(times[times.length - 1]! < localDateTime(2021, 10, 8).iso).toBe(true);
  });

  it('holds one duplicate delivery, one formula answer and one nomination without consent', () => {
    const ids = sample.map((s) => s.raw.responseId!);
    expect(ids.length - new Set(ids).size).toBe(1);
    expect(sample.filter((s) => s.raw.answers['Họ và tên'] === SAMPLE_HOSTILE_NAME)).toHaveLength(1);
    const context: NormaliseContext = {
      specs: buildFormSpecs(seedPlan()),
      activities: seedPlan().activities,
    };
    const normalised = sample.map((s) => normaliseResponse(s.formId, s.raw, context));
    const flagged = normalised.filter((r) => r.flagged);
    expect(flagged.map((r) => [r.formId, r.problems.map((p) => p.code)])).toEqual([
      ['nomination', ['nomination.noConsent']],
    ]);
    expect(normalised.flatMap((r) => r.notes.map((n) => n.code))).toEqual(['text.formulaNeutralised']);
    // More signups for the talk HD10 than its 50 seats, and one person who later drops it.
    const talk = new Set(normalised.filter((r) => r.sessionIds.includes('HD10')).map((r) => r.email));
    expect(talk.size).toBeGreaterThan(50);
    const emails = normalised.filter((r) => r.formId === 'training').map((r) => r.email);
    expect(emails.length - new Set(emails).size).toBe(2); // the duplicate and the resubmission
  });
});
