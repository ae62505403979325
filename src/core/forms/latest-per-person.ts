import type { NormalisedResponse } from './normalise-response';

/**
 * From every response ever received for one form to the rows of its normalised tab.
 *
 * - The same response id twice (a trigger delivered twice, a CSV imported again) counts once:
 *   the first delivery is kept.
 * - One row per person: responses with the same valid email, latest timestamp wins; on equal
 *   timestamps (the wall clock keeps minutes) the later delivery wins. Earlier ones are only
 *   in the raw log.
 * - A response without a valid email cannot be matched to a person: it keeps its own row.
 */
export interface LatestPerPerson {
  /** The rows of the normalised tab, in order of first appearance of each person. */
  readonly rows: NormalisedResponse[];
  /** Responses replaced by a later one from the same person. */
  readonly superseded: NormalisedResponse[];
  /** Repeated deliveries of a response id already seen. */
  readonly duplicates: NormalisedResponse[];
}

export function personKey(response: NormalisedResponse): string {
  return response.emailValid ? `email:${response.email}` : `response:${response.responseId}`;
}

export function latestPerPerson(responses: readonly NormalisedResponse[]): LatestPerPerson {
  const seenIds = new Set<string>();
  const duplicates: NormalisedResponse[] = [];
  const slots = new Map<string, NormalisedResponse>();
  const superseded: NormalisedResponse[] = [];
  for (const response of responses) {
    if (seenIds.has(response.responseId)) {
      duplicates.push(response);
      continue;
    }
    seenIds.add(response.responseId);
    const key = personKey(response);
    const current = slots.get(key);
    if (!current) {
      slots.set(key, response);
    } else if (response.submittedAt.iso >= current.submittedAt.iso) {
      superseded.push(current);
      slots.set(key, response);
    } else {
      superseded.push(response);
    }
  }
  return { rows: [...slots.values()], superseded, duplicates };
}
