import { localDateTime, partsOf, wallMinutes, weekdayOf, type LocalDateTime } from '../../cell';
import type { Finding } from '../../findings';
import { formatDayDate, formatShortDate } from '../../i18n/dates';
import type { Activity, Settings } from '../../plan';
import { AUDIENCE_NONE, AUDIENCE_WORDS, type ActivityCategory } from '../../schema/tables';
import { foldKey } from '../../text';
import { makeFinding } from '../make-finding';
import { placeAt, type Rule, type RuleContext } from './context';

const HOUR = 60;
const DAY = 24 * HOUR;

const live = (a: Activity): boolean => a.status !== 'hủy';
const activities = (ctx: RuleContext): Activity[] => ctx.parsed.plan.activities;
const at = (ctx: RuleContext, a: Activity, key: string) => placeAt(ctx, 'activities', a.row, key);

function duration(a: Activity): number | undefined {
  return a.start && a.end ? wallMinutes(a.end) - wallMinutes(a.start) : undefined;
}

function tryDate(year: number, month: number, day: number): LocalDateTime | undefined {
  try {
    return localDateTime(year, month, day);
  } catch {
    return undefined;
  }
}

function inWeek(value: LocalDateTime, s: Settings): boolean {
  const day = value.iso.slice(0, 10);
  return day >= s.weekStart.iso.slice(0, 10) && day <= s.weekEnd.iso.slice(0, 10);
}

/** The date the principal probably meant: this year's, or day and month swapped (US locale). */
function likelyMeant(value: LocalDateTime, s: Settings): LocalDateTime | undefined {
  const p = partsOf(value);
  const candidates = [
    tryDate(s.year, p.month, p.day),
    tryDate(p.year, p.day, p.month),
    tryDate(s.year, p.day, p.month),
  ];
  return candidates.find((c) => c !== undefined && inWeek(c, s));
}

export const datesInsideWeek: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  if (!s || s.weekEnd.iso < s.weekStart.iso) return [];
  const findings: Finding[] = [];
  for (const a of activities(ctx)) {
    for (const which of ['start', 'end'] as const) {
      const value = a[which];
      if (!value || inWeek(value, s)) continue;
      const meant = likelyMeant(value, s);
      findings.push(
        makeFinding('error', 'activity.outsideWeek', at(ctx, a, which), {
          which,
          date: formatShortDate(value),
          weekStart: formatShortDate(s.weekStart),
          weekEnd: formatShortDate(s.weekEnd),
          ...(meant ? { suggestion: formatShortDate(meant) } : {}),
        }),
      );
    }
  }
  return findings;
};

export const endAfterStart: Rule = (ctx) =>
  activities(ctx)
    .filter((a) => (duration(a) ?? 0) < 0)
    .map((a) =>
      makeFinding('error', 'activity.endBeforeStart', at(ctx, a, 'end'), {
        start: `${formatShortDate(a.start!)} ${a.start!.iso.slice(11)}`,
        end: `${formatShortDate(a.end!)} ${a.end!.iso.slice(11)}`,
      }),
    );

export const timeConfirmed: Rule = (ctx) =>
  activities(ctx)
    .filter((a) => !a.timeConfirmed && a.status === 'kế hoạch')
    .map((a) =>
      makeFinding('warning', 'activity.timeUnconfirmed', at(ctx, a, 'timeConfirmed'), { title: a.title }),
    );

/**
 * Two sessions of one owner at the same time. Campaigns that run for most of the week (outreach,
 * the reading corner) overlap everything by nature, so only activities shorter than a working
 * day are compared.
 */
