import { formDeadline } from '../forms/form-deadline';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate } from '../i18n/dates';
import { html, link, oneLine } from '../mail/escape';
import type { Settings } from '../plan';
import { shortName } from './class-names';
import { KIT_FORMS, type KitForm } from './kit';

/** One form's announcement for the whole school: the Facebook page and the school's website. */
export interface SchoolPost {
  readonly form: KitForm;
  /** Plain text for a Facebook post: a headline, the ask, the link, the deadline, hashtags. */
  readonly facebook: string;
  /** An HTML fragment to paste into the website's editor (every value escaped). */
  readonly website: string;
}

/**
 * The school's public posts, one per form: unlike the Zalo texts they greet nobody in
 * particular (a page is read by every family and by the ward), and they say the week's dates
 * and theme in full. A form without a link gets no post: a post without it asks for nothing.
 */
export function schoolPosts(settings: Settings): SchoolPost[] {
  const t = catalogue(settings.language).announce;
  const school = shortName(settings.school);
  const theme = oneLine(settings.theme);
  const from = formatDayDate(settings.weekStart, settings.language);
  const to = formatDayDate(settings.weekEnd, settings.language);
  const posts: SchoolPost[] = [];
  for (const form of KIT_FORMS) {
    const url = oneLine(settings.formUrls[form]);
    if (url === '') continue;
    const deadline = t.deadline(formatDayDate(formDeadline(form, settings), settings.language));
    const intro = t.intro(school, theme, from, to);
    const facebook = [
      t.posts.headline(settings.year),
      '',
      intro,
      '',
      `${t.asks[form]}:`,
      t.link(url),
      deadline,
      '',
      t.poster.slogan,
      t.posts.hashtags(settings.year),
    ].join('\n');
    const website = [
      `<h2>${html(t.posts.headline(settings.year))}</h2>`,
      `<p>${html(intro)}</p>`,
      `<p><strong>${link(url, t.asks[form])}</strong><br>${html(deadline)}</p>`,
      `<p><em>${html(t.poster.slogan)}</em></p>`,
    ].join('\n');
    posts.push({ form, facebook, website });
  }
  return posts;
}
