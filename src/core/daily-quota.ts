/**
 * The daily allowances of an Apps Script account that no ledger of ours counts, told apart by
 * the error that says one is spent ("Quotas for Google Services": properties read/write 50,000
 * and documents created 250 a day on a personal account, each per user, given back 24 hours
 * after its first use). Apps Script words the sentence in the account's language
 * ("Service invoked too many times for one day: …", "Dịch vụ bị gọi quá nhiều lần trong một
 * ngày: …") but ends it with the service's internal name, which is the same in every language:
 * that name decides, so a wording we have never seen is still known. Mail and Calendar have
 * their own classifiers, which also re-read what is left.
 */
export type DailyQuota = 'properties' | 'documents';

const SERVICE_NAMES: readonly (readonly [RegExp, DailyQuota])[] = [
  [/:\s*graphite property (reads?|writes?)\.?\s*$/i, 'properties'],
  [/:\s*docs? create\.?\s*$/i, 'documents'],
];

/** The allowance an error message says is spent today, if it is one of ours. */
export function spentDailyQuota(message: string): DailyQuota | undefined {
  return SERVICE_NAMES.find(([name]) => name.test(message))?.[1];
}
