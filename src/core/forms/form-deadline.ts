import type { LocalDateTime } from '../cell';
import type { Settings } from '../plan';

/** The forms announced to staff and families (the results form goes to activity owners only). */
export const ANNOUNCED_FORMS = ['attendance', 'training', 'nomination'] as const;
export type AnnouncedForm = (typeof ANNOUNCED_FORMS)[number];

/**
 * The day by which answers are wanted: before the week for its events (seats and the opening's
 * count are planned from them), by its last day for nominations. The invitation's buttons and
 * the announcement kit's texts and posters tell the same day.
 */
export function formDeadline(
  form: AnnouncedForm,
  settings: Pick<Settings, 'weekStart' | 'weekEnd'>,
): LocalDateTime {
  return form === 'nomination' ? settings.weekEnd : settings.weekStart;
}
