import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { simpleMail } from '../mail/simple-mail';
import { mailEntry } from '../outbox/enqueue';
import type { OutboxEntry } from '../outbox/entry';
import { mailableAddress } from '../outbox/family-mail';
import type { Person, Plan } from '../plan';
import { plain } from '../report/report-text';
import { choiceLabel } from '../sheet-language';
import { foldKey } from '../text';
import { certificateMailKey } from './certificate-values';
import type { Approved } from './commendation-rows';

/** A certificate made, and where the mailer finds its PDF (a Doc id, or a file's path). */
export interface MadeCertificate {
  readonly approved: Approved;
  readonly document: string;
  readonly filename: string;
}

/** The person a row is about: its People id ("CN-NS012"), else the one active person of that name. */
function personOf(a: Approved, people: readonly Person[]): Person | undefined {
  const byId = people.find((p) => `CN-${p.id}` === a.id);
  if (byId) return byId;
  const named = people.filter((p) => p.active && foldKey(p.name) === foldKey(a.name));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * One mail per certificate of a person, with its PDF, keyed `certificate-mail:<row id>:<award>:
 * <year>`: the outbox ignores a key it holds, so each goes once whatever is re-run. A group's
 * certificate is handed over, not mailed; a person without a mailable address is skipped.
 */
export function certificateMails(
  plan: Plan,
  made: readonly MadeCertificate[],
  at: LocalDateTime,
): OutboxEntry[] {
  const s = plan.settings;
  if (!s) return [];
  const t = catalogue(s.language).commendation.certificate;
  const mailable = mailableAddress(plan);
  const entries: OutboxEntry[] = [];
  for (const m of made) {
    if (m.approved.kind !== 'cá nhân') continue;
    const person = personOf(m.approved, plan.people);
    if (!person || !mailable(person.email)) continue;
    const award = choiceLabel(m.approved.award, s.language);
    const mail = simpleMail({
      language: s.language,
      subject: t.mailSubject(award, String(s.year)),
      greeting: t.mailGreeting(plain(person.name)),
      paragraphs: [t.mailBody(award)],
      closing: t.mailClosing,
      signature: s.senderName || plain(s.school),
    });
    entries.push(
      mailEntry(
        {
          key: certificateMailKey(m.approved, s.year),
          to: [person.email],
          mail,
          ...(s.senderName ? { senderName: s.senderName } : {}),
          ...(s.organiserEmail ? { replyTo: s.organiserEmail } : {}),
          attachments: [
            { filename: m.filename, mimeType: 'application/pdf', content: '', document: m.document },
          ],
          language: s.language,
        },
        at,
      ),
    );
  }
  return entries;
}
