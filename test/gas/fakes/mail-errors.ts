/**
 * Apps Script words its service errors in the account's language (the script owner's Google
 * account setting), so the same failure reaches the script in English, in Vietnamese, or in a
 * wording nothing can match. The English texts are the ones Apps Script throws
 * (https://developers.google.com/apps-script/guides/services/quotas: "Service invoked too many
 * times for one day", "…in a short time"); the Vietnamese ones are the account-language
 * wordings a Vietnamese account shows; 'unknown' stands for any language or wording the
 * product has never seen (here Greek), which the product must survive without reading it.
 */
export type AccountLanguage = 'en' | 'vi' | 'unknown';

export interface ServiceErrorTexts {
  /** The daily mail quota is spent. */
  readonly mailDaily: string;
  /** Too many calls in a short time (the rate limit). */
  readonly rate: string;
  /** The service is briefly unavailable. */
  readonly unavailable: string;
  /** A server-side failure with no more said. */
  readonly serviceError: string;
}

export const SERVICE_ERRORS: Readonly<Record<AccountLanguage, ServiceErrorTexts>> = {
  en: {
    mailDaily: 'Service invoked too many times for one day: email.',
    rate: 'Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.',
    unavailable: 'Service unavailable. Please try again later.',
    serviceError: 'Service error: Gmail',
  },
  vi: {
    mailDaily: 'Dịch vụ bị gọi quá nhiều lần trong một ngày: email.',
    rate: 'Dịch vụ bị gọi quá nhiều lần trong thời gian ngắn. Hãy thử Utilities.sleep(1000) giữa các lần gọi.',
    unavailable: 'Dịch vụ không khả dụng. Vui lòng thử lại sau.',
    serviceError: 'Lỗi dịch vụ: Gmail',
  },
  unknown: {
    mailDaily: 'Η υπηρεσία κλήθηκε πάρα πολλές φορές για μία ημέρα: email.',
    rate: 'Η υπηρεσία κλήθηκε πάρα πολλές φορές σε σύντομο χρονικό διάστημα.',
    unavailable: 'Η υπηρεσία δεν είναι διαθέσιμη.',
    serviceError: 'Σφάλμα υπηρεσίας: Gmail',
  },
};

/** The transient errors (rate, unavailable, service error) in one account language. */
export function transientErrors(language: AccountLanguage): readonly string[] {
  const t = SERVICE_ERRORS[language];
  return [t.rate, t.unavailable, t.serviceError];
}
