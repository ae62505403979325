import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatLongDate } from '../i18n/dates';
import type { Settings } from '../plan';
import { plain } from '../report/report-text';
import { choiceLabel } from '../sheet-language';
import type { Approved } from './commendation-rows';
import type { Award } from '../schema/commendation-table';
import type { CertificateField } from './placeholders';

/** What each placeholder of a certificate reads for one approved person or group. */
export function certificateValues(
  a: Approved,
  settings: Settings,
  at: LocalDateTime,
): Record<CertificateField, string> {
  const lang = settings.language;
  const t = catalogue(lang).commendation;
  return {
    'Họ tên': a.name,
    Tổ: a.group ?? '',
    'Danh hiệu': choiceLabel(a.award, lang),
    'Lý do': a.reason ?? '',
    Ngày: t.certificate.placeDate(
      settings.place ? plain(settings.place) : t.notFilled,
      formatLongDate(at, lang),
    ),
    'Người ký': settings.signerName ? plain(settings.signerName) : '',
  };
}

/** The awards the approved list needs a template for, in the list's order. */
export function awardsNeeded(approved: readonly Approved[]): Award[] {
  return [...new Set(approved.map((a) => a.award))];
}

/**
 * The outbox key of one certificate's mail: one per person (or group) and award and year,
 * whatever is re-run.
 */
export const certificateMailKey = (a: Approved, year: number): string =>
  `certificate-mail:${a.id}:${a.award === 'giấy khen' ? 'giay-khen' : 'giay-chung-nhan'}:${year}`;