export const ownerNotDoubleBooked: Rule = (ctx) => {
  const byOwner = new Map<string, Activity[]>();
  for (const a of activities(ctx)) {
    const d = duration(a);
    if (!a.owner || !live(a) || d === undefined || d <= 0 || d >= 12 * HOUR) continue;
    const list = byOwner.get(a.owner) ?? [];
    list.push(a);
    byOwner.set(a.owner, list);
  }
  const findings: Finding[] = [];
  for (const [owner, list] of byOwner) {
    list.sort((x, y) => wallMinutes(x.start!) - wallMinutes(y.start!) || x.row - y.row);
    let latest: Activity | undefined;
    for (const a of list) {
      if (latest && wallMinutes(a.start!) < wallMinutes(latest.end!)) {
        findings.push(
          makeFinding('warning', 'activity.overlap', at(ctx, a, 'start'), {
            owner,
            other: latest.id,
            otherRow: latest.row,
          }),
        );
      }
      if (!latest || wallMinutes(a.end!) > wallMinutes(latest.end!)) latest = a;
    }
  }
  return findings;
};

/** A session on Saturday or Sunday is possible but unusual: worth a second look. */
export const notOnWeekend: Rule = (ctx) =>
  activities(ctx)
    .filter((a) => live(a) && a.start && (duration(a) ?? 0) < DAY && [0, 6].includes(weekdayOf(a.start)))
    .map((a) =>
      makeFinding('warning', 'activity.weekend', at(ctx, a, 'start'), { date: formatDayDate(a.start!) }),
    );

export const onlineHasPlatformAndLink: Rule = (ctx) => {
  const findings: Finding[] = [];
  for (const a of activities(ctx)) {
    if (!live(a) || (a.category !== 'trực tuyến' && !a.platform)) continue;
    if (!a.platform)
      findings.push(makeFinding('warning', 'activity.onlineNoPlatform', at(ctx, a, 'platform')));
    if (!a.link) findings.push(makeFinding('warning', 'activity.onlineNoLink', at(ctx, a, 'link')));
  }
  return findings;
};

export const inviteHasTimeAndAudience: Rule = (ctx) => {
  const findings: Finding[] = [];
  for (const a of activities(ctx)) {
    if (!a.invite || !live(a)) continue;
    if (!a.start || !a.end) findings.push(makeFinding('error', 'activity.inviteNoTime', at(ctx, a, 'start')));
    if (!a.audience || foldKey(a.audience) === foldKey(AUDIENCE_NONE)) {
      findings.push(makeFinding('error', 'activity.inviteNoAudience', at(ctx, a, 'audience')));
    }
  }
  return findings;
};

const SIGNUP_CATEGORIES: readonly ActivityCategory[] = ['tập huấn', 'nói chuyện'];

/** Trainings and talks get a sign-up form whose seats come from the capacity. */
export const trainingHasCapacity: Rule = (ctx) => {
  const findings: Finding[] = [];
  for (const a of activities(ctx)) {
    if (a.capacity !== undefined && (a.capacity < 1 || !Number.isInteger(a.capacity))) {
      findings.push(
        makeFinding('error', 'activity.capacityInvalid', at(ctx, a, 'capacity'), { value: a.capacity }),
      );
    } else if (a.capacity === undefined && live(a) && SIGNUP_CATEGORIES.includes(a.category)) {
      findings.push(
        makeFinding('warning', 'activity.noCapacity', at(ctx, a, 'capacity'), { category: a.category }),
      );
    }
  }
  return findings;
};

export const audienceKnown: Rule = (ctx) => {
  const groups = new Map<string, string>();
  for (const p of ctx.parsed.plan.people) if (p.group) groups.set(foldKey(p.group), p.group);
  const known = new Set([...AUDIENCE_WORDS.map(foldKey), ...groups.keys()]);
  const choices = [...AUDIENCE_WORDS, ...groups.values()].join(', ');
  return activities(ctx)
    .filter((a) => a.audience !== undefined && !known.has(foldKey(a.audience)))
    .map((a) =>
      makeFinding('error', 'activity.audienceUnknown', at(ctx, a, 'audience'), {
        audience: a.audience!,
        choices,
      }),
    );
};

export const ACTIVITY_RULES: readonly Rule[] = [
  datesInsideWeek,
  endAfterStart,
  timeConfirmed,
  ownerNotDoubleBooked,
  notOnWeekend,
  onlineHasPlatformAndLink,
  inviteHasTimeAndAudience,
  trainingHasCapacity,
  audienceKnown,
];
