import type { Plan } from '../plan';
import { cleanText } from '../text';

/**
 * Who may be mailed when the school keeps mail for staff ("Gửi thư cho phụ huynh" is "không",
 * the default): the People tab, the activities' owners, leadership and the organiser. Anyone else who answered a form
 * or sits in a session is taken for a family (or a resident) and is reached on Zalo and the
 * posters instead — a parent's address in the quota of a personal account pushes a teacher's
 * mail to the next day. With the setting "có" everyone may be mailed.
 */
export function mailableAddress(plan: Plan): (email: string) => boolean {
  if (plan.settings?.mailFamilies) return () => true;
  const staff = new Set<string>();
  const add = (email: string | undefined): void => {
    const key = cleanText(email ?? '').toLowerCase();
    if (key !== '') staff.add(key);
  };
  for (const person of plan.people) add(person.email);
  for (const activity of plan.activities) add(activity.owner);
  for (const email of plan.settings?.leadershipEmails ?? []) add(email);
  add(plan.settings?.organiserEmail);
  return (email) => staff.has(cleanText(email).toLowerCase());
}
