import type { LocalDateTime } from '../../core/cell';
import {
  confirmationDetails,
  INTENT_PRESENT,
  reasonText,
  sessionChoiceLabel,
  type FormId,
  type FormSpec,
  type NormalisedResponse,
  type Placement,
  type Promotion,
  promotionKey,
} from '../../core/forms';
import { catalogue } from '../../core/i18n/catalogue';
import { confirmationMail } from '../../core/mail/confirmation';
import { flaggedReplyMail } from '../../core/mail/flagged-reply';
import { promotionMail } from '../../core/mail/promotion';
import type { RenderedMail } from '../../core/mail/rendered-mail';
import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey, type OutboxEntry } from '../../core/outbox/entry';
import type { Activity, Language, Settings } from '../../core/plan';

/** The mails a response causes, as outbox entries (sending is the drain's job). */

export const confirmationKey = (responseId: string): string => outboxKey('confirm-mail', responseId);
export const flaggedReplyKey = (responseId: string): string => outboxKey('flagged-mail', responseId);

/**
 * Problems the respondent can fix by sending the form again (or should hear about: the form
 * was closed). Not: a missing or invalid email (no one to write to), a nomination without
 * consent (their choice: kept, never shared), an empty response (noise).
 */
const REPLY_WORTHY = new Set([
  'required.missing',
  'choice.unknown',
  'session.unknown',
  'session.cancelled',
  'form.closed',
  'result.unknownActivity',
  'result.badCount',
  'result.badLink',
  'result.badPost',
]);

export function wantsFlaggedReply(response: NormalisedResponse): boolean {
  return response.emailValid && response.problems.some((p) => REPLY_WORTHY.has(p.code));
}

const FORM_URL_KEYS: Record<FormId, keyof Settings['formUrls']> = {
  attendance: 'attendance',
  training: 'training',
  nomination: 'nomination',
  result: 'result',
};

interface MailContext {
  readonly settings: Settings;
  readonly now: LocalDateTime;
}

function request(ctx: MailContext, key: string, to: string, mail: RenderedMail): OutboxEntry {
  const { settings } = ctx;
  return mailEntry(
    {
      key,
      to: [to],
      mail,
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
      ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
    },
    ctx.now,
  );
}

function what(formId: FormId, response: NormalisedResponse, lang: Language): string {
  const t = catalogue(lang).forms.app.what;
  if (formId === 'attendance') return response.answers['intent'] === INTENT_PRESENT ? t.present : t.register;
  if (formId === 'result') return t.result;
  return formId === 'training' ? t.training : t.nomination;
}

function recipientName(response: NormalisedResponse): string {
  const name = response.answers['name'];
  return typeof name === 'string' && name.trim() !== '' ? name.replace(/^'/, '') : response.email;
}

/** The confirmation, or the flagged reply, of one recorded response; none without a valid email. */
export function responseMail(
  ctx: MailContext,
  spec: FormSpec,
  response: NormalisedResponse,
  placements: readonly Placement[],
): OutboxEntry | undefined {
  if (!response.emailValid) return undefined;
  const { settings } = ctx;
  const lang = settings.language;
  const details = confirmationDetails(spec, response, placements, lang);
  const texts = catalogue(lang).forms.app;
  const formUrl = settings.formUrls[FORM_URL_KEYS[response.formId]];
  if (wantsFlaggedReply(response)) {
    return request(
      ctx,
      flaggedReplyKey(response.responseId),
      response.email,
      flaggedReplyMail({
        language: lang,
        recipientName: recipientName(response),
        school: settings.school,
        form: spec.title,
        reasons: response.problems.map((r) => reasonText(r, lang)),
        details,
        ...(formUrl ? { formUrl } : {}),
        ...(settings.senderName ? { senderName: settings.senderName } : {}),
      }),
    );
  }
  const extra: [string, string][] = [];
  if (response.formId === 'nomination' && !response.consent) extra.push([texts.sharedLabel, texts.notShared]);
  extra.push([texts.changeLabel, texts.change(formUrl ?? '')]);
  return request(
    ctx,
    confirmationKey(response.responseId),
    response.email,
    confirmationMail({
      language: lang,
      recipientName: recipientName(response),
      school: settings.school,
      what: what(response.formId, response, lang),
      details: [...details, ...extra],
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
    }),
  );
}

/** The notice to a person who moved from a waitlist to a seat. */
export function promotionEntry(
  ctx: MailContext,
  promotion: Promotion,
  name: string,
  activities: readonly Activity[],
): OutboxEntry {
  const { settings } = ctx;
  const activity = activities.find((a) => a.id === promotion.sessionId);
  const session = activity
    ? sessionChoiceLabel({ ...activity, capacity: undefined } as Activity, 0, settings.language)
    : promotion.sessionId;
  const formUrl = settings.formUrls.training;
  return request(
    ctx,
    promotionKey(promotion),
    promotion.person,
    promotionMail({
      language: settings.language,
      recipientName: name,
      school: settings.school,
      session,
      ...(formUrl ? { formUrl } : {}),
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
    }),
  );
}
