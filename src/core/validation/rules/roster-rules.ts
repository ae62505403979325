import type { Finding, Severity } from '../../findings';
import type { TableKey } from '../../schema/types';
import { makeFinding } from '../make-finding';
import { placeAt, type Rule, type RuleContext } from './context';

/** Later rows whose key repeats an earlier row's get a finding naming the first row. */
function duplicates<T extends { row: number }>(
  ctx: RuleContext,
  table: TableKey,
  items: readonly T[],
  column: string,
  keyOf: (item: T) => string | undefined,
  code: 'id.duplicate' | 'email.duplicate',
  severity: Severity,
): Finding[] {
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, item.row);
    else
      findings.push(
        makeFinding(severity, code, placeAt(ctx, table, item.row, column), { value: key, firstRow: seen }),
      );
  }
  return findings;
}

/** Ids tag calendar events and form choices: two rows with one id would share them. */
const upper = (s: string): string => s.toUpperCase();

export const uniqueActivityIds: Rule = (ctx) =>
  duplicates(
    ctx,
    'activities',
    ctx.parsed.plan.activities,
    'id',
    (a) => upper(a.id),
    'id.duplicate',
    'error',
  );

export const uniquePeopleIds: Rule = (ctx) =>
  duplicates(ctx, 'people', ctx.parsed.plan.people, 'id', (p) => upper(p.id), 'id.duplicate', 'error');

export const uniqueFamilyIds: Rule = (ctx) =>
  duplicates(ctx, 'families', ctx.parsed.plan.families, 'id', (f) => upper(f.id), 'id.duplicate', 'error');

/** One staff member, one address: a shared address would get every mail twice. */
export const uniquePeopleEmails: Rule = (ctx) =>
  duplicates(ctx, 'people', ctx.parsed.plan.people, 'email', (p) => p.email, 'email.duplicate', 'error');

/** Siblings share a parent, so a repeated family address is only worth a look. */
export const uniqueFamilyEmails: Rule = (ctx) =>
  duplicates(
    ctx,
    'families',
    ctx.parsed.plan.families,
    'email',
    (f) => f.email,
    'email.duplicate',
    'warning',
  );

export const ROSTER_RULES: readonly Rule[] = [
  uniqueActivityIds,
  uniquePeopleIds,
  uniqueFamilyIds,
  uniquePeopleEmails,
  uniqueFamilyEmails,
];
