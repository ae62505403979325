import type { Activity } from '../plan';
import { sessionActivities } from '../forms/session-choice';
import type { ReportFigures } from './figures';
import type { ActivityParticipation } from './participation';

/**
 * The figures a district adds up across its schools: one stable key each, the same in the
 * report's annex and in the "Số liệu báo cáo" tab. Keys are a contract with whoever reads the
 * tab (the README lists them): a key is never renamed or reused; a new figure gets a new key.
 * A value nobody reported stays undefined — an empty cell, never a 0 that would be summed.
 */

/** Outreach channels by their stable key; "Băng rôn" is counted as banners, not as posts. */
const POST_CHANNELS = [
  ['posts.website', 'Website'],
  ['posts.facebook', 'Facebook'],
  ['posts.zalo', 'Zalo'],
  ['posts.youtube', 'YouTube'],
  ['posts.viber', 'Viber'],
  ['posts.loa', 'Loa'],
  ['posts.khac', 'Khác'],
] as const;
export const BANNER_CHANNEL = 'Băng rôn';

export const DISTRICT_FIGURE_KEYS = [
  'participants.staff',
  'participants.children',
  'participants.parents',
  'participants.others',
  'activities.planned',
  'activities.done',
  'activities.postponed',
  'activities.cancelled',
  'activities.not_reported',
  'activities.upcoming',
  'trainings.sessions',
  'trainings.seated',
  'trainings.participants',
  'posts.total',
  ...POST_CHANNELS.map(([key]) => key),
  'banners',
  'books.donated',
  'books.circulated',
  'commendations.people',
  'commendations.groups',
  'opening.staff',
  'opening.registered',
  'opening.present',
  'opening.present_percent',
  'opening.target_percent',
] as const;

export type DistrictFigureKey = (typeof DISTRICT_FIGURE_KEYS)[number];

/** Where a figure comes from when the value alone would mislead (a partial sum, a fallback). */
export type FigureNote =
  | { readonly kind: 'reportedBy'; readonly reported: number; readonly of: number }
  | { readonly kind: 'fromResults'; readonly activityId: string };

export interface DistrictFigure {
  readonly key: DistrictFigureKey;
  /** A count, or a percentage (0–100, one decimal) for the keys ending in "_percent". */
  readonly value?: number;
  readonly note?: FigureNote;
}

type Count = 'staff' | 'children' | 'parents' | 'others';

/** The sum of one count over the activities whose owners gave it; undefined when none did. */
function reportedSum(
  activities: readonly Activity[],
  byId: ReadonlyMap<string, ActivityParticipation>,
  pick: (p: ActivityParticipation) => number | undefined,
): { value?: number; reported: number } {
  let sum: number | undefined;
  let reported = 0;
  for (const a of activities) {
    const record = byId.get(a.id);
    const n = record ? pick(record) : undefined;
    if (n === undefined) continue;
    sum = (sum ?? 0) + n;
    reported++;
  }
  return sum === undefined ? { reported } : { value: sum, reported };
}

const total = (p: ActivityParticipation): number | undefined => {
  const parts = [p.staff, p.children, p.parents, p.others].filter((n) => n !== undefined);
  return parts.length === 0 ? undefined : parts.reduce((a, b) => a + b, 0);
};

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function districtFigures(f: ReportFigures): DistrictFigure[] {
  const out: DistrictFigure[] = [];
  const put = (key: DistrictFigureKey, value: number | undefined, note?: FigureNote): void => {
    out.push({ key, ...(value === undefined ? {} : { value }), ...(note ? { note } : {}) });
  };
  const a = f.activities;
  const done = a.done;
  const partial = (reported: number): FigureNote | undefined =>
    reported > 0 && reported < done.length ? { kind: 'reportedBy', reported, of: done.length } : undefined;
  for (const count of ['staff', 'children', 'parents', 'others'] as const satisfies readonly Count[]) {
    const s = reportedSum(done, f.participation, (p) => p[count]);
    put(`participants.${count}`, s.value, partial(s.reported));
  }
  put(
    'activities.planned',
    done.length + a.postponed.length + a.cancelled.length + a.overdue.length + a.upcoming.length,
  );
  put('activities.done', done.length);
  put('activities.postponed', a.postponed.length);
  put('activities.cancelled', a.cancelled.length);
  put('activities.not_reported', a.overdue.length);
  put('activities.upcoming', a.upcoming.length);

  const sessions = sessionActivities(f.plan.activities);
  put('trainings.sessions', sessions.length);
  put('trainings.seated', f.training ? f.training.sessions.reduce((n, s) => n + s.seated, 0) : undefined);
  const heldSessions = sessions.filter((s) => s.status === 'đã thực hiện');
  const attended = reportedSum(heldSessions, f.participation, total);
  put(
    'trainings.participants',
    attended.value,
    attended.reported > 0 && attended.reported < heldSessions.length
      ? { kind: 'reportedBy', reported: attended.reported, of: heldSessions.length }
      : undefined,
  );

  const channelCount = (name: string): number =>
    f.outreachByChannel.filter((c) => c.channel === name).reduce((n, c) => n + c.entries.length, 0);
  const known = new Set<string>([...POST_CHANNELS.map(([, name]) => name), BANNER_CHANNEL]);
  // A channel typed outside the list is still a post: it is counted under "Khác".
  const unlisted = f.outreachByChannel
    .filter((c) => !known.has(c.channel))
    .reduce((n, c) => n + c.entries.length, 0);
  const perChannel = POST_CHANNELS.map(
    ([key, name]) => [key, channelCount(name) + (name === 'Khác' ? unlisted : 0)] as const,
  );
  put(
    'posts.total',
    perChannel.reduce((n, [, c]) => n + c, 0),
  );
  for (const [key, count] of perChannel) put(key, count);
  put('banners', channelCount(BANNER_CHANNEL));

  const s = f.plan.settings;
  // Books are counted by the library, not by a form: the school types them in Settings.
  put('books.donated', s?.booksDonated);
  put('books.circulated', s?.booksCirculated);
  put('commendations.people', f.commendation?.people.length);
  put('commendations.groups', f.commendation?.groups.length);

  const staff = f.plan.people.filter((p) => p.active).length;
  put('opening.staff', staff);
  const o = f.opening;
  if (o && o.present.total > 0) {
    put('opening.registered', o.registered.count);
    put('opening.present', o.present.count);
    put('opening.present_percent', round1(o.present.percent));
  } else {
    // Without check-ins, the count the opening's owner reported stands in for them.
    const opening = done.find(
      (x) => x.category === 'khai mạc' && f.participation.get(x.id)?.staff !== undefined,
    );
    const present = opening ? f.participation.get(opening.id)?.staff : undefined;
    const note: FigureNote | undefined = opening
      ? { kind: 'fromResults', activityId: opening.id }
      : undefined;
    put('opening.registered', undefined);
    put('opening.present', present, note);
    put(
      'opening.present_percent',
      present === undefined || staff === 0 ? undefined : round1((present * 100) / staff),
      note,
    );
  }
  put('opening.target_percent', s?.openingTarget);
  return out;
}
