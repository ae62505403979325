import { ANNOUNCED_FORMS, formDeadline, type AnnouncedForm } from '../forms/form-deadline';
import { formatDayDate } from '../i18n/dates';
import { catalogue } from '../i18n/catalogue';
import { oneLine } from '../mail/escape';
import type { Plan, Settings } from '../plan';
import { foldKey } from '../text';
import type { AnswersByClass } from './answers-by-class';
import { shortName, withoutClassWord } from './class-names';
import { qrMatrix, type QrMatrix } from './qr-code';

/** The forms the kit announces: those of the invitation, in its order. */
export const KIT_FORMS = ANNOUNCED_FORMS;
export type KitForm = AnnouncedForm;

/** Who gets which form: every family is asked all three, staff the two of the week's events. */
const FORMS_FOR = {
  class: KIT_FORMS,
  unclassed: KIT_FORMS,
  group: ['attendance', 'training'],
} as const satisfies Record<string, readonly KitForm[]>;

export interface Audience {
  readonly kind: 'class' | 'unclassed' | 'group';
  /** The class or staff group as typed (one line), or the "no class" label. */
  readonly name: string;
  /** A file-name part: ASCII, lower case (two names that fold alike share it: numbered). */
  readonly slug: string;
  readonly size: number;
}

export interface KitText {
  readonly form: KitForm;
  readonly audience: Audience;
  /** Plain text for a Zalo group: no markup, the link on a line of its own. */
  readonly zalo: string;
}

/** A printable A4 poster of one form: every line of it, in reading order. */
export interface Poster {
  readonly form: KitForm;
  readonly school: string;
  readonly week: string;
  readonly theme: string;
  readonly ask: string;
  readonly scan: string;
  readonly qr: QrMatrix;
  readonly url: string;
  readonly deadline: string;
  readonly slogan: string;
}

export interface AnnouncementKit {
  readonly texts: readonly KitText[];
  /** One per form whose link fits a QR code. */
  readonly posters: readonly Poster[];
  /** What the principal should know: a form without a link, families without a class. */
  readonly warnings: readonly string[];
}

/**
 * The week's announcements from the plan: one short paste-ready text per form for every class
 * of "Phụ huynh" (families without a class in one text of their own) and every staff group of
 * "Nhân sự", and a QR code per form link. Deadlines: the opening ceremony and the training
 * signups by the week's first day, nominations by its last. With `answers` (how many families of
 * each class answered so far), a class's texts of the opening and the training say its count.
 */
export function announcementKit(plan: Plan, settings: Settings, answers?: AnswersByClass): AnnouncementKit {
  const t = catalogue(settings.language).announce;
  const formTitles = catalogue(settings.language).menu.forms;
  const audiences = audiencesOf(plan, t.unclassed);
  const warnings: string[] = [];
  const unclassed = audiences.find((a) => a.kind === 'unclassed');
  if (unclassed) warnings.push(t.noClass(unclassed.size));

  const codes: { form: KitForm; url: string; qr: QrMatrix }[] = [];
  for (const form of KIT_FORMS) {
    const url = settings.formUrls[form];
    if (!url) {
      warnings.push(t.missingLink(formTitles[form]));
      continue;
    }
    try {
      codes.push({ form, url, qr: qrMatrix(url) });
    } catch {
      warnings.push(t.tooLong(formTitles[form]));
    }
  }

  const from = formatDayDate(settings.weekStart, settings.language);
  const to = formatDayDate(settings.weekEnd, settings.language);
  const school = shortName(settings.school);
  const texts: KitText[] = [];
  for (const audience of audiences) {
    for (const form of FORMS_FOR[audience.kind]) {
      const url = settings.formUrls[form];
      const greeting =
        audience.kind === 'group'
          ? t.groupGreeting(audience.name)
          : audience.kind === 'class'
            ? t.classGreeting(withoutClassWord(audience.name))
            : t.everyoneGreeting;
      const deadline = formDeadline(form, settings);
      const count = form === 'nomination' ? undefined : answeredLine(audience, answers, t.answers);
      const zalo = [
        greeting,
        t.intro(school, oneLine(settings.theme), from, to),
        `${t.asks[form]}:`,
        url ? t.link(oneLine(url)) : t.noLink,
        t.deadline(formatDayDate(deadline, settings.language)),
        ...(count ? [count] : []),
        t.thanks(school),
      ].join('\n');
      texts.push({ form, audience, zalo });
    }
  }
  const posters = codes.map(({ form, url, qr }): Poster => ({
    form,
    school,
    week: t.poster.week(settings.year),
    theme: settings.theme ? t.poster.theme(oneLine(settings.theme)) : '',
    ask: t.asks[form],
    scan: t.poster.scan,
    qr,
    url: oneLine(url),
    deadline: t.deadline(formatDayDate(formDeadline(form, settings), settings.language)),
    slogan: t.poster.slogan,
  }));
  return { texts, posters, warnings };
}

/**
 * "Đến nay 12/30 gia đình của lớp đã trả lời.": a nudge that says others have answered; nothing
 * while nobody of the class has (a zero shames no one into answering).
 */
function answeredLine(
  audience: Audience,
  answers: AnswersByClass | undefined,
  t: ReturnType<typeof catalogue>['announce']['answers'],
): string | undefined {
  if (!answers || audience.kind === 'group') return undefined;
  const tally = answers.classes.find((c) =>
    audience.kind === 'unclassed' ? c.kind === 'unclassed' : c.kind === 'class' && c.name === audience.name,
  );
  if (!tally || tally.answered === 0) return undefined;
  return audience.kind === 'unclassed'
    ? t.zaloUnclassed(tally.answered, tally.families)
    : t.zalo(tally.answered, tally.families);
}

/** The classes and staff groups, in the order the sheet first names them. */
function audiencesOf(plan: Plan, unclassedLabel: string): Audience[] {
  const slugs = new Map<string, number>();
  const slugOf = (prefix: string, name: string): string => {
    const base = `${prefix}-${
      foldKey(name)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'x'
    }`.slice(0, 48);
    const seen = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  };
  const counted = (names: (string | undefined)[]): Map<string, number> => {
    const byName = new Map<string, number>();
    for (const name of names) {
      const key = name === undefined ? '' : shortName(name);
      byName.set(key, (byName.get(key) ?? 0) + 1);
    }
    return byName;
  };
  const out: Audience[] = [];
  for (const [name, size] of counted(plan.families.map((f) => f.className))) {
    if (name === '')
      out.push({ kind: 'unclassed', name: unclassedLabel, slug: slugOf('phu-huynh', 'chua-ghi-lop'), size });
    else out.push({ kind: 'class', name, slug: slugOf('lop', name), size });
  }
  for (const [name, size] of counted(plan.people.filter((p) => p.active).map((p) => p.group))) {
    if (name !== '') out.push({ kind: 'group', name, slug: slugOf('nhan-su', name), size });
  }
  return out;
}
