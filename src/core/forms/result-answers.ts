import type { Activity } from '../plan';
import { OUTREACH_CHANNELS, type ActivityStatus } from '../schema/tables';
import { foldKey } from '../text';
import { RESULT_COUNT_KEYS, RESULT_OUTCOMES, type ResultCountKey } from './result-form';
import type { Reason } from './reasons';
import { cellSafe, FORMULA_GUARD } from './sanitise';
import type { Question } from './types';

/**
 * What a results-form answer means, read from its cleaned answers: which activity, its outcome,
 * the counts that read as numbers, the evidence links and the posts that are http(s). Whatever
 * does not read stays in the row as typed and is named in a problem — never guessed at.
 */

export interface ResultPost {
  /** One of OUTREACH_CHANNELS ('Khác' when the line names none and the address says nothing). */
  readonly channel: string;
  readonly link: string;
}

export interface ResultFacts {
  readonly activityId?: string;
  readonly outcome?: ActivityStatus;
  readonly counts: Readonly<Partial<Record<ResultCountKey, number>>>;
  readonly links: readonly string[];
  readonly posts: readonly ResultPost[];
}

const ID_PREFIX = /^\s*\[([A-Za-z0-9_.-]+)\]/;
const BARE_ID = /^\s*([A-Za-z]{1,4}\d{1,4})\s*$/;
/** More people than this in one activity is a typing slip, not a count. */
const MAX_COUNT = 100_000;
const LINK = /^https?:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/i;
const LINK_IN_TEXT = /https?:\/\/\S+/i;

/** The activity an answer names: "[HD01] …" (the form's label), a bare "HD01", or its exact title. */
export function matchResultActivity(value: string, activities: readonly Activity[]): Activity | undefined {
  const text = value.normalize('NFC');
  const id = (ID_PREFIX.exec(text) ?? BARE_ID.exec(text))?.[1]?.toUpperCase();
  if (id !== undefined) return activities.find((a) => a.id.toUpperCase() === id);
  const folded = foldKey(text);
  const byTitle = activities.filter((a) => foldKey(a.title) === folded);
  return byTitle.length === 1 ? byTitle[0] : undefined;
}

/** A count as people write it: digits, maybe grouped ("1.200", "1 200"); nothing else. */
export function readCount(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d{1,3}(?:[., ]\d{3})*$|^\d+$/.test(text)) return undefined;
  const n = Number(text.replace(/[., ]/g, ''));
  return Number.isSafeInteger(n) && n <= MAX_COUNT ? n : undefined;
}

export const isWebLink = (value: string): boolean => LINK.test(value.trim());

/** Links are one a line (or separated by spaces); an empty line is nothing. */
function splitLinks(text: string): string[] {
  return text
    .split(/[\s;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const HOST_CHANNELS: readonly [RegExp, string][] = [
  [/(^|\.)(facebook\.com|fb\.com|fb\.watch)$/i, 'Facebook'],
  [/(^|\.)(zalo\.me|zalo\.vn)$/i, 'Zalo'],
  [/(^|\.)(youtube\.com|youtu\.be)$/i, 'YouTube'],
  [/(^|\.)viber\.com$/i, 'Viber'],
];

function channelOf(named: string, link: string): string {
  const folded = foldKey(named.replace(/[:\-–—]+\s*$/u, ''));
  const listed = OUTREACH_CHANNELS.find((c) => foldKey(c) === folded);
  if (listed) return listed;
  const host = /^https?:\/\/([^/?#:]+)/i.exec(link)?.[1] ?? '';
  const guessed = HOST_CHANNELS.find(([pattern]) => pattern.test(host))?.[1];
  if (guessed && folded === '') return guessed;
  return folded === '' ? 'Website' : 'Khác';
}

/** "Facebook: https://…", "Zalo – https://…" or a bare link: one post a line. */
function readPost(line: string): ResultPost | undefined {
  const text = line.startsWith(FORMULA_GUARD) ? line.slice(FORMULA_GUARD.length) : line;
  const found = LINK_IN_TEXT.exec(text);
  if (!found || !isWebLink(found[0])) return undefined;
  const named = text.slice(0, found.index).trim();
  return { channel: channelOf(named, found[0]), link: found[0] };
}

type Answers = Readonly<Record<string, string | readonly string[]>>;
const textOf = (answers: Answers, key: string): string => {
  const value = answers[key];
  return typeof value === 'string' ? value : (value ?? []).join('\n');
};

export function readResultAnswers(
  answers: Answers,
  questions: readonly Question[],
  activities: readonly Activity[],
): { facts: ResultFacts; problems: Reason[] } {
  const problems: Reason[] = [];
  const titleOf = (key: string): string => questions.find((q) => q.key === key)?.title ?? key;
  const named = textOf(answers, 'activity');
  const activity = named === '' ? undefined : matchResultActivity(named, activities);
  if (named !== '' && !activity) problems.push({ code: 'result.unknownActivity', params: { value: named } });
  const said = textOf(answers, 'outcome');
  const outcome = RESULT_OUTCOMES.find((o) => foldKey(o) === foldKey(said));
  const counts: Partial<Record<ResultCountKey, number>> = {};
  for (const key of RESULT_COUNT_KEYS) {
    const text = textOf(answers, key);
    if (text === '') continue;
    const n = readCount(text);
    if (n === undefined)
      problems.push({ code: 'result.badCount', params: { question: titleOf(key), value: text } });
    else counts[key] = n;
  }
  const links: string[] = [];
  for (const part of splitLinks(textOf(answers, 'evidenceLinks'))) {
    const bare = part.startsWith(FORMULA_GUARD) ? part.slice(FORMULA_GUARD.length) : part;
    if (isWebLink(bare)) {
      if (!links.includes(bare)) links.push(bare);
    } else problems.push({ code: 'result.badLink', params: { value: cellSafe(part) } });
  }
  const posts: ResultPost[] = [];
  for (const line of textOf(answers, 'posts').split('\n')) {
    if (line.trim() === '') continue;
    const post = readPost(line.trim());
    if (!post) problems.push({ code: 'result.badPost', params: { value: cellSafe(line.trim()) } });
    else if (!posts.some((p) => p.link === post.link)) posts.push(post);
  }
  return {
    facts: {
      ...(activity ? { activityId: activity.id } : {}),
      ...(outcome ? { outcome } : {}),
      counts,
      links,
      posts,
    },
    problems,
  };
}
